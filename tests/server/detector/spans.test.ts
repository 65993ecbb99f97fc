import { describe, expect, it } from "vitest";
import { createDetector, type LinearDetector } from "../../../server/detector/index.ts";
import { spanLexicons } from "../../../server/detector/model.ts";
import { SPAN_FEATURES, spanFeatures, tokenSpans } from "../../../server/detector/spans.ts";

const det = createDetector() as LinearDetector;
const texts = [
  "You are a stupid worthless idiot.",
  "What a DISGRACE, these CLOWNS in council should resign",
  "Nice article, thanks for the update on the bridge works.",
  "shut up you moron, nobody cares about your crap",
  "",
  "zzqx blorf",
];

describe("span model", () => {
  it("scores each token as the training features say (the fast path equals spanFeatures · w)", () => {
    const lex = spanLexicons(det.scorer.res, det.insultLex);
    const w = det.model.span.w;
    expect(w).toHaveLength(SPAN_FEATURES);
    for (const text of texts) {
      const tokens = det.detail(text).tokens;
      const fast = det.spans.logits(tokens, text);
      const slow: number[] = [];
      spanFeatures(tokens, text, lex, (_, x) => slow.push(x.reduce((s, v, j) => s + v * w[j]!, 0)));
      expect(fast.length).toBe(tokens.length);
      fast.forEach((z, i) => expect(z).toBeCloseTo(slow[i]!, 9));
    }
  });

  it("marks the insult words and not the words around them", () => {
    const text = "Honestly, you are an idiot and a liar, and the mayor agrees.";
    const words = det.score(text).spans.map((s) => text.slice(s.start, s.end));
    expect(words.join(" ")).toMatch(/idiot/);
    expect(words.join(" ")).not.toMatch(/Honestly|mayor|agrees/);
  });

  it("merges neighbouring tokens into one span", () => {
    const tokens = [
      { text: "a", start: 0, end: 1 },
      { text: "b", start: 2, end: 3 },
      { text: "c", start: 4, end: 5 },
      { text: "d", start: 6, end: 7 },
    ];
    expect(tokenSpans(tokens, (i) => i !== 2)).toEqual([
      { start: 0, end: 3 },
      { start: 6, end: 7 },
    ]);
  });
});
