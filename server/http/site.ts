import type { MiddlewareHandler } from "hono";
import type { AppEnv } from "../deps.ts";
import { getSite } from "../sites/sites.ts";

/** Resolves the site named in the path once per request (`c.var.site`), or answers 404. */
export function site(): MiddlewareHandler<AppEnv> {
  return async function site(c, next) {
    c.set("site", await getSite(c.var.deps.db, c.req.param("site") ?? ""));
    await next();
  };
}
