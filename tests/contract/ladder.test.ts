import { describe, expect, it } from "vitest";
import { ladderStepFor, sanctionEnd, strikeOutcome } from "../../contract/ladder.ts";
import type { LadderStep } from "../../contract/policy.ts";
import { defaultPolicy } from "../../server/moderation/default-policy.ts";
import { TestClock } from "../helpers/app.ts";

const HOUR = 3_600_000;
const ladder = defaultPolicy({ hold: 0.3, reject: 0.8 }).ladder;

describe("ladderStepFor", () => {
  it("maps the default ladder: 0 → none, 1 warn, 2 suspend 24 h, 3 suspend 7 days, 4+ revoke", () => {
    expect(ladderStepFor(ladder, 0)).toBeNull();
    expect(ladderStepFor(ladder, 1)).toEqual({ strikes: 1, sanction: "warn", hours: null });
    expect(ladderStepFor(ladder, 2)).toEqual({ strikes: 2, sanction: "suspend", hours: 24 });
    expect(ladderStepFor(ladder, 3)).toEqual({ strikes: 3, sanction: "suspend", hours: 168 });
    expect(ladderStepFor(ladder, 4)).toEqual({ strikes: 4, sanction: "revoke", hours: null });
    expect(ladderStepFor(ladder, 9)).toEqual({ strikes: 4, sanction: "revoke", hours: null });
  });

  it("takes the highest step at or below the count, whatever the order, and skips gaps", () => {
    const sparse: LadderStep[] = [
      { strikes: 5, sanction: "revoke", hours: null },
      { strikes: 2, sanction: "suspend", hours: 12 },
    ];
    expect(ladderStepFor(sparse, 1)).toBeNull();
    expect(ladderStepFor(sparse, 2)?.hours).toBe(12);
    expect(ladderStepFor(sparse, 4)?.sanction).toBe("suspend");
    expect(ladderStepFor(sparse, 5)?.sanction).toBe("revoke");
    expect(ladderStepFor([], 3)).toBeNull();
  });
});

describe("sanctionEnd", () => {
  const clock = new TestClock();
  it("a suspension ends after its hours", () => {
    const now = clock.now();
    expect(sanctionEnd({ strikes: 2, sanction: "suspend", hours: 24 }, now, 90)).toBe(new Date(now.getTime() + 24 * HOUR).toISOString());
    expect(sanctionEnd({ strikes: 3, sanction: "suspend", hours: 168 }, now, 90)).toBe(new Date(now.getTime() + 168 * HOUR).toISOString());
  });
  it("a warning stands as long as the strike behind it (strikeDays)", () => {
    const now = clock.now();
    expect(sanctionEnd({ strikes: 1, sanction: "warn", hours: null }, now, 90)).toBe(
      new Date(now.getTime() + 90 * 24 * HOUR).toISOString(),
    );
    expect(sanctionEnd({ strikes: 1, sanction: "warn", hours: null }, now, 30)).toBe(
      new Date(now.getTime() + 30 * 24 * HOUR).toISOString(),
    );
  });
  it("a revocation never ends", () => {
    expect(sanctionEnd({ strikes: 4, sanction: "revoke", hours: null }, clock.now(), 90)).toBeNull();
  });
  it("follows the injected clock", () => {
    const c = new TestClock(new Date("2030-01-01T00:00:00.000Z"));
    c.advance(HOUR);
    expect(sanctionEnd({ strikes: 2, sanction: "suspend", hours: 1 }, c.now(), 90)).toBe("2030-01-01T02:00:00.000Z");
  });
});

describe("strikeOutcome", () => {
  it("adds the strike to the current count and says how long the sanction lasts", () => {
    expect(strikeOutcome(ladder, 0, 90)).toEqual({ strikes: 1, step: ladder[0], hours: 90 * 24 });
    expect(strikeOutcome(ladder, 1, 90)).toMatchObject({ strikes: 2, hours: 24 });
    expect(strikeOutcome(ladder, 2, 90)).toMatchObject({ strikes: 3, hours: 168 });
    expect(strikeOutcome(ladder, 3, 90)).toMatchObject({ strikes: 4, step: { sanction: "revoke" }, hours: null });
    expect(strikeOutcome([], 5, 90)).toEqual({ strikes: 6, step: null, hours: null });
  });
});
