// `npm run export -- --site ID FILE` (or `-` for standard output): a site as JSON Lines, read from
// DATABASE_URL page by page (server/data/export.ts), written as it is read.
import { createWriteStream } from "node:fs";
import { once } from "node:events";
import type { Writable } from "node:stream";
import { openDatabase } from "../db/client.ts";
import { exportSite } from "../server/data/export.ts";
import { findSite } from "../server/sites/sites.ts";
import { fail, parseArgs } from "./data/args.ts";

const args = parseArgs(process.argv.slice(2), ["site"]);
const siteId = args.options.get("site")?.[0];
const target = args.files[0];
if (!siteId || !target) fail("usage: npm run export -- --site ID FILE|-");

const url = process.env.DATABASE_URL ?? "file:./data/comments.db";
// @libsql/client's own driver: a short-lived command needs no checkpoint worker.
const database = await openDatabase({ url, authToken: process.env.DATABASE_AUTH_TOKEN });
try {
  const site = await findSite(database.db, siteId);
  if (!site) fail(`no site "${siteId}" in ${url}`);
  const out: Writable = target === "-" ? process.stdout : createWriteStream(target);
  let lines = 0;
  for await (const line of exportSite(database.db, site, new Date())) {
    lines++;
    if (!out.write(line)) await once(out, "drain");
  }
  if (out !== process.stdout) {
    out.end();
    await once(out, "finish");
  }
  console.error(`exported site "${siteId}": ${lines} lines${target === "-" ? "" : ` to ${target}`}`);
} finally {
  database.close();
}
