// The detector's cost per comment on Node, as the server runs it: detector-cost.ts bundles this
// file with esbuild, as `npm start` bundles the server, and runs it in a process of its own.
//
//   node BUNDLE INPUT.json   (INPUT: { bodies, warmUp, rounds }; prints { nodeUs, wordListUs })
import { readFileSync } from "node:fs";
import { createDetector, type ModelArtifact } from "../../server/detector/index.ts";
import model from "../../server/detector/model.json" with { type: "json" };

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/**
 * A server scores comment after comment: the JIT has compiled the detector and the words most
 * comments use are remembered. One pass over other comments brings a fresh detector there.
 */
function onNode(bodies: string[], warmUp: string[], rounds: number): { nodeUs: number; wordListUs: number } {
  const detector = createDetector();
  for (const b of warmUp) detector.score(b);
  const insults = new Set((model as unknown as ModelArtifact).insult.words);
  const runs: number[] = [];
  const yardstick: number[] = [];
  const perComment = (t0: number) => ((performance.now() - t0) * 1000) / bodies.length;
  for (let r = 0; r < rounds; r++) {
    let t0 = performance.now();
    let sink = 0;
    for (const b of bodies) sink += detector.score(b).score;
    if (Number.isNaN(sink)) throw new Error("the detector returned NaN");
    runs.push(perComment(t0));
    t0 = performance.now();
    for (const b of bodies) sink += wordListHits(b, insults);
    yardstick.push(perComment(t0));
  }
  return { nodeUs: median(runs), wordListUs: median(yardstick) };
}

/**
 * The simplest detector there is, timed beside ours as a yardstick for a shared machine's speed:
 * lowercase the comment, split it into words, look each up in the insult list.
 */
function wordListHits(text: string, insults: ReadonlySet<string>): number {
  let hits = 0;
  for (const w of text.toLowerCase().split(/[^a-z']+/)) if (insults.has(w)) hits++;
  return hits;
}

const { bodies, warmUp, rounds } = JSON.parse(readFileSync(process.argv[2]!, "utf8")) as {
  bodies: string[];
  warmUp: string[];
  rounds: number;
};
console.log(JSON.stringify(onNode(bodies, warmUp, rounds)));
