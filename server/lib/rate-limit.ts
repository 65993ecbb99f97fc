import { sql } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import { rateLimits } from "../../db/schema.ts";
import { ApiError } from "../errors.ts";

/**
 * Counts one hit against `key` in a fixed window and refuses past `limit`. The counter is one
 * atomic upsert in the database, so the limit holds across server instances.
 */
export async function hitRateLimit(db: Db, key: string, limit: number, windowSeconds: number, now: Date): Promise<void> {
  const nowSeconds = Math.floor(now.getTime() / 1000);
  const windowStart = nowSeconds - (nowSeconds % windowSeconds);
  const [row] = await db
    .insert(rateLimits)
    .values({ key, windowStart, count: 1 })
    .onConflictDoUpdate({
      target: rateLimits.key,
      set: {
        count: sql`CASE WHEN ${rateLimits.windowStart} = ${windowStart} THEN ${rateLimits.count} + 1 ELSE 1 END`,
        windowStart,
      },
    })
    .returning({ count: rateLimits.count });
  if (row && row.count > limit) {
    const retryAfter = Math.max(1, windowStart + windowSeconds - nowSeconds);
    throw new ApiError(
      "rate_limited",
      `Too many requests. Please wait ${retryAfter} seconds and try again.`,
      { retryAfter },
      { "Retry-After": String(retryAfter) },
    );
  }
}

/** Reads a counter without counting, for checks such as "too many failed logins". */
export async function peekRateLimit(db: Db, key: string, windowSeconds: number, now: Date): Promise<number> {
  const nowSeconds = Math.floor(now.getTime() / 1000);
  const windowStart = nowSeconds - (nowSeconds % windowSeconds);
  const row = await db.query.rateLimits.findFirst({ where: (r, { eq }) => eq(r.key, key) });
  return row && row.windowStart === windowStart ? row.count : 0;
}
