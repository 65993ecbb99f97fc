import type { InStatement, ResultSet } from "@libsql/client";
import { runStatements, type Db } from "../../db/client.ts";
import type { SiteRow } from "../../db/rows.ts";
import type { Condition } from "../../db/statements.ts";
import type { Detector, ScoreContext } from "../detector/types.ts";
import { ApiError } from "../errors.ts";
import { countHits } from "../lib/rate-limit.ts";
import { auditStatement } from "./audit.ts";
import { decideSpam, SPAM_RULE, strongest, THREAT_RULE, type Verdict } from "./decide.ts";
import { judgeText } from "./judge.ts";
import { assessSpam, type SpamAssessment, type SpamInput } from "./spam/index.ts";
import { WORDS_RULE } from "./words.ts";
import { currentPolicy } from "./policies.ts";
import type { Policy } from "../../contract/policy.ts";
import { writeRefusal, writeStanding, type WriteStanding } from "./links.ts";
import type { HeldFor, HoldReason, LinkedSanction } from "../../contract/wire.ts";
import type { EventSink } from "../../contract/notify.ts";
import { describeFlag } from "../../contract/targets.ts";

// The phases of every write by a commenter (post, edit, report; preview runs standing and the
// judging ones),
// each a function that answers or throws its typed error:
//
//   1. standing        Suspended, Revoked          from the database, every time, for every identity
//                                                  the write links to (links.ts); an address link holds
//   2. length          InvalidBody                 posts and edits
//   3. detector        (the verdict)               under the site's current policy; for posts and
//                                                  edits also the spam signals (spam/), and the
//                                                  stronger of the two rules' verdicts
//   4. thresholds      PolicyViolation             unless the author acknowledged the risk
//   5. commit          RateLimited                 the rate-limit counters and the write's rows,
//                                                  in one transaction
//
// The write's own checks (the parent exists, the comment is yours, the edit window) come
// before them or, for the edit window, right after standing: a sanction is the answer that
// matters, whatever else is wrong. Nothing is written before phase 5, and phase 5 writes the
// rows only when the counters it has just counted are within their limits.

/** A shared address (an office, a household) gets this many times a single user's allowance. */
export const ADDRESS_LIMIT_FACTOR = 10;
/**
 * Previews a writer may ask for per comment they may post: the composer asks while the author
 * pauses, so a little typing needs several; the detector's answer is still not free to probe.
 */
export const PREVIEWS_PER_COMMENT = 10;
/** Votes a reader may cast per comment they may post: a reader goes down a thread voting, quickly. */
export const VOTES_PER_COMMENT = 10;
const RATE_WINDOW_SECONDS = 60;

export interface Writer {
  userId: string;
  name: string;
  /** Where this request comes from (keyed hash). */
  addressHash: string;
  /** The device id and address hash the session was opened with. */
  device: string | null;
  sessionAddressHash: string | null;
}

export interface WriteContext {
  db: Db;
  site: SiteRow;
  writer: Writer;
  now: Date;
  /** Where the write's domain events go once it committed (notify/); none when absent. */
  events?: EventSink;
}

/** An empty body, or one over the site's length limit. */
export class InvalidBody extends ApiError {
  constructor(message: string, details: Record<string, unknown> = {}) {
    super("validation_failed", message, { field: "body", ...details });
  }
}

/**
 * A comment the detector refuses under the policy; the author may revise it or acknowledge. A
 * threat cannot be acknowledged: a new one is already queued for a moderator (`queued`).
 */
export class PolicyViolation extends ApiError {
  constructor(verdict: Verdict, policy: Policy, queued = false) {
    const flag = `"${ruleTitle(policy, verdict.rule)}" (${describeFlag(verdict.rule, verdict.target)})`;
    super(
      "policy_violation",
      queued
        ? `This comment was not posted: it looks like it breaks the rule ${flag}. A moderator will review it.`
        : `This comment looks like it breaks the rule ${flag}. Please revise it, or submit it for a moderator to review.`,
      {
        rule: verdict.rule,
        spans: verdict.spans,
        target: verdict.target,
        canAcknowledge: !isThreat(verdict),
        policyVersion: policy.version,
      },
    );
  }
}

/** A rule's title for the author; the site's word lists are a rule of their own, not in the policy's list. */
function ruleTitle(policy: Policy, rule: string | null): string {
  return (
    policy.rules.find((r) => r.id === rule)?.title ??
    (rule === WORDS_RULE ? "Words this site does not allow" : (rule ?? "the comment policy"))
  );
}

/** Refused under the threats rule: never acknowledged, and a new comment is queued for moderators. */
const isThreat = (verdict: Verdict) => verdict.decision === "reject" && verdict.rule === THREAT_RULE;

/** Phase 1: refuses a sanctioned user or device; answers the standing, with any address link. */
export async function checkStanding(ctx: WriteContext): Promise<WriteStanding> {
  const { writer } = ctx;
  const standing = await writeStanding(
    ctx.db,
    { siteId: ctx.site.id, userId: writer.userId, device: writer.device, addresses: [writer.addressHash, writer.sessionAddressHash] },
    ctx.now,
  );
  const refusal = writeRefusal(standing);
  if (refusal) throw refusal;
  return standing;
}

/** Phase 2. */
export function checkLength(site: SiteRow, body: string): void {
  if (body.trim() === "") throw new InvalidBody("The comment is empty.");
  const length = [...body].length;
  if (length > site.maxCommentLength) {
    throw new InvalidBody(`The comment is ${length} characters long; the limit is ${site.maxCommentLength}.`, {
      limit: site.maxCommentLength,
    });
  }
}

/**
 * Phase 3: the site's word lists, the detector's score and the policy's thresholds (judge.ts),
 * and the spam rule's on the spam score when there is one; `detectorScore` is what the comment
 * stores as its score either way.
 */
export async function judge(
  db: Db,
  site: SiteRow,
  detector: Detector,
  body: string,
  context?: ScoreContext,
  spam?: SpamAssessment,
): Promise<{ verdict: Verdict; policy: Policy; detectorScore: number }> {
  const policy = await currentPolicy(db, site.id);
  const attack = judgeText(detector, body, policy, context).verdict;
  const verdict = spam ? strongest(attack, decideSpam(spam, policy)) : attack;
  return { verdict, policy, detectorScore: attack.score };
}

export interface Outcome {
  /** `rejected`: a threat, stored refused and queued for moderators (hold reason `threat`). */
  status: "published" | "pending" | "rejected";
  /** "premoderation" and "new_commenter": the site's or page's moderation mode (modes.ts). */
  holdReason: HoldReason | null;
  /** What the author is told about a held comment. */
  reason?: string;
  /** Published although the rule held it: the commenter is trusted and it was borderline. */
  trusted?: boolean;
}

/**
 * Phase 4: what a verdict means for the comment, or null when it is refused. A threat is refused
 * even when acknowledged; with `queueThreats` (new comments) it is kept, refused, for moderators.
 */
export function outcomeOf(verdict: Verdict, policy: Policy, acknowledge: boolean, queueThreats = false): Outcome | null {
  if (verdict.decision === "publish") return { status: "published", holdReason: null };
  if (isThreat(verdict)) return queueThreats ? { status: "rejected", holdReason: "threat" } : null;
  if (verdict.decision === "reject" && !acknowledge) return null;
  const acknowledged = verdict.decision === "reject";
  const title = ruleTitle(policy, verdict.rule);
  return {
    status: "pending",
    holdReason: acknowledged ? "acknowledged" : verdict.rule === SPAM_RULE ? "spam" : verdict.rule === WORDS_RULE ? "words" : "detector",
    reason: acknowledged
      ? `Your comment will be published if a moderator finds it within the rule "${title}".`
      : `Your comment may break the rule "${title}" (${describeFlag(verdict.rule, verdict.target)}), so a moderator will review it before it is published.`,
  };
}

/** A held comment's why for its author's widget (`held` of the 202): the rule only when a rule held it. */
export function heldFor(outcome: Outcome, verdict: Verdict, policy: Policy): HeldFor | undefined {
  const reason = outcome.holdReason;
  if (outcome.status !== "pending" || !reason) return undefined;
  const byRule = reason === "detector" || reason === "spam" || reason === "words" || reason === "acknowledged";
  return {
    reason,
    rule: byRule ? verdict.rule : null,
    ruleTitle: byRule ? ruleTitle(policy, verdict.rule) : null,
    target: byRule && reason !== "spam" && reason !== "words" ? verdict.target : null,
  };
}

/**
 * An address link holds what would be published; the author is told only that a moderator will
 * look (the other commenter's sanction is theirs, and may not even be this author's doing).
 */
export function holdForLink(outcome: Outcome, linked: LinkedSanction | null): Outcome {
  if (!linked || outcome.status !== "published") return outcome;
  return { status: "pending", holdReason: "linked_address", reason: "Your comment will appear once a moderator has reviewed it." };
}

/**
 * Phase 5: one transaction that counts the writer's hits (per user, and per address on the
 * site) and writes `rows(within)`: statements each guarded by `within`, or by a condition that
 * holds only when one guarded by it wrote, so that they land only when the counters allow. A refusal still counts (it used the server's time: the
 * detector ran), so a writer cannot probe without limit. Answers the rows' results.
 */
export async function commit(
  ctx: WriteContext,
  action: "comment" | "report" | "preview" | "vote",
  rows: (within: Condition) => InStatement[],
): Promise<ResultSet[]> {
  const factor = action === "preview" ? PREVIEWS_PER_COMMENT : action === "vote" ? VOTES_PER_COMMENT : 1;
  const limit = ctx.site.rateLimitPerMinute * factor;
  const hits = countHits(
    [
      { key: `${action}:user:${ctx.writer.userId}`, limit },
      { key: `${action}:address:${ctx.site.id}:${ctx.writer.addressHash}`, limit: limit * ADDRESS_LIMIT_FACTOR },
    ],
    RATE_WINDOW_SECONDS,
    ctx.now,
  );
  const results = await runStatements(ctx.db, [...hits.statements, ...rows(hits.within)]);
  const refusal = hits.refusal(results);
  if (refusal) throw refusal;
  return results.slice(hits.statements.length);
}

/**
 * Phases 2 to 5 for a comment's body (phase 1 is the caller's, before its own checks), with its
 * spam signals (answered too: the caller stores them with the comment). A refused
 * comment is audited, with its counted hit, and PolicyViolation thrown; otherwise the answer is
 * the verdict and what it means, and `commit` writes the comment. A new comment refused as a
 * threat (`queueThreats`) is answered too, as `rejected`: the caller stores it for moderators and
 * then throws the PolicyViolation.
 */
export async function moderateBody(
  ctx: WriteContext,
  detector: Detector,
  input: { body: string; acknowledge?: boolean; context?: ScoreContext; spam: Omit<SpamInput, "body" | "authorId"> },
  refused: { action: "comment.refused" | "comment.edit_refused"; commentId?: string; queueThreats?: boolean },
) {
  checkLength(ctx.site, input.body);
  const spam = await assessSpam(ctx.db, ctx.site, { ...input.spam, body: input.body, authorId: ctx.writer.userId }, ctx.now);
  const { verdict, policy, detectorScore } = await judge(ctx.db, ctx.site, detector, input.body, input.context, spam);
  const outcome = outcomeOf(verdict, policy, input.acknowledge === true, refused.queueThreats);
  if (!outcome) {
    const audit = {
      siteId: ctx.site.id,
      actorType: "detector" as const,
      actorId: null,
      action: refused.action,
      targetType: refused.commentId ? ("comment" as const) : ("user" as const),
      targetId: refused.commentId ?? ctx.writer.userId,
      userId: ctx.writer.userId,
      policyVersion: policy.version,
      rule: verdict.rule,
      score: verdict.score,
      detail: { spans: verdict.spans, ...(spam.signals.length ? { spamScore: spam.score, signals: spam.signals } : {}) },
      createdAt: ctx.now,
    };
    await commit(ctx, "comment", (within) => [auditStatement(audit, within)]);
    throw new PolicyViolation(verdict, policy);
  }
  return { verdict, policy, outcome, detectorScore, spam };
}

/** The columns a comment's judgement sets, the same for a new comment and an edit. */
export function judgedColumns(judged: Awaited<ReturnType<typeof moderateBody>>, linked: LinkedSanction | null) {
  const { verdict, policy, spam } = judged;
  return {
    linkedSanction: linked,
    score: judged.detectorScore,
    rule: verdict.rule,
    spans: verdict.spans,
    target: verdict.target,
    fingerprint: spam.fingerprint,
    spamScore: spam.score,
    signals: spam.signals,
    policyVersion: policy.version,
  };
}
