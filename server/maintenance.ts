import { lt } from "drizzle-orm";
import type { Db } from "../db/client.ts";
import { adminSessions, rateLimits, sessions, usedChallenges } from "../db/schema.ts";

/** The longest rate-limit window in use (failed logins: 15 minutes), with room to spare. */
const RATE_LIMIT_RETENTION_SECONDS = 24 * 3600;

/**
 * Deletes what can no longer matter: expired sessions, finished rate-limit windows, and spent
 * challenges past their expiry (an expired challenge is refused before its use is looked up). Run
 * hourly (a timer on Node, a cron trigger on Workers); nothing else depends on when it runs.
 */
export async function sweepExpired(db: Db, now: Date): Promise<void> {
  await db.batch(sweepStatements(db, now));
}

/** The sweep's deletes, each answered by an index on its time column (tests read their plans). */
export function sweepStatements(db: Db, now: Date) {
  const iso = now.toISOString();
  return [
    db.delete(sessions).where(lt(sessions.expiresAt, iso)),
    db.delete(adminSessions).where(lt(adminSessions.expiresAt, iso)),
    db.delete(rateLimits).where(lt(rateLimits.windowStart, Math.floor(now.getTime() / 1000) - RATE_LIMIT_RETENTION_SECONDS)),
    db.delete(usedChallenges).where(lt(usedChallenges.expiresAt, iso)),
  ] as const;
}
