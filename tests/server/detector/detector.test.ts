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
