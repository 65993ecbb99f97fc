import type { PolicyWords } from "../../contract/policy.ts";
import type { DetectorResult, Detector, ScoreContext } from "../detector/types.ts";
import { decide, strongest, type DecidingPolicy, type Verdict } from "./decide.ts";
import { matchWords, WORDS_RULE } from "./words.ts";

/**
 * A text under a policy: the site's word lists first (allowed words are not scored, blocked ones
 * hold or refuse), then the detector under the policy's thresholds. The stronger decision wins;
 * on a tie the detector's rule is kept (a threat stays a threat).
 */
export function judgeText(
  detector: Detector,
  text: string,
  policy: DecidingPolicy & { words?: PolicyWords },
  context?: ScoreContext,
): { verdict: Verdict; result: DetectorResult } {
  const words = matchWords(detector, text, policy.words);
  const result = detector.score(words.masked, context);
  const verdict = decide(result, policy);
  const blocked = words.blocked;
  if (!blocked) return { verdict, result };
  return {
    verdict: strongest(verdict, { ...verdict, decision: blocked.action, rule: WORDS_RULE, spans: blocked.spans, borderline: false }),
    result,
  };
}
