import type { Policy } from "../../contract/policy.ts";
import type { Decision, Span } from "../../contract/wire.ts";
import type { DetectorResult } from "../detector/types.ts";

export type { Decision };

/** The rule the detector enforces: its score is a personal-attack score. */
export const DETECTOR_RULE = "personal-attacks";

export interface Verdict {
  decision: Decision;
  score: number;
  rule: string | null;
  spans: Span[];
}

/**
 * The policy's thresholds applied to the detector's score: below `hold` publish, from `hold`
 * hold for a moderator, from `reject` refuse. A policy without the personal-attack rule
 * publishes everything automatically and leaves the rest to moderators.
 */
export function decide(result: DetectorResult, policy: Pick<Policy, "thresholds" | "rules">): Verdict {
  const enforced = policy.rules.some((r) => r.id === DETECTOR_RULE);
  const { hold, reject } = policy.thresholds;
  const decision: Decision = !enforced || result.score < hold ? "publish" : result.score < reject ? "hold" : "reject";
  return {
    decision,
    score: result.score,
    rule: decision === "publish" ? null : DETECTOR_RULE,
    spans: decision === "publish" ? [] : result.spans,
  };
}
