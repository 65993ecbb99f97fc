/**
 * The learned reading of indirect attacks on a commenter: a third logistic regression over the
 * detector's own hashed features (features.ts; no second featurising), trained by scripts/train.ts
 * on the repository's tune cases of indirect attacks (sarcasm, condescension, insinuation: "Bold
 * of you to have an opinion on inflation when you clearly can't count to ten") against the
 * must-publish tune cases, the Civil Comments no rater marked and OLID's inoffensive tweets. The
 * dismissive phrases (indirect.ts) know set forms; this reads put-downs in words no phrase has.
 * It only ever holds, for a moderator: its threshold is where writers it was not trained on saw
 * at most 1% of their must-publish lines flagged (scripts/detector/heads.ts).
 */
import type { Token } from "./normalize.ts";
import { sigmoid, strongest, type HeadLogit } from "./learned-menace.ts";
import { phraseMatcher } from "./phrases.ts";
import { insideQuotes, sentenceOf } from "./target.ts";

/** The head as stored in the model artifact. */
export interface IndirectHead {
  /** base64 of 2^bits signed bytes, weight = int8 * scale, the main model's buckets */
  weights: string;
  scale: number;
  bias: number;
  /** from this probability held as an attack on a commenter */
  hold: number;
}

/**
 * The sentence to hold the text for, when the head reads a put-down from `hold` on: the sentence
 * of the words that weigh most, unless they are quoted. Below `hold` nothing more is worked out.
 * (It once also asked for the reader in the words: "you", an @mention, "the person above". Left out
 * of training writer by writer, that gate kept a third of their put-downs from being read, "Careful,
 * champ, thinking this hard might sprain something", "Maybe log off and touch some grass", for no
 * fewer of their must-publish lines flagged at the same bar: 37% of unseen writers' put-downs held
 * with it, 54% without.)
 */
export function readIndirect(h: HeadLogit, toks: readonly Token[], text: string, hold: number): [number, number] | null {
  if (sigmoid(h.logit) < hold) return null;
  const focus = strongest(h.contrib());
  if (focus < 0 || insideQuotes(text, toks[focus]!.start)) return null;
  return sentenceOf(toks, text, focus);
}

/** A commenter named in the third person: "the person above", "the commenter above", "Greg in the comments". */
const commenterAt = phraseMatcher([
  "the|this person|commenter|poster|guy|one|bloke|woman|man|chap|lad above",
  "the comment|post above",
  "the previous|last commenter|poster",
  "this|that commenter|poster",
  "in the comments",
  "whoever posted|wrote that|this comment",
]);
export function refersToCommenter(toks: readonly Token[]): boolean {
  for (let k = 0; k < toks.length; k++) if (commenterAt(toks, k) >= 0) return true;
  return false;
}
