import { Hono, type Context } from "hono";
import { html } from "hono/html";
import type { AppEnv } from "../deps.ts";
import { demoPage } from "../demo/page.ts";
import { notFound } from "../errors.ts";

const ADMIN_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; " +
  "font-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

function serveAsset(c: Context<AppEnv>, name: string, cacheControl: string, extra: Record<string, string> = {}) {
  const asset = c.var.deps.assets?.[name];
  if (!asset) throw notFound("That file");
  const headers: Record<string, string> = {
    "Content-Type": asset.contentType,
    "Cache-Control": cacheControl,
    ETag: asset.etag,
    Vary: "Accept-Encoding",
    ...extra,
  };
  if (c.req.header("If-None-Match") === asset.etag) return new Response(null, { status: 304, headers });
  if (asset.gzipped && /\bgzip\b/.test(c.req.header("Accept-Encoding") ?? "")) {
    return new Response(asset.gzipped, { headers: { ...headers, "Content-Encoding": "gzip" } });
  }
  return new Response(asset.body, { headers });
}

/** Pages and bundles: the demo article, the embed script, the admin view. */
export function pageRoutes() {
  return (
    new Hono<AppEnv>()
      .get("/healthz", (c) => c.json({ ok: true }))
      .get("/", (c) => {
        const widget = c.var.deps.assets?.["widget.js"];
        return c.html(demoPage(widget ? `/widget.js?v=${widget.etag.replace(/"/g, "")}` : "/widget.js"));
      })
      // Publishers embed /widget.js without a version: a day's cache, then revalidation by ETag.
      .get("/widget.js", (c) => {
        const asset = c.var.deps.assets?.["widget.js"];
        const pinned = c.req.query("v") !== undefined && asset && c.req.query("v") === asset.etag.replace(/"/g, "");
        const cache = pinned ? "public, max-age=31536000, immutable" : "public, max-age=86400, stale-while-revalidate=604800";
        return serveAsset(c, "widget.js", cache);
      })
      // Comment counts for article lists (widget/count.ts): like /widget.js, a day's cache, then revalidated.
      .get("/count.js", (c) => serveAsset(c, "count.js", "public, max-age=86400, stale-while-revalidate=604800"))
      // The widget's modules: content-hashed names, cached for good; publishers' pages on other
      // origins import them as module scripts, which are fetched with CORS.
      .get("/w/:file{[\\w.-]+\\.js}", (c) =>
        serveAsset(c, "w/" + c.req.param("file"), "public, max-age=31536000, immutable", { "Access-Control-Allow-Origin": "*" }),
      )
      .get("/admin/app.js", (c) => serveAsset(c, "admin.js", "no-cache"))
      .get("/admin", (c) => {
        c.header("Content-Security-Policy", ADMIN_CSP);
        c.header("X-Frame-Options", "DENY");
        c.header("Cache-Control", "no-store");
        return c.html(
          html`<!doctype html>
            <html lang="en">
              <head>
                <meta charset="utf-8" />
                <meta name="viewport" content="width=device-width, initial-scale=1" />
                <title>Parley moderation</title>
              </head>
              <body>
                <parley-admin></parley-admin>
                <noscript>The moderation view needs JavaScript.</noscript>
                <script type="module" src="/admin/app.js"></script>
              </body>
            </html>`,
        );
      })
  );
}
