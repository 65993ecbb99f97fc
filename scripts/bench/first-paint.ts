// The widget's time to its first comment painted, in headless Chromium, before and after.
//
//   npx tsx scripts/bench/first-paint.ts        (env: PAINT_RUNS, default 11; PAINT_BASELINE, default 6968ccc;
//                                                PAINT_LATENCY, ms added to each round trip, default 0;
//                                                PAINT_AFTER, a commit: see below)
//
// PAINT_AFTER=REV compares two commits' widgets served the same way (both from the publisher's
// origin, as the baseline is): an A/B of a widget change, e.g. PAINT_BASELINE=HEAD~1 PAINT_AFTER=HEAD.
// PAINT_BASELINE=HEAD PAINT_AFTER=HEAD (an A/A) shows how far apart two identical widgets land on this
// machine (here, medians of 15–21 runs: within about ±10%).
//
// Seeds a page of 1,000 comments (scripts/bench/seed.ts), starts the real server, builds the
// widget of the baseline commit into a temporary folder, and loads the demo article from a
// publisher's origin (127.0.0.2) twice per run: once in a new browser context (cold: empty
// HTTP cache) and once more in the same context (warm). Before and after alternate, so both
// see the same machine load. Reports medians, and the DOM size of the first render.
import { startParley } from "./parley-server.ts";
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { tmpdir } from "node:os";
import { dirname, extname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { eq } from "drizzle-orm";
import type { BrowserContext } from "playwright-core";
import { openDatabase } from "../../db/client.ts";
import { sites } from "../../db/schema.ts";
import { launchBrowser } from "../../tests/e2e/support/browser.ts";
import { freePort } from "../../tests/helpers/server.ts";
import { generatedBodies, PAGE, realBodies, seed, SITE } from "./seed.ts";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const RUNS = Number(process.env.PAINT_RUNS ?? 11);
const BASELINE = process.env.PAINT_BASELINE ?? "6968ccc";
const AFTER = process.env.PAINT_AFTER;
/** Added to every request's round trip (ms); 0: loopback as it is. */
const LATENCY_MS = Number(process.env.PAINT_LATENCY ?? 0);
const log = (line: string) => process.stderr.write(line + "\n");

/** What one page load measured, from navigation start. */
export interface PaintSample {
  /** ms to the first comment painted. */
  first: number;
  /** Nodes (elements, text, comments; shadow trees included) at that moment. */
  nodes: number;
  /** Comment elements rendered at that moment. */
  items: number;
}

export interface PaintReport {
  runs: number;
  before: { cold: PaintSample; warm: PaintSample };
  after: { cold: PaintSample; warm: PaintSample };
}

/**
 * Runs in the page before any of its scripts: watches every shadow root; once a comment's own
 * shadow tree holds its article, waits for the next frame (and the task after it, i.e. after
 * the paint) and records the time and the DOM size.
 */
export const PROBE = `(() => {
  const out = (window.__paint = {});
  const count = (n) => { let k = 1; for (let c = n.firstChild; c; c = c.nextSibling) k += count(c); if (n.shadowRoot) k += count(n.shadowRoot); return k; };
  const check = () => {
    if (out.seen) return;
    const root = document.querySelector("comment-section")?.shadowRoot;
    const item = root?.querySelector("comment-item");
    if (!item?.shadowRoot?.querySelector("article")) return;
    out.seen = performance.now();
    requestAnimationFrame(() => {
      const ch = new MessageChannel();
      ch.port1.onmessage = () => {
        out.first = performance.now();
        out.nodes = count(document);
        out.items = root.querySelectorAll("comment-item").length;
      };
      ch.port2.postMessage(0);
    });
  };
  const attach = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (o) {
    const r = attach.call(this, o);
    new MutationObserver(check).observe(r, { childList: true, subtree: true });
    return r;
  };
})();`;

export const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
export const medianSample = (s: PaintSample[]): PaintSample => ({
  first: median(s.map((x) => x.first)),
  nodes: median(s.map((x) => x.nodes)),
  items: median(s.map((x) => x.items)),
});

/** The demo article's widget tag (the server renders it with its own page key). */
export const DEMO_TAG = /<script src="([^"]+)" data-site="demo" data-page="[^"]*" async><\/script>/;

/**
 * This tree's widget built, the bench's page of 1,000 comments seeded into a database under `dir`,
 * the site open to `origin`, a Parley server on it (stopped through `stops`), and the demo article
 * as that server renders it with its widget's script URL.
 */
export async function seededParley(dir: string, origin: string, stops: (() => Promise<void>)[]) {
  execFileSync(process.execPath, [join(root, "scripts/build.mjs")], { cwd: root, stdio: ["ignore", "ignore", "inherit"] });
  log("first paint: seeding 1,000 comments…");
  const databaseUrl = `file:${join(dir, "paint.db")}`;
  const real = realBodies();
  await seed(databaseUrl, real.length >= 2000 ? real : [...real, ...generatedBodies(2000 - real.length)]);
  const database = await openDatabase({ url: databaseUrl });
  await database.db
    .update(sites)
    .set({ origins: [origin] })
    .where(eq(sites.id, SITE));
  database.close();
  const parley = await startParley(databaseUrl);
  stops.push(parley.stop);
  const demo = await (await fetch(parley.url + "/")).text();
  const src = DEMO_TAG.exec(demo)?.[1];
  if (!src) throw new Error("the demo page has no widget script tag");
  return { parley, demo, src };
}

/** A commit's widget (the baseline's, or PAINT_AFTER's), built from `git archive` into `dir/name`. */
function buildCommit(dir: string, commit: string, name: string): string {
  const out = join(dir, name);
  mkdirSync(out, { recursive: true });
  // The shared contract/ (wire types, policy schema) exists from issue 8 on; older baselines lack it.
  const paths = ["widget", "contract", "scripts/build.mjs", "package.json", "tsconfig.json"].filter((path) => {
    try {
      execFileSync("git", ["cat-file", "-e", `${commit}:${path}`], { cwd: root, stdio: "ignore" });
      return true;
    } catch {
      return false;
    }
  });
  const tar = execFileSync("git", ["archive", commit, ...paths], { cwd: root });
  execFileSync("tar", ["-x", "-C", out], { input: tar });
  symlinkSync(join(root, "node_modules"), join(out, "node_modules"));
  execFileSync(process.execPath, [join(out, "scripts/build.mjs")], { cwd: out, stdio: ["ignore", "ignore", "inherit"] });
  return join(out, "dist");
}

/** A publisher's origin: the demo article pages and the commits' bundles (/NAME/…: gzip, ETag, a year's cache). */
async function startHost(pages: Map<string, string>, dists: Record<string, string>) {
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? "/", "http://x").pathname;
    const page = pages.get(path);
    if (page) return void res.writeHead(200, { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" }).end(page);
    const [, name = "", rest = ""] = /^\/([^/]+)\/(.*)$/.exec(path) ?? [];
    const file = dists[name] ? join(dists[name], rest) : "";
    if (!file || !existsSync(file) || extname(file) !== ".js") return void res.writeHead(404).end();
    const body = readFileSync(file);
    const etag = `"${createHash("sha256").update(body).digest("hex").slice(0, 16)}"`;
    const headers = { "content-type": "text/javascript; charset=utf-8", "cache-control": "public, max-age=31536000, immutable", etag };
    if (req.headers["if-none-match"] === etag) return void res.writeHead(304, headers).end();
    res.writeHead(200, { ...headers, "content-encoding": "gzip", vary: "Accept-Encoding" }).end(gzipSync(body));
  });
  const port = await freePort();
  await new Promise<void>((ok) => server.listen(port, "127.0.0.2", () => ok()));
  return { origin: `http://127.0.0.2:${port}`, close: () => new Promise<void>((ok) => server.close(() => ok())) };
}

/** One visit: a new page in `ctx`, until the first comment painted and the list settled. */
export async function visit(ctx: BrowserContext, url: string): Promise<PaintSample> {
  const page = await ctx.newPage();
  try {
    if (LATENCY_MS > 0) {
      // A reader's network, not loopback: every request pays a round trip (Chromium's emulation).
      const cdp = await ctx.newCDPSession(page);
      await cdp.send("Network.emulateNetworkConditions", {
        offline: false,
        latency: LATENCY_MS,
        downloadThroughput: -1,
        uploadThroughput: -1,
      });
    }
    await page.goto(url);
    await page.waitForFunction(() => (window as unknown as { __paint: { first?: number } }).__paint.first, null, { timeout: 30_000 });
    const sample = await page.evaluate(() => (window as unknown as { __paint: PaintSample }).__paint);
    if (process.env.PAINT_DEBUG)
      log(
        `${url} first ${sample.first.toFixed(0)} (in the DOM at ${(sample as unknown as { seen: number }).seen.toFixed(0)}): ` +
          (await page.evaluate(() =>
            performance
              .getEntriesByType("resource")
              .map(
                (e) =>
                  `${e.name.replace(/^.*\//, "")} ${e.startTime.toFixed(0)}-${(e as PerformanceResourceTiming).responseEnd.toFixed(0)}`,
              )
              .join(", "),
          )),
      );
    // Let the rest of the list finish (and the cache fill) before the next visit.
    await page.waitForTimeout(300);
    return { first: sample.first, nodes: sample.nodes, items: sample.items };
  } finally {
    await page.close();
  }
}

/** Seeds, serves, measures; returns medians (also used by `npm run bench`). */
export async function firstPaint(): Promise<PaintReport> {
  const dir = mkdtempSync(join(tmpdir(), "parley-paint-"));
  const stops: (() => Promise<void>)[] = [];
  try {
    log("first paint: building the baseline widget (" + BASELINE + ") and this one…");
    const dists: Record<string, string> = { baseline: buildCommit(dir, BASELINE, "baseline") };
    if (AFTER) dists.after = buildCommit(dir, AFTER, "after");
    const pages = new Map<string, string>();
    const host = await startHost(pages, dists);
    stops.push(host.close);
    // The demo article as the server renders it, embedded on the publisher's origin.
    const { parley, demo, src } = await seededParley(dir, host.origin, stops);
    const tag = DEMO_TAG;
    const embed = (s: string, api = "") => `<script src="${s}" data-site="${SITE}" data-page="${PAGE}"${api} async></script>`;
    const hosted = (name: string) => {
      const hash = createHash("sha256")
        .update(readFileSync(join(dists[name]!, "widget.js")))
        .digest("hex")
        .slice(0, 16);
      return demo.replace(tag, embed(`${host.origin}/${name}/widget.js?v=${hash}`, ` data-api="${parley.url}"`));
    };
    pages.set("/before.html", hosted("baseline"));
    pages.set("/after.html", AFTER ? hosted("after") : demo.replace(tag, embed(parley.url + src)));

    const browser = await launchBrowser();
    stops.push(browser.close);
    const samples = {
      before: { cold: [] as PaintSample[], warm: [] as PaintSample[] },
      after: { cold: [] as PaintSample[], warm: [] as PaintSample[] },
    };
    // One unrecorded round warms the server's caches and the JIT.
    for (let run = 0; run <= RUNS; run++) {
      for (const which of run % 2 ? (["after", "before"] as const) : (["before", "after"] as const)) {
        const ctx = await browser.context();
        await ctx.addInitScript(PROBE);
        const url = `${host.origin}/${which}.html`;
        const cold = await visit(ctx, url);
        const warm = await visit(ctx, url);
        await ctx.close();
        if (run === 0) continue;
        samples[which].cold.push(cold);
        samples[which].warm.push(warm);
      }
      if (run) log(`  run ${run}/${RUNS}`);
    }
    return {
      runs: RUNS,
      before: { cold: medianSample(samples.before.cold), warm: medianSample(samples.before.warm) },
      after: { cold: medianSample(samples.after.cold), warm: medianSample(samples.after.warm) },
    };
  } finally {
    for (const stop of stops.reverse()) await stop().catch(() => {});
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The report's lines. */
export function paintLines(r: PaintReport): string[] {
  const ms = (x: number) => x.toFixed(0).padStart(8);
  const ratio = (k: "cold" | "warm") => r.after[k].first / r.before[k].first;
  const met = (k: "cold" | "warm") => (ratio(k) < 0.5 ? "MET" : "NOT MET");
  return [
    `Widget: first comment painted, Chromium, page of 1,000 comments, median of ${r.runs} (ms from navigation start)`,
    `${"".padEnd(28)}${"cold".padStart(8)}${"warm".padStart(8)}   DOM nodes / comments at first paint`,
    `${("before (" + BASELINE + ")").padEnd(28)}${ms(r.before.cold.first)}${ms(r.before.warm.first)}   ${r.before.cold.nodes} / ${r.before.cold.items}`,
    `${(AFTER ? "after (" + AFTER + ")" : "after").padEnd(28)}${ms(r.after.cold.first)}${ms(r.after.warm.first)}   ${r.after.cold.nodes} / ${r.after.cold.items}`,
    // An A/B of two commits has no target: the ratio is the answer.
    AFTER
      ? `after/before (A/B): cold ${ratio("cold").toFixed(2)}×, warm ${ratio("warm").toFixed(2)}×`
      : `after/before: cold ${ratio("cold").toFixed(2)}× (target < 0.5: ${met("cold")}), warm ${ratio("warm").toFixed(2)}× (${met("warm")})`,
  ];
}

if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) {
  firstPaint().then(
    (r) => {
      console.log(paintLines(r).join("\n"));
      process.exit(0);
    },
    (e) => {
      console.error(e);
      process.exit(1);
    },
  );
}
