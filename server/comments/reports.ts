import { and, eq, sql } from "drizzle-orm";
import type { Report, ReportRequest } from "../../contract/wire.ts";
import { isUniqueViolation, runBatch, type Db } from "../../db/client.ts";
import { comments, reports } from "../../db/schema.ts";
import { ApiError, forbidden, notFound } from "../errors.ts";
import { newId } from "../lib/crypto.ts";
import { auditInsert } from "../moderation/audit.ts";
import { admitWrite } from "../moderation/pipeline.ts";
import { currentPolicy } from "../moderation/policies.ts";
import type { SiteRow } from "../sites/sites.ts";
import type { Author } from "./write.ts";
import { touchPage } from "./write.ts";

/**
 * One report per reader and comment. The comment is hidden (held for a moderator) the moment
 * its open reports reach the site's threshold, in the same statement that counts this one.
 */
export async function reportComment(db: Db, site: SiteRow, reporter: Author, commentId: string, input: ReportRequest, now: Date) {
  const comment = await db.query.comments.findFirst({ where: and(eq(comments.id, commentId), eq(comments.siteId, site.id)) });
  if (!comment || comment.status === "deleted" || comment.status === "rejected") throw notFound("The comment");
  if (comment.authorId === reporter.userId) throw forbidden("You cannot report your own comment.");
  const already = await db.query.reports.findFirst({ where: and(eq(reports.commentId, commentId), eq(reports.userId, reporter.userId)) });
  if (already) throw new ApiError("conflict", "You have already reported this comment.");
  await admitWrite({ db, site, userId: reporter.userId, addressHash: reporter.addressHash, now }, "report");

  const report = {
    id: newId(),
    siteId: site.id,
    commentId,
    userId: reporter.userId,
    reason: input.reason,
    note: input.note ?? null,
    createdAt: now.toISOString(),
  };
  const hides = comment.status === "published" && comment.reportCount + 1 >= site.reportThreshold;
  const policy = hides ? await currentPolicy(db, site.id) : null;
  const reachesThreshold = sql`${comments.reportCount} + 1 >= ${site.reportThreshold} AND ${comments.status} = 'published'`;
  try {
    await runBatch(db, [
      db.insert(reports).values(report),
      db
        .update(comments)
        .set({
          reportCount: sql`${comments.reportCount} + 1`,
          lastReportAt: report.createdAt,
          status: sql`CASE WHEN ${reachesThreshold} THEN 'pending' ELSE ${comments.status} END`,
          holdReason: sql`CASE WHEN ${reachesThreshold} THEN 'reports' ELSE ${comments.holdReason} END`,
        })
        .where(eq(comments.id, commentId)),
      touchPage(db, site.id, comment.pageKey, now),
      auditInsert(db, {
        siteId: site.id,
        actorType: "user",
        actorId: reporter.userId,
        action: "comment.report",
        targetType: "comment",
        targetId: commentId,
        userId: comment.authorId,
        detail: { reason: input.reason, ...(input.note ? { note: input.note } : {}) },
        createdAt: now,
      }),
      ...(hides
        ? [
            auditInsert(db, {
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
            }),
          ]
        : []),
    ]);
  } catch (error) {
    // Two reports racing past the check above: the unique index keeps the second out.
    if (isUniqueViolation(error)) throw new ApiError("conflict", "You have already reported this comment.");
    throw error;
  }
  return { id: report.id, commentId, reason: report.reason, note: report.note, createdAt: report.createdAt } satisfies Report;
}
