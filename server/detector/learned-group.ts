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
 * Words a sentence needs for a reading: a bag of words is sure of little in one or two ("one" was held
 * as a group dehumanised); "Landlords are leeches." has three.
 */
const FEWEST_WORDS = 3;

export interface GroupReading {
  /** the probability once mentions are taken out; 0 when nothing is read */
  p: number;
  /** [first, last] token of the sentence of the words that weigh most; null below `from` or when nothing is read */
  sentence: [number, number] | null;
}

/**
 * The reading, from the head's own probability `from` on (below it nothing more is worked out): the
 * sentence of the words that weigh most, to hold the text for when `p` reaches the bar. Mentions
 * are not uses: the words `mentioned` (quoted by default; the detector adds those negated or named,
 * "they're not animals") weigh nothing, and words reported as another's make no reading ('Calling
 * refugees "a swarm" is disgusting', "…are a plague, the minister said").
 */
export function readGroup(
  h: HeadLogit,
  toks: readonly Token[],
  text: string,
  from: number,
  mentioned = (i: number) => insideQuotes(text, toks[i]!.start),
): GroupReading {
  const own = sigmoid(h.logit);
  if (own < from) return { p: own, sentence: null };
  const contrib = h.contrib();
  let logit = h.logit;
  for (let i = 0; i < toks.length; i++)
    if (contrib[i]! > 0 && mentioned(i)) {
      logit -= contrib[i]!;
      contrib[i] = 0;
    }
  const focus = strongest(contrib);
  if (focus < 0) return { p: 0, sentence: null };
  const sentence = sentenceOf(toks, text, focus);
  if (sentence[1] - sentence[0] + 1 < FEWEST_WORDS || attributed(toks, text, sentence)) return { p: 0, sentence: null };
  return { p: sigmoid(logit), sentence };
}
