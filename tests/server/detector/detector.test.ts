import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import fixture from "../../fixtures/detector/phrases.json";
import model from "../../../server/detector/model.json";
import { createDetector, createDetectorFromModel, DEFAULT_THRESHOLDS, type ModelArtifact } from "../../../server/detector/index.ts";

const det = createDetector();
const { hold, reject } = DEFAULT_THRESHOLDS;

describe("detector API", () => {
  it("exports sane default thresholds", () => {
    expect(hold).toBeGreaterThan(0);
    expect(reject).toBeGreaterThan(hold);
    expect(reject).toBeLessThan(1);
  });

  it("has a version and is deterministic; createDetectorFromModel gives the same scores", () => {
    expect(det.version).toMatch(/^parley-attack-/);
    const other = createDetectorFromModel(model as unknown as ModelArtifact);
    for (const s of [fixture.seed, ...fixture.attacks]) {
      const a = det.score(s);
      expect(a).toEqual(det.score(s));
      expect(other.score(s)).toEqual(a);
      expect(a.score).toBeGreaterThanOrEqual(0);
      expect(a.score).toBeLessThanOrEqual(1);
    }
  });

  it("works out a verdict's spans when they are read, the same after other comments were scored", () => {
    const attack = fixture.attacks[0]!;
    const early = det.score(attack);
    const spans = det.score(attack).spans;
    expect(spans.length).toBeGreaterThan(0);
    for (const s of [fixture.seed, ...fixture.attacks.slice(1)]) void det.score(s).spans;
    expect(early.spans).toEqual(spans);
    expect(JSON.parse(JSON.stringify(early))).toMatchObject({ spans });
  });

  it("handles empty and very long input", () => {
    expect(det.score("").spans).toEqual([]);
    const long = "you are an idiot. ".repeat(3000);
    const r = det.score(long);
    expect(r.score).toBeGreaterThanOrEqual(hold);
    for (const s of r.spans) expect(s.end).toBeLessThanOrEqual(long.length);
  });

  it("is compact", () => {
    expect(JSON.stringify(model).length).toBeLessThan(2_000_000);
  });
});

describe("scoring", () => {
  it("publishes the seed comment (below hold) with no spans", () => {
    const r = det.score(fixture.seed);
    expect(r.score).toBeLessThan(hold);
  });

  it("holds every plain personal attack and refuses some outright", () => {
    const scores = fixture.attacks.map((s) => det.score(s).score);
    fixture.attacks.forEach((s, i) => expect(scores[i], s).toBeGreaterThanOrEqual(hold));
    expect(scores.filter((x) => x >= reject).length).toBeGreaterThanOrEqual(3);
  });

  it("holds every evasive spelling, scoring close to the plain spelling", () => {
    for (const { evasive, plain } of fixture.evasions) {
      const e = det.score(evasive);
      const p = det.score(plain);
      expect(e.score, evasive).toBeGreaterThanOrEqual(hold);
      expect(Math.abs(e.score - p.score), `${evasive} vs ${plain}`).toBeLessThan(0.1);
      expect(e.spans.length, evasive).toBeGreaterThan(0);
    }
  });

  it("keeps untargeted profanity and criticism of public figures below reject", () => {
    for (const s of fixture.notAttacks) expect(det.score(s).score, s).toBeLessThan(reject);
  });

  it("scores every word-prefix of the policy cases without throwing (a construction's first words can end a comment)", () => {
    const lines = readFileSync(new URL("../../fixtures/detector/policy-intent.tsv", import.meta.url), "utf8").split("\n");
    const bodies = lines.filter((l) => l && !l.startsWith("#")).map((l) => l.split("\t")[2] ?? "");
    expect(bodies.length).toBeGreaterThan(1000);
    for (const body of [...bodies, "I'd love to see"]) {
      const words = body.split(/\s+/);
      for (let i = 1; i <= words.length; i++) {
        const prefix = words.slice(0, i).join(" ");
        expect(() => det.score(prefix), prefix).not.toThrow();
      }
    }
  });

  it("scores targeted insults above untargeted profanity on average", () => {
    const mean = (a: string[]) => a.reduce((x, s) => x + det.score(s).score, 0) / a.length;
    expect(mean(fixture.attacks)).toBeGreaterThan(mean(fixture.notAttacks));
  });
});

describe("spans", () => {
  for (const c of fixture.spans) {
    it(`points into the original text: ${JSON.stringify(c.input)}`, () => {
      const r = det.score(c.input);
      expect(r.score).toBeGreaterThanOrEqual(hold);
      expect(r.spans.map((s) => c.input.slice(s.start, s.end))).toContain(c.expect);
    });
  }

  it("returns no spans for clearly benign text", () => {
    for (const s of ["Thanks for sharing, this was a really helpful article.", "See you at the meeting tomorrow."]) {
      const r = det.score(s);
      expect(r.score).toBeLessThan(hold);
      expect(r.spans).toEqual([]);
    }
  });
});

import productCases from "../../fixtures/detector/product-cases.json";
import { findInsult, type InsultLexicon } from "../../../server/detector/insult.ts";
import type { Token } from "../../../server/detector/normalize.ts";

describe("product policy (default thresholds)", () => {
  const SEED =
    "I would love to believe that Putin is just trolling Ukraine and the world right now, that he’s not really serious about invading. Maybe that’s the case.\n\nBut the truth is he’s been building up forces for a long time now and I fully expect him to invade soon. I think he’s just playing mind games with the world right now.";

  it("publishes the seed comment", () => {
    expect(det.score(SEED).score).toBeLessThan(hold);
    expect(productCases.fine).toContain(SEED);
  });

  it.each(productCases.attack)("never publishes the attack %j", (text) => {
    expect(det.score(text).score).toBeGreaterThanOrEqual(hold);
  });

  const refused = [
    "You are a stupid worthless idiot.",
    "You are a stupid worthless idiot, shut up",
    "😀😀 Ça va? You are a stupid worthless idiot.",
    "You're an idiot.",
    "you are a moron",
    "shut up, you pathetic loser",
    "I will find you and hurt you",
    "YoU aRe A sTuPiD wOrThLeSs IdIoT",
    "you are a stup1d w0rthless 1d10t",
    "you are a s t u p i d idiot",
    "You are a stupid worthless id\u200Biot.",
    "You are a stupid worthless \u0456d\u0456\u043Et.", // Cyrillic і, і, о
    "Y\u043Eu \u0430re \u0430 stupid w\u043Erthless idi\u043Et.", // Cyrillic о, а
  ];
  it.each(refused)("refuses %j, with spans on the insult words", (text) => {
    const r = det.score(text);
    expect(r.score).toBeGreaterThanOrEqual(reject);
    const flagged = r.spans.map((s) => text.slice(s.start, s.end)).join(" ");
    for (const s of r.spans) {
      expect(s.start).toBeGreaterThanOrEqual(0);
      expect(s.end).toBeLessThanOrEqual(text.length);
    }
    // the insult itself (in its original spelling) is inside a span
    const insult = /stupid|idiot|moron|loser|hurt/i;
    const folded = flagged
      .normalize("NFKC")
      .replace(/[\u200B]/g, "")
      .replace(/[\u0456]/g, "i")
      .replace(/[\u043E]/g, "o")
      .replace(/[\u0430]/g, "a")
      .replace(/1/g, "i")
      .replace(/0/g, "o")
      .replace(/ (?=\S( |$))/g, "");
    expect(folded, flagged).toMatch(insult);
  });

  it("spans of a refused name-calling cover every insult word", () => {
    const text = "You are a stupid worthless idiot.";
    const flagged = det
      .score(text)
      .spans.map((s) => text.slice(s.start, s.end))
      .join(" ");
    for (const w of ["stupid", "worthless", "idiot"]) expect(flagged).toContain(w);
  });

  it("keeps criticism of ideas below reject", () => {
    for (const s of [
      "What a stupid idea, this policy is idiotic.",
      "That's a dumb rule and it should be repealed.",
      "The decision was dumb.",
    ])
      expect(det.score(s).score, s).toBeLessThan(reject);
  });

  it("the name-calling rule needs a person target and no negation", () => {
    const d = det as unknown as { detail(t: string): { tokens: Token[] }; insultLex: InsultLexicon };
    const match = (t: string) => findInsult(d.detail(t).tokens, t, d.insultLex) !== null;
    for (const s of [
      "you are a moron",
      "he is such an idiot",
      "Trump is a moron.",
      "idiots like you",
      "what a moron you are",
      "are you an idiot?",
      "u r a l0ser",
      "you people are morons",
      "nobody cares what a worthless keyboard warrior like you thinks",
      "And you, sir, are an absolute moron if you think so.",
      "Get a brain, you mouth-breathing imbecile.",
    ])
      expect(match(s), s).toBe(true);
    for (const s of [
      "What a stupid idea, this policy is idiotic.",
      "The decision was dumb.",
      "I never said you are an idiot.",
      "You are not an idiot, you just made a mistake.",
      "your idea is stupid",
      "Stop being silly.",
      "This is idiotic.",
      "I hate stupid decisions like you made.",
      "You, however, are right.",
      "Thank you, Mike, you are right.",
      "you know, the stupid thing is the law itself",
      "Sometimes we Americans are SO stupid.",
    ])
      expect(match(s), s).toBe(false);
  });
});
