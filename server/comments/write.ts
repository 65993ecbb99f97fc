import { and, eq, sql } from "drizzle-orm";
import type { AuditAction } from "../../contract/audit.ts";
import { runBatch, type BatchItem, type Db } from "../../db/client.ts";
import { comments, decisions, pages, users } from "../../db/schema.ts";
import type { Detector } from "../detector/types.ts";
import { ApiError, forbidden, notFound } from "../errors.ts";
import { newId } from "../lib/crypto.ts";
import { auditInsert } from "../moderation/audit.ts";
import type { Verdict } from "../moderation/decide.ts";
import { admitWrite, assertBodyLength, holdReason, judgeBody, violationError } from "../moderation/pipeline.ts";
import type { Policy } from "../../contract/policy.ts";
import type { Comment as CommentJson } from "../../contract/wire.ts";
import { assertMayWrite } from "../moderation/standing.ts";
import { renderComment } from "../render/markdown.ts";
import type { SiteRow } from "../sites/sites.ts";
import { toCommentJson, type CommentRow } from "./serialize.ts";

export interface Author {
  userId: string;
  name: string;
  addressHash: string;
}

export interface WriteDeps {
  db: Db;
  detector: Detector;
  now: Date;
}

export interface WriteResult {
  comment: CommentJson;
  /** Present when the comment is held for a moderator (HTTP 202). */
  reason?: string;
}

/** Bumps the page's version, so cached listings of it are dropped everywhere. */
export function touchPage(db: Db, siteId: string, pageKey: string, now: Date, meta: { url?: string; title?: string } = {}) {
  return db
    .insert(pages)
    .values({ siteId, key: pageKey, url: meta.url ?? null, title: meta.title ?? null, version: 1, createdAt: now.toISOString() })
    .onConflictDoUpdate({
      target: [pages.siteId, pages.key],
      set: {
        version: sql`${pages.version} + 1`,
        url: sql`coalesce(excluded.url, ${pages.url})`,
        title: sql`coalesce(excluded.title, ${pages.title})`,
      },
    });
}

function decisionInsert(
  db: Db,
  comment: Pick<CommentRow, "id" | "siteId">,
  verdict: Verdict,
  policy: Policy,
  outcome: "publish" | "hold",
  now: Date,
  note: string | null,
) {
  return db.insert(decisions).values({
    id: newId(),
    siteId: comment.siteId,
    commentId: comment.id,
    actor: "detector",
    outcome,
    policyVersion: policy.version,
    rule: verdict.rule,
    score: verdict.score,
    note,
    createdAt: now.toISOString(),
  });
}

/** What an automatic verdict means for a comment: published, or held with the reason shown to its author. */
function outcomeOf(verdict: Verdict, policy: Policy, acknowledge: boolean) {
  if (verdict.decision === "reject" && !acknowledge) throw violationError(verdict, policy);
  if (verdict.decision === "publish") return { status: "published" as const, holdReason: null, reason: undefined };
  const acknowledged = verdict.decision === "reject";
  return {
    status: "pending" as const,
    holdReason: acknowledged ? "acknowledged" : "detector",
    reason: holdReason(verdict, policy, acknowledged),
  };
}

async function auditRefusal(
  deps: WriteDeps,
  site: SiteRow,
  author: Author,
  verdict: Verdict,
  policy: Policy,
  action: AuditAction,
  commentId?: string,
) {
  await auditInsert(deps.db, {
    siteId: site.id,
    actorType: "detector",
    actorId: null,
    action,
    targetType: commentId ? "comment" : "user",
    targetId: commentId ?? author.userId,
    userId: author.userId,
    policyVersion: policy.version,
    rule: verdict.rule,
    score: verdict.score,
    detail: { spans: verdict.spans },
    createdAt: deps.now,
  });
}

/**
 * What posting and editing share: the length, the writer's standing and rate limits, then the
 * detector under the current policy. A refusal is audited and thrown; nothing else is written.
 */
async function moderateWrite(
  deps: WriteDeps,
  site: SiteRow,
  author: Author,
  input: { body: string; acknowledge?: boolean },
  refusedAction: AuditAction,
  commentId?: string,
) {
  assertBodyLength(site, input.body);
  await admitWrite({ db: deps.db, site, userId: author.userId, addressHash: author.addressHash, now: deps.now }, "comment");
  const { verdict, policy } = await judgeBody(deps.db, site, deps.detector, input.body);
  try {
    return { verdict, policy, outcome: outcomeOf(verdict, policy, input.acknowledge === true) };
  } catch (error) {
    await auditRefusal(deps, site, author, verdict, policy, refusedAction, commentId);
    throw error;
  }
}

export async function createComment(
  deps: WriteDeps,
  site: SiteRow,
  author: Author,
  input: { page: string; url?: string; title?: string; parentId?: string; body: string; acknowledge?: boolean },
): Promise<WriteResult> {
  const { db, now } = deps;
  let rootId: string | null = null;
  if (input.parentId) {
    const parent = await db.query.comments.findFirst({ where: and(eq(comments.id, input.parentId), eq(comments.siteId, site.id)) });
    if (!parent) throw new ApiError("not_found", "The comment you are replying to was not found.", { field: "parentId" });
    if (parent.pageKey !== input.page) {
      throw new ApiError("validation_failed", "The comment you are replying to is on another page.", { field: "parentId" });
    }
    if (parent.status !== "published") throw new ApiError("conflict", "That comment can no longer be replied to.", { field: "parentId" });
    rootId = parent.rootId;
  }
  const { verdict, policy, outcome } = await moderateWrite(deps, site, author, input, "comment.refused");

  const id = newId();
  const row: CommentRow = {
    id,
    siteId: site.id,
    pageKey: input.page,
    parentId: input.parentId ?? null,
    rootId: rootId ?? id,
    authorId: author.userId,
    body: input.body,
    html: renderComment(input.body),
    status: outcome.status,
    holdReason: outcome.holdReason,
    score: verdict.score,
    rule: verdict.rule,
    spans: verdict.spans,
    policyVersion: policy.version,
    reportCount: 0,
    lastReportAt: null,
    decidedAt: null,
    createdAt: now.toISOString(),
    editedAt: null,
    deletedAt: null,
  };
  const decision = outcome.status === "published" ? "publish" : "hold";
  await runBatch(db, [
    touchPage(db, site.id, input.page, now, { url: input.url, title: input.title }),
    db.insert(comments).values(row),
    decisionInsert(db, row, verdict, policy, decision, now, outcome.holdReason),
    auditInsert(db, {
      siteId: site.id,
      actorType: "detector",
      actorId: null,
      action: `comment.${decision}`,
      targetType: "comment",
      targetId: id,
      userId: author.userId,
      policyVersion: policy.version,
      rule: verdict.rule,
      score: verdict.score,
      detail: outcome.holdReason ? { holdReason: outcome.holdReason } : undefined,
      createdAt: now,
    }),
  ]);
  return { comment: toCommentJson({ ...row, authorName: author.name }), reason: outcome.reason };
}

async function ownComment(db: Db, site: SiteRow, commentId: string) {
  const row = await db
    .select({ comment: comments, authorName: users.name })
    .from(comments)
    .innerJoin(users, eq(users.id, comments.authorId))
    .where(and(eq(comments.id, commentId), eq(comments.siteId, site.id)));
  if (!row[0]) throw notFound("The comment");
  return { ...row[0].comment, authorName: row[0].authorName };
}

export async function editComment(
  deps: WriteDeps,
  site: SiteRow,
  author: Author,
  commentId: string,
  input: { body: string; acknowledge?: boolean },
): Promise<WriteResult> {
  const { db, now } = deps;
  const existing = await ownComment(db, site, commentId);
  if (existing.authorId !== author.userId) throw forbidden("Only the author can edit this comment.");
  if (existing.status === "deleted" || existing.status === "rejected") {
    throw new ApiError("conflict", `A ${existing.status} comment cannot be edited.`);
  }
  // A sanction is the answer that matters, whatever else is wrong with the edit.
  await assertMayWrite(db, author.userId, now);
  const windowEnds = new Date(existing.createdAt).getTime() + site.editWindowMinutes * 60_000;
  if (now.getTime() > windowEnds) {
    throw forbidden(`Comments can be edited for ${site.editWindowMinutes} minutes after posting.`);
  }
  const { verdict, policy, outcome } = await moderateWrite(deps, site, author, input, "comment.edit_refused", commentId);
  // A comment hidden by readers' reports stays hidden until a moderator decides.
  const heldByReports = existing.status === "pending" && existing.holdReason === "reports";
  const status = heldByReports ? "pending" : outcome.status;
  const updated: CommentRow = {
    ...existing,
    body: input.body,
    html: renderComment(input.body),
    status,
    holdReason: heldByReports ? "reports" : outcome.holdReason,
    score: verdict.score,
    rule: verdict.rule,
    spans: verdict.spans,
    policyVersion: policy.version,
    editedAt: now.toISOString(),
  };
  const decision = outcome.status === "published" ? "publish" : "hold";
  const statements: BatchItem[] = [
    db
      .update(comments)
      .set({
        body: updated.body,
        html: updated.html,
        status: updated.status,
        holdReason: updated.holdReason,
        score: updated.score,
        rule: updated.rule,
        spans: updated.spans,
        policyVersion: updated.policyVersion,
        editedAt: updated.editedAt,
      })
      .where(eq(comments.id, commentId)),
    touchPage(db, site.id, existing.pageKey, now),
    decisionInsert(db, updated, verdict, policy, decision, now, outcome.holdReason),
    auditInsert(db, {
      siteId: site.id,
      actorType: "detector",
      actorId: null,
      action: `comment.edit.${decision}`,
      targetType: "comment",
      targetId: commentId,
      userId: author.userId,
      policyVersion: policy.version,
      rule: verdict.rule,
      score: verdict.score,
      createdAt: now,
    }),
  ];
  await runBatch(db, statements);
  return {
    comment: toCommentJson({ ...updated, authorName: existing.authorName }),
    reason: status === "pending" ? (outcome.reason ?? "Your comment is waiting for a moderator.") : undefined,
  };
}

/** Deletes by the author or a moderator. The row stays, emptied, so replies keep their place. */
export async function deleteComment(
  db: Db,
  site: SiteRow,
  commentId: string,
  actor: { type: "user"; userId: string } | { type: "admin"; adminId: string },
  now: Date,
): Promise<CommentJson> {
  const existing = await ownComment(db, site, commentId);
  if (actor.type === "user" && existing.authorId !== actor.userId)
    throw forbidden("Only the author or a moderator can delete this comment.");
  if (existing.status === "deleted") throw notFound("The comment");
  const deleted: CommentRow = { ...existing, status: "deleted", body: "", html: "", deletedAt: now.toISOString() };
  await runBatch(db, [
    db.update(comments).set({ status: "deleted", body: "", html: "", deletedAt: deleted.deletedAt }).where(eq(comments.id, commentId)),
    touchPage(db, site.id, existing.pageKey, now),
    auditInsert(db, {
      siteId: site.id,
      actorType: actor.type,
      actorId: actor.type === "user" ? actor.userId : actor.adminId,
      action: "comment.delete",
      targetType: "comment",
      targetId: commentId,
      userId: existing.authorId,
      createdAt: now,
    }),
  ]);
  return toCommentJson({ ...deleted, authorName: existing.authorName });
}
