import { Hono } from "hono";
import { z } from "zod";
import { MODERATION_MODES, type PageChanges } from "../../../contract/wire.ts";
import type { AppEnv } from "../../deps.ts";
import { jsonBody, queryWith } from "../../http/validate.ts";
import { publishReset } from "../../live/publish.ts";
import { pageSettings, updatePageSettings } from "../../moderation/page-settings.ts";

// A page key is any string (often a URL), so it travels in the query, not the path.
const pageQuery = z.object({ page: z.string().min(1).max(2000) });
const changesBody = z
  .object({ closed: z.boolean(), moderationMode: z.enum(MODERATION_MODES).nullable() })
  .partial()
  .strict() satisfies z.ZodType<PageChanges>;

export const pageAdminRoutes = new Hono<AppEnv>()
  .get("/pages", async (c) => {
    const { page } = queryWith(c, pageQuery);
    return c.json({ page: await pageSettings(c.var.deps.db, c.var.site.id, page) });
  })
  .patch("/pages", async (c) => {
    const { page } = queryWith(c, pageQuery);
    const changes = await jsonBody(c, changesBody);
    const { db, clock } = c.var.deps;
    const updated = await updatePageSettings(db, c.var.site.id, page, changes, c.get("admin")!.id, clock());
    publishReset(c.var.deps.live, c.var.site.id, page); // closed or reopened: readers fetch the listing again
    return c.json({ page: updated });
  });
