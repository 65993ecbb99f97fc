// Disguising an insult gives the verdict of the plain insult: every evasion family applied to
// every word of the name-calling rule's lexicon.
import { describe, expect, it } from "vitest";
import { createDetector, DEFAULT_THRESHOLDS, type LinearDetector } from "../../../server/detector/index.ts";
import { evasionFamilies, insultSentences } from "./evasion-families.ts";

const det = createDetector() as LinearDetector;
const { hold, reject } = DEFAULT_THRESHOLDS;
const decision = (text: string) => {
  const { score } = det.score(text);
  return score >= reject ? "reject" : score >= hold ? "hold" : "publish";
};
const tokens = (text: string) => det.detail(text).tokens.map((t) => t.text);
const sentences = insultSentences(det.insultLex);

describe("evasions of the lexicon's insults", () => {
  it("covers the whole lexicon, and its plain insults are refused", () => {
    expect(sentences.length).toBeGreaterThan(50);
    expect(sentences.filter((s) => decision(s.words.join(" ")) === "reject").length).toBeGreaterThan(sentences.length * 0.9);
  });

  for (const [family, disguise] of Object.entries(evasionFamilies)) {
    it(`${family}: the same verdict as the plain sentence`, () => {
      const differing: string[] = [];
      let tried = 0;
      for (const { words } of sentences) {
        const disguised = disguise(words);
        if (disguised === null) continue;
        tried++;
        const plain = decision(words.join(" "));
        const got = decision(disguised);
        if (got !== plain) differing.push(`${JSON.stringify(disguised)}: ${got}, plain ${plain}`);
      }
      expect(tried).toBeGreaterThan(10);
      expect(differing).toEqual([]);
    });
  }

  it.each([
    "y o u   i d i o t",
    "y-o-u i-d-i-o-t",
    "y.o.u a.r.e a.n i.d.i.o.t",
    "youidiot",
    "you are anidiot",
    "you are an |diot",
    "!diot",
    "ldiot",
    "you are an id iot",
  ])("the published evasion %j reads as the insult it hides", (text) => {
    expect(tokens(text)).toContain("idiot");
  });

  it("points the spans at what the author typed", () => {
    const text = "you are a douche bag";
    const spans = det.score(text).spans.map((s) => text.slice(s.start, s.end));
    expect(spans.join(" ")).toContain("douche bag");
  });
});

describe("ordinary text is read as before", () => {
  it.each([
    ["shhh, don't tell", "sh"],
    ["h  e l l  no", "ell"],
    ["You need a I.D. to vote", "ai"],
    ["8.8, 6.9, 3.9, 2", "88"],
    ["Dumbledore was wise", "dumb"],
    ["a therapist helped", "rapist"],
    ["the bird brain is small", "birdbrain"],
    ["lars and lisa", "liars"],
    ["a looser fit", "loser"],
  ])("%j has no token %j", (text, absent) => {
    expect(tokens(text)).not.toContain(absent);
  });
});
