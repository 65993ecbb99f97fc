import { and, desc, eq, gte, isNull, lt, lte, type SQL } from "drizzle-orm";
import type { AuditAction, AuditEntry, AuditPage, AuditTargetType } from "../../contract/audit.ts";
import type { Db } from "../../db/client.ts";
import { auditLog } from "../../db/schema.ts";
import { ApiError } from "../errors.ts";

export interface AuditQuery {
  siteId: string;
  cursor?: string;
  limit: number;
  actor?: string;
  action?: AuditAction;
  user?: string;
  from?: string;
  to?: string;
}

/**
 * Newest first. The cursor is the last entry's sequence number. A site's log also holds the
 * entries that belong to no site (moderator accounts added and removed by an owner).
 */
export async function listAudit(db: Db, q: AuditQuery): Promise<AuditPage> {
  const before = q.cursor === undefined ? undefined : Number(q.cursor);
  if (before !== undefined && !Number.isInteger(before)) {
    throw new ApiError("validation_failed", "The cursor is not one this server gave out.", { field: "cursor" });
  }
  const filters = and(
    before !== undefined ? lt(auditLog.seq, before) : undefined,
    q.actor ? eq(auditLog.actorId, q.actor) : undefined,
    q.action ? eq(auditLog.action, q.action) : undefined,
    q.user ? eq(auditLog.userId, q.user) : undefined,
    q.from ? gte(auditLog.createdAt, q.from) : undefined,
    q.to ? lte(auditLog.createdAt, q.to) : undefined,
  );
  // Two reads in index order, merged: "this site OR no site" in one query makes SQLite read
  // both sets whole and sort them.
  const newest = (owner: SQL) =>
    db
      .select()
      .from(auditLog)
      .where(and(owner, filters))
      .orderBy(desc(auditLog.seq))
      .limit(q.limit + 1);
  const [ofSite, ofNoSite] = await Promise.all([newest(eq(auditLog.siteId, q.siteId)), newest(isNull(auditLog.siteId))]);
  const rows = [...ofSite, ...ofNoSite].sort((a, b) => b.seq - a.seq).slice(0, q.limit + 1);
  const page = rows.slice(0, q.limit);
  return {
    // The column is plain text, but every row was written through auditInsert, which takes only the contract's actions.
    entries: page.map(
      ({ seq: _seq, ...entry }) =>
        ({ ...entry, action: entry.action as AuditAction, targetType: entry.targetType as AuditTargetType | null }) satisfies AuditEntry,
    ),
    nextCursor: rows.length > q.limit ? String(page[page.length - 1]!.seq) : null,
  };
}
