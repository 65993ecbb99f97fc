import { Hono } from "hono";
import type { AppEnv } from "../deps.ts";
import { currentPolicy, publicPolicy } from "../moderation/policies.ts";

export const policyRoutes = new Hono<AppEnv>().get("/policy", async (c) => {
  const { db } = c.var.deps;
  return c.json(publicPolicy(await currentPolicy(db, c.var.site.id)));
});
