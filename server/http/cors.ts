import type { Context, MiddlewareHandler } from "hono";
import { cors } from "hono/cors";
import type { AppEnv } from "../deps.ts";
import { ApiError } from "../errors.ts";
import { findSite } from "../sites/sites.ts";
import { setResponseHeader } from "./response.ts";

async function allowedOrigin(origin: string, c: Context<AppEnv>): Promise<string | null> {
  if (!origin) return null;
  // The server's own pages (the demo article, the admin view) may always call it.
  if (origin === new URL(c.req.url).origin) return origin;
  const site = await findSite(c.var.deps.db, c.req.param("site") ?? "");
  return site?.origins.includes(origin) ? origin : null;
}

const EXPOSE_HEADERS = ["ETag", "Retry-After"];

/**
 * CORS for the commenter API, per site: browsers on the site's origins may call it. A write
 * that carries another Origin is refused outright rather than left to the browser.
 */
export function siteCors(): MiddlewareHandler<AppEnv> {
  const preflight = cors({
    origin: allowedOrigin,
    allowHeaders: ["Content-Type", "Authorization", "If-None-Match"],
    allowMethods: ["GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"],
    exposeHeaders: EXPOSE_HEADERS,
    maxAge: 600,
  });
  return async function siteCors(c, next) {
    const origin = c.req.header("Origin");
    if (origin && c.req.method !== "GET" && c.req.method !== "OPTIONS" && !(await allowedOrigin(origin, c))) {
      throw new ApiError("forbidden", `This site does not accept comments from ${origin}.`);
    }
    if (c.req.method === "OPTIONS") return preflight(c, next);
    // The same headers hono/cors sets on an actual request, but on the finished response in
    // place: hono/cors touches `c.res` before the handler and calls `c.header()` after it, and
    // either makes Hono rebuild the response around a stream (see setResponseHeader).
    await next();
    const allowed = await allowedOrigin(origin ?? "", c);
    if (allowed) setResponseHeader(c, "Access-Control-Allow-Origin", allowed);
    setResponseHeader(c, "Access-Control-Expose-Headers", EXPOSE_HEADERS.join(","));
    setResponseHeader(c, "Vary", "Origin", true);
  };
}
