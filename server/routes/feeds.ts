import { Hono } from "hono";
import { z } from "zod";
import type { AppEnv } from "../deps.ts";
import { queryWith, singleLine } from "../http/validate.ts";
import { commentFeed } from "../notify/feed.ts";

const feedQuery = z.object({ page: singleLine(1024).optional() });

/** Atom feeds of the latest published comments: the site's, or one page's (`?page=KEY`). */
export const feedRoutes = new Hono<AppEnv>().get("/feed.atom", async (c) => {
  const q = queryWith(c, feedQuery);
  const body = await commentFeed(c.var.deps.db, c.var.site, q.page ?? null, new URL(c.req.url));
  return c.body(body, 200, { "Content-Type": "application/atom+xml; charset=utf-8", "Cache-Control": "public, max-age=60" });
});
