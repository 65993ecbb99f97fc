// The Node entry: environment → dependencies → app → HTTP server. `npm start` runs this.
import { serve } from "@hono/node-server";
import { getConnInfo } from "@hono/node-server/conninfo";
import type { Context } from "hono";
import { createHash, createHmac } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { openDatabase } from "../db/client.ts";
import { createEmbeddedClient } from "../db/embedded.ts";
import { migrate } from "../db/migrate.ts";
import { databaseFile, rotateBackup } from "../db/backup.ts";
import { createApp } from "./app.ts";
import { makeAsset } from "./assets.ts";
import { bootstrap } from "./bootstrap.ts";
import type { StaticAsset } from "./deps.ts";
import type { Hash } from "./lib/crypto.ts";
import { createDetector } from "./detector/index.ts";
import { parseTrustProxy, trustedForwardedEntry } from "./http/client-address.ts";
import { sweepExpired } from "./maintenance.ts";
import { noMail } from "./notify/mail.ts";
import { Notifier } from "./notify/notifier.ts";
import { smtpTransport } from "./notify/smtp-node.ts";
import { LiveHub } from "./live/hub.ts";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const env = process.env;
const port = Number(env.PORT ?? 8787);
const host = env.HOST ?? "127.0.0.1";
const databaseUrl = env.DATABASE_URL ?? "file:./data/comments.db";
const quiet = env.LOG_REQUESTS === "0";
const trustedProxyHops = parseTrustProxy(env.TRUST_PROXY);

/** node:crypto's hashes: synchronous and about 50 times cheaper per call than Web Crypto's. */
const nodeHash: Hash = {
  sha256Hex: (text) => createHash("sha256").update(text).digest("hex"),
  hmacHex: (key, text) => createHmac("sha256", key).update(text).digest("hex"),
};

function clientAddress(c: Context): string {
  return trustedForwardedEntry(c.req.header("X-Forwarded-For"), trustedProxyHops) ?? getConnInfo(c).remote.address ?? "unknown";
}

/** An optional positive number from the environment; anything else stops the server at start. */
function positiveNumber(name: string, value: string | undefined): number | undefined {
  if (value === undefined || value === "") return undefined;
  const n = Number(value);
  if (!(n > 0)) throw new Error(`${name} must be a positive number; got "${value}"`);
  return n;
}

/** "https:" when the client's connection was TLS, also when a trusted proxy terminated it. */
function requestProtocol(c: Context): string {
  const forwarded = trustedForwardedEntry(c.req.header("X-Forwarded-Proto"), trustedProxyHops)?.toLowerCase();
  return forwarded === "https" || forwarded === "http" ? `${forwarded}:` : new URL(c.req.url).protocol;
}

async function loadAssets(): Promise<Record<string, StaticAsset>> {
  const assets: Record<string, StaticAsset> = {};
  // The widget's code-split modules (dist/w/NAME-HASH.js) besides the two bundles.
  const modules = existsSync(resolve(root, "dist/w")) ? readdirSync(resolve(root, "dist/w")).map((f) => "w/" + f) : [];
  for (const name of ["widget.js", "admin.js", "count.js", ...modules]) {
    const path = resolve(root, "dist", name);
    if (existsSync(path)) assets[name] = await makeAsset(readFileSync(path, "utf8"), "text/javascript; charset=utf-8");
    else console.warn(`warning: dist/${name} is missing; run \`npm run build\``);
  }
  return assets;
}

async function main() {
  if (databaseUrl.startsWith("file:") && !databaseUrl.includes(":memory:")) {
    mkdirSync(dirname(resolve(databaseUrl.slice("file:".length))), { recursive: true });
  }
  const database = await openDatabase({ url: databaseUrl, authToken: env.DATABASE_AUTH_TOKEN, embedded: createEmbeddedClient });
  const applied = await migrate(database.db);
  const ownOrigins = [`http://${host === "0.0.0.0" ? "localhost" : host}:${port}`, `http://localhost:${port}`, `http://127.0.0.1:${port}`];
  const detector = createDetector();
  const boot = await bootstrap(database.db, {
    adminEmail: env.ADMIN_EMAIL,
    adminPassword: env.ADMIN_PASSWORD,
    secret: env.SECRET,
    requireSecret: env.NODE_ENV === "production",
    demoOrigins: [...new Set(ownOrigins)],
    detector,
    now: new Date(),
  });
  const listening = `http://${host === "0.0.0.0" ? "localhost" : host}:${port}`;
  const log = quiet ? undefined : (entry: Record<string, unknown>) => process.stdout.write(JSON.stringify(entry) + "\n");
  // Email through SMTP when SMTP_URL is set; webhooks always. Sending runs on a timer, off requests.
  const mail = env.SMTP_URL ? smtpTransport(env.SMTP_URL, env.SMTP_FROM || `Parley <parley@${new URL(listening).hostname}>`) : noMail;
  const notifier = new Notifier({
    db: database.db,
    clock: () => new Date(),
    secret: boot.secret,
    mail,
    publicUrl: env.PUBLIC_URL || listening,
    retry: { baseMs: (positiveNumber("NOTIFY_RETRY_SECONDS", env.NOTIFY_RETRY_SECONDS) ?? 30) * 1000 },
    log: (entry) => console.error(JSON.stringify(entry)),
  });
  // Live updates: one event stream per open page, at most LIVE_MAX_CONNECTIONS in this process.
  // LIVE_STREAMS=off: none, widgets poll as on Workers.
  const live =
    env.LIVE_STREAMS === "off"
      ? undefined
      : new LiveHub({
          maxConnections: positiveNumber("LIVE_MAX_CONNECTIONS", env.LIVE_MAX_CONNECTIONS) ?? 10_000,
          maxPerAddress: positiveNumber("LIVE_MAX_PER_ADDRESS", env.LIVE_MAX_PER_ADDRESS),
        });
  if (live) setInterval(() => live.tick(), 5_000).unref();
  const app = createApp({
    db: database.db,
    clock: () => new Date(),
    secret: boot.secret,
    detector,
    hash: nodeHash,
    clientAddress,
    requestProtocol,
    ssoMaxTokenHours: positiveNumber("SSO_MAX_TOKEN_HOURS", env.SSO_MAX_TOKEN_HOURS),
    assets: await loadAssets(),
    log,
    notifier,
    live,
    livePollSeconds: positiveNumber("LIVE_POLL_SECONDS", env.LIVE_POLL_SECONDS),
  });
  const server = serve({ fetch: app.fetch, port, hostname: host }, (info) => {
    const url = `http://${host === "0.0.0.0" ? "localhost" : host}:${info.port}`;
    // One write: whoever reads the output (a terminal, a supervisor's log) gets the banner whole.
    const banner = [
      `Parley is listening on ${url}  (database ${databaseUrl}${applied ? `, ${applied} migration(s) applied` : ""})`,
      `  demo article: ${url}/`,
      `  moderation:   ${url}/admin`,
      `  email:        ${mail.mode === "smtp" ? `SMTP, from ${mail.from}` : "off (set SMTP_URL and SMTP_FROM)"}`,
      ...(boot.storedSecret ? ["  server secret: kept in the database (demo mode; set SECRET in production)"] : []),
      ...(boot.firstAdmin ? [`  admin login:  ${boot.firstAdmin.email} / ${boot.firstAdmin.password}`] : []),
      ...(boot.firstAdmin?.generated ? ["  (this password was generated and is shown only once: keep it)"] : []),
    ];
    console.log(banner.join("\n"));
  });
  const sweep = () => sweepExpired(database.db, new Date()).catch((error) => console.error("sweep failed", error));
  setInterval(sweep, 3_600_000).unref();
  void sweep();
  setInterval(() => void notifier.tick(), 15_000).unref();
  void notifier.tick();
  scheduleBackups();
  const shutdown = () => {
    live?.closeAll();
    server.close(() => {
      database.close();
      process.exit(0);
    });
    setTimeout(() => process.exit(0), 3000).unref();
  };
  process.on("SIGTERM", shutdown);
  process.on("SIGINT", shutdown);
}

/** BACKUP_DIR: a snapshot every BACKUP_INTERVAL_HOURS (24), the newest BACKUP_KEEP (7) kept. */
function scheduleBackups() {
  if (!env.BACKUP_DIR) return;
  const hours = positiveNumber("BACKUP_INTERVAL_HOURS", env.BACKUP_INTERVAL_HOURS) ?? 24;
  const keep = Math.floor(positiveNumber("BACKUP_KEEP", env.BACKUP_KEEP) ?? 7);
  const source = databaseFile(databaseUrl);
  const backup = () =>
    rotateBackup(source, env.BACKUP_DIR!, keep, new Date())
      .then((file) => console.log(`backup: ${file}`))
      .catch((error) => console.error("backup failed", error));
  setInterval(backup, hours * 3_600_000).unref();
  console.log(`  backups:      every ${hours} h into ${env.BACKUP_DIR}, the newest ${keep} kept`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
