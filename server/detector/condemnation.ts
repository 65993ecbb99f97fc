/**
 * Abuse reported and condemned ("The MP got death threats after his speech, THAT'S DISGUSTING whatever you think of his
 * politics"): the words that describe the abuse and judge it are the writer's account of it, no attack of theirs. The
 * linear reading weighs them as it weighs "you're disgusting" (probe sets IR, JA); model.ts takes their weight away.
 * Plain TypeScript, Workers-compatible.
 */
import type { Token } from "./normalize.ts";
import { sentenceEnds } from "./cues.ts";
import { clauses, SECOND } from "./target.ts";
import { wordBit, wordBits } from "./word-bits.ts";

/** What abuse is reported as. */
const ABUSE = new Set([
  ...["threats", "threat", "abuse", "abused", "abusive", "trolls", "trolling", "harassment", "harassed", "slurs", "hate"],
  ...["messages", "comments", "tweets", "dms", "emails", "letters", "chants", "chanting", "graffiti"],
]);
/** What the abuse threatened, as a noun before "threats": "DEATH threats", "RAPE threats". */
const THREATENED = new Set(["death", "rape", "bomb", "acid", "murder"]);
/** The judgement of an act. */
const CONDEMNED = new Set([
  ...["disgusting", "disgraceful", "vile", "sickening", "shameful", "appalling", "abhorrent", "horrific", "despicable"],
  ...["unacceptable", "cowardly", "sick", "revolting", "grotesque", "shocking", "inexcusable", "indefensible"],
]);
const ABUSE_BIT = wordBit(ABUSE);
const CONDEMNED_BIT = wordBit(CONDEMNED);
/** What the judgement is said of: the act, not a person ("THAT'S disgusting", "IT IS vile"; not "you're disgusting"). */
const ACT = new Set(["that's", "thats", "that", "this", "it's", "its", "it", "which"]);
const IS = new Set(["is", "was", "'s"]);
const DEGREE = new Set(["absolutely", "utterly", "totally", "frankly", "truly", "simply", "just", "really", "so", "pretty", "plain"]);

/** The judged act's subject a few tokens before k: "THAT'S (just) disgusting", "IT (really) IS vile". */
function saidOfAnAct(toks: readonly Token[], text: string, k: number): boolean {
  let j = k - 1;
  const degrees = () => {
    while (j >= 0 && DEGREE.has(toks[j]!.text) && k - j <= 3) j--;
  };
  degrees();
  // (or a sentence of the judgement alone: "…because she criticised a midfielder. ABSOLUTELY SICKENING.")
  if (j < 0 || sentenceEnds(text, toks[j]!, toks[j + 1]!)) return true;
  if (IS.has(toks[j]!.text)) j--;
  degrees();
  return j >= 0 && ACT.has(toks[j]!.text);
}

/**
 * The tokens of a comment that reports abuse and condemns it as an act: the abuse's words ("death threats") and the
 * judgement ("disgusting"); none when it does not do both, or tells the reader they did it.
 */
export function condemnedAbuse(toks: readonly Token[], text: string): number[] {
  let reported = false;
  let judged = false;
  for (let k = 0; k < toks.length; k++) {
    const bits = wordBits(toks[k]!);
    reported ||= (bits & ABUSE_BIT) !== 0;
    judged ||= (bits & CONDEMNED_BIT) !== 0 && saidOfAnAct(toks, text, k);
  }
  if (!reported || !judged) return [];
  // (abuse the reader is told they sent is an accusation: "YOU sent her death threats. Disgusting."; not "…whatever you
  // think of his politics", a clause of its own)
  const clause = clauses(toks, text);
  const abuseClauses = new Set<number>();
  for (let k = 0; k < toks.length; k++) if (ABUSE.has(toks[k]!.text)) abuseClauses.add(clause[k]!);
  for (let k = 0; k < toks.length; k++) if (SECOND.has(toks[k]!.text) && abuseClauses.has(clause[k]!)) return [];
  const out: number[] = [];
  for (let k = 0; k < toks.length; k++) {
    const w = toks[k]!.text;
    const threatened = THREATENED.has(w) && ABUSE.has(toks[k + 1]?.text ?? "");
    if (ABUSE.has(w) || threatened || (CONDEMNED.has(w) && saidOfAnAct(toks, text, k))) out.push(k);
  }
  return out;
}
