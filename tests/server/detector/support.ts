/** The shipped detector judged by the default policy, as the API decides a comment. */
import model from "../../../server/detector/model.json";
import { createDetector, createDetectorFromModel, DEFAULT_THRESHOLDS, type ModelArtifact } from "../../../server/detector/index.ts";
import type { ScoreContext } from "../../../server/detector/types.ts";
import { decide } from "../../../server/moderation/decide.ts";
import { defaultPolicy } from "../../../server/moderation/default-policy.ts";

export const detector = createDetector();
export const artifact = model as unknown as ModelArtifact;
/** The same model without its learned reading of menace: the rules alone. */
export const rulesOnly = createDetectorFromModel({ ...artifact, menace: undefined });
const policy = defaultPolicy(DEFAULT_THRESHOLDS);

/** The detector's reading and the default policy's verdict, with the flagged words as typed. */
export function judge(text: string, context?: ScoreContext) {
  const result = detector.score(text, context);
  const verdict = decide(result, policy);
  return {
    ...result,
    decision: verdict.decision,
    rule: verdict.rule,
    words: result.spans.map((s) => text.slice(s.start, s.end)),
  };
}
