// How long the guest proof of work takes a reader: the widget's solver (contract/challenge.ts),
// bundled as the widget bundles it, in headless Chromium on a page from a loopback http origin.
//
//   npx tsx scripts/bench/challenge.ts          (env: CHALLENGE_RUNS, default 40; CHALLENGE_DIFFICULTY, default the server's)
//
// Solves random challenges at the server's difficulty and prints the median, 90th percentile and
// slowest solve, the hash rate, and the longest the main thread was held (a long task) meanwhile.
import { createServer } from "node:http";
import { build } from "esbuild";
import { launchBrowser } from "../../tests/e2e/support/browser.ts";
import { CHALLENGE_DIFFICULTY } from "../../server/identity/challenge.ts";

const RUNS = Number(process.env.CHALLENGE_RUNS ?? 40);
const DIFFICULTY = Number(process.env.CHALLENGE_DIFFICULTY ?? CHALLENGE_DIFFICULTY);

const bundle = await build({
  stdin: {
    contents: 'import { solveChallenge } from "./contract/challenge.ts"; window.solveChallenge = solveChallenge;',
    resolveDir: process.cwd(),
    loader: "ts",
  },
  bundle: true,
  minify: true,
  format: "iife",
  target: "es2022",
  write: false,
});
const script = bundle.outputFiles[0]!.text;
const server = createServer((_, res) =>
  res.writeHead(200, { "content-type": "text/html" }).end(`<!doctype html><title>pow</title><script>${script}</script>`),
);
await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
const { port } = server.address() as { port: number };
const browser = await launchBrowser();
try {
  const page = await (await browser.context()).newPage();
  await page.goto(`http://127.0.0.1:${port}/`);
  const result = await page.evaluate(
    async ({ runs, difficulty }) => {
      const long: number[] = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) long.push(Math.round(e.duration));
      }).observe({ type: "longtask" });
      const solve = (window as unknown as { solveChallenge: (c: string, d: number) => Promise<string> }).solveChallenge;
      const times: number[] = [];
      let hashes = 0;
      for (let i = 0; i < runs; i++) {
        const challenge = `c1.${crypto.randomUUID().replace(/-/g, "").slice(0, 20)}.demo.${difficulty}.1800000000.${"0123456789abcdef".repeat(2)}`;
        const started = performance.now();
        hashes += Number(await solve(challenge, difficulty)) + 1;
        times.push(performance.now() - started);
      }
      await new Promise((r) => setTimeout(r, 100));
      return { times, hashes, long };
    },
    { runs: RUNS, difficulty: DIFFICULTY },
  );
  const sorted = [...result.times].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!.toFixed(0);
  const total = result.times.reduce((a, b) => a + b, 0);
  console.log(
    `difficulty ${DIFFICULTY}, ${RUNS} solves in Chromium: median ${at(0.5)} ms, p90 ${at(0.9)} ms, slowest ${sorted.at(-1)!.toFixed(0)} ms; ` +
      `${Math.round(result.hashes / (total / 1000)).toLocaleString("en")} hashes/s; main-thread tasks over 50 ms: ${result.long.length ? result.long.join(", ") + " ms" : "none"}`,
  );
} finally {
  await browser.close();
  server.close();
}
