import { Hono } from "hono";
import { z } from "zod";
import { GUEST_CHALLENGES, MODERATION_MODES } from "../../../contract/wire.ts";
import type { AppEnv } from "../../deps.ts";
import { requireOwner } from "../../http/auth.ts";
import { jsonBody, singleLine } from "../../http/validate.ts";
import { createSite, updateSite } from "../../sites/manage.ts";
import { adminSite, listSites } from "../../sites/sites.ts";

const origin = z
  .string()
  .url()
  .refine((o) => /^https?:\/\/[^/]+$/.test(o), "an origin is a scheme and host with no path, like https://news.example.com");

const settings = z.object({
  name: singleLine(200),
  origins: z.array(origin).max(50),
  allowGuests: z.boolean(),
  ssoSecret: z.string().min(32, "use at least 32 characters").max(512).nullable(),
  editWindowMinutes: z
    .number()
    .int()
    .min(0)
    .max(60 * 24 * 30),
  maxCommentLength: z.number().int().min(1).max(50_000),
  rateLimitPerMinute: z.number().int().min(1).max(10_000),
  reportThreshold: z.number().int().min(1).max(1000),
  reportAction: z.enum(["hide", "queue"]),
  moderationMode: z.enum(MODERATION_MODES),
  firstComments: z.number().int().min(1).max(100),
  guestChallenge: z.enum(GUEST_CHALLENGES),
  linkAllowlist: z
    .array(
      z
        .string()
        .trim()
        .toLowerCase()
        .regex(/^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/, "a domain, like example.com"),
    )
    .max(200),
  retentionDays: z.number().int().min(1).max(3650),
  erasure: z.enum(["placeholder", "remove"]),
  downvotes: z.boolean(),
});

const createBody = settings.partial().extend({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]{0,62}$/, "a site id is lowercase letters, digits and dashes"),
  name: settings.shape.name,
});

export const siteAdminRoutes = new Hono<AppEnv>()
  .get("/sites", async (c) => {
    return c.json({ sites: (await listSites(c.var.deps.db)).map(adminSite) });
  })
  .post("/sites", async (c) => {
    const admin = requireOwner(c);
    const input = await jsonBody(c, createBody);
    const site = await createSite(c.var.deps.db, input, { type: "admin", id: admin.id }, c.var.deps.clock());
    return c.json({ site: adminSite(site) }, 201);
  })
  .get("/sites/:site", (c) => c.json({ site: adminSite(c.var.site) }))
  .patch("/sites/:site", async (c) => {
    const admin = requireOwner(c);
    const changes = await jsonBody(c, settings.partial().strict());
    const site = await updateSite(c.var.deps.db, c.req.param("site"), changes, admin.id, c.var.deps.clock());
    return c.json({ site: adminSite(site) });
  });
