import { sql } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import { rateLimits } from "../../db/schema.ts";
import { ApiError } from "../errors.ts";

export interface Limit {
  key: string;
  limit: number;
}

/**
 * Counts one hit against each key in a fixed window and refuses past its limit. Each counter is
 * an atomic upsert in the database, so limits hold across server instances; all of them are
 * counted in one batch (one commit).
 */
export async function hitRateLimits(db: Db, limits: Limit[], windowSeconds: number, now: Date): Promise<void> {
  const nowSeconds = Math.floor(now.getTime() / 1000);
  const windowStart = nowSeconds - (nowSeconds % windowSeconds);
  const upserts = limits.map(({ key }) =>
    db
      .insert(rateLimits)
      .values({ key, windowStart, count: 1 })
      .onConflictDoUpdate({
        target: rateLimits.key,
        set: {
          count: sql`CASE WHEN ${rateLimits.windowStart} = ${windowStart} THEN ${rateLimits.count} + 1 ELSE 1 END`,
          windowStart,
        },
      })
      .returning({ count: rateLimits.count }),
  );
  if (upserts.length === 0) return;
  const counts = await db.batch(upserts as [(typeof upserts)[0], ...typeof upserts]);
  if (limits.some((l, i) => (counts[i]?.[0]?.count ?? 0) > l.limit)) {
    const retryAfter = Math.max(1, windowStart + windowSeconds - nowSeconds);
    throw new ApiError(
      "rate_limited",
      `Too many requests. Please wait ${retryAfter} seconds and try again.`,
      { retryAfter },
      { "Retry-After": String(retryAfter) },
    );
  }
}

export function hitRateLimit(db: Db, key: string, limit: number, windowSeconds: number, now: Date): Promise<void> {
  return hitRateLimits(db, [{ key, limit }], windowSeconds, now);
}

/** Reads a counter without counting, for checks such as "too many failed logins". */
export async function peekRateLimit(db: Db, key: string, windowSeconds: number, now: Date): Promise<number> {
  const nowSeconds = Math.floor(now.getTime() / 1000);
  const windowStart = nowSeconds - (nowSeconds % windowSeconds);
  const row = await db.query.rateLimits.findFirst({ where: (r, { eq }) => eq(r.key, key) });
  return row && row.windowStart === windowStart ? row.count : 0;
}
