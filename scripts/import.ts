// `npm run import -- --site ID --from disqus|wordpress|remark42|parley FILE` against DATABASE_URL,
// like the server. Options: --map-domain old.example.com=new.example.com (repeatable; the new side
// may be a whole origin, https://new.example.com), --sso-users FILE (JSON: {"email or username":
// "sso user id"}), --spam rejected (import spam as rejected instead of leaving it out), --score
// (the detector scores each comment for moderators; nothing is hidden), --utc-offset MINUTES
// (WordPress: the blog's offset, for comments without a GMT date).
//
// The file is read once into a temporary stage (bounded memory: one record at a time, plus the ids
// of threads and comments), checked whole, then written in one transaction: a bad file stops with
// its line before anything is written, and a failure while writing leaves nothing behind.
import { createReadStream, readFileSync, statSync } from "node:fs";
import { Readable } from "node:stream";
import { IMPORT_SOURCES, type ImportSource } from "../contract/data.ts";
import { openDatabase } from "../db/client.ts";
import { migrate } from "../db/migrate.ts";
import { createDetector } from "../server/detector/index.ts";
import { importRecords, parseSsoUsers, readSource, textChunks } from "../server/data/import/index.ts";
import { ApiError } from "../server/errors.ts";
import { findSite } from "../server/sites/sites.ts";
import { fail, parseArgs } from "./data/args.ts";
import { fileStage } from "./data/file-stage.ts";
import { importTransaction } from "./data/transaction.ts";

const args = parseArgs(process.argv.slice(2), ["site", "from", "map-domain", "sso-users", "spam", "utc-offset"]);
const siteId = args.options.get("site")?.[0];
const source = args.options.get("from")?.[0] as ImportSource | undefined;
const file = args.files[0];
if (!siteId || !source || !file) fail(`usage: npm run import -- --site ID --from ${IMPORT_SOURCES.join("|")} FILE [options]`);
if (!IMPORT_SOURCES.includes(source)) fail(`--from is one of ${IMPORT_SOURCES.join(", ")}`);
const domains: Record<string, string> = {};
for (const pair of args.options.get("map-domain") ?? []) {
  const [from, to] = pair.split("=");
  if (!from || !to) fail(`--map-domain takes old=new, got "${pair}"`);
  domains[from] = to;
}
const ssoFile = args.options.get("sso-users")?.[0];
let ssoUsers: Record<string, string> | undefined;
try {
  ssoUsers = ssoFile ? parseSsoUsers(readFileSync(ssoFile, "utf8")) : undefined;
} catch (e) {
  fail(`--sso-users ${ssoFile}: ${(e as Error).message}`);
}
const spam = args.options.get("spam")?.[0] ?? "skip";
if (spam !== "skip" && spam !== "rejected") fail("--spam is skip or rejected");
const utcOffsetMinutes = Number(args.options.get("utc-offset")?.[0] ?? 0);

const url = process.env.DATABASE_URL ?? "file:./data/comments.db";
// @libsql/client's own driver: a short-lived command needs no checkpoint worker.
const database = await openDatabase({ url, authToken: process.env.DATABASE_AUTH_TOKEN });
const stage = fileStage();
const tx = importTransaction(url, process.env.DATABASE_AUTH_TOKEN);
const started = performance.now();
let peakRss = 0;
try {
  await migrate(database.db);
  if (!(await findSite(database.db, siteId))) fail(`no site "${siteId}" in ${url} (create it in /admin first)`);
  const size = file === "-" ? 0 : statSync(file).size;
  let bytes = 0;
  const input = (file === "-" ? process.stdin : createReadStream(file)).on("data", (chunk: Buffer | string) => (bytes += chunk.length));
  const progress = ({ phase, records }: { phase: string; records: number }) => {
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
    const share = phase === "read" && size ? ` ${((100 * bytes) / size).toFixed(0).padStart(3)}%` : "";
    if (process.stderr.isTTY)
      process.stderr.write(`\r${phase === "read" ? "reading" : "writing"}${share}  ${records.toLocaleString("en")} records   `);
  };
  const summary = await importRecords(
    database.db,
    readSource(source, textChunks(Readable.toWeb(input) as ReadableStream<Uint8Array>), { utcOffsetMinutes }),
    stage,
    tx,
    {
      siteId,
      source,
      domains,
      ssoUsers,
      spam,
      detector: args.flags.has("score") ? createDetector() : undefined,
      now: new Date(),
      onProgress: progress,
    },
  );
  await tx.commit();
  if (process.stderr.isTTY) process.stderr.write("\n");
  const seconds = (performance.now() - started) / 1000;
  console.log(
    JSON.stringify(
      {
        summary,
        seconds: Math.round(seconds * 10) / 10,
        peakRssMiB: Math.round(Math.max(peakRss, process.resourceUsage().maxRSS * 1024) / 1048576),
      },
      null,
      2,
    ),
  );
} catch (error) {
  await tx.rollback();
  if (process.stderr.isTTY) process.stderr.write("\n");
  if (error instanceof ApiError) {
    console.error(`error: ${error.message}\nnothing was imported.`);
    process.exitCode = 1;
  } else throw error;
} finally {
  stage.remove();
  database.close();
}
