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
import { httpMailApi, noMail } from "./notify/mail.ts";
import { Notifier } from "./notify/notifier.ts";

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
  /** This Worker's public origin, for links in emails. */
  PUBLIC_URL?: string;
  /** An HTTP mail API (Resend's /emails shape) and its key; without them email is off and webhooks carry the events. */
  MAIL_API_URL?: string;
  MAIL_API_KEY?: string;
  MAIL_FROM?: string;
}

let ready: Promise<{ app: App; database: Database; notifier: Notifier }> | undefined;

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
  for (const name of ["widget.js", "admin.js", "count.js", ...modules]) {
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
  const mail =
    env.MAIL_API_URL && env.MAIL_API_KEY && env.MAIL_FROM
      ? httpMailApi({ url: env.MAIL_API_URL, key: env.MAIL_API_KEY, from: env.MAIL_FROM })
      : noMail;
  const notifier = new Notifier({
    db: database.db,
    clock: () => new Date(),
    secret: boot.secret,
    mail,
    publicUrl: env.PUBLIC_URL ?? "http://localhost",
    log: (entry) => console.log(JSON.stringify(entry)),
  });
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
    notifier,
  });
  return { app, database, notifier };
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
  /** The cron trigger in wrangler.toml, every minute: due deliveries and digests; on the hour, the sweep. */
  async scheduled(controller: { scheduledTime?: number } | undefined, env: Env, ctx?: ExecutionContext): Promise<void> {
    const { database, notifier } = await initOnce(env);
    const at = new Date(controller?.scheduledTime ?? Date.now());
    const work = Promise.all([notifier.tick(), at.getUTCMinutes() === 0 ? sweepExpired(database.db, at) : Promise.resolve()]);
    ctx?.waitUntil(work);
    await work;
  },
};
