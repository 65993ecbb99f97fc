// `npm run bench`: Parley's HTTP throughput against a bare node:http server on the same machine.
//
//  1. Seeds a temporary database file directly (a page of 1,000 comments: 300 threads, 700
//     replies; guest users with sessions; the demo site's rate limit raised).
//  2. Starts the real Node server as a child process (LOG_REQUESTS=0, TRUST_PROXY=1), and a bare
//     node:http server in another child serving the very bytes of the listing.
//  3. Measures with autocannon over loopback: GET of the listing, the same bytes from the bare
//     server, and POST of new comments from rotating guest tokens.
//  4. Writes the same rows as a POST with a bare @libsql/client loop into a copy of the seeded
//     database (scripts/bench/raw-writes.ts): the baseline POST is compared with.
//  5. Prints the widget bundle size and the detector's cost per comment on Node and inside workerd
//     (scripts/bench/detector-cost.ts).
//  6. Runs the spam-wave simulation (scripts/bench/spam-wave.ts) and prints its figures.
//  7. Readers (scripts/bench/readers.ts): a vote's cost next to a GET and a POST, the count endpoint for 50 pages.
//  8. Live updates' fan-out: one comment to 1,000 open event streams (scripts/bench/live.ts).
//
// Environment: BENCH_DURATION (seconds per run, default 10), BENCH_CONNECTIONS (default 50).
// `--only=writes`: seeding, Parley's POST and the raw baseline only (steps 1, 3's POST and 4).
import autocannon, { type Result } from "autocannon";
import { spawn, type ChildProcess } from "node:child_process";
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { startParley as startParleyServer } from "./bench/parley-server.ts";
import { rawWrites } from "./bench/raw-writes.ts";
import { benchBig } from "./bench/big.ts";
import { addPendingComment, measureReads } from "./bench/read.ts";
import { generatedBodies, PAGE, realBodies, REPLIES, seed, SITE, THREADS } from "./bench/seed.ts";
import { firstPaint, paintLines } from "./bench/first-paint.ts";
import { spamWaves } from "./bench/spam-wave.ts";
import { benchReaders } from "./bench/readers.ts";
import { liveFanOut } from "./bench/live.ts";
import { detectorCostApart, detectorLine } from "./bench/detector-cost.ts";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const DURATION = Number(process.env.BENCH_DURATION ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
const POST_PAGE = "bench-article-writes";
const WALINE_GZIP_KB = 72; // @waline/client 3.13.0 dist/waline.js, gzip

const children: ChildProcess[] = [];
const cleanups: (() => void)[] = [];
function cleanup() {
  for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM");
  for (const fn of cleanups.splice(0)) fn();
}
process.on("exit", cleanup);
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => process.exit(130));

const log = (line: string) => process.stderr.write(line + "\n");

// ---------------------------------------------------------------------------------------------
// Child processes.

async function startParley(databaseUrl: string) {
  const server = await startParleyServer(databaseUrl);
  children.push(server.child);
  return server;
}

async function startBare(bodyFile: string, etag: string) {
  const child = spawn(process.execPath, [join(root, "scripts/bench/bare-server.mjs"), bodyFile, etag], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  children.push(child);
  const port = await new Promise<number>((ok, fail) => {
    let out = "";
    child.stdout!.on("data", (d) => {
      out += d;
      const m = out.match(/listening (\d+)/);
      if (m) ok(Number(m[1]));
    });
    child.once("exit", (code) => fail(new Error(`bare server exited with ${code}`)));
  });
  return { url: `http://127.0.0.1:${port}`, child };
}

function stopChild(child: ChildProcess) {
  return new Promise<void>((done) => {
    if (child.exitCode !== null || child.signalCode !== null) return done();
    child.once("exit", () => done());
    child.kill("SIGTERM");
  });
}

// ---------------------------------------------------------------------------------------------
// Measuring.

interface Row {
  name: string;
  rps: number;
  p50: number;
  p99: number;
  /** Answers with the expected status. */
  ok: number;
  /** Any other status, socket errors and timeouts. */
  other: number;
  /** The server process's CPU time per request, µs. */
  cpu: number;
}

function rowOf(name: string, r: Result & { cpuUsPerRequest: number }, expected: RegExp = /^2/): Row {
  const stats = Object.entries(r.statusCodeStats ?? {});
  const ok = stats.filter(([code]) => expected.test(code)).reduce((n, [, s]) => n + s.count, 0);
  const other = stats.filter(([code]) => !expected.test(code)).reduce((n, [, s]) => n + s.count, 0) + r.errors + r.timeouts;
  return { name, rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, ok, other, cpu: r.cpuUsPerRequest };
}

function rawRow(raw: Awaited<ReturnType<typeof rawWrites>>): Row {
  return { name: "same rows, raw @libsql/client loop", rps: raw.rps, p50: raw.p50, p99: raw.p99, ok: raw.written, other: 0, cpu: raw.cpu };
}

function table(rows: Row[]): string[] {
  const pad = (s: string, w: number) => s.padEnd(w);
  const lpad = (s: string, w: number) => s.padStart(w);
  return [
    `${pad("run", 44)}${lpad("req/s", 10)}${lpad("p50 ms", 9)}${lpad("p99 ms", 9)}${lpad("answers", 10)}${lpad("other", 7)}${lpad("server CPU µs/req", 19)}`,
    "-".repeat(108),
    ...rows.map(
      (r) =>
        `${pad(r.name, 44)}${lpad(r.rps.toFixed(0), 10)}${lpad(String(r.p50), 9)}${lpad(String(r.p99), 9)}${lpad(String(r.ok), 10)}${lpad(String(r.other), 7)}${lpad(Number.isNaN(r.cpu) ? "-" : r.cpu.toFixed(0), 19)}`,
    ),
  ];
}

function statusSummary(r: Result): string {
  return Object.entries(r.statusCodeStats ?? {})
    .map(([code, s]) => `${code}×${s.count}`)
    .join(" ");
}

/** CPU time (user + system, ms) a child process has used so far; Linux only, else NaN. */
function cpuMs(child: ChildProcess): number {
  try {
    const fields = readFileSync(`/proc/${child.pid}/stat`, "utf8").split(") ")[1]!.split(" ");
    return (Number(fields[11]) + Number(fields[12])) * 10; // clock ticks of 10 ms
  } catch {
    return Number.NaN;
  }
}

/** One autocannon run, with the server's own CPU cost per request (robust to a saturated client). */
async function run(name: string, server: ChildProcess, options: Parameters<typeof autocannon>[0], seconds = DURATION) {
  log(`  ${name}: ${seconds} s, ${options.connections ?? CONNECTIONS} connections…`);
  const before = cpuMs(server);
  const result = await autocannon({ connections: CONNECTIONS, duration: seconds, ...options });
  const cpuUsPerRequest = ((cpuMs(server) - before) * 1000) / Math.max(1, result.requests.total);
  return Object.assign(result, { cpuUsPerRequest });
}

function warmUp(url: string, extra: Partial<Parameters<typeof autocannon>[0]> = {}) {
  return autocannon({ url, connections: 10, duration: 2, ...extra });
}

/** Parley's POST of new comments, then the raw loop writing the same rows into an identical database. */
async function measureWrites(
  server: ChildProcess,
  url: string,
  rawDatabaseUrl: string,
  seeded: { tokens: string[]; publishable: string[] },
  others: ChildProcess[] = [],
) {
  // POST: every request from the next guest token, each guest at its own client address.
  let n = 0;
  // Bodies the detector publishes, so that the run measures the write path, not refusals.
  const bodiesForPost = seeded.publishable.filter((b) => b.length < 1500);
  const requests: Parameters<typeof autocannon>[0]["requests"] = [
    {
      method: "POST",
      path: `/api/v1/sites/${SITE}/comments`,
      setupRequest: (request) => {
        const i = n++;
        const token = seeded.tokens[i % seeded.tokens.length]!;
        return {
          ...request,
          headers: {
            "Content-Type": "application/json",
            Authorization: `Bearer ${token}`,
            "X-Forwarded-For": `10.${(i % seeded.tokens.length) >> 8}.${(i % seeded.tokens.length) & 255}.1`,
          },
          body: JSON.stringify({ page: POST_PAGE, body: `${bodiesForPost[i % bodiesForPost.length]} (#${i})` }),
        };
      },
    },
  ];
  // Warmed up as the GETs are: otherwise the first round of 50 requests, waiting for the JIT,
  // is the p99 of a 10-second run.
  await warmUp(url, { requests });
  const post = await run("Parley POST", server, { url, requests });
  await stopChild(server);
  for (const other of others) await stopChild(other);
  log(`  raw @libsql/client writes: ${DURATION} s…`);
  const raw = await rawWrites(rawDatabaseUrl, { site: SITE, page: POST_PAGE, bodies: bodiesForPost, seconds: DURATION });
  return { post, raw };
}

/** The POST lines of the report: throughput and CPU against the raw loop, p99 against the target. */
function writeLines(post: Awaited<ReturnType<typeof measureWrites>>["post"], raw: Awaited<ReturnType<typeof measureWrites>>["raw"]) {
  const writeRatio = post.requests.average / raw.rps;
  return [
    `POST throughput vs raw libSQL writes of the same rows: ${writeRatio.toFixed(2)}× (target ≥ 0.70: ${writeRatio >= 0.7 ? "MET" : "NOT MET"}); ` +
      `POST p99 at ${CONNECTIONS} connections ${post.latency.p99} ms (target < 100: ${post.latency.p99 < 100 ? "MET" : "NOT MET"})`,
    // CPU time per write moves less than throughput when the machine is shared.
    `POST CPU per comment vs raw libSQL writes: ${(raw.cpu / post.cpuUsPerRequest).toFixed(2)}× (raw ${raw.cpu.toFixed(0)} µs, POST ${post.cpuUsPerRequest.toFixed(0)} µs)`,
  ];
}

// ---------------------------------------------------------------------------------------------

async function main() {
  const began = performance.now();
  if (process.argv.includes("--big")) {
    console.log((await benchBig(startParley, DURATION, CONNECTIONS)).lines.join("\n"));
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), "parley-bench-"));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  const databaseUrl = `file:${join(dir, "bench.db")}`;

  log("bench: loading comment bodies and seeding…");
  const real = realBodies();
  const bodies = real.length >= 2000 ? real : [...real, ...generatedBodies(2000 - real.length)];
  const seeded = await seed(databaseUrl, bodies);
  await addPendingComment(databaseUrl, seeded.tokens[0]!);
  log(`  seeded ${seeded.comments} comments (${THREADS} threads, ${REPLIES} replies) and ${seeded.tokens.length} guest sessions`);
  const rawDatabaseUrl = `file:${join(dir, "raw.db")}`;
  copyFileSync(join(dir, "bench.db"), join(dir, "raw.db")); // an identical database for the baseline

  const parley = await startParley(databaseUrl);
  if (process.argv.includes("--only=writes")) {
    log("bench: measuring writes only");
    await warmUp(parley.url + `/api/v1/sites/${SITE}/comments?page=${PAGE}`);
    const { post, raw } = await measureWrites(parley.child, parley.url, rawDatabaseUrl, seeded);
    const rows = [rowOf("POST comment, Parley (201/202)", post), rawRow(raw)];
    console.log(
      [
        `\nParley bench (writes only) — Node ${process.version}, ${CONNECTIONS} connections, ${DURATION} s per run`,
        ...table(rows),
        "",
        ...writeLines(post, raw),
        `status codes: POST ${statusSummary(post)}, ${post.errors} socket errors, ${post.timeouts} timeouts`,
      ].join("\n"),
    );
    return;
  }
  const listPath = `/api/v1/sites/${SITE}/comments?page=${PAGE}`;
  const first = await fetch(parley.url + listPath);
  const listBytes = Buffer.from(await first.arrayBuffer());
  const listing = JSON.parse(listBytes.toString("utf8")) as { comments: { replies: unknown[] }[]; total: number };
  const countAll = (cs: { replies: unknown[] }[]): number =>
    cs.reduce((n, c) => n + 1 + countAll(c.replies as { replies: unknown[] }[]), 0);
  if (first.status !== 200 || listing.total !== seeded.comments)
    throw new Error(`unexpected listing: ${first.status} total ${listing.total}`);
  const bodyFile = join(dir, "listing.json");
  writeFileSync(bodyFile, listBytes);
  const bare = await startBare(bodyFile, first.headers.get("etag") ?? '"bare"');
  const check = Buffer.from(await (await fetch(bare.url + listPath)).arrayBuffer());
  if (!check.equals(listBytes)) throw new Error("the bare server does not serve the same bytes");
  log(`  listing: ${listing.comments.length} threads, ${countAll(listing.comments)} comments, ${(listBytes.length / 1024).toFixed(1)} KiB`);

  log("bench: measuring");
  await warmUp(parley.url + listPath);
  await warmUp(bare.url + listPath);
  const get = await run("Parley GET", parley.child, { url: parley.url + listPath });
  const bareGet = await run("bare node:http GET", bare.child, { url: bare.url + listPath });
  const etag = first.headers.get("etag")!;
  const conditional = await run(
    "Parley GET If-None-Match",
    parley.child,
    { url: parley.url + listPath, headers: { "If-None-Match": etag } },
    Math.min(DURATION, 5),
  );
  const readLines = await measureReads({
    ...{ url: parley.url, child: parley.child, listPath, pendingToken: seeded.tokens[0]! },
    ...{ anonymous: get, conditional, run, seconds: Math.min(DURATION, 5) },
  });

  const { post, raw } = await measureWrites(parley.child, parley.url, rawDatabaseUrl, seeded, [bare.child]);

  const paint = await firstPaint();
  log("  spam wave simulation…");
  const wave = await spamWaves();
  log("  readers: votes and comment counts…");
  const readers = await benchReaders(Math.min(DURATION, 5), CONNECTIONS);
  log("  live updates: one comment to 1,000 event streams…");
  const live = await liveFanOut();

  // The widget bundle next to a well-known embeddable comment widget.
  const widgetPath = join(root, "dist/widget.js");
  const widget = existsSync(widgetPath) ? readFileSync(widgetPath) : undefined;

  // The detector's cost per comment, on Node and inside workerd.
  log("  the detector on Node and inside workerd…");
  const detector = detectorCostApart();

  // ---- the report ----
  const rows = [
    rowOf("GET listing, Parley", get),
    rowOf("GET listing, bare node:http", bareGet),
    rowOf("GET listing, Parley, If-None-Match → 304", conditional, /^304$/),
    rowOf("POST comment, Parley (201/202)", post),
    rawRow(raw),
  ];
  const lines: string[] = [];
  lines.push("");
  lines.push(`Parley bench — Node ${process.version}, loopback, ${CONNECTIONS} connections, ${DURATION} s per run`);
  lines.push(
    `Page: ${seeded.comments} comments (${THREADS} threads + ${REPLIES} replies); GET returns ${listing.comments.length} threads / ${countAll(listing.comments)} comments, ${(listBytes.length / 1024).toFixed(1)} KiB`,
  );
  lines.push("", ...table(rows), "");
  const ratio = get.requests.average / bareGet.requests.average;
  lines.push(`GET throughput vs bare node:http: ${ratio.toFixed(2)}× (target ≥ 0.50: ${ratio >= 0.5 ? "MET" : "NOT MET"})`);
  lines.push(...writeLines(post, raw));
  lines.push(
    `status codes: GET ${statusSummary(get)} | bare ${statusSummary(bareGet)} | 304 run ${statusSummary(conditional)} | POST ${statusSummary(post)}, ${post.errors} socket errors, ${post.timeouts} timeouts`,
  );
  lines.push(...readLines);
  lines.push("");
  if (widget) {
    // The loader plus the modules it loads at once (dist/manifest.json, written by the build).
    const gz =
      JSON.parse(readFileSync(join(root, "dist/manifest.json"), "utf8")).widget?.initialGzip ?? gzipSync(widget, { level: 9 }).length;
    lines.push(
      `widget before interacting (dist/widget.js and its modules): ${(gz / 1024).toFixed(1)} KB gzip` +
        ` (reference: Waline client 3.13.0 dist/waline.js ${WALINE_GZIP_KB} KB gzip → ${((gz / 1024 / WALINE_GZIP_KB) * 100).toFixed(0)}% of it)`,
    );
  } else lines.push("widget bundle dist/widget.js: missing (run `npm run build`)");
  lines.push(detectorLine(detector));
  lines.push("", ...paintLines(paint));
  lines.push("", ...wave.lines);
  lines.push(...readers);
  lines.push("", ...live.lines);
  lines.push(`bench took ${((performance.now() - began) / 1000).toFixed(0)} s`);
  console.log(lines.join("\n"));
}

main()
  .then(() => {
    cleanup();
    process.exit(0);
  })
  .catch((error) => {
    console.error(error);
    cleanup();
    process.exit(1);
  });
