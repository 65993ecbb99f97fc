import { describe, expect, it } from "vitest";
import { combine, WEIGHTS } from "../../../../server/moderation/spam/score.ts";
import { DEFAULT_SPAM_THRESHOLDS } from "../../../../contract/policy.ts";

const s = (weight: number) => ({ reason: "x", weight });

describe("the spam score", () => {
  it("is 0 without signals, and the chance that at least one signal is right", () => {
    expect(combine([])).toBe(0);
    expect(combine([s(0.5), s(0.5)])).toBe(0.75);
    expect(combine([s(1), s(0.1)])).toBe(1);
  });

  it("keeps one weak signal below the default hold, holds two moderate ones, refuses a hidden field", () => {
    expect(combine([s(WEIGHTS.foreignLinks)])).toBeLessThan(DEFAULT_SPAM_THRESHOLDS.hold);
    expect(combine([s(WEIGHTS.foreignLinks), s(WEIGHTS.firstLinks)])).toBeGreaterThanOrEqual(DEFAULT_SPAM_THRESHOLDS.hold);
    expect(combine([s(WEIGHTS.foreignLinks), s(WEIGHTS.shortener)])).toBeLessThan(DEFAULT_SPAM_THRESHOLDS.reject);
    expect(combine([s(WEIGHTS.honeypot)])).toBeGreaterThanOrEqual(DEFAULT_SPAM_THRESHOLDS.reject);
    // a copied text without links is weak on its own
    expect(combine([s(WEIGHTS.waveWithoutLinks)])).toBeLessThan(DEFAULT_SPAM_THRESHOLDS.hold);
  });
});
