/**
 * "insult aimed at a commenter", "looks like spam": what the detector flagged, in the page's
 * language (the contract's describeFlag says it in English for the server and the admin app).
 */
import type { Target } from "../../contract/targets.ts";
import { strings as t } from "../strings-extras.ts";

export function describeFlag(rule: string | null | undefined, target: Target | null | undefined): string {
  if (rule === "blocked-words") return t.flagWords;
  if (rule === "spam") return t.flagSpam;
  const what = rule === "threats" ? t.threat : t.insult;
  return target && target in t.aimedAt ? `${what} ${t.aimedAt[target]}` : what;
}
