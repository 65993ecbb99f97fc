import { eq } from "drizzle-orm";
import type { AdminSite, PublicSite } from "../../contract/wire.ts";
import type { Db } from "../../db/client.ts";
import type { SiteRow } from "../../db/rows.ts";
import { sites } from "../../db/schema.ts";
import { notFound } from "../errors.ts";

export type { SiteRow };

const CACHE_MS = 5_000;
const cache = new WeakMap<Db, Map<string, { site: SiteRow; at: number }>>();

/**
 * Sites are read on every request (CORS, limits), so they are cached for a few seconds; a change
 * made through this instance shows at once, one made through another within CACHE_MS.
 */
export async function findSite(db: Db, siteId: string): Promise<SiteRow | undefined> {
  let perDb = cache.get(db);
  if (!perDb) cache.set(db, (perDb = new Map()));
  const hit = perDb.get(siteId);
  if (hit && Date.now() - hit.at < CACHE_MS) return hit.site;
  const site = await db.query.sites.findFirst({ where: eq(sites.id, siteId) });
  if (site) perDb.set(siteId, { site, at: Date.now() });
  else perDb.delete(siteId);
  return site;
}

export async function listSites(db: Db): Promise<SiteRow[]> {
  return db.select().from(sites).orderBy(sites.createdAt);
}

export async function getSite(db: Db, siteId: string): Promise<SiteRow> {
  const site = await findSite(db, siteId);
  if (!site) throw notFound("The site");
  return site;
}

export function forgetSite(db: Db, siteId: string): void {
  cache.get(db)?.delete(siteId);
}

/** What the widget may know about a site. */
export function publicSite(site: SiteRow) {
  return {
    id: site.id,
    name: site.name,
    allowGuests: site.allowGuests,
    sso: site.ssoSecret !== null,
    editWindowMinutes: site.editWindowMinutes,
    maxCommentLength: site.maxCommentLength,
    challenge: site.guestChallenge,
    downvotes: site.downvotes,
  } satisfies PublicSite;
}

/** What moderators see: everything but the SSO secret, which is write-only. */
export function adminSite(site: SiteRow) {
  return {
    id: site.id,
    name: site.name,
    origins: site.origins,
    allowGuests: site.allowGuests,
    ssoConfigured: site.ssoSecret !== null,
    editWindowMinutes: site.editWindowMinutes,
    maxCommentLength: site.maxCommentLength,
    rateLimitPerMinute: site.rateLimitPerMinute,
    reportThreshold: site.reportThreshold,
    reportAction: site.reportAction,
    moderationMode: site.moderationMode,
    firstComments: site.firstComments,
    guestChallenge: site.guestChallenge,
    linkAllowlist: site.linkAllowlist,
    retentionDays: site.retentionDays,
    erasure: site.erasure,
    downvotes: site.downvotes,
    createdAt: site.createdAt,
  } satisfies AdminSite;
}
