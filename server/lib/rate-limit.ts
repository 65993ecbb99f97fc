import type { InStatement, ResultSet } from "@libsql/client";
import { runStatements, type Db } from "../../db/client.ts";
import type { Condition } from "../../db/statements.ts";
import { rateLimits } from "../../db/schema.ts";
import { eq } from "drizzle-orm";
import { ApiError } from "../errors.ts";

/** A request past a limit, with the seconds until its window ends. */
export class RateLimited extends ApiError {
  constructor(retryAfter: number) {
    super(
      "rate_limited",
      `Too many requests. Please wait ${retryAfter} seconds and try again.`,
      { retryAfter },
      { "Retry-After": String(retryAfter) },
    );
  }
}

export interface Limit {
  key: string;
  limit: number;
}

/** Counts one hit in each key's current window (one row per key), and answers the counts. */
function countHitsSql(keys: number): string {
  return `INSERT INTO "rate_limits" ("key", "window_start", "count") VALUES ${Array(keys).fill("(?, ?, 1)").join(", ")}
  ON CONFLICT ("key") DO UPDATE SET
    "count" = CASE WHEN "window_start" = excluded."window_start" THEN "count" + 1 ELSE 1 END,
    "window_start" = excluded."window_start"
  RETURNING "key", "count"`;
}
const COUNT_HITS = [1, 2, 3].map(countHitsSql);

/**
 * Fixed-window counters in the database, so that limits hold across server instances. A hit
 * is counted by statements meant to open a write's own transaction: `within` is the condition,
 * for the statements after them, that every counter is still within its limit, and `refusal`
 * reads the counters' answers once the transaction is done. So the write and its counters
 * commit together, and a refused write leaves only its counted hit behind.
 */
export function countHits(limits: Limit[], windowSeconds: number, now: Date) {
  const nowSeconds = Math.floor(now.getTime() / 1000);
  const windowStart = nowSeconds - (nowSeconds % windowSeconds);
  const statements: InStatement[] = [
    { sql: COUNT_HITS[limits.length - 1] ?? countHitsSql(limits.length), args: limits.flatMap(({ key }) => [key, windowStart]) },
  ];
  // Read back by the statements after this one, which see the counts it has just written.
  const within: Condition = {
    sql: limits.map(() => `(SELECT "count" FROM "rate_limits" WHERE "key" = ?) <= ?`).join(" AND ") || "1",
    args: limits.flatMap(({ key, limit }) => [key, limit]),
  };
  /** The error to answer when a counter passed its limit; `results` start with the counters'. */
  const refusal = (results: ResultSet[]): RateLimited | null => {
    const counts = new Map(results[0]!.rows.map((row) => [String(row[0]), Number(row[1])]));
    const over = limits.some((l) => (counts.get(l.key) ?? 0) > l.limit);
    if (!over) return null;
    return new RateLimited(Math.max(1, windowStart + windowSeconds - nowSeconds));
  };
  return { statements, within, refusal };
}

/** Counts one hit against each key, in one transaction of its own, and refuses past a limit. */
export async function hitRateLimits(db: Db, limits: Limit[], windowSeconds: number, now: Date): Promise<void> {
  if (limits.length === 0) return;
  const hits = countHits(limits, windowSeconds, now);
  const error = hits.refusal(await runStatements(db, hits.statements));
  if (error) throw error;
}

export function hitRateLimit(db: Db, key: string, limit: number, windowSeconds: number, now: Date): Promise<void> {
  return hitRateLimits(db, [{ key, limit }], windowSeconds, now);
}

/** Starts a counter over (a successful login forgives the attempts before it). */
export async function clearRateLimit(db: Db, key: string): Promise<void> {
  await db.delete(rateLimits).where(eq(rateLimits.key, key));
}
