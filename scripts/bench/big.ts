// `npm run bench -- --big`: the admin queue and readers on a database of 1,000,000 comments over
// 10,000 pages (100 each: 30 threads, 70 replies). About 1% of comments wait for a moderator, 1%
// are rejected, 1% deleted and 0.3% reported. The file is seeded once, straight through
// @libsql/client (multi-row INSERTs, 10,000 rows a transaction), and kept in .bench-data/
// (gitignored): later runs only apply newer migrations to it.
//
// Measures: each queue tab's first page with counts, and paging down it, one moderator at a time;
// readers' cached GETs of one page alone, then while a moderator pages through the queues.
import autocannon from "autocannon";
import { createClient, type InArgs } from "@libsql/client";
import type { ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, renameSync, rmSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { openDatabase } from "../../db/client.ts";
import { migrate } from "../../db/migrate.ts";
import { bootstrap } from "../../server/bootstrap.ts";
import { renderComment } from "../../server/render/markdown.ts";
import { generatedBodies, realBodies, SITE } from "./seed.ts";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
export const BIG_DIR = join(root, ".bench-data");
const BIG_FILE = join(BIG_DIR, "big-v1.db");
const PAGES = 10_000;
const PER_PAGE = 100;
const THREADS_PER_PAGE = 30;
const USERS = 20_000;
export const BIG_ADMIN = { email: "bench@example.com", password: "bench password for owners" };
export const BIG_READER_PAGE = "big-page-42";

const log = (line: string) => process.stderr.write(line + "\n");

/** The seeded file's URL; seeds it on the first run (about a minute), migrates it on later ones. */
export async function bigDatabase(): Promise<string> {
  const url = `file:${BIG_FILE}`;
  if (!existsSync(BIG_FILE)) await seedBig();
  const database = await openDatabase({ url });
  const applied = await migrate(database.db);
  if (applied) log(`  applied ${applied} newer migration(s) to ${BIG_FILE}`);
  await database.client.execute("PRAGMA wal_checkpoint(TRUNCATE)");
  database.close();
  return url;
}

async function seedBig() {
  mkdirSync(BIG_DIR, { recursive: true });
  const partial = `${BIG_FILE}.partial`;
  for (const suffix of ["", "-wal", "-shm"]) rmSync(partial + suffix, { force: true });
  const began = performance.now();
  log(`bench --big: seeding ${PAGES * PER_PAGE} comments into ${BIG_FILE} (once)…`);
  const database = await openDatabase({ url: `file:${partial}` });
  await migrate(database.db);
  const now = new Date();
  await bootstrap(database.db, { adminEmail: BIG_ADMIN.email, adminPassword: BIG_ADMIN.password, now, demoOrigins: [] });
  database.close();

  const client = createClient({ url: `file:${partial}` });
  await client.execute("PRAGMA journal_mode = WAL");
  await client.execute("PRAGMA synchronous = OFF");
  await client.execute("PRAGMA cache_size = -200000");
  const real = realBodies().filter((b) => b.length <= 400);
  const pool = (real.length >= 2000 ? real : [...real, ...generatedBodies(2000 - real.length)]).slice(0, 4000);
  const html = pool.map((b) => renderComment(b));
  const iso = (ms: number) => new Date(ms).toISOString();
  const base = now.getTime() - PAGES * PER_PAGE * 20_000;

  const userId = (i: number) => `u${i.toString(36).padStart(7, "0")}`;
  await insertRows(
    client,
    "users",
    ["id", "site_id", "kind", "external_id", "name", "email", "avatar", "created_at"],
    Array.from({ length: USERS }, (_, i) => [userId(i), SITE, "guest", null, `Reader ${i + 1}`, null, null, iso(base)]),
  );
  await insertRows(
    client,
    "pages",
    ["site_id", "key", "url", "title", "version", "created_at"],
    Array.from({ length: PAGES }, (_, p) => [SITE, `big-page-${p}`, `https://news.example.com/${p}`, `Article ${p}`, PER_PAGE, iso(base)]),
  );

  const columns = [
    "id",
    "site_id",
    "page_key",
    "parent_id",
    "root_id",
    "author_id",
    "body",
    "html",
    "status",
    "hold_reason",
    "score",
    "rule",
    "spans",
    "policy_version",
    "report_count",
    "last_report_at",
    "decided_at",
    "created_at",
    "edited_at",
    "deleted_at",
  ];
  const reportRows: unknown[][] = [];
  let rng = 7;
  const random = () => (rng = (rng * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  let batch: unknown[][] = [];
  for (let p = 0; p < PAGES; p++) {
    const ids: string[] = [];
    const roots: string[] = [];
    for (let k = 0; k < PER_PAGE; k++) {
      const i = p * PER_PAGE + k;
      const id = `c${i.toString(36).padStart(8, "0")}`;
      const parentIndex = k < THREADS_PER_PAGE ? -1 : Math.floor(random() * k);
      const parentId = parentIndex < 0 ? null : ids[parentIndex]!;
      const rootId = parentIndex < 0 ? id : roots[parentIndex]!;
      ids.push(id);
      roots.push(rootId);
      const bucket = (i * 2654435761) % 1000;
      const status = bucket < 10 ? "pending" : bucket < 20 ? "rejected" : bucket < 30 ? "deleted" : "published";
      const reports = bucket >= 30 && bucket < 33 ? 1 + (i % 3) : 0;
      const at = base + i * 20_000;
      const body = pool[i % pool.length]!;
      batch.push([
        id,
        SITE,
        `big-page-${p}`,
        parentId,
        rootId,
        userId(i % USERS),
        status === "deleted" ? "" : body,
        status === "deleted" ? "" : html[i % pool.length]!,
        status,
        status === "pending" ? "detector" : null,
        status === "pending" || status === "rejected" ? 0.6 : 0.05,
        status === "rejected" ? "personal-attacks" : null,
        "[]",
        1,
        reports,
        reports ? iso(at + 60_000) : null,
        status === "rejected" ? iso(at + 120_000) : null,
        iso(at),
        null,
        status === "deleted" ? iso(at + 30_000) : null,
      ]);
      for (let r = 0; r < reports; r++) {
        reportRows.push([`r${i.toString(36)}-${r}`, SITE, id, userId((i + 1 + r) % USERS), "spam", null, iso(at + 60_000)]);
      }
    }
    if (batch.length >= 10_000 || p === PAGES - 1) {
      await insertRows(client, "comments", columns, batch);
      batch = [];
      if ((p + 1) % 1000 === 0) log(`  ${(p + 1) * PER_PAGE} comments…`);
    }
  }
  await insertRows(client, "reports", ["id", "site_id", "comment_id", "user_id", "reason", "note", "created_at"], reportRows);
  await client.execute("ANALYZE");
  await client.execute("PRAGMA wal_checkpoint(TRUNCATE)");
  client.close();
  renameSync(partial, BIG_FILE);
  for (const suffix of ["-wal", "-shm"]) rmSync(partial + suffix, { force: true });
  log(`  seeded in ${((performance.now() - began) / 1000).toFixed(0)} s`);
}

/** Multi-row INSERTs of 500 rows, 20 statements (10,000 rows) per transaction. */
async function insertRows(client: ReturnType<typeof createClient>, table: string, columns: string[], rows: unknown[][]) {
  const per = 500;
  const one = `(${columns.map(() => "?").join(",")})`;
  const head = `INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(",")}) VALUES `;
  const statements: { sql: string; args: InArgs }[] = [];
  for (let i = 0; i < rows.length; i += per) {
    const chunk = rows.slice(i, i + per);
    statements.push({ sql: head + chunk.map(() => one).join(","), args: chunk.flat() as InArgs });
  }
  for (let i = 0; i < statements.length; i += 20) await client.batch(statements.slice(i, i + 20), "write");
}

// ---------------------------------------------------------------------------------------------
// Measuring.

interface Server {
  url: string;
  child: ChildProcess;
}

async function adminSession(url: string): Promise<string> {
  const res = await fetch(`${url}/api/v1/admin/login`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify(BIG_ADMIN),
  });
  if (!res.ok) throw new Error(`admin login: ${res.status} ${await res.text()}`);
  return res.headers.get("set-cookie")!.split(";")[0]!;
}

type Tab = "pending" | "reported" | "rejected";
const TABS: Tab[] = ["pending", "reported", "rejected"];

async function loadQueue(url: string, cookie: string, tab: Tab, cursor: string | null) {
  const res = await fetch(`${url}/api/v1/admin/sites/${SITE}/queue?status=${tab}${cursor ? `&cursor=${cursor}` : ""}`, {
    headers: { Cookie: cookie },
  });
  if (!res.ok) throw new Error(`queue ${tab}: ${res.status} ${await res.text()}`);
  return (await res.json()) as { items: unknown[]; nextCursor: string | null; counts: Record<Tab, number> };
}

const quantile = (xs: number[], q: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))]!;

/** A moderator paging: each tab's first page, then ten pages down it, again and again. */
async function moderatorPaging(url: string, cookie: string, until: () => boolean) {
  let loads = 0;
  while (!until()) {
    for (const tab of TABS) {
      let cursor: string | null = null;
      for (let page = 0; page < 10 && !until(); page++) {
        cursor = (await loadQueue(url, cookie, tab, cursor)).nextCursor;
        loads++;
        if (!cursor) break;
      }
    }
  }
  return loads;
}

export async function benchBig(start: (databaseUrl: string) => Promise<Server>, seconds: number, connections: number) {
  const databaseUrl = await bigDatabase();
  const server = await start(databaseUrl);
  const cookie = await adminSession(server.url);
  const lines: string[] = [];
  const first = await loadQueue(server.url, cookie, "pending", null);
  lines.push(`Big database: ${PAGES * PER_PAGE} comments over ${PAGES} pages; queue counts ${JSON.stringify(first.counts)}`);
  lines.push(
    `machine load average at start: ${loadavg()
      .map((n) => n.toFixed(1))
      .join(", ")} (${cpus().length} cores)`,
  );
  lines.push("");
  lines.push(
    `${"admin queue load (first page + counts)".padEnd(44)}${"p50 ms".padStart(9)}${"p90 ms".padStart(9)}${"min ms".padStart(9)}${"loads".padStart(7)}`,
  );
  const worst: number[] = [];
  for (const tab of TABS) {
    const times: number[] = [];
    const began = performance.now();
    while (times.length < 30 && (times.length < 3 || performance.now() - began < 8000)) {
      const t0 = performance.now();
      await loadQueue(server.url, cookie, tab, null);
      times.push(performance.now() - t0);
    }
    worst.push(quantile(times, 0.5));
    const cells = [quantile(times, 0.5), quantile(times, 0.9), Math.min(...times)].map((ms) => ms.toFixed(1).padStart(9));
    lines.push(`${`  ${tab}`.padEnd(44)}${cells.join("")}${String(times.length).padStart(7)}`);
  }
  // Paging down: the tenth page of each tab.
  for (const tab of TABS) {
    let cursor: string | null = null;
    const times: number[] = [];
    for (let page = 0; page < 10; page++) {
      const t0 = performance.now();
      cursor = (await loadQueue(server.url, cookie, tab, cursor)).nextCursor;
      times.push(performance.now() - t0);
      if (!cursor) break;
    }
    lines.push(
      `${`  ${tab}, pages 1–${times.length} (mean)`.padEnd(44)}${(times.reduce((a, b) => a + b, 0) / times.length).toFixed(1).padStart(9)}`,
    );
  }
  const slowest = Math.max(...worst);
  lines.push(`admin queue load p50, slowest tab: ${slowest.toFixed(1)} ms (target < 50: ${slowest < 50 ? "MET" : "NOT MET"})`);

  const readerUrl = `${server.url}/api/v1/sites/${SITE}/comments?page=${BIG_READER_PAGE}`;
  await autocannon({ url: readerUrl, connections: 10, duration: 2 });
  // Alone and alongside the moderator, alternating three times: other work on the machine
  // drifts, and the median of the three pairs' ratios is steadier than one pair's.
  const span = Math.max(3, Math.round(seconds / 2));
  const ratios: number[] = [];
  lines.push("");
  for (let round = 1; round <= 3; round++) {
    log(`  readers alone, then while a moderator pages: ${span} s each (round ${round} of 3)…`);
    const alone = await autocannon({ url: readerUrl, connections, duration: span });
    let done = false;
    const [during, loads] = await Promise.all([
      (async () => {
        try {
          return await autocannon({ url: readerUrl, connections, duration: span });
        } finally {
          done = true;
        }
      })(),
      moderatorPaging(server.url, cookie, () => done),
    ]);
    ratios.push(during.requests.average / alone.requests.average);
    lines.push(
      `readers' cached GET alone ${alone.requests.average.toFixed(0)} req/s (p99 ${alone.latency.p99} ms); while a moderator pages` +
        ` ${during.requests.average.toFixed(0)} req/s (p99 ${during.latency.p99} ms; ${loads} queue loads, ${(loads / span).toFixed(1)}/s) → ${ratios[ratios.length - 1]!.toFixed(2)}`,
    );
  }
  const ratio = quantile(ratios, 0.5);
  lines.push(`ratio, median of 3: ${ratio.toFixed(2)} (target ≥ 0.80: ${ratio >= 0.8 ? "MET" : "NOT MET"})`);
  return { lines, server };
}
