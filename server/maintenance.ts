import { and, eq, isNotNull, lt, or } from "drizzle-orm";
import type { Db } from "../db/client.ts";
import { adminSessions, rateLimits, reports, sessions, sites, usedChallenges, userIdentifiers } from "../db/schema.ts";

/** The longest rate-limit window in use (failed logins: 15 minutes), with room to spare. */
const RATE_LIMIT_RETENTION_SECONDS = 24 * 3600;

/**
 * Deletes what can no longer matter: expired sessions, finished rate-limit windows, and spent
 * challenges past their expiry (an expired challenge is refused before its use is looked up). Run
 * hourly (a timer on Node, a cron trigger on Workers); nothing else depends on when it runs.
 */
export async function sweepExpired(db: Db, now: Date): Promise<void> {
  const retention = await db.select({ id: sites.id, retentionDays: sites.retentionDays }).from(sites);
  await db.batch([...sweepStatements(db, now), ...retentionStatements(db, retention, now)]);
}

/**
 * Retention (each site's `retentionDays`): address links last seen before the cut-off are deleted,
 * and old reports forget the device and address hash they were made from (their weight stays).
 * Rate-limit rows need nothing more: the sweep above keeps none longer than a day. Each statement
 * is answered by an index (user_identifiers_seen, reports_site_created; tests read their plans).
 */
export function retentionStatements(db: Db, perSite: { id: string; retentionDays: number }[], now: Date) {
  return perSite.flatMap(({ id, retentionDays }) => {
    const cutOff = new Date(now.getTime() - retentionDays * 86_400_000).toISOString();
    return [
      db
        .delete(userIdentifiers)
        .where(and(eq(userIdentifiers.siteId, id), eq(userIdentifiers.kind, "address"), lt(userIdentifiers.seenAt, cutOff))),
      db
        .update(reports)
        .set({ addressHash: null, device: null })
        .where(and(eq(reports.siteId, id), lt(reports.createdAt, cutOff), or(isNotNull(reports.addressHash), isNotNull(reports.device)))),
    ];
  });
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
