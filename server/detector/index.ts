/**
 * Parley's personal-attack detector: a hashed n-gram logistic regression (NB-LR: trained on
 * Naive-Bayes log-count-ratio-scaled features, ratios folded into the weights) over
 * de-obfuscated text (see normalize.ts, features.ts, model.ts), trained by
 * scripts/train.ts on OLID + Civil Comments crowd spans. Runs on Node and Workers:
 * the model is a committed JSON artifact, no network, no native code.
 */
import type { Detector } from "./types.ts";
import { LinearDetector, type ModelArtifact } from "./model.ts";
import modelJson from "./model.json";

const model = modelJson as unknown as ModelArtifact;

export type { Detector, DetectorResult, Span } from "./types.ts";
export type { ModelArtifact } from "./model.ts";
export { LinearDetector } from "./model.ts";
export { tokenize, normalizeChars } from "./normalize.ts";

/**
 * Default moderation thresholds on `score`, chosen by scripts/train.ts on the fixed
 * validation split (15% of OLID by id hash, never trained on):
 *  - hold:   the highest threshold whose OLID level-A macro-F1 (OFF vs NOT; held or refused
 *            counts as flagged) is within 0.005 of the maximum;
 *  - reject: the lowest threshold above `hold` where the precision for targeted insults /
 *            threats (OLID TIN) is ≥ 0.90 (with ≥ 20 items above it); when no threshold
 *            reaches 0.90, the one with the best TIN precision (≥ 20 items above it).
 * Both are computed on the final scores, threat rule included (iterated to a fixed point).
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
