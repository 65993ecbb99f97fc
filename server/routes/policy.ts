import { Hono } from "hono";
import type { AppEnv } from "../deps.ts";
import { currentPolicy, publicPolicy } from "../moderation/policies.ts";
import { getSite } from "../sites/sites.ts";

export const policyRoutes = new Hono<AppEnv>().get("/policy", async (c) => {
  const { db } = c.var.deps;
  const site = await getSite(db, c.req.param("site")!);
  return c.json(publicPolicy(await currentPolicy(db, site.id)));
});
