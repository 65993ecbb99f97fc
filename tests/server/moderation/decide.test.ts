import { describe, expect, it } from "vitest";
import { DEFAULT_THRESHOLDS } from "../../../server/detector/index.ts";
import { DETECTOR_RULE, decide } from "../../../server/moderation/decide.ts";

const rules = [{ id: DETECTOR_RULE, title: "No personal attacks", summary: "Be nice." }];
const policy = { thresholds: { hold: 0.3, reject: 0.8 }, rules };
const spans = [{ start: 3, end: 8 }];

describe("decide", () => {
  it.each([
    [0, "publish"],
    [0.2999, "publish"],
    [0.3, "hold"],
    [0.5, "hold"],
    [0.7999, "hold"],
    [0.8, "reject"],
    [1, "reject"],
  ] as const)("score %s → %s", (score, decision) => {
    const v = decide({ score, spans }, policy);
    expect(v.decision).toBe(decision);
    expect(v.score).toBe(score);
  });

  it("names the rule and keeps the spans only when it does not publish", () => {
    expect(decide({ score: 0.1, spans }, policy)).toEqual({ decision: "publish", score: 0.1, rule: null, spans: [] });
    expect(decide({ score: 0.5, spans }, policy)).toEqual({ decision: "hold", score: 0.5, rule: DETECTOR_RULE, spans });
    expect(decide({ score: 0.9, spans }, policy)).toEqual({ decision: "reject", score: 0.9, rule: DETECTOR_RULE, spans });
  });

  it("exact boundaries under the default thresholds: exactly hold holds, exactly reject rejects", () => {
    const p = { thresholds: { ...DEFAULT_THRESHOLDS }, rules };
    expect(decide({ score: DEFAULT_THRESHOLDS.hold, spans }, p).decision).toBe("hold");
    expect(decide({ score: DEFAULT_THRESHOLDS.reject, spans }, p).decision).toBe("reject");
    expect(decide({ score: Math.max(0, DEFAULT_THRESHOLDS.hold - 1e-9), spans }, p).decision).toBe("publish");
  });

  it("hold = reject leaves no hold band; hold 0 holds everything below reject", () => {
    const flat = { thresholds: { hold: 0.5, reject: 0.5 }, rules };
    expect(decide({ score: 0.4999, spans }, flat).decision).toBe("publish");
    expect(decide({ score: 0.5, spans }, flat).decision).toBe("reject");
    const holdAll = { thresholds: { hold: 0, reject: 1 }, rules };
    expect(decide({ score: 0, spans: [] }, holdAll).decision).toBe("hold");
    expect(decide({ score: 0.999, spans }, holdAll).decision).toBe("hold");
    expect(decide({ score: 1, spans }, holdAll).decision).toBe("reject");
  });

  it("a policy without the personal-attack rule publishes everything automatically", () => {
    const v = decide(
      { score: 1, spans },
      { thresholds: { hold: 0.3, reject: 0.8 }, rules: [{ id: "spam", title: "No spam", summary: "." }] },
    );
    expect(v).toEqual({ decision: "publish", score: 1, rule: null, spans: [] });
  });
});
