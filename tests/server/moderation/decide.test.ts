import { describe, expect, it } from "vitest";
import { DEFAULT_THRESHOLDS } from "../../../server/detector/index.ts";
import { DETECTOR_RULE, THREAT_RULE, decide } from "../../../server/moderation/decide.ts";
import { DEFAULT_TARGET_RULES, SEED_TARGET_RULES, policyDraftSchema, withTargetRules, type Target } from "../../../contract/policy.ts";
import { defaultPolicy } from "../../../server/moderation/default-policy.ts";

const rules = [{ id: DETECTOR_RULE, title: "No personal attacks", summary: "Be nice." }];
/** Every target judged by the policy's own thresholds, refusals allowed. */
const uniform = {
  commenter: { hold: null, reject: null, atMost: "reject" as const },
  "public-figure": { hold: null, reject: null, atMost: "reject" as const },
  group: { hold: null, reject: null, atMost: "reject" as const },
  none: { hold: null, reject: null, atMost: "reject" as const },
};
const policy = { thresholds: { hold: 0.3, reject: 0.8, targets: uniform }, rules };
const spans = [{ start: 3, end: 8 }];
const r = (score: number, s = spans, target: Target = "commenter", threat = false) => ({ score, spans: s, target, threat });

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
    const v = decide(r(score), policy);
    expect(v.decision).toBe(decision);
    expect(v.score).toBe(score);
  });

  it("names the rule and keeps the spans only when it does not publish", () => {
    const target = "commenter";
    expect(decide(r(0.1), policy)).toEqual({ decision: "publish", score: 0.1, rule: null, spans: [], target, borderline: false });
    expect(decide(r(0.5), policy)).toEqual({ decision: "hold", score: 0.5, rule: DETECTOR_RULE, spans, target, borderline: true });
    expect(decide(r(0.9), policy)).toEqual({ decision: "reject", score: 0.9, rule: DETECTOR_RULE, spans, target, borderline: false });
  });

  it("calls a hold borderline below the middle of hold and reject (a trusted commenter's then publishes)", () => {
    expect(decide(r(0.3), policy).borderline).toBe(true);
    expect(decide(r(0.5499), policy).borderline).toBe(true);
    expect(decide(r(0.55), policy).borderline).toBe(false);
    expect(decide(r(0.7), policy).borderline).toBe(false);
  });

  it("exact boundaries under the default thresholds: exactly hold holds, exactly reject rejects", () => {
    const p = { thresholds: { ...DEFAULT_THRESHOLDS, targets: uniform }, rules };
    expect(decide(r(DEFAULT_THRESHOLDS.hold), p).decision).toBe("hold");
    expect(decide(r(DEFAULT_THRESHOLDS.reject), p).decision).toBe("reject");
    expect(decide(r(Math.max(0, DEFAULT_THRESHOLDS.hold - 1e-9)), p).decision).toBe("publish");
  });

  it("hold = reject leaves no hold band; hold 0 holds everything below reject", () => {
    const flat = { thresholds: { hold: 0.5, reject: 0.5, targets: uniform }, rules };
    expect(decide(r(0.4999), flat).decision).toBe("publish");
    expect(decide(r(0.5), flat).decision).toBe("reject");
    const holdAll = { thresholds: { hold: 0, reject: 1, targets: uniform }, rules };
    expect(decide(r(0, []), holdAll).decision).toBe("hold");
    expect(decide(r(0.999), holdAll).decision).toBe("hold");
    expect(decide(r(1), holdAll).decision).toBe("reject");
  });

  it("a policy without the personal-attack rule publishes everything automatically", () => {
    const v = decide(r(1), { thresholds: { hold: 0.3, reject: 0.8 }, rules: [{ id: "spam", title: "No spam", summary: "." }] });
    expect(v).toEqual({ decision: "publish", score: 1, rule: null, spans: [], target: "commenter", borderline: false });
  });
});

describe("decide per target", () => {
  const def = { ...defaultPolicy(DEFAULT_THRESHOLDS) };
  const { hold, reject } = DEFAULT_THRESHOLDS;

  it("the default policy refuses attacks on commenters and holds them from a lower score", () => {
    expect(decide(r(reject), def).decision).toBe("reject");
    expect(SEED_TARGET_RULES.commenter.hold!).toBeLessThan(hold);
    expect(decide(r(SEED_TARGET_RULES.commenter.hold!), def).decision).toBe("hold");
  });

  it("holds name-calling of public figures and groups at most, never refuses it", () => {
    for (const target of ["public-figure", "group", "none"] as const) {
      expect(decide(r(1, spans, target), def)).toMatchObject({ decision: "hold", rule: DETECTOR_RULE, target });
    }
    expect(decide(r(hold - 0.01, spans, "public-figure"), def).decision).toBe("publish");
  });

  it("refuses a threat under the threats rule whatever its target, with its spans", () => {
    for (const target of ["commenter", "public-figure", "group", "none"] as const)
      expect(decide(r(reject, spans, target, true), def)).toEqual({
        decision: "reject",
        score: reject,
        rule: THREAT_RULE,
        spans,
        target,
        borderline: false,
      });
    // a policy without the threats rule judges threats as personal attacks, still refused
    expect(decide(r(reject, spans, "public-figure", true), { ...def, rules }).rule).toBe(DETECTOR_RULE);
  });

  it("holds a possible threat under the threats rule when nothing else flags it; a refusal stays one", () => {
    const possible = (score: number, target: Target) => ({ ...r(score, spans, target), possibleThreat: true });
    for (const target of ["commenter", "public-figure", "group", "none"] as const)
      expect(decide(possible(0, target), def)).toMatchObject({ decision: "hold", rule: THREAT_RULE, spans, target, borderline: false });
    // an insult refused as one keeps its rule; a policy without the threats rule holds it as a personal attack
    expect(decide(possible(1, "commenter"), def)).toMatchObject({ decision: "reject", rule: DETECTOR_RULE });
    expect(decide(possible(0, "none"), { ...def, rules })).toMatchObject({ decision: "hold", rule: DETECTOR_RULE });
    expect(decide(possible(0, "none"), { ...def, rules: [] }).decision).toBe("publish");
  });

  it("a target may be set never to be flagged", () => {
    const p = {
      ...def,
      thresholds: { ...def.thresholds, targets: { ...def.thresholds.targets, group: { ...uniform.group, atMost: "publish" as const } } },
    };
    expect(decide(r(1, spans, "group"), p).decision).toBe("publish");
  });

  it("stored policies from before targets validate and read as the default target rules", () => {
    const old = { ...def, thresholds: { hold: 0.4, reject: 0.7 } };
    const parsed = policyDraftSchema.parse(old);
    expect(parsed.thresholds.targets).toEqual(DEFAULT_TARGET_RULES);
    expect(withTargetRules(old.thresholds).targets).toEqual(DEFAULT_TARGET_RULES);
    expect(decide(r(0.9, spans, "public-figure"), old).decision).toBe("hold");
    expect(decide(r(0.9, spans, "commenter"), old).decision).toBe("reject");
  });

  it("refuses a target's own thresholds when its hold is above its reject", () => {
    const bad = {
      ...def,
      thresholds: { ...def.thresholds, targets: { ...def.thresholds.targets, none: { hold: 0.9, reject: 0.5, atMost: "hold" as const } } },
    };
    const res = policyDraftSchema.safeParse(bad);
    expect(res.success).toBe(false);
    expect(res.error?.issues[0]?.path).toEqual(["thresholds", "targets", "none", "hold"]);
  });
});
