import { and, eq, sql } from "drizzle-orm";
import { prepared, runBatch, type Db } from "../../db/client.ts";
import type { SiteRow } from "../../db/rows.ts";
import { comments, decisions, users } from "../../db/schema.ts";
import { compileInsert, type Condition } from "../../db/statements.ts";
import { touchPage, touchPageStatement } from "../comments/pages.ts";
import { pageState, type PageState } from "../comments/list.ts";
import { applyMode } from "./modes.ts";
import { MAX_REPLY_DEPTH, toCommentJson, type CommentRow } from "../comments/serialize.ts";
import type { Comment as CommentJson, LinkedSanction, WriteAnswer } from "../../contract/wire.ts";
import type { Detector } from "../detector/types.ts";
import { ApiError, forbidden, notFound } from "../errors.ts";
import { newId } from "../lib/crypto.ts";
import { renderComment } from "../render/markdown.ts";
import { auditInsert, auditStatement } from "./audit.ts";
import type { Verdict } from "./decide.ts";
import {
  checkLength,
  checkStanding,
  commit,
  heldFor,
  holdForLink,
  judge,
  judgedColumns,
  moderateBody,
  PolicyViolation,
  type Outcome,
  type WriteContext,
} from "./phases.ts";
import type { Policy } from "../../contract/policy.ts";
import { bands } from "./spam/simhash.ts";
import { bandStatements } from "./spam/band-rows.ts";
import { noEvents, type EventSink } from "../../contract/notify.ts";
import { eventComment } from "./events.ts";

const insertComment = compileInsert(comments);
const insertDecision = compileInsert(decisions);

function decisionStatement(comment: CommentRow, verdict: Verdict, policy: Policy, outcome: Outcome, now: Date, when: Condition) {
  return insertDecision(
    {
      id: newId(),
      siteId: comment.siteId,
      commentId: comment.id,
      actor: "detector",
      outcome: outcome.status === "published" ? "publish" : outcome.status === "rejected" ? "reject" : "hold",
      policyVersion: policy.version,
      rule: verdict.rule,
      score: verdict.score,
      note: outcome.holdReason ?? (outcome.trusted ? "trusted" : null),
      createdAt: now.toISOString(),
    },
    when,
  );
}

const parentQuery = (db: Db) =>
  db
    .select({ pageKey: comments.pageKey, status: comments.status, rootId: comments.rootId, authorName: users.name })
    .from(comments)
    .innerJoin(users, eq(users.id, comments.authorId))
    .where(and(eq(comments.id, sql.placeholder("id")), eq(comments.siteId, sql.placeholder("siteId"))))
    .prepare();

/**
 * The thread a reply joins, and the comment it is filed under: its parent must be a published
 * comment on the same page. A reply to a comment at MAX_REPLY_DEPTH is filed under that
 * comment's parent instead, as most comment systems do, so no chain of replies grows without end.
 */
async function threadOf(
  db: Db,
  site: SiteRow,
  page: string,
  parentId: string,
): Promise<{ rootId: string; parentId: string; parentAuthor: string }> {
  const parent = await prepared(db, parentQuery).get({ id: parentId, siteId: site.id });
  if (!parent) throw new ApiError("not_found", "The comment you are replying to was not found.", { field: "parentId" });
  if (parent.pageKey !== page) {
    throw new ApiError("validation_failed", "The comment you are replying to is on another page.", { field: "parentId" });
  }
  if (parent.status !== "published") throw new ApiError("conflict", "That comment can no longer be replied to.", { field: "parentId" });
  // The parent's ancestors, nearest first, up to the thread's first comment.
  const chain = (await db.$client.execute({ sql: ANCESTORS_SQL, args: [parentId] })).rows.map((r) => String(r[0]));
  const parentDepth = chain.length - 1;
  const filedUnder = parentDepth < MAX_REPLY_DEPTH ? parentId : chain[parentDepth - MAX_REPLY_DEPTH + 1]!;
  // the replied-to author's name tells the detector who "Dave" is in "you are wrong, Dave"
  return { rootId: parent.rootId, parentId: filedUnder, parentAuthor: parent.authorName };
}

/** A comment and its ancestors up to the thread's first comment (ids, nearest first). */
const ANCESTORS_SQL = `WITH RECURSIVE up(id, parent_id, n) AS (
    SELECT id, parent_id, 0 FROM comments WHERE id = ?
    UNION ALL SELECT c.id, c.parent_id, up.n + 1 FROM comments c JOIN up ON c.id = up.parent_id WHERE up.n < 1000000
  ) SELECT id FROM up ORDER BY n`;

/** The rules' outcome, then what an address link and the page's moderation mode make of it. */
function settle(ctx: WriteContext, page: PageState, judged: { verdict: Verdict; outcome: Outcome }, linked: LinkedSanction | null) {
  const outcome = holdForLink(judged.outcome, linked);
  return applyMode(ctx.db, { site: ctx.site, page, userId: ctx.writer.userId, verdict: judged.verdict, outcome, now: ctx.now });
}

/** Posting: the parent, then the phases (standing, length, detector, thresholds, commit). */
export async function postComment(
  ctx: WriteContext,
  detector: Detector,
  input: { page: string; url?: string; title?: string; parentId?: string; body: string; acknowledge?: boolean; website?: string },
): Promise<WriteAnswer> {
  const { site, writer, now } = ctx;
  if (input.url !== undefined && !site.origins.includes(new URL(input.url).origin)) {
    throw new ApiError("validation_failed", "The page's URL must be on one of the site's origins.", { field: "url" });
  }
  const thread = input.parentId ? await threadOf(ctx.db, site, input.page, input.parentId) : null;
  const linked = (await checkStanding(ctx)).address;
  const page = await pageState(ctx.db, site.id, input.page);
  if (page.closed) throw forbidden("Comments are closed on this page.");
  const context = { parentAuthor: thread?.parentAuthor };
  const spamInput = { pageKey: input.page, website: input.website };
  const judged = await moderateBody(
    ctx,
    detector,
    { ...input, context, spam: spamInput },
    { action: "comment.refused", queueThreats: true },
  );
  const { verdict, policy, spam } = judged;
  const outcome = await settle(ctx, page, judged, linked);

  const id = newId();
  const row: CommentRow = {
    id,
    siteId: site.id,
    pageKey: input.page,
    parentId: thread?.parentId ?? null,
    rootId: thread?.rootId ?? id,
    authorId: writer.userId,
    body: input.body,
    html: renderComment(input.body),
    status: outcome.status,
    holdReason: outcome.holdReason,
    ...judgedColumns(judged, linked),
    upvotes: 0,
    downvotes: 0,
    reportCount: 0,
    reportWeight: 0,
    lastReportAt: null,
    decidedAt: null,
    createdAt: now.toISOString(),
    editedAt: null,
    deletedAt: null,
  };
  // The comment goes in when the limits allow; the rest when the comment went in (one lookup by
  // primary key instead of the limits' two).
  const written: Condition = { sql: `EXISTS (SELECT 1 FROM "comments" WHERE "id" = ?)`, args: [id] };
  await commit(ctx, "comment", (within) => [
    insertComment(row, within),
    ...bandStatements(site.id, [{ commentId: id, fingerprint: spam.fingerprint, writtenAt: row.createdAt }], written),
    touchPageStatement(site.id, input.page, now, { url: input.url, title: input.title }, written),
    decisionStatement(row, verdict, policy, outcome, now, written),
    auditStatement(
      {
        siteId: site.id,
        actorType: "detector",
        actorId: null,
        action: outcome.status === "published" ? "comment.publish" : outcome.status === "rejected" ? "comment.refused" : "comment.hold",
        targetType: "comment",
        targetId: id,
        userId: writer.userId,
        policyVersion: policy.version,
        rule: verdict.rule,
        score: verdict.score,
        detail:
          outcome.status === "rejected"
            ? { holdReason: outcome.holdReason, spans: verdict.spans }
            : holdDetail(outcome, linked, outcome.holdReason === "spam" ? spam : null),
        createdAt: now,
      },
      written,
    ),
  ]);
  const event = { siteId: site.id, at: now.toISOString(), comment: eventComment(row, writer.name) };
  ctx.events?.emit({ type: "comment.created", ...event });
  if (row.status === "published") ctx.events?.emit({ type: "comment.published", ...event, by: "detector", edited: false });
  if (outcome.status === "rejected") throw new PolicyViolation(verdict, policy, true);
  return { comment: toCommentJson({ ...row, authorName: writer.name }), reason: outcome.reason, held: heldFor(outcome, verdict, policy) };
}

/** What the audit keeps of why a comment waits: moderators see a linked sanction, or the spam signals, there too. */
function holdDetail(outcome: Outcome, linked: LinkedSanction | null, spam: { score: number; signals: string[] } | null = null) {
  if (!outcome.holdReason && !linked) return undefined;
  return {
    ...(outcome.holdReason ? { holdReason: outcome.holdReason } : {}),
    ...(linked ? { linkedSanction: linked } : {}),
    ...(spam ? { spamScore: spam.score, signals: spam.signals } : {}),
  };
}

const commentWithAuthorQuery = (db: Db) =>
  db
    .select({ comment: comments, authorName: users.name })
    .from(comments)
    .innerJoin(users, eq(users.id, comments.authorId))
    .where(and(eq(comments.id, sql.placeholder("id")), eq(comments.siteId, sql.placeholder("siteId"))))
    .prepare();

async function commentWithAuthor(db: Db, site: SiteRow, commentId: string) {
  const row = await prepared(db, commentWithAuthorQuery).get({ id: commentId, siteId: site.id });
  if (!row) throw notFound("The comment");
  return { ...row.comment, authorName: row.authorName };
}

const EDIT = `UPDATE "comments" SET "body" = ?, "html" = ?, "status" = ?, "hold_reason" = ?, "linked_sanction" = ?, "score" = ?,
  "rule" = ?, "spans" = ?, "target" = ?, "fingerprint" = ?, "spam_score" = ?, "signals" = ?, "policy_version" = ?, "edited_at" = ?
  WHERE "id" = ? AND `;

/** Editing: the comment is yours and editable, then the phases, with the edit window after standing. */
export async function editComment(
  ctx: WriteContext,
  detector: Detector,
  commentId: string,
  input: { body: string; acknowledge?: boolean },
): Promise<WriteAnswer> {
  const { site, writer, now } = ctx;
  const existing = await commentWithAuthor(ctx.db, site, commentId);
  if (existing.authorId !== writer.userId) throw forbidden("Only the author can edit this comment.");
  if (existing.status === "deleted" || existing.status === "rejected") {
    throw new ApiError("conflict", `A ${existing.status} comment cannot be edited.`);
  }
  const linked = (await checkStanding(ctx)).address;
  const windowEnds = new Date(existing.createdAt).getTime() + site.editWindowMinutes * 60_000;
  if (now.getTime() > windowEnds) {
    throw forbidden(`Comments can be edited for ${site.editWindowMinutes} minutes after posting.`);
  }
  const parent = existing.parentId ? await prepared(ctx.db, parentQuery).get({ id: existing.parentId, siteId: site.id }) : undefined;
  const context = { parentAuthor: parent?.authorName };
  const spamInput = { pageKey: existing.pageKey, commentId };
  const judged = await moderateBody(ctx, detector, { ...input, context, spam: spamInput }, { action: "comment.edit_refused", commentId });
  const { verdict, policy, spam } = judged;
  const page = await pageState(ctx.db, site.id, existing.pageKey);
  const outcome = await settle(ctx, page, judged, linked);
  // A comment hidden by readers' reports stays hidden until a moderator decides.
  const heldByReports = existing.status === "pending" && existing.holdReason === "reports";
  const updated: CommentRow = {
    ...existing,
    body: input.body,
    html: renderComment(input.body),
    status: heldByReports ? "pending" : outcome.status,
    holdReason: heldByReports ? "reports" : outcome.holdReason,
    ...judgedColumns(judged, linked),
    editedAt: now.toISOString(),
  };
  await commit(ctx, "comment", (within) => [
    {
      sql: EDIT + within.sql,
      args: [
        updated.body,
        updated.html,
        updated.status,
        updated.holdReason,
        linked && JSON.stringify(linked),
        updated.score,
        updated.rule,
        JSON.stringify(updated.spans),
        updated.target,
        updated.fingerprint,
        updated.spamScore,
        JSON.stringify(updated.signals),
        updated.policyVersion,
        updated.editedAt,
        commentId,
        ...within.args,
      ],
    },
    // the old text's bands go (by key: they were written when it was created or last edited), the new text's come
    ...(existing.fingerprint
      ? [
          {
            sql: `DELETE FROM "comment_bands" WHERE "site_id" = ? AND "band" IN (?, ?, ?, ?) AND "created_at" IN (?, ?) AND "comment_id" = ? AND ${within.sql}`,
            args: [
              site.id,
              ...bands(existing.fingerprint),
              existing.createdAt,
              existing.editedAt ?? existing.createdAt,
              commentId,
              ...within.args,
            ],
          },
        ]
      : []),
    ...bandStatements(site.id, [{ commentId, fingerprint: spam.fingerprint, writtenAt: now.toISOString() }], within),
    touchPageStatement(site.id, existing.pageKey, now, {}, within),
    decisionStatement(updated, verdict, policy, outcome, now, within),
    auditStatement(
      {
        siteId: site.id,
        actorType: "detector",
        actorId: null,
        action: outcome.status === "published" ? "comment.edit.publish" : "comment.edit.hold",
        targetType: "comment",
        targetId: commentId,
        userId: writer.userId,
        policyVersion: policy.version,
        rule: verdict.rule,
        score: verdict.score,
        detail: holdDetail(outcome, linked, outcome.holdReason === "spam" ? spam : null),
        createdAt: now,
      },
      within,
    ),
  ]);
  const comment = eventComment(updated, existing.authorName);
  if (updated.status === "published")
    ctx.events?.emit({ type: "comment.published", siteId: site.id, at: now.toISOString(), comment, by: "detector", edited: true });
  else if (existing.status === "published") ctx.events?.emit({ type: "comment.held", siteId: site.id, at: now.toISOString(), comment });
  return {
    comment: toCommentJson({ ...updated, authorName: existing.authorName }),
    reason: updated.status === "pending" ? (outcome.reason ?? "Your comment is waiting for a moderator.") : undefined,
    held: heldFor(outcome, verdict, policy),
  };
}

/**
 * What posting would do, without storing anything: standing (a sanctioned writer may not probe
 * the detector either), length, a counted hit (PREVIEWS_PER_COMMENT), the verdict.
 */
export async function previewComment(ctx: WriteContext, detector: Detector, body: string) {
  const { db, site } = ctx;
  // The decision is the body's: an address link would hold it too, but the composer's "may break
  // the policy" notice would wrongly blame the text; the post's 202 says a moderator will look.
  await checkStanding(ctx);
  if (body.trim() === "") return { html: "", decision: "publish" as const, rule: null, spans: [], score: 0, target: "none" as const };
  checkLength(site, body);
  await commit(ctx, "preview", () => []);
  const { verdict } = await judge(db, site, detector, body);
  const { decision, rule, spans, score, target } = verdict;
  return { html: renderComment(body), decision, rule, spans, score, target };
}

/** Deletes by the author or a moderator. The row stays, emptied, so replies keep their place. */
export async function deleteComment(
  db: Db,
  site: SiteRow,
  commentId: string,
  actor: { type: "user"; userId: string } | { type: "admin"; adminId: string },
  now: Date,
  events: EventSink = noEvents,
): Promise<CommentJson> {
  const existing = await commentWithAuthor(db, site, commentId);
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
  events.emit({
    type: "comment.deleted",
    siteId: site.id,
    at: now.toISOString(),
    commentId,
    pageKey: existing.pageKey,
    authorId: existing.authorId,
    by: actor.type === "user" ? "author" : "moderator",
  });
  return toCommentJson({ ...deleted, authorName: existing.authorName });
}
