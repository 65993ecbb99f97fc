import { targetThresholds, type Rule, type Target, type Thresholds } from "../../contract/policy.ts";
import type { Decision, Span } from "../../contract/wire.ts";
import type { DetectorResult } from "../detector/types.ts";

export type { Decision };

/** The rule the detector enforces: its score is a personal-attack score. */
export const DETECTOR_RULE = "personal-attacks";
/** The rule for violence or self-harm wished on anyone: refused whatever the target. */
export const THREAT_RULE = "threats";

export interface Verdict {
  decision: Decision;
  score: number;
  rule: string | null;
  spans: Span[];
  /** Whom the flagged words were aimed at (the detector's reading, also on published comments). */
  target: Target;
  /** A hold by the personal-attack rule from below the middle of hold and reject: a trusted commenter's publishes. */
  borderline: boolean;
}

/** What decide needs of a policy: stored policies from before targets have no `targets`. */
export interface DecidingPolicy {
  thresholds: Thresholds;
  rules: readonly Rule[];
}

/**
 * The policy applied to the detector's result. A threat falls under the threats rule when the
 * policy has it (refused, whatever its target), else under the personal-attack rule without
 * the target's cap. Otherwise the target's thresholds apply (below `hold` publish, from `hold`
 * hold, from `reject` refuse), capped at the target's strongest outcome. A policy without the
 * personal-attack rule publishes everything else automatically and leaves it to moderators.
 */
export function decide(result: DetectorResult, policy: DecidingPolicy): Verdict {
  const has = (id: string) => policy.rules.some((r) => r.id === id);
  const { hold, reject, atMost } = targetThresholds(policy.thresholds, result.target);
  let decision: Decision = "publish";
  let rule: string | null = null;
  if (result.threat && (has(THREAT_RULE) || has(DETECTOR_RULE))) {
    rule = has(THREAT_RULE) ? THREAT_RULE : DETECTOR_RULE;
    decision = "reject";
  } else if (has(DETECTOR_RULE) && result.score >= hold && atMost !== "publish") {
    rule = DETECTOR_RULE;
    decision = result.score >= reject && atMost === "reject" ? "reject" : "hold";
  }
  const borderline = decision === "hold" && rule === DETECTOR_RULE && result.score < (hold + reject) / 2;
  return { decision, score: result.score, rule, spans: decision === "publish" ? [] : result.spans, target: result.target, borderline };
}
