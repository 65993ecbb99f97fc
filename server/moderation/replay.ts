import { and, desc, eq, ne } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import { comments } from "../../db/schema.ts";
import type { Detector } from "../detector/types.ts";
import { decideSpam, strongest, type DecidingPolicy } from "./decide.ts";
import { judgeText } from "./judge.ts";
import type { Policy, PolicyDraft } from "../../contract/policy.ts";
import type { ReplayAnswer, ReplayExample } from "../../contract/wire.ts";

/**
 * How the site's recent comments would be decided under a draft, next to how the current policy
 * decides them, scored by the same detector, with the spam rule applied to each comment's stored
 * spam score (the signals depend on what else was posted then, so they are not computed again).
 * Nothing is written.
 */
export async function replayPolicy(
  db: Db,
  detector: Detector,
  siteId: string,
  current: Policy,
  draft: PolicyDraft,
  limit: number,
): Promise<ReplayAnswer> {
  const rows = await db
    .select({ id: comments.id, body: comments.body, status: comments.status, createdAt: comments.createdAt, spamScore: comments.spamScore })
    .from(comments)
    .where(and(eq(comments.siteId, siteId), ne(comments.status, "deleted")))
    .orderBy(desc(comments.createdAt))
    .limit(limit);
  const changed: ReplayAnswer["changed"] = {};
  const totals: ReplayAnswer["totals"] = { before: { publish: 0, hold: 0, reject: 0 }, after: { publish: 0, hold: 0, reject: 0 } };
  const examples: ReplayExample[] = [];
  for (const row of rows) {
    // Judged under each from the text: the two may block or allow different words.
    const judge = (policy: DecidingPolicy & Pick<PolicyDraft, "words">) => {
      const attack = judgeText(detector, row.body, policy).verdict;
      return row.spamScore === null ? attack : strongest(attack, decideSpam({ score: row.spamScore, spans: [] }, policy));
    };
    const before = judge(current);
    const after = judge(draft);
    totals.before[before.decision]++;
    totals.after[after.decision]++;
    if (before.decision === after.decision) continue;
    const key = `${before.decision}→${after.decision}` as const;
    changed[key] = (changed[key] ?? 0) + 1;
    if (examples.length < 25) {
      examples.push({
        id: row.id,
        body: row.body.slice(0, 500),
        score: after.score,
        before: before.decision,
        after: after.decision,
        status: row.status,
        spans: after.spans,
        target: after.target,
      });
    }
  }
  return { examined: rows.length, changed, totals, examples, currentVersion: current.version };
}
