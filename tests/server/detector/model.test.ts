// The linear scorer (server/detector/model.ts) sums a word's character n-grams once and reuses the
// sum: its logits and per-token parts must equal the features' plain dot product with each head.
import { describe, expect, it } from "vitest";
import { extractFeatures, FeatureBuffer } from "../../../server/detector/features.ts";
import { createDetectorFromModel, type ModelArtifact } from "../../../server/detector/index.ts";
import type { LinearHead } from "../../../server/detector/model.ts";
import model from "../../../server/detector/model.json" with { type: "json" };

const det = createDetectorFromModel(model as unknown as ModelArtifact);
const { scorer } = det;

/** The definition: every feature one by one, its part split between the tokens that own it. */
function byDefinition(text: string, head: LinearHead) {
  const tokens = scorer.detail(text).tokens;
  const buf = new FeatureBuffer();
  extractFeatures(tokens, scorer.res.ctx, buf);
  const parts = new Float64Array(tokens.length);
  let z = 0;
  for (let k = 0; k < buf.n; k++) {
    const c = head.weights[buf.idx[k]!]! * buf.val[k]! * head.scale;
    z += c;
    const [a, b] = [buf.ownA[k]!, buf.ownB[k]!];
    if (a < 0) continue;
    if (b < 0) parts[a]! += c;
    else {
      parts[a]! += c / 2;
      parts[b]! += c / 2;
    }
  }
  return { logit: z + head.bias, parts: [...parts] };
}

const TEXTS = [
  "You are an idiot and everyone here knows it.",
  "I hope someone puts you in the ground, @harry_b.",
  "The council's budget is a mess; the mayor should resign. The the the budget budget.",
  "Crawl back under your rock, genius.",
  "a".repeat(40) + " supercalifragilisticexpialidocious words-with-dashes ünïcödé 🙂",
];

describe("LinearScorer", () => {
  it("scores as the features say, for the main model and both heads", () => {
    for (const text of TEXTS) {
      const d = scorer.detail(text);
      const heads: [LinearHead, number, () => Float64Array][] = [
        [scorer, d.logit, () => d.contrib],
        [scorer.menace!, d.menace!.logit, d.menace!.contrib],
        [scorer.indirect!, d.indirect!.logit, d.indirect!.contrib],
      ];
      const read = heads.map(([, logit, contrib]) => ({ logit, parts: [...contrib()] }));
      for (const [h, [head]] of heads.entries()) {
        const want = byDefinition(text, head);
        expect(read[h]!.logit).toBeCloseTo(want.logit, 9);
        expect(read[h]!.parts.length).toBe(want.parts.length);
        for (const [i, part] of want.parts.entries()) expect(read[h]!.parts[i]).toBeCloseTo(part, 9);
      }
    }
  });

  it("gives the same reading the second time a word is seen", () => {
    const first = scorer.detail("Zyxwvut is a qwertyuiop.").logit;
    expect(scorer.detail("Zyxwvut is a qwertyuiop.").logit).toBe(first);
  });
});
