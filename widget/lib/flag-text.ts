/**
 * "insult aimed at a commenter", "looks like spam": what the detector flagged, in the page's
 * language (the contract's describeFlag says it in English for the server and the admin app).
 */
import type { Target } from "../../contract/targets.ts";
import type { HeldFor } from "../../contract/wire.ts";
import { strings as t } from "../strings-extras.ts";

export function describeFlag(rule: string | null | undefined, target: Target | null | undefined): string {
  if (rule === "blocked-words") return t.flagWords;
  if (rule === "spam") return t.flagSpam;
  const what = rule === "threats" ? t.threat : t.insult;
  return target && target in t.aimedAt ? `${what} ${t.aimedAt[target]}` : what;
}

/** Why a comment of the reader's waits for a moderator, from the 202's `held`; "" when only a moderator's look is to be said. */
export function heldText(held: HeldFor | undefined): string {
  const rule = held?.rule === "blocked-words" ? t.blockedWords : (held?.ruleTitle ?? "");
  switch (held?.reason) {
    case "detector":
    case "spam":
    case "words":
      return t.heldFlagged(rule, describeFlag(held.rule, held.target));
    case "acknowledged":
      return t.heldAcknowledged(rule);
    case "premoderation":
      return t.heldPremoderation;
    case "new_commenter":
      return t.heldNewCommenter;
    default:
      return "";
  }
}
