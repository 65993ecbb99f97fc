import { and, eq, sql } from "drizzle-orm";
import type { Report, ReportRequest } from "../../contract/wire.ts";
import { prepared, type Db } from "../../db/client.ts";
import { comments, reports } from "../../db/schema.ts";
import { both, compileInsert } from "../../db/statements.ts";
import { touchPageStatement } from "../comments/pages.ts";
import { ApiError, forbidden, notFound } from "../errors.ts";
import { newId } from "../lib/crypto.ts";
import { auditStatement } from "./audit.ts";
import { checkStanding, commit, type WriteContext } from "./phases.ts";
import { currentPolicy } from "./policies.ts";

const reportedCommentQuery = (db: Db) =>
  db
    .select({ status: comments.status, authorId: comments.authorId, pageKey: comments.pageKey, reportCount: comments.reportCount })
    .from(comments)
    .where(and(eq(comments.id, sql.placeholder("id")), eq(comments.siteId, sql.placeholder("siteId"))))
    .prepare();

const earlierReportQuery = (db: Db) =>
  db
    .select({ id: reports.id })
    .from(reports)
    .where(and(eq(reports.commentId, sql.placeholder("commentId")), eq(reports.userId, sql.placeholder("userId"))))
    .prepare();

const insertReport = compileInsert(reports);

/** Counts the report; the comment is hidden the moment its open reports reach the threshold. */
const COUNT_REPORT = `UPDATE "comments" SET
    "report_count" = "report_count" + 1,
    "last_report_at" = ?,
    "status" = CASE WHEN "report_count" + 1 >= ? AND "status" = 'published' THEN 'pending' ELSE "status" END,
    "hold_reason" = CASE WHEN "report_count" + 1 >= ? AND "status" = 'published' THEN 'reports' ELSE "hold_reason" END
  WHERE "id" = ? AND `;

/**
 * One report per reader and comment: the comment, then the phases (standing; the rate limits at
 * commit). In the transaction, the report row goes in only when the limits allow and the reader
 * has no report on the comment yet; everything after it only when it went in. So two racing
 * reports from one reader count once, without a constraint failure to catch.
 */
export async function reportComment(ctx: WriteContext, commentId: string, input: ReportRequest): Promise<Report> {
  const { db, site, writer, now } = ctx;
  const comment = await prepared(db, reportedCommentQuery).get({ id: commentId, siteId: site.id });
  if (!comment || comment.status === "deleted" || comment.status === "rejected") throw notFound("The comment");
  if (comment.authorId === writer.userId) throw forbidden("You cannot report your own comment.");
  const already = () => new ApiError("conflict", "You have already reported this comment.");
  if (await prepared(db, earlierReportQuery).get({ commentId, userId: writer.userId })) throw already();
  await checkStanding(ctx);

  const report = {
    id: newId(),
    siteId: site.id,
    commentId,
    userId: writer.userId,
    reason: input.reason,
    note: input.note ?? null,
    createdAt: now.toISOString(),
  };
  const hides = comment.status === "published" && comment.reportCount + 1 >= site.reportThreshold;
  const policy = hides ? await currentPolicy(db, site.id) : null;
  const firstReport = {
    sql: `NOT EXISTS (SELECT 1 FROM "reports" WHERE "comment_id" = ? AND "user_id" = ?)`,
    args: [commentId, writer.userId],
  };
  const reported = { sql: `EXISTS (SELECT 1 FROM "reports" WHERE "id" = ?)`, args: [report.id] };
  const [inserted] = await commit(ctx, "report", (within) => [
    insertReport(report, both(within, firstReport)),
    { sql: COUNT_REPORT + reported.sql, args: [report.createdAt, site.reportThreshold, site.reportThreshold, commentId, ...reported.args] },
    touchPageStatement(site.id, comment.pageKey, now, {}, reported),
    auditStatement(
      {
        siteId: site.id,
        actorType: "user",
        actorId: writer.userId,
        action: "comment.report",
        targetType: "comment",
        targetId: commentId,
        userId: comment.authorId,
        detail: { reason: input.reason, ...(input.note ? { note: input.note } : {}) },
        createdAt: now,
      },
      reported,
    ),
    ...(hides
      ? [
          auditStatement(
            {
              siteId: site.id,
              actorType: "system",
              actorId: "reports",
              action: "comment.hidden",
              targetType: "comment",
              targetId: commentId,
              userId: comment.authorId,
              policyVersion: policy!.version,
              detail: { reports: comment.reportCount + 1, threshold: site.reportThreshold },
              createdAt: now,
            },
            reported,
          ),
        ]
      : []),
  ]);
  // Another report by the same reader won the race between the check above and this one.
  if (inserted!.rowsAffected === 0) throw already();
  return { id: report.id, commentId, reason: report.reason, note: report.note, createdAt: report.createdAt };
}
