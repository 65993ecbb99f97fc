import type { ModerationMode } from "../../contract/wire.ts";
import type { Db } from "../../db/client.ts";
import type { SiteRow } from "../../db/rows.ts";
import type { PageState } from "../comments/list.ts";
import type { Verdict } from "./decide.ts";
import type { Outcome } from "./phases.ts";
import { trustOf } from "./trust.ts";

/** The page's override, else the site's mode. */
export const modeOf = (site: SiteRow, page: PageState): ModerationMode => page.moderationMode ?? site.moderationMode;

const PREMODERATED = "Comments here are reviewed by a moderator before they appear.";
const FIRST_COMMENTS = "A moderator reviews a new commenter's first comments before they appear.";

/**
 * The moderation mode and the commenter's trust, applied to what the policy's rules decided:
 * a trusted commenter's borderline hold publishes; under "all" everything that would publish
 * waits, under "first" it does while the commenter has fewer than `firstComments` published.
 * Refusals and threats are the rules' alone. The record is read only when it can matter.
 */
export async function applyMode(
  db: Db,
  input: { site: SiteRow; page: PageState; userId: string; verdict: Verdict; outcome: Outcome; now: Date },
): Promise<Outcome> {
  const { site, outcome, verdict } = input;
  const mode = modeOf(site, input.page);
  const borderline = outcome.status === "pending" && outcome.holdReason === "detector" && verdict.borderline;
  const firstCheck = mode === "first" && (outcome.status === "published" || borderline);
  if (mode === "all")
    return outcome.status === "published" ? { status: "pending", holdReason: "premoderation", reason: PREMODERATED } : outcome;
  if (!borderline && !firstCheck) return outcome;
  const trust = await trustOf(db, input.userId, input.now);
  if (mode === "first" && trust.published < site.firstComments) {
    return outcome.status === "published" ? { status: "pending", holdReason: "new_commenter", reason: FIRST_COMMENTS } : outcome;
  }
  return borderline && trust.level === "trusted" ? { status: "published", holdReason: null, trusted: true } : outcome;
}
