import { aliasedTable, and, count, eq, getTableColumns, inArray, sql, type SQL } from "drizzle-orm";
import { QUEUE_NAMES, type QueueItem, type QueueName, type QueuePage } from "../../contract/wire.ts";
import type { Db } from "../../db/client.ts";
import { comments, pages, reports, users } from "../../db/schema.ts";
import { commentKeyset, type Cursors } from "../comments/cursor.ts";
import { toCommentJson } from "../comments/serialize.ts";
import { standingsOf } from "./standing.ts";
import { rejectWhere } from "./bulk.ts";
import { waveSizes } from "./spam/wave.ts";

/**
 * Pending and spam: held comments (by the spam rule, or sent for review after its refusal, in
 * spam), read through comments_site_status. Reported: readers' reports have come in since a moderator last decided. Threats: refused as threats
 * and not yet decided by a moderator. Each queue's condition
 * is what an index holds (db/schema.ts), so counting or paging a queue reads only its rows.
 */
function queueFilter(queue: QueueName): SQL {
  // Spam has a queue of its own: held by the spam rule, or sent for review after its refusal.
  if (queue === "pending") return sql`${comments.status} = 'pending' and coalesce(${comments.rule}, '') <> 'spam'`;
  // Written as the partial index comments_spam's condition.
  if (queue === "spam") return sql`${comments.status} = 'pending' and ${comments.rule} = 'spam'`;
  if (queue === "rejected") return eq(comments.status, "rejected");
  // Written as the partial index comments_threats's condition (literals, as for reported below).
  if (queue === "threats") return sql`${comments.status} = 'rejected' and ${comments.holdReason} = 'threat'`;
  // A moderator's decision resets reportCount, so any count left is reports since the last one.
  // Published or pending, written as the partial index comments_reported's condition: SQLite
  // uses that index only for this very text, with literals, not bound values.
  return sql`${comments.reportCount} > 0 and ${comments.status} not in ('rejected', 'deleted')`;
}

export async function queueCounts(db: Db, siteId: string): Promise<Record<QueueName, number>> {
  // Pending is every held comment but spam: counted as all held ones less spam, each an index read.
  const counted = (filter: SQL) =>
    db
      .select({ n: count() })
      .from(comments)
      .where(and(eq(comments.siteId, siteId), filter))
      .then((rows) => rows[0]?.n ?? 0);
  const [held, ...rest] = await Promise.all([
    counted(eq(comments.status, "pending")),
    ...QUEUE_NAMES.filter((q) => q !== "pending").map((q) => counted(queueFilter(q))),
  ]);
  const counts = Object.fromEntries(QUEUE_NAMES.filter((q) => q !== "pending").map((q, i) => [q, rest[i]!])) as Record<QueueName, number>;
  return { ...counts, pending: held! - counts.spam };
}

export interface QueueQuery {
  siteId: string;
  queue: QueueName;
  sort: "oldest" | "newest";
  page?: string;
  limit: number;
  cursor?: string;
}

/** A queue page: each comment in context (page, parent, author's standing), its scores and reports. */
export async function listQueue(db: Db, q: QueueQuery, now: Date, cursors: Cursors) {
  const keyset = commentKeyset(q.sort, q.cursor ? cursors.decode(q.cursor) : null);
  const rows = await db
    .select({ ...getTableColumns(comments), authorName: users.name, pageUrl: pages.url, pageTitle: pages.title })
    .from(comments)
    .innerJoin(users, eq(users.id, comments.authorId))
    .leftJoin(pages, and(eq(pages.siteId, comments.siteId), eq(pages.key, comments.pageKey)))
    .where(and(eq(comments.siteId, q.siteId), queueFilter(q.queue), q.page ? eq(comments.pageKey, q.page) : undefined, keyset.where))
    .orderBy(...keyset.orderBy)
    .limit(q.limit + 1);
  const page = rows.slice(0, q.limit);
  const ids = page.map((r) => r.id);
  const parentIds = page.map((r) => r.parentId).filter((p): p is string => p !== null);
  const parentComments = aliasedTable(comments, "parent");
  const [reportRows, parents, waves] = await Promise.all([
    ids.length
      ? db
          .select({
            commentId: reports.commentId,
            reason: reports.reason,
            note: reports.note,
            createdAt: reports.createdAt,
            weight: reports.weight,
          })
          .from(reports)
          .where(inArray(reports.commentId, ids))
      : [],
    parentIds.length
      ? db
          .select({ ...getTableColumns(parentComments), authorName: users.name })
          .from(parentComments)
          .innerJoin(users, eq(users.id, parentComments.authorId))
          .where(inArray(parentComments.id, parentIds))
      : [],
    waveSizes(db, q.siteId, page),
  ]);
  const standings = await standingsOf(db, [...new Set(page.map((r) => r.authorId))], now);
  const parentById = new Map(parents.map((p) => [p.id, p]));
  const reportsOf = new Map<string, typeof reportRows>();
  for (const r of reportRows) reportsOf.set(r.commentId, [...(reportsOf.get(r.commentId) ?? []), r]);
  const last = page[page.length - 1];
  return {
    items: page.map((row) => {
      const parent = row.parentId ? parentById.get(row.parentId) : undefined;
      const itemReports = reportsOf.get(row.id) ?? [];
      return {
        comment: toCommentJson(row),
        page: row.pageKey,
        pageTitle: row.pageTitle,
        pageUrl: row.pageUrl,
        parent: parent ? toCommentJson(parent) : null,
        author: { id: row.authorId, name: row.authorName, standing: standings.get(row.authorId)! },
        scores: { "personal-attacks": row.score },
        rule: row.rule,
        spans: row.spans ?? [],
        target: row.target,
        holdReason: row.holdReason,
        linkedSanction: row.linkedSanction,
        policyVersion: row.policyVersion,
        reports: itemReports.length,
        reportReasons: itemReports.map(({ reason, note, createdAt, weight }) => ({ reason, note, createdAt, weight })),
        spamScore: row.spamScore,
        signals: row.signals ?? [],
        wave: waves.get(row.id) ?? 0,
      } satisfies QueueItem;
    }),
    nextCursor: rows.length > q.limit && last ? cursors.encode({ at: last.createdAt, id: last.id }) : null,
  } satisfies Omit<QueuePage, "counts" | "asOf">;
}

/** Rejects the spam queue, up to the newest comment the moderator saw, at once (bulk.ts). */
export function rejectSpamQueue(
  db: Db,
  input: { siteId: string; before?: string; note?: string; adminId: string; now: Date; changed?: (ids: string[]) => void },
) {
  const before = new Date(input.before ?? input.now).toISOString(); // as stored, so text order is time order
  return rejectWhere(db, {
    ...input,
    where: { sql: `"status" = 'pending' AND "rule" = 'spam' AND "created_at" <= ?`, args: [before] },
    audit: { action: "queue.reject_spam", targetType: "site", targetId: input.siteId },
  });
}
