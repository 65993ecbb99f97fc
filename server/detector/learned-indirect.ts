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
import { sentenceEnds } from "./cues.ts";
import { phraseIn, phraseMatcher } from "./phrases.ts";
import { insideQuotes, secondPersonAnywhere, sentenceOf, VOCATIVE_NOUN } from "./target.ts";

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
 * of the words that weigh most, unless they are quoted, and only when the reader is in the words
 * or the sentence is long enough to judge. Below `hold` nothing more is worked out.
 *
 * The reader is in the words when the comment says "you" or @mentions someone ("Who hurt you?
 * Seriously, get some help."), names a commenter in the third person ("the person above"), a vocative calls someone ("Oh honey."), the
 * sentence opens with an order ("Maybe log off…") or with "someone's been…". A bag of words is sure
 * of little in a few words: without this, "No comment.", "Be nice." and "A reply to the first
 * comment." were held. With "you" alone it kept a third of unseen writers' put-downs from being read
 * ("Careful, champ, thinking this hard might sprain something"): left out of training writer by
 * writer, 37% of their put-downs were held with "you" alone, 54% with no condition, 53% with this one,
 * at the same 1% of their must-publish lines.
 */
export function readIndirect(h: HeadLogit, toks: readonly Token[], text: string, hold: number): [number, number] | null {
  if (sigmoid(h.logit) < hold) return null;
  const focus = strongest(h.contrib());
  if (focus < 0 || insideQuotes(text, toks[focus]!.start)) return null;
  const sentence = sentenceOf(toks, text, focus);
  if (attributed(toks, text, sentence) || aboutThePiece(toks, sentence[0])) return null;
  // (a sentence with a web address or markup in it, an advert, a citation or pasted code more often
  // than a put-down, is judged only when it speaks to someone)
  const judged =
    (sentence[1] - sentence[0] + 1 >= LONG_ENOUGH &&
      !ADDRESS_OR_MARKUP.test(text.slice(toks[sentence[0]]!.start, toks[sentence[1]]!.end))) ||
    secondPersonAnywhere(toks) ||
    refersToCommenter(toks) ||
    calledAtLarge(toks, text) ||
    someSentenceOpensWithOrder(toks, text);
  return judged ? sentence : null;
}

/** What a sentence may open with that makes the article its subject: "(The|This) ARTICLE didn't ask a single worker…". */
const THE_PIECE = new Set(["article", "piece", "story", "report", "headline", "editorial", "journalism", "reporting", "coverage", "paper"]);
const THE_THIS = new Set(["the", "this", "that", "your", "their"]);
/** The sentence at `from` is about the article, its reporting or its headline: criticism of the piece, no put-down of a reader. */
function aboutThePiece(toks: readonly Token[], from: number): boolean {
  const k = THE_THIS.has(toks[from]?.text ?? "") ? from + 1 : from;
  return THE_PIECE.has(toks[k]?.text ?? "") && toks[k + 1]?.text !== "you";
}

/** A web address, an HTML tag or a script link: "https://…", "www.", "<img src=x>", "javascript:". */
const ADDRESS_OR_MARKUP = /https?:\/\/|www\.|<\/?[a-z][a-z0-9]*[\s>/]|javascript:/i;

/** Words in a sentence from which the head's reading stands without the reader named. */
const LONG_ENOUGH = 8;

/** "…, SAYS the critic in the piece", "…, he WROTE": words reported, closing their sentence. */
const SAYS = new Set(["says", "said", "writes", "wrote", "claims", "claimed", "tweeted", "posted", "argues", "argued"]);
export function attributed(toks: readonly Token[], text: string, [from, to]: [number, number]): boolean {
  for (let k = Math.max(from + 1, to - 6); k <= to; k++) {
    if (!SAYS.has(toks[k]!.text)) continue;
    // ", SAYS the critic…" (a comma right before), or ", the critic SAYS." (closing the sentence)
    for (let c = Math.max(from + 1, k - 3); c <= k; c++)
      if (/,/.test(text.slice(toks[c - 1]!.end, toks[c]!.start))) return c === k || k === to;
  }
  return false;
}

/** Words that call the reader: the vocatives the target reader knows, and endearments said in mockery. */
const CALLED = new Set([...VOCATIVE_NOUN, "hun", "hon", "love", "luv", "dear", "sir", "lad", "babe"]);
/** A vocative between punctuation: "Oh HONEY. No.", "Grown-ups use sources, HUN." */
function calledAtLarge(toks: readonly Token[], text: string): boolean {
  for (let i = 0; i < toks.length; i++) {
    if (!CALLED.has(toks[i]!.text)) continue;
    const before = i > 0 ? text.slice(toks[i - 1]!.end, toks[i]!.start) : ".";
    const after = i + 1 < toks.length ? text.slice(toks[i]!.end, toks[i + 1]!.start) : ".";
    if (/[,.!?]/.test(before) && /[,.!?]/.test(after)) return true;
  }
  return false;
}

/** Orders and "someone's been…" at the head of a sentence, after words like "maybe", "just". */
const READER_ORDER = new Set(
  ["log", "touch", "try", "read", "go", "take", "sit", "stick", "stop", "keep", "enjoy", "tell", "let", "leave", "get", "learn"].concat(
    ["look", "come", "do", "don't", "put", "find", "grow", "bless", "spare", "careful", "calm", "relax", "run", "stay", "give"],
    ["have", "check", "google", "maybe", "imagine", "please", "pro"],
    ["someone's", "somebody's", "someone", "somebody", "some", "somebodys", "someones"],
  ),
);
const OPENER = new Set(
  ["maybe", "just", "please", "so", "oh", "now", "perhaps", "go", "ah", "well", "aw", "aww"].concat([
    "seriously",
    "honestly",
    "frankly",
    "genuinely",
    "kindly",
    "respectfully",
  ]),
);
function opensWithOrder(toks: readonly Token[], from: number): boolean {
  while (from < toks.length - 1 && OPENER.has(toks[from]!.text)) from++;
  return READER_ORDER.has(toks[from]!.text);
}
/** Any sentence of the comment, not only the one read: "Cracking contribution. Truly. HAVE a gold star and a little nap." */
function someSentenceOpensWithOrder(toks: readonly Token[], text: string): boolean {
  for (let i = 0; i < toks.length; i++) if ((i === 0 || sentenceEnds(text, toks[i - 1]!, toks[i]!)) && opensWithOrder(toks, i)) return true;
  return false;
}

/** A commenter named in the third person: "the person above", "the commenter above", "Greg in the comments". */
const commenterAt = phraseMatcher([
  "the|this person|commenter|poster|guy|one|bloke|woman|man|chap|lad|gentleman|gent|lady above",
  "the comment|post above",
  "the previous|last commenter|poster",
  "this|that commenter|poster",
  "in the comments",
  "whoever posted|wrote that|this comment",
  // (probe set JJ) "Another masterpiece from OUR RESIDENT genius Phil.", "Ah yes, OUR FAMOUS legal expert Dave."
  "our|the resident",
  "this|the thread's resident",
  "our very own",
  "our famous|esteemed|learned (legal|economic|medical|political) expert|experts|genius|scholar|professor",
]);
export function refersToCommenter(toks: readonly Token[]): boolean {
  return phraseIn(commenterAt, toks);
}
