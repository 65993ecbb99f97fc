import { describe, expect, it } from "vitest";
import { DEFAULT_SPAM_THRESHOLDS, policyDraftSchema } from "../../../../contract/policy.ts";
import { DEFAULT_THRESHOLDS } from "../../../../server/detector/index.ts";
import { decide, decideSpam, strongest } from "../../../../server/moderation/decide.ts";
import { defaultPolicy } from "../../../../server/moderation/default-policy.ts";

const policy = defaultPolicy(DEFAULT_THRESHOLDS);
const links = [{ start: 0, end: 10 }];

describe("the spam rule", () => {
  it("is in the default policy, with its own thresholds", () => {
    expect(policy.rules.map((r) => r.id)).toContain("spam");
    expect(policy.thresholds.spam).toEqual(DEFAULT_SPAM_THRESHOLDS);
  });

  it("publishes below hold, holds from hold, refuses from reject, marking the links", () => {
    expect(decideSpam({ score: 0.49, spans: links }, policy)).toMatchObject({ decision: "publish", rule: null, spans: [] });
    expect(decideSpam({ score: 0.5, spans: links }, policy)).toMatchObject({
      decision: "hold",
      rule: "spam",
      spans: links,
      target: "none",
    });
    expect(decideSpam({ score: 0.85, spans: links }, policy)).toMatchObject({ decision: "reject", rule: "spam" });
  });

  it("applies a stored policy's defaults when it has no spam thresholds, and nothing without the rule", () => {
    const stored = { ...policy, thresholds: { hold: 0.4, reject: 0.7 } };
    expect(decideSpam({ score: 0.6, spans: [] }, stored).decision).toBe("hold");
    const without = { ...policy, rules: policy.rules.filter((r) => r.id !== "spam") };
    expect(decideSpam({ score: 1, spans: [] }, without).decision).toBe("publish");
  });

  it("gives the comment the stronger verdict, the detector's on a tie", () => {
    const attack = decide({ score: 0.99, spans: [{ start: 0, end: 3 }], target: "commenter", threat: false }, policy);
    const clean = decide({ score: 0, spans: [], target: "none", threat: false }, policy);
    const held = decideSpam({ score: 0.6, spans: links }, policy);
    expect(strongest(clean, held)).toBe(held);
    expect(strongest(attack, held)).toBe(attack);
    expect(strongest(attack, decideSpam({ score: 1, spans: links }, policy))).toBe(attack);
  });

  it("validates the spam thresholds like the others", () => {
    const draft = structuredClone(policy);
    draft.thresholds.spam = { hold: 0.9, reject: 0.5 };
    const result = policyDraftSchema.safeParse(draft);
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((i) => i.path.join("."))).toContain("thresholds.spam.hold");
    const { spam: _spam, ...withoutSpam } = policy.thresholds;
    const parsed = policyDraftSchema.parse({ ...policy, thresholds: withoutSpam });
    expect(parsed.thresholds.spam).toEqual(DEFAULT_SPAM_THRESHOLDS);
  });
});
