// The Cloudflare Workers entry: bindings → dependencies → the same app as on Node. The database
// is a remote libSQL (Turso) reached over HTTP; the widget bundles come from the assets binding.
import type { Context, ExecutionContext } from "hono";
import { openDatabase, type Database } from "../db/client.ts";
import { migrate } from "../db/migrate.ts";
import { createApp, type App } from "./app.ts";
import { makeAsset } from "./assets.ts";
import { bootstrap } from "./bootstrap.ts";
import type { StaticAsset } from "./deps.ts";
import { createDetector } from "./detector/index.ts";
import { webCryptoHash } from "./lib/crypto.ts";
import { sweepExpired } from "./maintenance.ts";

export interface Env {
  DATABASE_URL: string;
  DATABASE_AUTH_TOKEN?: string;
  SECRET?: string;
  /** How far ahead a single sign-on token may expire, in hours (default 24). */
  SSO_MAX_TOKEN_HOURS?: string;
  ADMIN_EMAIL?: string;
  ADMIN_PASSWORD?: string;
  /** Seconds between a widget's polls of the listing (no event streams on Workers); default 30. */
  LIVE_POLL_SECONDS?: string;
  /** Comma-separated origins the demo site accepts. */
  DEMO_ORIGINS?: string;
  ASSETS?: { fetch(input: string): Promise<Response> };
}

let ready: Promise<{ app: App; database: Database }> | undefined;

async function loadAssets(env: Env): Promise<Record<string, StaticAsset>> {
  const assets: Record<string, StaticAsset> = {};
  if (!env.ASSETS) return assets;
  // The widget's code-split modules (and the previous build's, for loaders cached before a deploy) are listed in the build's manifest.
  const manifest = await env.ASSETS.fetch("https://assets.local/manifest.json").then(
    (r) => (r.ok ? r.json() : {}),
    () => ({}),
  );
  const built = (manifest as { widget?: { files?: string[]; previous?: string[] } }).widget;
  const modules = [...(built?.files ?? []), ...(built?.previous ?? [])].filter((f) => f.startsWith("w/"));
  for (const name of ["widget.js", "admin.js", ...modules]) {
    const res = await env.ASSETS.fetch(`https://assets.local/${name}`);
    if (!res.ok) continue;
    // No gzipped copy: workerd compresses responses itself (and the edge does, per Accept-Encoding),
    // so a body already gzipped by the app would reach the browser gzipped twice.
    const { gzipped: _, ...plain } = await makeAsset(await res.text(), "text/javascript; charset=utf-8");
    assets[name] = plain;
  }
  return assets;
}

/** Built once per isolate; migrations and the first-run bootstrap are no-ops after the first. */
async function init(env: Env) {
  const database = await openDatabase({ url: env.DATABASE_URL, authToken: env.DATABASE_AUTH_TOKEN });
  await migrate(database.db);
  const detector = createDetector();
  const boot = await bootstrap(database.db, {
    adminEmail: env.ADMIN_EMAIL,
    adminPassword: env.ADMIN_PASSWORD,
    secret: env.SECRET,
    requireSecret: true,
    demoOrigins: env.DEMO_ORIGINS?.split(",")
      .map((o) => o.trim())
      .filter(Boolean),
    detector,
    now: new Date(),
  });
  if (boot.firstAdmin?.generated) console.log(`first admin: ${boot.firstAdmin.email} / ${boot.firstAdmin.password}`);
  const app = createApp({
    db: database.db,
    clock: () => new Date(),
    secret: boot.secret,
    detector,
    hash: webCryptoHash,
    clientAddress: (c: Context) => c.req.header("CF-Connecting-IP") ?? "unknown",
    ssoMaxTokenHours: env.SSO_MAX_TOKEN_HOURS ? Number(env.SSO_MAX_TOKEN_HOURS) : undefined,
    assets: await loadAssets(env),
    livePollSeconds: Number(env.LIVE_POLL_SECONDS) > 0 ? Number(env.LIVE_POLL_SECONDS) : undefined,
    log: (entry) => console.log(JSON.stringify(entry)),
  });
  return { app, database };
}

function initOnce(env: Env) {
  ready ??= init(env).catch((error) => {
    ready = undefined;
    throw error;
  });
  return ready;
}

export default {
  async fetch(request: Request, env: Env, ctx: ExecutionContext): Promise<Response> {
    const { app } = await initOnce(env);
    return app.fetch(request, env, ctx);
  },
  /** The hourly cron trigger in wrangler.toml. */
  async scheduled(_controller: unknown, env: Env): Promise<void> {
    const { database } = await initOnce(env);
    await sweepExpired(database.db, new Date());
  },
};
