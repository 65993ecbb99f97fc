/**
 * The learned reading of groups dehumanised: a fourth logistic regression over the detector's own
 * hashed features (features.ts), trained by scripts/train.ts on the repository's tune cases of
 * dehumanising language about groups against the must-publish tune cases, the Civil Comments no
 * rater marked and OLID's inoffensive tweets. The dehumanising words (target.ts) know "vermin"
 * and "parasites"; this reads the images no list has ("Leeches in lanyards, the whole lot of
 * them", "they breed like cane toads"). It only ever holds, for a moderator, as the policy asks of
 * groups: its threshold is where writers it was not trained on saw at most 1% of their
 * must-publish lines flagged (scripts/detector/heads.ts).
 */
import type { Token } from "./normalize.ts";
import { sigmoid, strongest, type HeadLogit } from "./learned-menace.ts";
import { attributed, type IndirectHead } from "./learned-indirect.ts";
import { insideQuotes, sentenceOf } from "./target.ts";

/** Stored as the indirect-attack head is: int8 weights over the main model's buckets, and the bar to hold. */
export type GroupHead = IndirectHead;

/**
 * The sentence to hold the text for, when the head reads a group dehumanised from `hold` on: the
 * sentence of the words that weigh most. Mentions are not uses: the words `mentioned` (quoted by
 * default; the detector adds those negated or named, "they're not animals") weigh nothing, and
 * words reported as another's make no reading ('Calling refugees "a swarm" is disgusting', "…are a
 * plague, the minister said").
 */
export function readGroup(
  h: HeadLogit,
  toks: readonly Token[],
  text: string,
  hold: number,
  mentioned = (i: number) => insideQuotes(text, toks[i]!.start),
): [number, number] | null {
  if (sigmoid(h.logit) < hold) return null;
  const contrib = h.contrib();
  let logit = h.logit;
  for (let i = 0; i < toks.length; i++)
    if (contrib[i]! > 0 && mentioned(i)) {
      logit -= contrib[i]!;
      contrib[i] = 0;
    }
  const focus = strongest(contrib);
  if (focus < 0 || sigmoid(logit) < hold) return null;
  const sentence = sentenceOf(toks, text, focus);
  return attributed(toks, text, sentence) ? null : sentence;
}
