// The widget's time to its first comment painted per language, in headless Chromium: English
// (hand-written plurals and times) against German and Arabic (Intl formatters); each language's
// first-paint strings are a chunk fetched beside the modules.
//
//   npx tsx scripts/bench/first-paint-languages.ts     (env: PAINT_RUNS, default 11; PAINT_LATENCY, ms per round trip)
//
// The same page of 1,000 comments and the same measurement as scripts/bench/first-paint.ts; the
// languages alternate within each run, so all see the same machine load.
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { launchBrowser } from "../../tests/e2e/support/browser.ts";
import { freePort } from "../../tests/helpers/server.ts";
import { DEMO_TAG, medianSample, PROBE, seededParley, visit, type PaintSample } from "./first-paint.ts";
import { PAGE, SITE } from "./seed.ts";

const RUNS = Number(process.env.PAINT_RUNS ?? 11);
const LANGUAGES = ["en", "de", "ar"] as const;
const log = (line: string) => process.stderr.write(line + "\n");

const dir = mkdtempSync(join(tmpdir(), "parley-paint-lang-"));
const stops: (() => Promise<void>)[] = [];
try {
  // A publisher's origin serving the demo article, once per language (<html lang>).
  const pages = new Map<string, string>();
  const server = createServer((req, res) => {
    const page = pages.get(new URL(req.url ?? "/", "http://x").pathname);
    if (!page) return void res.writeHead(404).end();
    res.writeHead(200, { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" }).end(page);
  });
  const port = await freePort();
  await new Promise<void>((ok) => server.listen(port, "127.0.0.2", () => ok()));
  stops.push(() => new Promise<void>((ok) => server.close(() => ok())));
  const origin = `http://127.0.0.2:${port}`;
  // The demo article as the server renders it, its widget showing the seeded page.
  const { parley, demo, src } = await seededParley(dir, origin, stops);
  const tag = DEMO_TAG;
  if (!src || !/<html lang="en"/.test(demo)) throw new Error("the demo page is not the one expected");
  const article = demo.replace(tag, `<script src="${parley.url + src}" data-site="${SITE}" data-page="${PAGE}" async></script>`);
  for (const lang of LANGUAGES) pages.set(`/${lang}.html`, article.replace(/<html lang="en"/, `<html lang="${lang}"`));

  const browser = await launchBrowser();
  stops.push(browser.close);
  const samples = Object.fromEntries(LANGUAGES.map((l) => [l, { cold: [] as PaintSample[], warm: [] as PaintSample[] }]));
  // One unrecorded round warms the server's caches and the JIT.
  for (let run = 0; run <= RUNS; run++) {
    const order = LANGUAGES.map((_, i) => LANGUAGES[(i + run) % LANGUAGES.length]!);
    for (const lang of order) {
      const ctx = await browser.context();
      await ctx.addInitScript(PROBE);
      const cold = await visit(ctx, `${origin}/${lang}.html`);
      const warm = await visit(ctx, `${origin}/${lang}.html`);
      await ctx.close();
      if (run === 0) continue;
      samples[lang]!.cold.push(cold);
      samples[lang]!.warm.push(warm);
    }
    if (run) log(`  run ${run}/${RUNS}`);
  }
  console.log(`Widget: first comment painted per language, Chromium, page of 1,000 comments, median of ${RUNS} (ms from navigation start)`);
  console.log(`${"".padEnd(10)}${"cold".padStart(8)}${"warm".padStart(8)}`);
  for (const lang of LANGUAGES) {
    const cold = medianSample(samples[lang]!.cold).first;
    const warm = medianSample(samples[lang]!.warm).first;
    console.log(`${lang.padEnd(10)}${cold.toFixed(0).padStart(8)}${warm.toFixed(0).padStart(8)}`);
  }
} finally {
  for (const stop of stops.reverse()) await stop().catch(() => {});
  rmSync(dir, { recursive: true, force: true });
}
