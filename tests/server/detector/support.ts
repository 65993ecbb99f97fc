/** The shipped detector judged by the default policy, as the API decides a comment. */
import model from "../../../server/detector/model.json";
import { createDetector, createDetectorFromModel, DEFAULT_THRESHOLDS, type ModelArtifact } from "../../../server/detector/index.ts";
import type { ScoreContext } from "../../../server/detector/types.ts";
import type { Token } from "../../../server/detector/normalize.ts";
import type { HeadLogit } from "../../../server/detector/learned-menace.ts";
import { decide } from "../../../server/moderation/decide.ts";
import { defaultPolicy } from "../../../server/moderation/default-policy.ts";

export const detector = createDetector();
export const artifact = model as unknown as ModelArtifact;
/** The same model without its learned reading of menace: the rules alone. */
export const rulesOnly = createDetectorFromModel({ ...artifact, menace: undefined });
const policy = defaultPolicy(DEFAULT_THRESHOLDS);

/** The default policy's decision by the shipped model with one learned reading taken out. */
export function decisionWithout(head: "menace" | "indirect" | "group"): (text: string) => string {
  const without = createDetectorFromModel({ ...artifact, [head]: undefined });
  return (text) => decide(without.score(text), policy).decision;
}

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

/** What a learned reading is given in its unit tests: a head's logit of 4, carried by the token `word` of `text`. */
export function carriedBy(text: string, word: string): { toks: Token[]; at: number; head: HeadLogit } {
  const toks = detector.tokens!(text);
  const contrib = new Float64Array(toks.length);
  const at = toks.findIndex((t) => t.text === word);
  if (at < 0) throw new Error(`no token "${word}" in ${JSON.stringify(text)}`);
  contrib[at] = 4;
  return { toks, at, head: { logit: 4, contrib: () => contrib } };
}

/** The words of the tokens [first, last] a reading returned, or null. */
export const wordsOf = (toks: readonly Token[], range: readonly [number, number] | null): string | null =>
  range &&
  toks
    .slice(range[0], range[1] + 1)
    .map((t) => t.text)
    .join(" ");
