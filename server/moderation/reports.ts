import { and, eq, sql } from "drizzle-orm";
import type { Report, ReportRequest } from "../../contract/wire.ts";
import { prepared, type Db } from "../../db/client.ts";
import { comments, reports } from "../../db/schema.ts";
import { both } from "../../db/statements.ts";
import { touchPageStatement } from "../comments/pages.ts";
import { ApiError, forbidden, notFound } from "../errors.ts";
import { newId } from "../lib/crypto.ts";
import { auditStatement } from "./audit.ts";
import { checkStanding, commit, type WriteContext } from "./phases.ts";
import { currentPolicy } from "./policies.ts";
import type { WriteStanding } from "./links.ts";
import { activeStrikeCount } from "./standing.ts";

const reportedCommentQuery = (db: Db) =>
  db
    .select({
      status: comments.status,
      authorId: comments.authorId,
      pageKey: comments.pageKey,
      reportCount: comments.reportCount,
      reportWeight: comments.reportWeight,
    })
    .from(comments)
    .where(and(eq(comments.id, sql.placeholder("id")), eq(comments.siteId, sql.placeholder("siteId"))))
    .prepare();

/** Every report on the comment, by whom and from where (a handful: one lookup in reports_comment_user). */
const earlierReportsQuery = (db: Db) =>
  db
    .select({ userId: reports.userId, device: reports.device, addressHash: reports.addressHash })
    .from(reports)
    .where(eq(reports.commentId, sql.placeholder("commentId")))
    .prepare();

/**
 * What a reader's report weighs toward hiding a comment: 1 in good standing; half while warned,
 * with an active strike, or writing from an address a sanctioned commenter was recently seen at.
 * (A suspended or revoked reader may not report at all.)
 */
export function reporterWeight(standing: WriteStanding, activeStrikes: number): number {
  return standing.own.status === "good" && activeStrikes === 0 && standing.address === null ? 1 : 0.5;
}

/**
 * The report row, its weight decided in the transaction: 0 when an earlier report on the comment
 * came from the same device or address (as this request's, or where the reporter's session was
 * opened), else the reporter's weight. Lands only when `when` holds and the reader has not
 * reported the comment yet.
 */
const INSERT_REPORT = `INSERT INTO "reports"
    ("id", "site_id", "comment_id", "user_id", "reason", "note", "device", "address_hash", "weight", "created_at")
  SELECT ?, ?, ?, ?, ?, ?, ?, ?,
    CASE WHEN EXISTS (SELECT 1 FROM "reports" WHERE "comment_id" = ? AND ("device" = ? OR "address_hash" IN (?, ?))) THEN 0 ELSE ? END, ?
  WHERE NOT EXISTS (SELECT 1 FROM "reports" WHERE "comment_id" = ? AND "user_id" = ?) AND `;

/** Counts the report; in "hide" mode the comment is hidden the moment its open reports' weight reaches the threshold. */
const REPORT_WEIGHT = `(SELECT "weight" FROM "reports" WHERE "id" = ?)`;
const REACHES = `? AND "report_weight" + ${REPORT_WEIGHT} >= ? AND "status" = 'published'`;
const COUNT_REPORT = `UPDATE "comments" SET
    "report_count" = "report_count" + 1,
    "report_weight" = "report_weight" + ${REPORT_WEIGHT},
    "last_report_at" = ?,
    "status" = CASE WHEN ${REACHES} THEN 'pending' ELSE "status" END,
    "hold_reason" = CASE WHEN ${REACHES} THEN 'reports' ELSE "hold_reason" END
  WHERE "id" = ? AND EXISTS (SELECT 1 FROM "reports" WHERE "id" = ?)`;

/**
 * One report per reader and comment, counted once per person: the comment, then the phases
 * (standing; the rate limits at commit). In the transaction, the report row goes in only when the
 * limits allow and the reader has no report on the comment yet, weighing nothing when an earlier
 * report shares the reader's device or address; everything after it only when it went in. So two
 * racing reports from one reader count once, without a constraint failure to catch.
 */
export async function reportComment(ctx: WriteContext, commentId: string, input: ReportRequest): Promise<Report> {
  const { db, site, writer, now } = ctx;
  const [comment, earlier] = await Promise.all([
    prepared(db, reportedCommentQuery).get({ id: commentId, siteId: site.id }),
    prepared(db, earlierReportsQuery).all({ commentId }),
  ]);
  if (!comment || comment.status === "deleted" || comment.status === "rejected") throw notFound("The comment");
  if (comment.authorId === writer.userId) throw forbidden("You cannot report your own comment.");
  const already = () => new ApiError("conflict", "You have already reported this comment.");
  if (earlier.some((r) => r.userId === writer.userId)) throw already();
  const [standing, strikes] = await Promise.all([checkStanding(ctx), activeStrikeCount(db, writer.userId, now)]);

  const addresses = [writer.addressHash, writer.sessionAddressHash ?? writer.addressHash];
  const sameSource = earlier.some((r) => (r.device !== null && r.device === writer.device) || addresses.includes(r.addressHash ?? ""));
  const weight = sameSource ? 0 : reporterWeight(standing, strikes);
  const report = {
    id: newId(),
    commentId,
    reason: input.reason,
    note: input.note ?? null,
    createdAt: now.toISOString(),
  };
  const hideMode = site.reportAction === "hide";
  const hides = hideMode && comment.status === "published" && comment.reportWeight + weight >= site.reportThreshold;
  const policy = hides ? await currentPolicy(db, site.id) : null;
  const reaches = [hideMode ? 1 : 0, report.id, site.reportThreshold];
  const reported = { sql: `EXISTS (SELECT 1 FROM "reports" WHERE "id" = ?)`, args: [report.id] };
  const hidden = {
    sql: `EXISTS (SELECT 1 FROM "comments" WHERE "id" = ? AND "hold_reason" = 'reports' AND "status" = 'pending')`,
    args: [commentId],
  };
  const [inserted] = await commit(ctx, "report", (within) => [
    {
      sql: INSERT_REPORT + within.sql,
      args: [
        report.id,
        site.id,
        commentId,
        writer.userId,
        report.reason,
        report.note,
        writer.device,
        writer.addressHash,
        commentId,
        writer.device,
        ...addresses,
        reporterWeight(standing, strikes),
        report.createdAt,
        commentId,
        writer.userId,
        ...within.args,
      ],
    },
    {
      sql: COUNT_REPORT,
      args: [report.id, report.createdAt, ...reaches, ...reaches, commentId, report.id],
    },
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
        detail: { reason: input.reason, weight, ...(input.note ? { note: input.note } : {}) },
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
              detail: { reports: comment.reportCount + 1, weight: comment.reportWeight + weight, threshold: site.reportThreshold },
              createdAt: now,
            },
            both(reported, hidden),
          ),
        ]
      : []),
  ]);
  // Another report by the same reader won the race between the check above and this one.
  if (inserted!.rowsAffected === 0) throw already();
  ctx.events?.emit({
    type: "report.created",
    siteId: site.id,
    at: report.createdAt,
    report: { id: report.id, commentId, reason: report.reason },
    hidden: hides,
  });
  return { id: report.id, commentId, reason: report.reason, note: report.note, createdAt: report.createdAt };
}
