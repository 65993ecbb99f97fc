import type { AdminSite } from "../../contract/wire.ts";
import { eq } from "drizzle-orm";
import { runBatch, type Db } from "../../db/client.ts";
import { sites } from "../../db/schema.ts";
import { DEFAULT_THRESHOLDS } from "../detector/index.ts";
import { ApiError } from "../errors.ts";
import { auditInsert } from "../moderation/audit.ts";
import { defaultPolicy } from "../moderation/default-policy.ts";
import { publishPolicy } from "../moderation/policies.ts";
import { forgetSite, getSite, type SiteRow } from "./sites.ts";

/** What an owner sets on a site: the contract's AdminSite, with the SSO secret (write-only) in place of whether one is set. */
export type SiteSettings = Omit<AdminSite, "id" | "ssoConfigured" | "createdAt"> & { ssoSecret: string | null };

export const SITE_DEFAULTS: Omit<SiteSettings, "name" | "origins"> = {
  allowGuests: true,
  ssoSecret: null,
  editWindowMinutes: 15,
  maxCommentLength: 10_000,
  rateLimitPerMinute: 6,
  reportThreshold: 3,
  reportAction: "hide",
  moderationMode: "post",
  firstComments: 1,
  guestChallenge: "auto",
  linkAllowlist: [],
  downvotes: false,
  retentionDays: 90,
  erasure: "placeholder",
};

/** A new site starts with the default policy, published as its version 1. */
export async function createSite(
  db: Db,
  input: { id: string } & Partial<SiteSettings> & Pick<SiteSettings, "name">,
  actor: { type: "admin" | "system"; id: string | null },
  now: Date,
): Promise<SiteRow> {
  if (await db.query.sites.findFirst({ where: eq(sites.id, input.id) })) {
    throw new ApiError("conflict", `A site with the id "${input.id}" already exists.`, { field: "id" });
  }
  const row: SiteRow = { ...SITE_DEFAULTS, origins: [], ...input, createdAt: now.toISOString() };
  await runBatch(db, [
    db.insert(sites).values(row),
    auditInsert(db, {
      siteId: row.id,
      actorType: actor.type,
      actorId: actor.id,
      action: "site.create",
      targetType: "site",
      targetId: row.id,
      createdAt: now,
    }),
  ]);
  await publishPolicy(db, row.id, defaultPolicy(DEFAULT_THRESHOLDS), actor.id ?? "system", now, actor);
  return row;
}

export async function updateSite(db: Db, siteId: string, changes: Partial<SiteSettings>, adminId: string, now: Date): Promise<SiteRow> {
  const site = await getSite(db, siteId);
  const changed = Object.keys(changes).filter((k) => k !== "ssoSecret");
  await runBatch(db, [
    db.update(sites).set(changes).where(eq(sites.id, siteId)),
    auditInsert(db, {
      siteId,
      actorType: "admin",
      actorId: adminId,
      action: "site.update",
      targetType: "site",
      targetId: siteId,
      // The secret itself never goes into the log.
      detail: { changed, ...("ssoSecret" in changes ? { ssoSecret: changes.ssoSecret ? "set" : "cleared" } : {}) },
      createdAt: now,
    }),
  ]);
  forgetSite(db, siteId);
  return { ...site, ...changes };
}
