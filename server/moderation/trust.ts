import type { Trust, TrustLevel } from "../../contract/wire.ts";
import type { Db } from "../../db/client.ts";

/** The record behind each level (contract/wire.ts TrustLevel); the README's "Trust" section. */
export const TRUST = {
  /** Published comments that make a commenter "regular". */
  regularAfter: 3,
  /** Published comments, and days since joining, that make one "trusted" (with no rejection). */
  trustedAfter: 10,
  trustedDays: 14,
  /** Rejections within this many days count; two make a commenter "restricted". */
  lookbackDays: 90,
  restrictedAfter: 2,
} as const;

export function trustLevel(r: Omit<Trust, "level">): TrustLevel {
  if (r.strikes > 0 || r.rejected >= TRUST.restrictedAfter) return "restricted";
  if (r.published >= TRUST.trustedAfter && r.days >= TRUST.trustedDays && r.rejected === 0) return "trusted";
  return r.published >= TRUST.regularAfter ? "regular" : "new";
}

// Each count reads the author's own rows through comments_author / strikes_user; the published
// count stops at CAP, which is all any level needs (the drawer shows "1000+" beyond).
const CAP = 1000;
const TRUST_SQL = `SELECT
    (SELECT count(*) FROM (SELECT 1 FROM "comments" WHERE "author_id" = ?1 AND "status" = 'published' LIMIT ${CAP})),
    (SELECT count(*) FROM "comments" WHERE "author_id" = ?1 AND "status" = 'rejected' AND "created_at" > ?2),
    (SELECT count(*) FROM "strikes" WHERE "user_id" = ?1 AND "expires_at" > ?3 AND "voided_at" IS NULL),
    (SELECT "created_at" FROM "users" WHERE "id" = ?1)`;

/** A commenter's trust from their record, in one query. */
export async function trustOf(db: Db, userId: string, now: Date): Promise<Trust> {
  const since = new Date(now.getTime() - TRUST.lookbackDays * 86_400_000).toISOString();
  const row = (await db.$client.execute({ sql: TRUST_SQL, args: [userId, since, now.toISOString()] })).rows[0]!;
  const joined = row[3] ? Date.parse(String(row[3])) : now.getTime();
  const record = {
    published: Number(row[0]),
    rejected: Number(row[1]),
    strikes: Number(row[2]),
    days: Math.max(0, Math.floor((now.getTime() - joined) / 86_400_000)),
  };
  return { level: trustLevel(record), ...record };
}
