/**
 * Parley's personal-attack detector: a hashed n-gram logistic regression (NB-LR: trained on
 * Naive-Bayes log-count-ratio-scaled features, ratios folded into the weights) over
 * de-obfuscated text (see normalize.ts, features.ts, model.ts), trained by
 * scripts/train.ts on OLID + Civil Comments crowd spans, plus two hand-written rules
 * (threat.ts, insult.ts) that lift threats and name-calling of a person to `reject`. Runs on Node and Workers:
 * the model is a committed JSON artifact, no network, no native code.
 */
import type { Detector } from "./types.ts";
import { LinearDetector, type ModelArtifact } from "./model.ts";
import modelJson from "./model.json";

const model = modelJson as unknown as ModelArtifact;

export type { Detector, DetectorResult } from "./types.ts";
export type { ModelArtifact } from "./model.ts";
export { LinearDetector } from "./model.ts";
export { tokenize, normalizeChars } from "./normalize.ts";

/**
 * Default moderation thresholds on `score`, chosen by scripts/train.ts on the fixed
 * validation split (15% of OLID by id hash, never trained on):
 *  - hold:   the highest threshold whose OLID level-A macro-F1 (OFF vs NOT; held or refused
 *            counts as flagged) is within 0.005 of the maximum;
 *  - reject: the LOWEST threshold above `hold` where OLID level-A OFF precision is ≥ 0.90
 *            AND at most 1% of the NOT tweets are refused (≥ 20 items above it); if none
 *            qualifies, the best OFF precision among thresholds refusing ≤ 1% of NOT.
 *    Why OFF and not targeted insults (TIN): a refusal (422) is a soft, reversible nudge —
 *    the author sees the marked spans and may revise or resend for review — so it should
 *    fire on clearly offensive text; whether an offence is targeted or not is a judgement
 *    for moderators (the held queue), not a reason to let "you are a moron" through.
 *    (The previous rule, TIN precision ≥ 0.90, never reached 0.90 and refused ~3% of TIN.)
 * Both are computed on the final scores: the threat rule (threat.ts) and the name-calling
 * rule (insult.ts) floor matching texts to `reject`; texts whose insults only criticise
 * things ("a stupid idea") are capped to the middle of hold..reject.
 * They are stored in the model artifact, so they move with each retrained model.
 */
export const DEFAULT_THRESHOLDS: { readonly hold: number; readonly reject: number } = Object.freeze({
  hold: model.thresholds.hold,
  reject: model.thresholds.reject,
});

/** Builds a detector from a model artifact (tests, experiments). */
export function createDetectorFromModel(m: ModelArtifact): LinearDetector {
  return new LinearDetector(m);
}

let shared: LinearDetector | undefined;

/** The detector backed by the committed model (decoded once, then shared). */
export function createDetector(): Detector {
  shared ??= new LinearDetector(model);
  return shared;
}
