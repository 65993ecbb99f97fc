import type { InStatement } from "@libsql/client";
import { and, eq, gt, isNull, sql } from "drizzle-orm";
import type { DecisionAnswer, DecisionRequest } from "../../contract/wire.ts";
import { prepared, runStatements, type Db } from "../../db/client.ts";
import { comments, decisions, strikes, users } from "../../db/schema.ts";
import { compileInsert, type Condition } from "../../db/statements.ts";
import { toCommentJson } from "../comments/serialize.ts";
import { touchPageStatement } from "../comments/pages.ts";
import { ApiError, notFound } from "../errors.ts";
import { newId } from "../lib/crypto.ts";
import { auditStatement, type NewAuditEntry } from "./audit.ts";
import { currentPolicy } from "./policies.ts";
import { planStrike } from "./sanctions.ts";
import { standingOf } from "./standing.ts";
import { noEvents, type EventSanction, type EventSink } from "../../contract/notify.ts";
import { eventComment, eventSanction } from "./events.ts";

/**
 * A moderator's verdict. A rejection naming a rule is a strike, and the ladder's sanction is
 * written in the same transaction as the rejection, so it applies from the author's next request.
 */
export async function reviewComment(
  db: Db,
  siteId: string,
  commentId: string,
  input: DecisionRequest,
  adminId: string,
  now: Date,
  events: EventSink = noEvents,
) {
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
  const decisionId = newId();
  // Everything lands only if nobody decided (or the author changed) the comment since it was
  // read: the update checks that, the decision lands only when the update did, and the rest
  // only when the decision did. Two moderators at once: one decides, the other hears `conflict`.
  const decided: Condition = { sql: `EXISTS (SELECT 1 FROM "decisions" WHERE "id" = ?)`, args: [decisionId] };
  const audit = (entry: Omit<NewAuditEntry, "siteId" | "createdAt">, when: Condition) =>
    auditStatement({ siteId, createdAt: now, ...entry }, when);
  const statements: InStatement[] = [
    // The decision answers the reports so far: only reports after it count toward hiding it again.
    {
      sql: `UPDATE "comments" SET "status" = ?, "hold_reason" = NULL, "linked_sanction" = NULL, "decided_at" = ?, "report_count" = 0,
            "report_weight" = 0
            WHERE "id" = ? AND "status" = ? AND "decided_at" IS ?`,
      args: [status, decidedAt, commentId, comment.status, comment.decidedAt],
    },
    insertDecision(
      {
        id: decisionId,
        siteId,
        commentId,
        actor: adminId,
        outcome: input.action === "approve" ? "approve" : "reject",
        policyVersion: policy.version,
        rule: input.rule ?? null,
        score: comment.score,
        note: input.note ?? null,
        createdAt: decidedAt,
      },
      { sql: "changes() = 1", args: [] },
    ),
    touchPageStatement(siteId, comment.pageKey, now, {}, decided),
    audit(
      {
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
      },
      decided,
    ),
  ];
  const standingStrike = await prepared(db, standingStrikeQuery).get({ commentId, now: decidedAt });
  if (input.action === "approve" && standingStrike) {
    // Overturning a rejection takes back its strike; sanctions already applied stay until lifted.
    statements.push(
      {
        sql: `UPDATE "strikes" SET "voided_at" = ?, "expires_at" = min("expires_at", ?) WHERE "id" = ? AND ${decided.sql}`,
        args: [decidedAt, decidedAt, standingStrike.id, ...decided.args],
      },
      audit(
        {
          actorType: "admin",
          actorId: adminId,
          action: "strike.void",
          targetType: "user",
          targetId: comment.authorId,
          userId: comment.authorId,
          policyVersion: policy.version,
          rule: standingStrike.rule,
          detail: { strikeId: standingStrike.id, commentId },
        },
        decided,
      ),
    );
  }
  // One comment, one strike: rejecting it again (a double click, a second moderator) adds none.
  let sanction: EventSanction | null = null;
  if (input.action === "reject" && input.rule && !standingStrike) {
    const plan = await planStrike(db, { siteId, userId: comment.authorId, commentId, rule: input.rule, policy, adminId, now }, decided);
    statements.push(...plan.statements);
    sanction = plan.sanction && eventSanction(plan.sanction);
  }
  const [update] = await runStatements(db, statements);
  if (update!.rowsAffected === 0) {
    const statusNow = (await prepared(db, commentStatusQuery).get({ commentId }))?.status ?? "deleted";
    throw new ApiError("conflict", `This comment is ${statusNow} now: someone decided it in the meantime.`, { status: statusNow });
  }
  const decidedComment = eventComment({ ...comment, status, holdReason: null }, found.authorName);
  const at = decidedAt;
  if (status === "published") {
    events.emit({ type: "comment.published", siteId, at, comment: decidedComment, by: "moderator", edited: false, from: comment.status });
  } else {
    events.emit({
      type: "comment.rejected",
      siteId,
      at,
      comment: decidedComment,
      rule: input.rule ?? null,
      note: input.note ?? null,
      bulk: false,
      from: comment.status,
    });
  }
  if (sanction) events.emit({ type: "sanction.applied", siteId, at, sanction, byPolicy: true });
  return {
    comment: toCommentJson({ ...comment, status, holdReason: null, linkedSanction: null, decidedAt, authorName: found.authorName }),
    standing: await standingOf(db, comment.authorId, now),
  } satisfies DecisionAnswer;
}

const insertDecision = compileInsert(decisions);

const standingStrikeQuery = (db: Db) =>
  db
    .select({ id: strikes.id, rule: strikes.rule })
    .from(strikes)
    .where(
      and(eq(strikes.commentId, sql.placeholder("commentId")), isNull(strikes.voidedAt), gt(strikes.expiresAt, sql.placeholder("now"))),
    )
    .limit(1);

const commentStatusQuery = (db: Db) =>
  db
    .select({ status: comments.status })
    .from(comments)
    .where(eq(comments.id, sql.placeholder("commentId")));
