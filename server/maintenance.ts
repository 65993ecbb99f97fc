import { and, eq, isNotNull, isNull, lt, ne, or } from "drizzle-orm";
import type { Db } from "../db/client.ts";
import {
  adminSessions,
  deliveries,
  rateLimits,
  reports,
  sessions,
  sites,
  subscriptions,
  usedChallenges,
  userIdentifiers,
} from "../db/schema.ts";

/** The longest rate-limit window in use (failed logins: 15 minutes), with room to spare. */
const RATE_LIMIT_RETENTION_SECONDS = 24 * 3600;
/** An address nobody confirmed for reply emails is kept this long, then forgotten with its subscription. */
export const UNCONFIRMED_DAYS = 7;
/** How long the delivery log keeps what was sent or gave up (queued rows stay until they finish). */
export const DELIVERY_LOG_DAYS = 30;

/**
 * Deletes what can no longer matter: expired sessions, finished rate-limit windows, spent
 * challenges past their expiry (an expired challenge is refused before its use is looked up),
 * unconfirmed reply subscriptions and old delivery-log rows, and what each site's retention
 * ends. Run hourly (a timer on Node, a cron trigger on Workers); nothing else depends on when it runs.
 */
export async function sweepExpired(db: Db, now: Date): Promise<void> {
  const perSite = await db.select({ id: sites.id, retentionDays: sites.retentionDays }).from(sites);
  await db.batch([
    ...sweepStatements(db, now),
    ...notifyStatements(
      db,
      perSite.map((s) => s.id),
      now,
    ),
    ...retentionStatements(db, perSite, now),
  ]);
}

/**
 * The notifier's leftovers: subscriptions whose address was never confirmed within
 * UNCONFIRMED_DAYS, and finished deliveries past DELIVERY_LOG_DAYS, site by site through
 * `deliveries_site` (and those of no site: moderators' digests).
 */
export function notifyStatements(db: Db, siteIds: string[], now: Date) {
  const unconfirmedBefore = new Date(now.getTime() - UNCONFIRMED_DAYS * 86_400_000).toISOString();
  const loggedBefore = new Date(now.getTime() - DELIVERY_LOG_DAYS * 86_400_000).toISOString();
  const finished = ne(deliveries.status, "queued");
  return [
    db.delete(subscriptions).where(and(isNull(subscriptions.confirmedAt), lt(subscriptions.createdAt, unconfirmedBefore))),
    ...siteIds.map((siteId) =>
      db.delete(deliveries).where(and(eq(deliveries.siteId, siteId), lt(deliveries.createdAt, loggedBefore), finished)),
    ),
    db.delete(deliveries).where(and(isNull(deliveries.siteId), lt(deliveries.createdAt, loggedBefore), finished)),
  ];
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
