import { spamThresholds, targetThresholds, type Rule, type Target, type Thresholds } from "../../contract/policy.ts";
import type { Decision, Span } from "../../contract/wire.ts";
import type { DetectorResult } from "../detector/types.ts";

export type { Decision };

/** The rule the detector enforces: its score is a personal-attack score. */
export const DETECTOR_RULE = "personal-attacks";
/** The rule for violence or self-harm wished on anyone: refused whatever the target. */
export const THREAT_RULE = "threats";
/** The rule the spam signals' score is judged under (server/moderation/spam/): never a strike on its own. */
export const SPAM_RULE = "spam";

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
 * the target's cap; a possible threat that would otherwise publish is held under the same rule. Otherwise the target's thresholds apply (below `hold` publish, from `hold`
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
  if (result.possibleThreat && decision === "publish" && (has(THREAT_RULE) || has(DETECTOR_RULE))) {
    rule = has(THREAT_RULE) ? THREAT_RULE : DETECTOR_RULE;
    decision = "hold";
  }
  const borderline = decision === "hold" && rule === DETECTOR_RULE && result.score < (hold + reject) / 2;
  return { decision, score: result.score, rule, spans: decision === "publish" ? [] : result.spans, target: result.target, borderline };
}

/**
 * The spam rule applied to the spam signals' score, when the policy has the rule: from the
 * spam `hold` threshold held, from `reject` refused, with the links marked. Spam is aimed at
 * nobody.
 */
export function decideSpam(spam: { score: number; spans: Span[] }, policy: DecidingPolicy): Verdict {
  const { hold, reject } = spamThresholds(policy.thresholds);
  const applies = policy.rules.some((r) => r.id === SPAM_RULE) && spam.score >= hold;
  const decision: Decision = !applies ? "publish" : spam.score >= reject ? "reject" : "hold";
  return {
    decision,
    score: spam.score,
    rule: applies ? SPAM_RULE : null,
    spans: applies ? spam.spans : [],
    target: "none",
    borderline: false,
  };
}

const STRENGTH: Record<Decision, number> = { publish: 0, hold: 1, reject: 2 };

/**
 * A comment's verdict: the stronger of the detector's and another rule's (spam, the site's blocked
 * words); on a tie the detector's (its score, spans and target say more, and a threat stays a
 * threat). A published comment keeps the detector's reading.
 */
export function strongest(detector: Verdict, other: Verdict): Verdict {
  return STRENGTH[other.decision] > STRENGTH[detector.decision] ? other : detector;
}
