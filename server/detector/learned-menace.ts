/**
 * The learned reading of menace: a second logistic regression over the detector's own hashed
 * features (features.ts; no second featurising), trained by scripts/train.ts on threats (the
 * repository's tune cases and the Civil Comments comments two raters marked as threats) against
 * everything else. The threat rules (threat.ts, violence.ts, menace.ts) know constructions; this
 * reads threats put in words no rule has a phrase for ("You'll regret ever opening your mouth").
 * Its two thresholds were chosen by how often it flags innocent comments of writers it was not
 * trained on (scripts/detector/menace.ts): from `reject` a text counts as a threat, from `hold`
 * it waits for a moderator under the threats rule.
 */
import type { Token } from "./normalize.ts";
import { messageReported, NEGATION, QUOTE_MARK, REPORTING, tellingByAnother, THEY_WOULD } from "./cues.ts";
import { endorses } from "./endorsement.ts";
import { phraseIn, phraseMatcher } from "./phrases.ts";
import { clauses, insideQuotes, peopleInSentence, sentenceOf } from "./target.ts";

/** The head as stored in the model artifact. */
export interface MenaceHead {
  /** base64 of 2^bits signed bytes, weight = int8 * scale, the main model's buckets */
  weights: string;
  scale: number;
  bias: number;
  /** from this probability held under the threats rule */
  hold: number;
  /** from this probability refused as a threat */
  reject: number;
}

/** A head's logit for one text and (worked out when asked) what each token added to it. */
export interface HeadLogit {
  logit: number;
  contrib: () => Float64Array;
}

export interface MenaceReading {
  /** probability that the text threatens someone; 0 when its strongest words are a mention */
  p: number;
  /** the token that adds most to the logit (-1: none adds anything) */
  focus: number;
  /** [first, last] token to report as the span: the sentence of the focus; null when none */
  sentence: [number, number] | null;
}

export const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));

/** The token (of `from`..`to`, by default all) that adds most to a logit, or -1 when none adds anything. */
export function strongest(contrib: ArrayLike<number>, from = 0, to = contrib.length - 1): number {
  let focus = -1;
  for (let i = from; i <= to; i++) if (contrib[i]! > 0 && (focus < 0 || contrib[i]! > contrib[focus]!)) focus = i;
  return focus;
}

/**
 * Reads menace from the head's logit. A threat is aimed at someone: the sentence of the words that
 * weigh most must name a person ("hang the banners" does not; unseen writers' innocent lines
 * flagged at hold 2.4% → 1.8%, their threats caught 68% → 72%), or the sentence beside it must (a tag after a
 * threat, "…what he eats from now on. Just a thought.": their threats caught at the same shares 74% → 79% at
 * hold, 59% → 63% at reject). Mentions are not uses: those words
 * inside quotation marks ('He said "I'll kill you" on tape') or in a clause with a denied report
 * ("I'm not SAYING he should be hurt") make no threat. Below `from` only `p` is worked out.
 */
export function readMenace(m: HeadLogit, toks: readonly Token[], text: string, from: number): MenaceReading {
  const p = sigmoid(m.logit);
  // most comments end here: the rest is for the few the head would flag
  if (p < from) return { p, focus: -1, sentence: null };
  const contrib = m.contrib();
  // words quoted as another's ('one driver posted "if I see the plow guy I'm gonna run him off the road"')
  // are reported, not said: read without them
  const quoted = reportedQuotes(toks, text);
  if (quoted) {
    let said = m.logit;
    for (let i = 0; i < toks.length; i++) if (quoted[i] && contrib[i]! > 0) said -= contrib[i]!;
    if (sigmoid(said) < from) return { p: sigmoid(said), focus: -1, sentence: null };
  }
  let focus = strongest(contrib);
  if (focus < 0) return { p, focus, sentence: null };
  // the sentence is the unit of a threat: its words one by one ("to", "and") would tell a moderator nothing
  let sentence = sentenceOf(toks, text, focus);
  // a sentence naming no one beside one that does is said of them: "The mayor should be careful what he eats
  // from now on. JUST A THOUGHT."
  if (!peopleInSentence(toks, text, focus)) {
    const beside = aimedBeside(toks, text, contrib, sentence);
    if (!beside) return { p: 0, focus, sentence: null };
    [focus, sentence] = beside;
  }
  if (mentioned(toks, text, focus)) return { p: 0, focus, sentence: null };
  return figureIn(toks, sentence) ? { p: 0, focus, sentence: null } : { p, focus, sentence };
}

/**
 * The nearest sentence within two before or after [from, to] that names a person, its strongest token as the focus,
 * and the sentences from it to [from, to] as one span; null when none names anyone (or adds to the reading). ("I know
 * the grey volvo YOU park outside the paper. Would be a shame if it got a new paint job. With a brick through the
 * windscreen first.")
 */
function aimedBeside(
  toks: readonly Token[],
  text: string,
  contrib: ArrayLike<number>,
  [from, to]: readonly [number, number],
): [number, [number, number]] | null {
  let before = from - 1;
  let after = to + 1;
  for (let step = 0; step < 2; step++) {
    for (const at of [before, after]) {
      if (at < 0 || at >= toks.length || !peopleInSentence(toks, text, at)) continue;
      const [a, b] = sentenceOf(toks, text, at);
      const focus = strongest(contrib, a, b);
      if (focus >= 0) return [focus, [Math.min(a, from), Math.max(b, to)]];
    }
    if (before >= 0) before = sentenceOf(toks, text, before)[0] - 1;
    if (after < toks.length) after = sentenceOf(toks, text, after)[1] + 1;
  }
  return null;
}

/** Quoting words: "says", "posted", "DM saying", and "like", "calling" before a quotation. */
const QUOTING = new Set([
  ...REPORTING,
  "like",
  "calling",
  "called",
  "texted",
  "messaged",
  "sent",
  "yelled",
  "screamed",
  "commented",
  "replied",
  "quoting",
  "quoted",
  "quote",
]);
/**
 * The tokens inside quotation marks that a quoting word opens (within four words before it), as
 * 1s, or null when there are none. (Not scare quotes: 'someone should "accidentally" reverse over him'.)
 */
function reportedQuotes(toks: readonly Token[], text: string): Uint8Array | null {
  let mask: Uint8Array | null = null;
  for (let i = 0; i < toks.length;) {
    if (!insideQuotes(text, toks[i]!.start)) {
      i++;
      continue;
    }
    let end = i;
    while (end + 1 < toks.length && insideQuotes(text, toks[end + 1]!.start)) end++;
    let reported = false;
    // ("QUOTING the troll above: "…"": four words back)
    for (let k = Math.max(0, i - 4); k < i; k++) if (QUOTING.has(toks[k]!.text)) reported = true;
    if (reported) for (let k = i; k <= end; k++) (mask ??= new Uint8Array(toks.length))[k] = 1;
    i = end + 1;
  }
  return mask;
}

/** Token i is the one word a pair of quotation marks holds. */
function scareQuoted(toks: readonly Token[], text: string, i: number): boolean {
  return QUOTE_MARK.test(text[toks[i]!.start - 1] ?? "") && QUOTE_MARK.test(text[toks[i]!.end] ?? "");
}

/** Violence the writer does to themself as a figure of speech ("going to BANG MY HEAD AGAINST a wall"), or recovery wished. */
const figureAt = phraseMatcher([
  ...["bang~|bash~ my|our|me head against|on|off", "shoot me now", "kill me now", "just shoot me"],
  // recovery wished, not harm (probe set GZ): "Hope she's home and ON THE MEND soon.", "…GETS WELL soon"
  ...["on the mend", "speedy|quick|full recovery", "get~|feel~ well|better soon", "back on his|her|their|your feet"],
  // (probe set JV's look-alikes: "Hope the cancer TREATMENT WORKS for her, she's been through enough")
  "treatment|treatments|chemo|chemotherapy|radiotherapy|surgery|operation|transplant work~|worked|help~|helped",
  "treatment|chemo|chemotherapy|radiotherapy|surgery|operation|transplant go~|goes|went well|smoothly|ok|okay|fine",
  "pull~ through",
  "beat~ the|this|that|her|his|their|your cancer|illness|disease|tumour|tumor",
  // good fortune wished (probe set HP's look-alikes): "I hope SOMETHING GOOD HAPPENS TO the lad after all this"
  "something good|nice|positive|wonderful|lovely happen~|happens to",
  // safety wished, and first aid ("I hope the officer drives into work SAFELY", "keep PRESSURE ON the wound UNTIL THE
  // AMBULANCE ARRIVES or he could bleed out")
  ...["safely", "safe and sound", "stay~|keep~ safe", "pressure on the|his|her|your wound|cut|bleeding"],
  "until the ambulance|paramedics|medics arrive~|arrives|come|comes",
  // a necklace worn, not the killing named after it ("She lost the necklace her grandmother gave her")
  "lost|wore|wearing|bought|found|stole|stolen|gave the|her|his|my|a necklace",
  "pearl|gold|silver|diamond|beaded|lovely|beautiful necklace",
  // one's own chores: "One of these nights I'LL REMEMBER TO put the right bin out"
  "i'll|ill remember to",
  "i will remember to",
  // a job lost: "FIRE HIS ASS"
  "fire~ his|her|their|your|that ass|arse|butt",
  // a success missed, regretted: "Pity his car didn't go faster in qualifying, HE'D HAVE MADE the podium"
  "he'd|she'd|they'd|we'd|you'd|it'd have made|won|finished|qualified|scored|reached",
  "would have made|won|finished|qualified|scored|reached",
  // words said to someone's face, or a rope given as the idiom gives it (probe set IL: "If I ever see Councillor Doyle…
  // I'm going to ASK HIM TO HIS FACE why our library closed", "GIVE HIM ENOUGH ROPE and he'll trip himself up")
  "ask~|tell|telling|told him|her|them|you|u to his|her|their|your|ur face",
  "say~|said it|that to his|her|their|your|ur face",
  "enough rope",
  // a complaint made, politely (probe set JY's look-alikes: "…I'll ASK HIM NICELY to put it on a lead", "someone needs to
  // have A WORD WITH THE LANDLORD ABOUT the mould")
  "ask~ him|her|them|you|u nicely|politely",
  "a word with him|her|them|you|u about",
  "a word with the|that|his|her|their|your @any about",
  // where the writer's own lot live ("…you smug metropolitan twit, SOME OF US LIVE outside the M25": probe set KD)
  "some|most|many|lots|plenty of us live|work|lived|worked",
]);
function figureIn(toks: readonly Token[], [from, to]: readonly [number, number]): boolean {
  return phraseIn(figureAt, toks, from, to + 1);
}

function mentioned(toks: readonly Token[], text: string, focus: number): boolean {
  // (one word in quotation marks is a scare quote, a use: 'if the councillor had a little "ACCIDENT"')
  if (insideQuotes(text, toks[focus]!.start) && !scareQuoted(toks, text, focus)) return true;
  const [first, last] = sentenceOf(toks, text, focus);
  if (messageReported(toks, first, last)) return true;
  // (harm another told of doing: "last week a bloke told her HE'D wait for her in the car park and smash her face in")
  const telling = tellingByAnother(toks, text, last);
  if (telling >= 0 && toks.slice(telling + 1, telling + 4).some((t) => THEY_WOULD.has(t.text)) && !endorses(toks, first, last)) return true;
  // a denied report anywhere in the focus's clause: the words weighing most may come before it
  // ("I WOULD never say someone deserves…")
  const clause = clauses(toks, text);
  for (let i = 0; i < toks.length; i++)
    if (
      clause[i] === clause[focus] &&
      REPORTING.has(toks[i]!.text) &&
      (NEGATION.has(toks[i - 1]?.text ?? "") || NEGATION.has(toks[i - 2]?.text ?? ""))
    )
      return true;
  return false;
}
