// The personal-attack detector's cost per comment on Node and inside workerd (the Workers
// runtime, through Miniflare), over the same comments in the same run.
//
//   npx tsx scripts/bench/detector-cost.ts        (also part of `npm run bench`, in a process of its own)
//
// On both, the detector runs bundled by esbuild, as it is deployed: `npm start` runs the server
// bundled (scripts/build-server.mjs), and wrangler bundles the Worker.
//
// Inside a Worker the clock stands still while code runs (a Spectre mitigation), so the Worker's
// cost is timed from outside: one request scores the comments ROUNDS times, another zero times
// (the same body sent and parsed), and the difference is divided by the scorings.
import { build } from "esbuild";
import { execFileSync } from "node:child_process";
import { Miniflare } from "miniflare";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { bundleForNode } from "../build-server.mjs";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const ROUNDS = 15;
/** The limit: mean µs per comment, on Node and inside a Worker. */
export const DETECTOR_LIMIT_US = 100;

export interface DetectorCost {
  comments: number;
  meanChars: number;
  nodeUs: number;
  workerUs: number;
  /** the yardstick: a word-list lookup's cost per comment, timed beside the detector on Node */
  wordListUs: number;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** Timed by scripts/bench/detector-node.ts, bundled as the server is, in a process of its own. */
async function onNode(bodies: string[], warmUp: string[]): Promise<{ nodeUs: number; wordListUs: number }> {
  const dir = mkdtempSync(join(tmpdir(), "parley-detector-cost-"));
  try {
    const bundle = join(dir, "detector-node.mjs");
    await bundleForNode(join(root, "scripts/bench/detector-node.ts"), bundle);
    writeFileSync(join(dir, "input.json"), JSON.stringify({ bodies, warmUp, rounds: ROUNDS }));
    return JSON.parse(execFileSync(process.execPath, [bundle, join(dir, "input.json")]).toString()) as {
      nodeUs: number;
      wordListUs: number;
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The detector as the Worker bundles it, behind a fetch handler that scores the posted comments `rounds` times. */
async function workerScript(): Promise<string> {
  const entry = `import { createDetector } from ${JSON.stringify(join(root, "server/detector/index.ts"))};
const detector = createDetector();
export default {
  async fetch(request) {
    const { bodies, rounds } = await request.json();
    let sink = 0;
    for (let r = 0; r < rounds; r++) for (const b of bodies) sink += detector.score(b).score;
    return new Response(String(sink));
  },
};`;
  const out = await build({
    stdin: { contents: entry, resolveDir: root, loader: "js" },
    bundle: true,
    format: "esm",
    platform: "neutral",
    write: false,
    minify: true,
  });
  return out.outputFiles[0]!.text;
}

async function inWorker(bodies: string[], warmUp: string[]): Promise<number> {
  const mf = new Miniflare({ modules: true, script: await workerScript(), compatibilityDate: "2025-09-01" });
  try {
    const timed = async (rounds: number, texts = bodies) => {
      const t0 = performance.now();
      const res = await mf.dispatchFetch("http://bench/", { method: "POST", body: JSON.stringify({ bodies: texts, rounds }) });
      const sink = Number(await res.text());
      if (!res.ok || Number.isNaN(sink)) throw new Error(`the Worker answered ${res.status}`);
      return performance.now() - t0;
    };
    await timed(1, warmUp);
    const runs: number[] = [];
    for (let r = 0; r < ROUNDS; r++) {
      const empty = await timed(0);
      const scored = await timed(1);
      runs.push(((scored - empty) * 1000) / bodies.length);
    }
    return median(runs);
  } finally {
    await mf.dispose();
  }
}

/** The cost of scoring `bodies`, timed after one pass over `warmUp` (other comments). */
export async function detectorCost(bodies: string[], warmUp: string[]): Promise<DetectorCost> {
  return {
    comments: bodies.length,
    meanChars: bodies.reduce((n, b) => n + b.length, 0) / bodies.length,
    ...(await onNode(bodies, warmUp)),
    workerUs: await inWorker(bodies, warmUp),
  };
}

export function detectorLine(c: DetectorCost): string {
  const met = (us: number) => (us <= DETECTOR_LIMIT_US ? "MET" : "NOT MET");
  return (
    `detector: ${c.nodeUs.toFixed(1)} µs per comment on Node (target ≤ ${DETECTOR_LIMIT_US}: ${met(c.nodeUs)}), ` +
    `${c.workerUs.toFixed(1)} µs inside workerd (${met(c.workerUs)}); median of ${ROUNDS} passes over ${c.comments} comments (mean ${c.meanChars.toFixed(0)} chars), after one pass over as many others; ` +
    `on Node ${(c.nodeUs / c.wordListUs).toFixed(0)} × a word-list lookup (${c.wordListUs.toFixed(2)} µs, timed alongside)`
  );
}

/**
 * The same, measured in a process of its own, as the server runs the detector (not in a bench
 * process whose heap holds every earlier run's results).
 */
export function detectorCostApart(): DetectorCost {
  const out = execFileSync(process.execPath, ["--import", "tsx", fileURLToPath(import.meta.url), "--json"], { cwd: root });
  return JSON.parse(out.toString()) as DetectorCost;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) {
  const { realBodies, generatedBodies } = await import("./seed.ts");
  const real = realBodies();
  const texts = (real.length >= 4000 ? real : [...real, ...generatedBodies(4000 - real.length)]).slice(0, 4000);
  const cost = await detectorCost(texts.slice(0, 2000), texts.slice(2000));
  console.log(process.argv.includes("--json") ? JSON.stringify(cost) : detectorLine(cost));
}
