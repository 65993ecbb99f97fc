import { and, eq, gt } from "drizzle-orm";
import type { DecisionAnswer, DecisionRequest } from "../../contract/wire.ts";
import { runBatch, type BatchItem, type Db } from "../../db/client.ts";
import { comments, decisions, strikes, users } from "../../db/schema.ts";
import { toCommentJson } from "../comments/serialize.ts";
import { touchPage } from "../comments/pages.ts";
import { ApiError, notFound } from "../errors.ts";
import { newId } from "../lib/crypto.ts";
import { auditInsert } from "./audit.ts";
import { currentPolicy } from "./policies.ts";
import { planStrike } from "./sanctions.ts";
import { standingOf } from "./standing.ts";

/**
 * A moderator's verdict. A rejection naming a rule is a strike, and the ladder's sanction is
 * written in the same batch as the rejection, so it applies from the author's next request.
 */
export async function reviewComment(db: Db, siteId: string, commentId: string, input: DecisionRequest, adminId: string, now: Date) {
  const [found] = await db
    .select({ comment: comments, authorName: users.name })
    .from(comments)
    .innerJoin(users, eq(users.id, comments.authorId))
    .where(and(eq(comments.id, commentId), eq(comments.siteId, siteId)));
  if (!found) throw notFound("The comment");
  const comment = found.comment;
  if (comment.status === "deleted") throw new ApiError("conflict", "The author deleted this comment.");
  if (input.expectStatus && comment.status !== input.expectStatus) {
    throw new ApiError("conflict", `This comment is ${comment.status} now: someone decided it in the meantime.`, {
      status: comment.status,
    });
  }
  const policy = await currentPolicy(db, siteId);
  if (input.action === "approve" && input.rule) {
    throw new ApiError("validation_failed", "Only a rejection names a rule.", { field: "rule" });
  }
  if (input.rule && !policy.rules.some((r) => r.id === input.rule)) {
    throw new ApiError("validation_failed", `The policy (version ${policy.version}) has no rule "${input.rule}".`, { field: "rule" });
  }
  const status = input.action === "approve" ? ("published" as const) : ("rejected" as const);
  const decidedAt = now.toISOString();
  const statements: BatchItem[] = [
    // The decision answers the reports so far: only reports after it count toward hiding it again.
    db.update(comments).set({ status, holdReason: null, decidedAt, reportCount: 0 }).where(eq(comments.id, commentId)),
    touchPage(db, siteId, comment.pageKey, now),
    db.insert(decisions).values({
      id: newId(),
      siteId,
      commentId,
      actor: adminId,
      outcome: input.action === "approve" ? "approve" : "reject",
      policyVersion: policy.version,
      rule: input.rule ?? null,
      score: comment.score,
      note: input.note ?? null,
      createdAt: decidedAt,
    }),
    auditInsert(db, {
      siteId,
      actorType: "admin",
      actorId: adminId,
      action: `comment.${input.action}`,
      targetType: "comment",
      targetId: commentId,
      userId: comment.authorId,
      policyVersion: policy.version,
      rule: input.rule ?? null,
      score: comment.score,
      detail: { from: comment.status, ...(input.note ? { note: input.note } : {}) },
      createdAt: now,
    }),
  ];
  const standingStrike = await db.query.strikes.findFirst({
    where: and(eq(strikes.commentId, commentId), gt(strikes.expiresAt, decidedAt)),
  });
  if (input.action === "approve" && standingStrike) {
    // Overturning a rejection takes back its strike; sanctions already applied stay until lifted.
    statements.push(
      db.update(strikes).set({ expiresAt: decidedAt }).where(eq(strikes.id, standingStrike.id)),
      auditInsert(db, {
        siteId,
        actorType: "admin",
        actorId: adminId,
        action: "strike.void",
        targetType: "user",
        targetId: comment.authorId,
        userId: comment.authorId,
        policyVersion: policy.version,
        rule: standingStrike.rule,
        detail: { strikeId: standingStrike.id, commentId },
        createdAt: now,
      }),
    );
  }
  // One comment, one strike: rejecting it again (a double click, a second moderator) adds none.
  if (input.action === "reject" && input.rule && !standingStrike) {
    const plan = await planStrike(db, { siteId, userId: comment.authorId, commentId, rule: input.rule, policy, adminId, now });
    statements.push(...plan.statements);
  }
  await runBatch(db, statements);
  return {
    comment: toCommentJson({ ...comment, status, holdReason: null, decidedAt, authorName: found.authorName }),
    standing: await standingOf(db, comment.authorId, now),
  } satisfies DecisionAnswer;
}
