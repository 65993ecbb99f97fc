/**
 * The model artifact format and the scorer built from it. Plain TypeScript (atob is a
 * global on Node ≥ 16 and on Workers), no Node-only APIs.
 */
import type { Span } from "../../contract/wire.ts";
import type { Detector, DetectorResult, ScoreContext, Target } from "./types.ts";
import { tokenize, type KnownWord, type Token } from "./normalize.ts";
import { endorses } from "./endorsement.ts";
import { condemnedAbuse } from "./condemnation.ts";
import { messageAfterColon, nameFitsReader } from "./reported.ts";
import { findThreat, THREAT_VERBS, VIOLENT_PARTICIPLE } from "./threat.ts";
import {
  clauseBreak,
  COPULA,
  findImperativeInsult,
  findInsult,
  isName,
  modelInsultLexicon,
  onlyThingCriticism,
  THIRD,
  THIRD_ARE,
  YOU,
  YOU_ARE,
  type InsultLexicon,
} from "./insult.ts";
import {
  clauses,
  DEHUMANISING,
  findDehumanising,
  findMentions,
  findVocative,
  insideQuotes,
  isGroupWord,
  readTarget,
  scareQuotedName,
  SECOND,
  readerSpokenTo,
  peopleInSentence,
  secondPersonAnywhere,
  agreedYou,
  secondPersonInSentence,
  criticalYouInSentence,
} from "./target.ts";
import { dismissiveAddressed, findAbuse, findDismissive, findMockery, MOCKING_VOCATIVE, selfDescribed } from "./indirect.ts";
import { extractFeatures, FeatureBuffer, GRAM_GROUP, UNIGRAM_GROUP, type FeatureContext, type WordFeatures } from "./features.ts";
import { SpanScorer, tokenSpans, writtenInCapitals, type SpanLexicons, type SpanModel } from "./spans.ts";
import { readMenace, sigmoid, strongest, type HeadLogit, type MenaceHead } from "./learned-menace.ts";
import { readIndirect, refersToCommenter, type IndirectHead } from "./learned-indirect.ts";
import { readGroup, type GroupHead } from "./learned-group.ts";
import { CREATURES, lastOfSentence, personNoun, sentenceEnds } from "./cues.ts";

export interface ModelArtifact {
  format: 1;
  version: string;
  /** log2 of the number of hash buckets */
  bits: number;
  bias: number;
  /** weight = int8 * scale */
  scale: number;
  /** base64 of 2^bits signed bytes */
  weights: string;
  /** score = sigmoid(calib[0] * logit + calib[1]) */
  calib: [number, number];
  /** space-separated known words (used to accept de-obfuscations) */
  vocab: string;
  /** space-separated lexicon words; rates are base64 bytes (rate * 255), same order */
  lexWords: string;
  lexAttack: string;
  lexToxic: string;
  lexThreat: string;
  /**
   * Per-word share of occurrences inside gold toxic spans of the SemEval-2021 tsd_train posts
   * (base64 bytes, rate * 255, same order as lexWords).
   */
  lexSpan: string;
  /** span extraction: the per-token span model (spans.ts), applied from `minScore` on */
  span: SpanParams;
  thresholds: { hold: number; reject: number };
  /**
   * Score given to texts matching the hand-written threat constructions (threat.ts):
   * score = max(model score, threatFloor). Set by training to the reject threshold.
   */
  threatFloor: number;
  /**
   * Insult words of the name-calling rule (insult.ts): learned from the Insult spans of the
   * training comments plus a curated list; space-separated, `nouns` is the subset of nouns.
   */
  insult: { words: string; nouns: string };
  /**
   * Score given to texts matching a name-calling construction (insult.ts):
   * score = max(model score, insultFloor). Set by training to the reject threshold.
   */
  insultFloor: number;
  /**
   * Cap for texts whose insult words only criticise things ("a stupid idea", "this policy is
   * idiotic") and that match no threat / name-calling construction: score = min(score, thingCap).
   * Set by training to the middle of hold..reject (such texts are at most held).
   */
  thingCap: number;
  /**
   * Cap for such texts when no insult word sits in a sentence with "you"/"your" (the things
   * criticised are not a commenter's: "this idiotic policy", "a stupid, wasteful decision"):
   * criticism of ideas, policies and institutions is not a personal attack, so training sets it
   * below the hold threshold (such texts publish). "Your argument is idiotic" keeps `thingCap`.
   */
  ideaCap: number;
  /**
   * The learned reading of menace (learned-menace.ts): a second weight vector over the same
   * buckets, for threats no rule has words for. Artifacts from before it have none.
   */
  menace?: MenaceHead;
  /**
   * The learned reading of indirect attacks on a commenter (learned-indirect.ts): a third weight
   * vector over the same buckets, for put-downs no phrase has words for.
   */
  indirect?: IndirectHead;
  /**
   * The learned reading of groups dehumanised (learned-group.ts): a fourth weight vector over the
   * same buckets, for images no word list has.
   */
  group?: GroupHead;
  /** free-form training summary */
  info?: Record<string, unknown>;
}

export function decodeBase64(b64: string): Uint8Array {
  const bin = atob(b64);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

export function encodeBase64(bytes: Uint8Array): string {
  let s = "";
  const CH = 0x8000;
  for (let i = 0; i < bytes.length; i += CH) s += String.fromCharCode(...bytes.subarray(i, i + CH));
  return btoa(s);
}

/** Everything needed to featurise text: vocabulary, wildcard words and lexicons. */
export interface Resources {
  ctx: FeatureContext;
  toxicRate: Map<string, number>;
  /** word -> share of its occurrences inside gold toxic spans (tsd_train), when the model has it */
  spanRate?: Map<string, number>;
}

export function buildResources(
  bits: number,
  vocab: Iterable<string>,
  attackRate: Map<string, number>,
  toxicRate: Map<string, number>,
  threatRate?: Map<string, number>,
): Resources {
  const known = new Set<string>(vocab);
  for (const w of attackRate.keys()) known.add(w);
  for (const w of toxicRate.keys()) known.add(w);
  // words tried for '*' wildcards: the lexicon words, most toxic first
  const wildcardWords = [...toxicRate.entries()]
    .filter(([w, r]) => r >= 0.25 && /^[a-z]+$/.test(w))
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .map(([w]) => w);
  return {
    ctx: { bits, known: (w) => known.has(w), wildcardWords, attackRate, toxicRate, threatRate },
    toxicRate,
  };
}

/** Inflections that make no word of their own: "kill ed" is still "killed". */
const SUFFIX = new Set(["ed", "es", "en"]);

/**
 * The threat and dehumanising words whose disguises are undone like an insult's ("k i l l",
 * "shoooot", "vermln"): all but the short ones and those two ordinary words could run into
 * ("be at", "kid nap", "dis ease"), which rejoining split words would misread.
 */
function evadableAttackWords(known: KnownWord, insults: ReadonlySet<string>): string[] {
  const twoWords = (w: string) => {
    for (let k = 2; k <= w.length - 2; k++) if (known(w.slice(0, k)) && known(w.slice(k)) && !SUFFIX.has(w.slice(k))) return true;
    return false;
  };
  return [...THREAT_VERBS, ...VIOLENT_PARTICIPLE, ...DEHUMANISING].filter((w) => w.length >= 4 && !insults.has(w) && !twoWords(w));
}

export function resourcesFromModel(m: ModelArtifact): Resources {
  const words = m.lexWords ? m.lexWords.split(" ") : [];
  const att = decodeBase64(m.lexAttack);
  const tox = decodeBase64(m.lexToxic);
  const thr = decodeBase64(m.lexThreat);
  const sp = decodeBase64(m.lexSpan);
  const spanRate = new Map<string, number>();
  const threatRate = new Map<string, number>();
  const attackRate = new Map<string, number>();
  const toxicRate = new Map<string, number>();
  words.forEach((w, i) => {
    if (att[i]! > 0) attackRate.set(w, att[i]! / 255);
    if (tox[i]! > 0) toxicRate.set(w, tox[i]! / 255);
    if (thr[i]! > 0) threatRate.set(w, thr[i]! / 255);
    if (sp[i]! > 0) spanRate.set(w, sp[i]! / 255);
  });
  const insult = modelInsultLexicon(m.insult.words, m.insult.nouns);
  const res = buildResources(m.bits, [...(m.vocab ? m.vocab.split(" ") : []), ...insult.words], attackRate, toxicRate, threatRate);
  const evadable = evadableAttackWords(res.ctx.known, insult.words);
  const attackWords = new Set(evadable);
  const known = res.ctx.known;
  res.ctx.known = (w) => known(w) || attackWords.has(w);
  res.ctx.insultWords = [...insult.words, ...evadable];
  // "a c*nt", "I will b*rn you": the rules' words too are tried for '*' wildcards, after the most toxic ones
  const tried = new Set(res.ctx.wildcardWords);
  res.ctx.wildcardWords = [...res.ctx.wildcardWords, ...res.ctx.insultWords.filter((w) => /^[a-z]+$/.test(w) && !tried.has(w))];
  res.spanRate = spanRate;
  return res;
}

export interface ScoreDetail {
  tokens: Token[];
  logit: number;
  /** per-token contribution to the logit */
  contrib: Float64Array;
  /** the learned menace head's logit, when the scorer has one */
  menace?: HeadLogit;
  /** the learned indirect-attack head's logit, when the scorer has one */
  indirect?: HeadLogit;
  /** the learned dehumanising head's logit, when the scorer has one */
  group?: HeadLogit;
}

/** A second linear head over the same features: `weights[i] * scale` is bucket i's weight. */
export interface LinearHead {
  weights: ArrayLike<number>;
  scale: number;
  bias: number;
}

/** The heads beside the main model's weights, each over the same buckets. */
export interface LearnedHeads {
  menace?: LinearHead;
  indirect?: LinearHead;
  group?: LinearHead;
}
/** Weights kept side by side per bucket: the main model's, the menace head's, the indirect-attack head's, the group head's. */
const SLOTS = 4;

const MAX_CHARS = 20000;
/** A token a rule matched weighs at least this much when the focus of the comment is picked. */
const RULE_CONTRIB = 0.6;
/** A word whose raters' toxic-span rate is at least this counts as offensive (for mentions). */
const OFFENSIVE_RATE = 0.35;

/** Linear scorer over hashed features; `weights[i] * scale` is bucket i's weight. */
export class LinearScorer implements LinearHead {
  private buf = new FeatureBuffer(false);
  /** A second buffer, for a sentence read on its own while a comment's reading is still in use. */
  private sentenceBuf = new FeatureBuffer(false);
  /**
   * Bucket i's weights side by side from SLOTS * i: a comment's features land in random
   * buckets, and one cache line then serves every head.
   */
  private readonly interleaved: Int8Array | Float32Array;
  readonly menace?: LinearHead;
  readonly indirect?: LinearHead;
  readonly group?: LinearHead;
  constructor(
    readonly res: Resources,
    readonly weights: ArrayLike<number>,
    readonly scale: number,
    readonly bias: number,
    heads: LearnedHeads = {},
  ) {
    ({ menace: this.menace, indirect: this.indirect, group: this.group } = heads);
    const n = weights.length;
    const slots = [weights, heads.menace?.weights, heads.indirect?.weights, heads.group?.weights];
    const int8 = slots.every((h) => h === undefined || h instanceof Int8Array);
    this.interleaved = int8 ? new Int8Array(SLOTS * n) : new Float32Array(SLOTS * n);
    for (const [slot, head] of slots.entries()) if (head) for (let i = 0; i < n; i++) this.interleaved[SLOTS * i + slot] = head[i]!;
  }

  detail(text: string, apart = false): ScoreDetail {
    const src = text.length > MAX_CHARS ? text.slice(0, MAX_CHARS) : text;
    const { known, wildcardWords, insultWords } = this.res.ctx;
    const tokens = tokenize(src, known, wildcardWords, insultWords);
    const buf = apart ? this.sentenceBuf : this.buf;
    extractFeatures(tokens, this.res.ctx, buf);
    const n = tokens.length;
    const w = this.interleaved;
    // most features are a word's own (its unigram, its character n-grams): each word's are summed
    // once, and a comment adds up its words' sums (int8 weights keep every sum exact, so the order
    // changes nothing)
    const value = (group: number) => (buf.counts[group]! > 0 ? Math.fround(1 / Math.sqrt(buf.counts[group]!)) : 0);
    const gramValue = value(GRAM_GROUP);
    const unigramValue = value(UNIGRAM_GROUP);
    const own = (i: number, slot: number) => {
      const sums = this.wordSums(buf.words[i]!);
      return sums[slot]! * gramValue + sums[SLOTS + slot]! * unigramValue;
    };
    const contrib = new Float64Array(n);
    let z = 0;
    let zMenace = 0;
    let zIndirect = 0;
    let zGroup = 0;
    for (let i = 0; i < n; i++) {
      const sums = this.wordSums(buf.words[i]!);
      const c = sums[0]! * gramValue + sums[SLOTS]! * unigramValue;
      z += c;
      zMenace += sums[1]! * gramValue + sums[SLOTS + 1]! * unigramValue;
      zIndirect += sums[2]! * gramValue + sums[SLOTS + 2]! * unigramValue;
      zGroup += sums[3]! * gramValue + sums[SLOTS + 3]! * unigramValue;
      contrib[i] = c;
    }
    for (let k = 0; k < buf.n; k++) {
      const at = buf.idx[k]! * SLOTS;
      const v = buf.val[k]!;
      const c = w[at]! * v;
      z += c;
      zMenace += w[at + 1]! * v;
      zIndirect += w[at + 2]! * v;
      zGroup += w[at + 3]! * v;
      share(contrib, buf, k, c);
    }
    // scaled once at the end, not per feature
    for (let i = 0; i < n; i++) contrib[i]! *= this.scale;
    const logit = z * this.scale + this.bias;
    // a head's per-token parts are worked out only for the few texts it would flag; the buffer is
    // reused by the next call, so they are read before it (score() does)
    const { menace, indirect, group } = this;
    const headContributions = (head: LinearHead, slot: number): Float64Array => {
      const parts = new Float64Array(n);
      for (let i = 0; i < n; i++) parts[i] = own(i, slot);
      for (let k = 0; k < buf.n; k++) share(parts, buf, k, w[buf.idx[k]! * SLOTS + slot]! * buf.val[k]!);
      for (let i = 0; i < n; i++) parts[i]! *= head.scale;
      return parts;
    };
    return {
      tokens,
      logit,
      contrib,
      menace: menace && { logit: zMenace * menace.scale + menace.bias, contrib: () => headContributions(menace, 1) },
      indirect: indirect && { logit: zIndirect * indirect.scale + indirect.bias, contrib: () => headContributions(indirect, 2) },
      group: group && { logit: zGroup * group.scale + group.bias, contrib: () => headContributions(group, 3) },
    };
  }

  /**
   * A word's own features' weights summed, remembered with the word: its character n-grams' for
   * each slot (0 to SLOTS - 1), then its unigram's.
   */
  private wordSums(word: WordFeatures): Float64Array {
    if (word.sumsOf === this) return word.sums!;
    const sums = new Float64Array(2 * SLOTS);
    const w = this.interleaved;
    for (let g = 0; g < word.grams.length; g++) {
      const at = word.grams[g]! * SLOTS;
      sums[0]! += w[at]!;
      sums[1]! += w[at + 1]!;
      sums[2]! += w[at + 2]!;
      sums[3]! += w[at + 3]!;
    }
    for (let h = 0; h < SLOTS; h++) sums[SLOTS + h] = w[word.unigram * SLOTS + h]!;
    word.sums = sums;
    word.sumsOf = this;
    return sums;
  }
}

/** Splits feature k's part `c` of a logit between the tokens that own it. */
function share(contrib: Float64Array, buf: FeatureBuffer, k: number, c: number): void {
  const a = buf.ownA[k]!;
  const b = buf.ownB[k]!;
  if (a < 0) return;
  if (b < 0) contrib[a]! += c;
  else {
    contrib[a]! += c / 2;
    contrib[b]! += c / 2;
  }
}

export interface SpanParams extends SpanModel {
  /** comments scoring below this get no spans */
  minScore: number;
}

/** The word lists the span model reads, from a scorer's resources and the insult words. */
export function spanLexicons(res: Resources, insult: InsultLexicon): SpanLexicons {
  return { spanRate: res.spanRate ?? new Map(), toxicRate: res.toxicRate, attackRate: res.ctx.attackRate, insultWords: insult.words };
}

/**
 * The toxic words of `tokens` as spans: the span model's choice (with enough evidence of their
 * own) plus the tokens the rules matched (`marked`). Mentions (quoted, negated) keep their spans: raters mark the words
 * whatever their use (leaving them out cost 0.047 char F1 on validation).
 */
export function spansFrom(tokens: readonly Token[], text: string, scorer: SpanScorer, p: SpanModel, marked?: Uint8Array): Span[] {
  const evidence = new Float64Array(tokens.length);
  const z = scorer.logits(tokens, text, evidence);
  const t = Math.log(p.threshold / (1 - p.threshold));
  return tokenSpans(tokens, (i) => marked?.[i] === 1 || (z[i]! >= t && evidence[i]! >= p.minRate));
}

export interface DetectorOptions {
  /** Featurisation resources; by default the model's own. */
  resources?: Resources;
  /**
   * false scores with the linear model alone, without the threat and name-calling rules or
   * the thing-criticism cap: training picks span parameters before the rules' floors exist.
   */
  rules?: boolean;
}

/** A quotation mark, an opening single quote or a line quoted with ">": most comments quote nothing. */
/** Words that condemn or report others' words: "DISGUSTING, whatever you think of his jokes", "sent him death THREATS". */
const CONDEMNING = new Set(
  ["disgusting", "vile", "sick", "shameful", "disgrace", "disgraceful", "pathetic", "criminal", "thuggery", "unacceptable"].concat(
    ["appalling", "awful", "horrible", "reported", "reporting", "banned", "banning", "condemned", "abuse", "abusive", "threats"],
    ["harassment", "nasty", "horrendous", "grim", "shocking"],
  ),
);
/** Harm reported, not done: "sent him death THREATS", "the ABUSE she got". */
const REPORTED_HARM = new Set([
  ...["death", "threats", "threat", "threatened", "threatening", "abuse", "abused", "trolls", "troll", "trolling"],
  ...["harassed", "slurs", "slur", "racism", "messages", "dms"],
]);
/**
 * A report of others' harm: a word reporting it weighs (above a twentieth), and every other word weighs less than that,
 * or the words that report or condemn weigh at least twice what the others do and without them the comment reads under
 * the bar to hold (`below`). ("The judge got death threats after the verdict and that's disgusting…": "verdict" and
 * "and" weigh a little too; not a long comment whose other words call people names.)
 */
function reportWeighs(toks: readonly Token[], contrib: Float64Array, logit: number, below: (logit: number) => boolean): boolean {
  let reported = false;
  let weight = 0;
  let others = 0;
  let othersWeigh = false;
  for (let i = 0; i < toks.length; i++) {
    const c = contrib[i]!;
    if (c <= 0) continue;
    const w = toks[i]!.text;
    if (REPORTED_HARM.has(w)) reported ||= c > 0.05;
    else if (!CONDEMNING.has(w)) {
      others += c;
      othersWeigh ||= c > 0.05;
      continue;
    }
    weight += c;
  }
  return reported && (!othersWeigh || (weight >= 2 * others && below(logit - weight)));
}
/** Words before a creature that make people of it: "they ARE rats", "LIKE rats", "a BUNCH OF rats". */
const LIKENED = new Set(["are", "is", "were", "was", "like", "as", "bunch", "pack", "nest", "those", "these", "dirty", "filthy"]);
/**
 * The words that weigh (above a twentieth) and offend are all pests, none likened to anyone, each in a sentence that
 * names no one, in a comment that speaks to no reader ("Rats in the allotment? Snap traps…"; not "Migrants are rats",
 * "…like newborn baby rats").
 */
function onlyCreatures(toks: readonly Token[], text: string, contrib: Float64Array, offensive: (i: number) => boolean): boolean {
  let creatures = false;
  for (let i = 0; i < toks.length; i++) {
    if (contrib[i]! <= 0.05 || !offensive(i)) continue;
    if (!CREATURES.has(toks[i]!.text) || peopleInSentence(toks, text, i)) return false;
    for (let k = Math.max(0, i - 3); k < i; k++) if (LIKENED.has(toks[k]!.text)) return false;
    creatures = true;
  }
  return creatures && !secondPersonAnywhere(toks);
}
/** A condemning word outside quotation marks, with no "you" in its sentence. */
function condemned(toks: readonly Token[], text: string, toReader: (i: number) => boolean): boolean {
  for (let i = 0; i < toks.length; i++)
    if (CONDEMNING.has(toks[i]!.text) && !insideQuotes(text, toks[i]!.start) && !toReader(i)) return true;
  return false;
}
const MAY_QUOTE = /["\u201c\u201d\u2018>]|(^|[\s(])'/;

/**
 * A quoted threat turned on the reader: '"…I will kill you." THAT ONE'S FOR YOU.', "SAME GOES FOR YOU", "Consider
 * yourself told.", "When I say it to you, I MEAN IT.", '"I'll find you." AND I WILL.' (the comment's last words), "Meant it
 * then, MEAN IT NOW.", '"I will find you, and I will kill you." KEEP POSTING, mate.' (a dare to go on).
 */
const THREAT_FITS_YOU =
  /\b(?:(?:that|this) one'?s for|that'?s for|(?:same|that) goes for|applies to|means) (?:you|u|ya)\b|\bconsider yourself (?:told|warned)\b|\bi (?:really )?mean it(?:[.!]|\s*$)|\bmean it now\b|\bkeep (?:posting|typing|talking|commenting)(?:[,.!]|\s*$)|\band (?:i|we) (?:will|do)[.!]*\s*$/i;
/** A quotation said to fit the reader: '"…a waste of oxygen". DESCRIBES YOU perfectly.', "THAT'S YOU, mate". */
const QUOTE_FITS_YOU = /\b(?:describes|fits|suits|means|sums up|applies to|that's|thats|that is|just like|for) (?:you|u|ya)\b/i;

/**
 * Quoted words, when the words after the last of them say the quotation fits the reader, are no mention: unmasked (true
 * when any was masked); so are names reported as called, when the words after them say the name fits the reader
 * (`reported`: nameFitsReader's answer).
 */
function unmaskQuotationForReader(toks: readonly Token[], text: string, masked: Uint8Array, reported: boolean): boolean {
  let last = -1;
  if (MAY_QUOTE.test(text)) for (let i = 0; i < toks.length; i++) if (insideQuotes(text, toks[i]!.start)) last = i;
  const lastMasked = masked.lastIndexOf(1);
  const quoted = last >= 0 && QUOTE_FITS_YOU.test(text.slice(toks[last]!.end));
  if (!quoted && !reported) return false;
  let unmasked = false;
  for (let i = 0; i < toks.length; i++)
    if (masked[i] && ((quoted && i <= last && insideQuotes(text, toks[i]!.start)) || (reported && i <= lastMasked))) {
      masked[i] = 0;
      unmasked = true;
    }
  return unmasked;
}

/** Swear words that insult no one by themselves. */
const PROFANITY = new Set(
  [
    "shit",
    "shitty",
    "bullshit",
    "holy",
    "fuck",
    "fucking",
    "fuckin",
    "fucked",
    "damn",
    "damned",
    "goddamn",
    "hell",
    "crap",
    "crappy",
  ].concat(["wtf", "ffs", "omg", "bloody", "frigging", "friggin", "freaking", "effing", "sucks", "pissed", "screwed", "heck"]),
);
/** Ways of swearing at someone: "fuck off", "fuck you". */
const SAID_TO_YOU = new Set(["you", "you're", "youre", "you'll", "youll", "u", "ur", "ya", "ye", "yuh"]);
const SWORN_AT = new Set(["off", "you", "u", "ya", "yourself", "them", "him", "her"]);

/** Do the tokens `counted` picks include one, and does `ok` hold for each of them? */
function someAndAll(toks: readonly Token[], counted: (i: number) => boolean, ok: (i: number) => boolean): boolean {
  let any = false;
  for (let i = 0; i < toks.length; i++) {
    if (!counted(i)) continue;
    if (!ok(i)) return false;
    any = true;
  }
  return any;
}

/** Are the offensive words, if any, all profanity, none of it sworn at someone? */
const onlyProfanity = (toks: readonly Token[], offensive: (i: number) => boolean) =>
  someAndAll(toks, offensive, (i) => PROFANITY.has(toks[i]!.text) && !SWORN_AT.has(toks[i + 1]?.text ?? ""));

/** Words that judge conduct rather than call a person names. */
const VERDICT = new Set([
  ...["disgraceful", "pathetic", "shameful", "cowardly", "dishonest", "incompetent", "corrupt", "cruel", "lazy", "disrespectful"],
  ...["arrogant", "cynical", "grim", "hypocritical", "appalling", "outrageous", "embarrassing", "self-absorbed", "ashamed"],
  ...["inexcusable", "unforgivable", "despicable", "deplorable", "callous", "reckless", "spineless", "gutless", "shameless"],
  "ignorant",
]);
/** Are the words that offend, and at least one, verdicts on conduct, none said of a person? */
const onlyVerdictsOnConduct = (toks: readonly Token[], offensive: (i: number) => boolean) =>
  someAndAll(
    toks,
    (i) => offensive(i) || VERDICT.has(toks[i]!.text),
    (i) => VERDICT.has(toks[i]!.text) && !saidOfAPerson(toks, i),
  );
const DEGREE = new Set(["so", "such", "really", "just", "truly", "utterly", "completely", "absolutely", "simply", "totally", "a", "an"]);
/** Pronouns that make the verdict's subject a person. */
const PRONOUN_SUBJECT = new Set([...YOU, ...YOU_ARE, ...THIRD, ...THIRD_ARE, "i", "we"]);
/** "she is (so) despicable", "he's pathetic", "the minister was cowardly": the verdict's subject is a person. */
function saidOfAPerson(toks: readonly Token[], i: number): boolean {
  let k = i - 1;
  while (k >= 0 && DEGREE.has(toks[k]!.text)) k--;
  const before = toks[k]?.text ?? "";
  if (PRONOUN_SUBJECT.has(before)) return true;
  if (!COPULA.has(before)) return false;
  const subject = toks[k - 1]?.text ?? "";
  return PRONOUN_SUBJECT.has(subject) || personNoun(subject);
}

const OATH = new Set(["fuck", "fucking", "fuckin", "hell", "heck", "bloody"]);
const JOY = new Set(["yeah", "yes", "yea", "yess", "yesss"]);
/** Swearing as an exclamation: "holy shit", "bloody hell", "hell of a…", "damn shame", "what the hell", "wtf". */
function exclamation(toks: readonly Token[], text: string, i: number): boolean {
  const w = toks[i]!.text;
  const before = toks[i - 1]?.text;
  const after = toks[i + 1]?.text;
  if (w === "wtf" || w === "ffs" || w === "omg") return true;
  // joy: "fuck yeah", "hell yes", "bloody oath"
  if (OATH.has(w) && (JOY.has(after ?? "") || after === "oath")) return true;
  // "Shit, what a world.", "Ah fuck!": a swear word said on its own
  if (
    INTERJECTION.has(w) &&
    (i === 0 || sentenceEnds(text, toks[i - 1]!, toks[i]!) || SIGH.has(before ?? "")) &&
    standsAlone(toks, text, i)
  )
    return true;
  // "for f*ck sake", "shit the bed", "f**k it, what a story", "Damn it."
  if (FUCK.has(w) && before === "for" && (after === "sake" || after === "sakes")) return true;
  if (w === "shit" && after === "the" && toks[i + 2]?.text === "bed") return true;
  if (
    (w === "fuck" || w === "damn") &&
    after === "it" &&
    (standsAlone(toks, text, i + 1) || (MATE.has(toks[i + 2]?.text ?? "") && standsAlone(toks, text, i + 2)))
  )
    return true;
  if (w === "holy") return PROFANITY.has(after ?? "");
  if (before === "holy" || (HELL_OF.has(w) && after === "hell")) return PROFANITY.has(w);
  if (w === "hell")
    return HELL_OF.has(before ?? "") || (after === "of" && toks[i + 2]?.text === "a") || (before === "the" && toks[i - 2]?.text === "what");
  // "Son of a b*tch, my train got cancelled again.": the oath opening a sentence, standing alone
  if (w === "bitch" && before === "a" && toks[i - 2]?.text === "of" && toks[i - 3]?.text === "son")
    return (i === 3 || sentenceEnds(text, toks[i - 4]!, toks[i - 3]!)) && standsAlone(toks, text, i);
  // "what the fuck", "what the actual fuck", "The fuck is this headline"; "fuck my life"
  const the = before === "actual" && toks[i - 2]?.text === "the" ? i - 2 : i - 1;
  if (w === "fuck")
    return (
      (toks[the]?.text === "the" && (toks[the - 1]?.text === "what" || the === 0 || sentenceEnds(text, toks[the - 1]!, toks[the]!))) ||
      (after === "my" && toks[i + 2]?.text === "life")
    );
  // "Hosepipe ban AND a heatwave. FUCKING MARVELLOUS.": praise sworn as a sentence of its own, at how things are
  // ("…how are away fans meant to get home? BLOODY JOKE.": a verdict on how things are, a sentence of its own)
  if (
    SWEAR_MODIFIER.has(w) &&
    (SWORN_PRAISE.has(after ?? "") || SWORN_VERDICT.has(after ?? "")) &&
    (i === 0 || sentenceEnds(text, toks[i - 1]!, toks[i]!)) &&
    standsAlone(toks, text, i + 1)
  )
    return true;
  // "afford THIS SHIT.", "Who signs off on this crap": a thing pointed at, the clause's last word
  if (SWEAR_PREDICATE.has(w) && (before === "this" || before === "that") && standsAlone(toks, text, i)) return true;
  // "sweating like an absolute bastard": a simile
  if (w === "bastard") {
    let k = i - 1;
    while (k >= 0 && INTENSIFIER.has(toks[k]!.text)) k--;
    return ARTICLE.has(toks[k]?.text ?? "") && (toks[k - 1]?.text === "like" || toks[k - 1]?.text === "as");
  }
  return w === "damn" && after === "shame";
}
/** Verdicts on a state of affairs sworn as a sentence of their own: "Bloody joke.", "Fucking shambles." */
const SWORN_VERDICT = new Set(["joke", "shambles", "farce", "disgrace", "nightmare", "mess", "circus", "travesty", "scandal", "shitshow"]);
/** "Damn it, MAN." */
const MATE = new Set(["man", "mate", "bro", "lads", "guys"]);
/** Praise said in sarcasm of a state of affairs ("Fucking marvellous.", "Bloody typical."): no one's name ("genius" can be). */
const SWORN_PRAISE = new Set(
  ["marvellous", "marvelous", "brilliant", "great", "fantastic", "lovely", "perfect", "typical", "wonderful", "excellent", "superb"].concat(
    ["classic", "beautiful", "awesome", "amazing", "incredible", "glorious", "spectacular", "magnificent", "delightful", "tremendous"],
  ),
);
const INTERJECTION = new Set(["shit", "fuck", "crap", "damn", "bugger", "bollocks", "shite", "arse", "feck"]);
const SIGH = new Set(["ah", "oh", "aw", "aww", "och", "ach", "argh", "ugh"]);
const FUCK = new Set(["fuck", "fuck's", "fucks"]);
/** "BLOODY hell", "FUCKING hell" */
const HELL_OF = new Set(["bloody", "fucking", "fuckin"]);
/** Punctuation, or nothing, after token i: "Shit, …", "…fuck it, …". */
function standsAlone(toks: readonly Token[], text: string, i: number): boolean {
  const next = toks[i + 1];
  return next === undefined || /[,.!?;:…—–-]/.test(text.slice(toks[i]!.end, next.start));
}

/** Swear words that modify the word after them: "the FUCKING price of eggs", "this BLOODY weather". */
const SWEAR_MODIFIER = new Set([
  ...["fucking", "fuckin", "fkn", "effing", "freaking", "frigging", "friggin", "shitty", "bloody", "damn", "damned", "goddamn"],
  "crappy",
]);
/** Swear nouns that modify the word after them only after an article: "a SHIT result" (not "make that shit work"). */
const SWEAR_NOUN_MODIFIER = new Set(["shit", "crap", "bastard"]);
/** What follows "the bastard" when it names someone: "the bastard DOWN the road", "the bastard WHO keyed my car". */
const AFTER_A_NOUN = new Set(["down", "up", "in", "on", "at", "from", "who", "that", "is", "was", "next", "over", "across", "round"]);
const ARTICLE = new Set(["a", "an", "the"]);
/** An article, or a word in its place before a thing: "the SAME crap music" (not "make THAT shit work": a pronoun's noun). */
const DETERMINER = new Set([...ARTICLE, "same", "such", "some", "more", "another"]);
/** Words said of a person as often as of a thing, or of a person's self: "a bloody DISGRACE", "your shit BRAIN". */
const OF_A_PERSON = new Set([
  ...["brain", "brains", "face", "head", "mouth", "gob", "attitude", "breath", "life", "mind", "personality", "disgrace", "joke"],
  ...["embarrassment", "liability", "waste", "excuse", "piece", "fool", "bad", "old", "little", "big", "stupid", "ugly"],
  ...["beast", "beasts", "animal", "animals", "creature", "creatures"],
]);

/**
 * Swearing at a thing: a swear word before two words that name no one ("a SHIT result for the Lions"),
 * not said after a copula ("Coughenour is a fucking toolbag", "he's bloody useless").
 */
function swornAtAThing(
  toks: readonly Token[],
  text: string,
  i: number,
  inoffensive: (k: number) => boolean,
  judgement: (k: number) => boolean,
): boolean {
  const w = toks[i]!.text;
  // "a BASTARD of a disease", "what a crock of SHIT": the thing is named after the swear word, or the swear word is
  // the thing (not "you're a crock of shit")
  if (w === "bastard" && toks[i + 1]?.text === "of" && /^an?$/.test(toks[i + 2]?.text ?? "")) return aThing(toks, text, i + 3, inoffensive);
  if (toks[i - 1]?.text === "of" && toks[i - 2]?.text === "crock") {
    const k = beforeModifiers(toks, i - 3);
    return !YOU_ARE.has(toks[k]?.text ?? "") && toks[k]?.text !== "are";
  }
  // (after an article, or opening a sentence: "a SHIT result", "…lol. SHIT move either way.")
  const opensSentence = i === 0 || sentenceEnds(text, toks[i - 1]!, toks[i]!);
  if (SWEAR_NOUN_MODIFIER.has(w) ? !DETERMINER.has(toks[i - 1]?.text ?? "") && !opensSentence : !SWEAR_MODIFIER.has(w)) return false;
  // "in the BASTARD rain" (not "the bastard down the road")
  if (w === "bastard" && AFTER_A_NOUN.has(toks[i + 1]?.text ?? "")) return false;
  const k = beforeModifiers(toks, i - 1);
  // (capitals shouted with the swear word are no name: "WHAT A FUCKING GOAL")
  const shouted = (j: number) => writtenInCapitals(text, toks[i]!) && writtenInCapitals(text, toks[j]!);
  // (a thing the model has no word for is a thing all the same: "the FARES are a fucking rip-off", "these fucking
  // ROADWORKS")
  const namesNoOne = (j: number) => aThing(toks, text, j, inoffensive, shouted(j));
  // ("she's just a fucking racist", "Coughenour is a fucking toolbag"; not "the parking CHARGES are a
  // fucking scandal": a thing the copula's subject)
  const subject = toks[k - 1];
  if (k >= 0 && PRONOUN_SUBJECT.has(toks[k]!.text)) return false;
  const thingSubject = subject !== undefined && !sentenceEnds(text, subject, toks[k]!) && (THIS.has(subject.text) || namesNoOne(k - 1));
  if (k >= 0 && COPULA.has(toks[k]!.text) && !thingSubject) return false;
  // said of a thing by its copula, what follows is the thing's: "the fuel levy is a fucking JOKE", "ticket prices are
  // fuckin RIDICULOUS, nee family can afford that" (a word said of a person as often, or a clause after it)
  if (k >= 0 && COPULA.has(toks[k]!.text)) {
    const next = toks[i + 1];
    // (or a judgement of the thing: "the queue at the passport office is fucking RIDICULOUS")
    if (!next || sentenceEnds(text, toks[i]!, next) || (!namesNoOne(i + 1) && !OF_A_PERSON.has(next.text) && !judgement(i + 1)))
      return false;
    return i + 2 >= toks.length || clauseBreak(text, next, toks[i + 2]!, false) || namesNoOne(i + 2);
  }
  return (
    i + 1 < toks.length &&
    !sentenceEnds(text, toks[i]!, toks[i + 1]!) &&
    namesNoOne(i + 1) &&
    (i + 2 >= toks.length || sentenceEnds(text, toks[i + 1]!, toks[i + 2]!) || namesNoOne(i + 2))
  );
}
const INTENSIFIER = new Set(["absolute", "total", "complete", "utter", "right", "proper", "real"]);
/** The first token at or before k that is no degree word or intensifier: "is (such) (a) (total) FUCKING…". */
function beforeModifiers(toks: readonly Token[], k: number): number {
  while (k >= 0 && (DEGREE.has(toks[k]!.text) || INTENSIFIER.has(toks[k]!.text))) k--;
  return k;
}

/** Token j is a plain word that names no one ("the parking CHARGES", "a shit RESULT"); a name shouted may be a word. */
function aThing(toks: readonly Token[], text: string, j: number, plain: (k: number) => boolean, shouted = false): boolean {
  const t = toks[j]!;
  return (
    /^[a-z]{2,}$/.test(t.text) &&
    plain(j) &&
    (!isName(t, text) || shouted) &&
    !personNoun(t.text) &&
    !isGroupWord(t.text) &&
    !OF_A_PERSON.has(t.text) &&
    !PRONOUN_SUBJECT.has(t.text) &&
    !SWORN_AT.has(t.text)
  );
}

/** Swear words said of a state of affairs: "this is (such) BULLSHIT", "that's total CRAP", "it's SHIT". */
const SWEAR_PREDICATE = new Set(["bullshit", "shit", "crap", "bollocks", "shite", "fucked"]);
const THIS_IS = new Set(["that's", "thats", "it's", "its"]);
/** (and "WHICH is shit": a state of affairs just told) */
const THIS = new Set(["this", "that", "it", "which"]);
function swornOfThis(toks: readonly Token[], text: string, i: number, plain: (k: number) => boolean): boolean {
  if (!SWEAR_PREDICATE.has(toks[i]!.text)) return false;
  // ("that's SOME bullshit")
  const k = beforeModifiers(toks, toks[i - 1]?.text === "some" ? i - 2 : i - 1);
  const w = toks[k]?.text ?? "";
  // ("Premier Ross's new tax FORMS are shit.", ending its sentence: not "the lads are shit at it")
  const thingIs = k > 0 && aThing(toks, text, k - 1, plain) && !sentenceEnds(text, toks[k - 1]!, toks[k]!) && lastOfSentence(toks, text, i);
  return THIS_IS.has(w) || (COPULA.has(w) && (THIS.has(toks[k - 1]?.text ?? "") || thingIs));
}

const swornAtThings = (
  toks: readonly Token[],
  text: string,
  plain: (k: number) => boolean,
  inoffensive: (k: number) => boolean,
  judgement: (k: number) => boolean,
) =>
  toks.some(
    (_, i) => !exclamation(toks, text, i) && (swornAtAThing(toks, text, i, inoffensive, judgement) || swornOfThis(toks, text, i, plain)),
  );
const SWEAR_WORD = (w: string) => PROFANITY.has(w) || SWEAR_MODIFIER.has(w) || SWEAR_NOUN_MODIFIER.has(w);
/** What the swear words add to the model's logit. */
function swearing(toks: readonly Token[], contrib: Float64Array): number {
  let sum = 0;
  for (let i = 0; i < toks.length; i++) {
    if (SWEAR_WORD(toks[i]!.text)) sum += contrib[i]!;
  }
  return sum;
}
/** The text with its swear words blanked out. */
function withoutSwearWords(toks: readonly Token[], text: string): string {
  let out = "";
  let from = 0;
  for (const t of toks)
    if (SWEAR_WORD(t.text)) {
      out += text.slice(from, t.start) + " ".repeat(t.end - t.start);
      from = t.end;
    }
  return out + text.slice(from);
}

/**
 * Is every offensive word a swear word said as an exclamation or at a thing, aimed at no one whoever
 * the comment names ("Holy shit they actually won", "What a shit result for the Lions")?
 */
const onlyExclamations = (
  toks: readonly Token[],
  text: string,
  offensive: (i: number) => boolean,
  plain: (k: number) => boolean,
  inoffensive: (k: number) => boolean,
  judgement: (k: number) => boolean,
) =>
  someAndAll(
    toks,
    (i) => offensive(i) || PROFANITY.has(toks[i]!.text),
    (i) =>
      exclamation(toks, text, i) ||
      swornAtAThing(toks, text, i, inoffensive, judgement) ||
      swornOfThis(toks, text, i, plain) ||
      // the judgement a swear word sworn at a thing leads into: "…is fucking RIDICULOUS"
      (judgement(i) && SWEAR_MODIFIER.has(toks[i - 1]?.text ?? "") && swornAtAThing(toks, text, i - 1, inoffensive, judgement)),
  );

/**
 * Is every swear word in a clause that says nothing to "you"? ("You're bang on, the fares are a FUCKING rip-off",
 * "SHIT, I'm sorry to hear about your dog"; not "Get your FUCKING facts right", "Holy SHIT you're a piece of work")
 */
function sworeApartFromYou(toks: readonly Token[], text: string, offensive: (i: number) => boolean): boolean {
  const clause = clauses(toks, text);
  const toYou = new Set<number>();
  // (a "you" agreed with or praised is none: "Fair fucking play to you", "You're bang on, the fares are a fucking rip-off")
  for (let i = 0; i < toks.length; i++) if (SECOND.has(toks[i]!.text) && !agreedYou(toks, i)) toYou.add(clause[i]!);
  for (let i = 0; i < toks.length; i++) if ((offensive(i) || PROFANITY.has(toks[i]!.text)) && toYou.has(clause[i]!)) return false;
  return true;
}

const wholeText = (toks: readonly Token[], [from, to]: readonly [number, number]) => from === 0 && to === toks.length - 1;

export class LinearDetector implements Detector {
  readonly version: string;
  readonly scorer: LinearScorer;
  readonly insultLex: InsultLexicon;
  readonly #rules: boolean;
  readonly spans: SpanScorer;
  /** The insults, the dehumanising words and the words raters often marked toxic (for mentions). */
  readonly #offensiveWords: ReadonlySet<string>;
  /** The insults and the dehumanising words: the offensive words that call someone a name. */
  readonly #insultingWords: ReadonlySet<string>;
  constructor(
    readonly model: ModelArtifact,
    { resources = resourcesFromModel(model), rules = true }: DetectorOptions = {},
  ) {
    this.version = model.version;
    this.#rules = rules;
    this.insultLex = modelInsultLexicon(model.insult.words, model.insult.nouns);
    const int8 = (b64: string) => {
      const bytes = decodeBase64(b64);
      const w = new Int8Array(bytes.buffer, bytes.byteOffset, bytes.length);
      if (w.length !== 1 << model.bits) throw new Error(`detector model: expected ${1 << model.bits} weights, got ${w.length}`);
      return w;
    };
    const head = (h: { weights: string; scale: number; bias: number } | undefined) =>
      h && { weights: int8(h.weights), scale: h.scale, bias: h.bias };
    this.scorer = new LinearScorer(resources, int8(model.weights), model.scale, model.bias, {
      menace: head(model.menace),
      indirect: head(model.indirect),
      group: head(model.group),
    });
    this.spans = new SpanScorer(spanLexicons(resources, this.insultLex), model.span.w);
    const toxic = [...resources.toxicRate].filter(([, rate]) => rate >= OFFENSIVE_RATE).map(([w]) => w);
    this.#insultingWords = new Set([...this.insultLex.words, ...DEHUMANISING]);
    this.#offensiveWords = new Set([...this.#insultingWords, ...toxic]);
  }
  /** Raw logit and per-token contributions (for evaluation and debugging). */
  detail(text: string): ScoreDetail {
    return this.scorer.detail(text);
  }
  tokens(text: string, extraWords: readonly string[] = []): Token[] {
    const { known, wildcardWords, insultWords } = this.scorer.res.ctx;
    if (!extraWords.length) return tokenize(text, known, wildcardWords, insultWords);
    const extra = new Set(extraWords);
    return tokenize(text, (w) => known(w) || extra.has(w), [...wildcardWords, ...extraWords], [...(insultWords ?? []), ...extraWords]);
  }
  probability(logit: number): number {
    return sigmoid(this.model.calib[0] * logit + this.model.calib[1]);
  }
  score(text: string, context?: ScoreContext): DetectorResult {
    const d = this.scorer.detail(text);
    const toks = d.tokens;
    const lex = this.insultLex;
    const rules = this.#rules;
    const { threatFloor, insultFloor, thingCap, ideaCap } = this.model;
    // what an indirect attack scores: held, never refused on its word alone
    const middle = (this.model.thresholds.hold + this.model.thresholds.reject) / 2;
    // mentions are not uses: a clause whose offensive words are all quoted, named, negated or
    // said of oneself loses its positive contribution
    const offensiveWords = this.#offensiveWords;
    // (looked up once per token: the rules ask about each token several times)
    const offensiveAt = new Uint8Array(toks.length);
    for (let i = 0; i < toks.length; i++) if (offensiveWords.has(toks[i]!.text)) offensiveAt[i] = 1;
    const offensive = (i: number) => offensiveAt[i] === 1;
    // a word the model knows that offends no one ("price", "result"; not "toolbag")
    // (a plural the lists lack is offensive as its singular is: "WANKERS")
    const inoffensive = (i: number) => !offensive(i) && !(toks[i]!.text.endsWith("s") && offensiveWords.has(toks[i]!.text.slice(0, -1)));
    const plain = (i: number) => this.scorer.res.ctx.known(toks[i]!.text) && inoffensive(i);
    // an insult word that is no noun, said of a thing as readily ("ridiculous", "useless")
    const judgement = (i: number) => lex.words.has(toks[i]!.text) && !lex.nouns.has(toks[i]!.text);
    const mentions = rules ? findMentions(toks, text, offensive) : null;
    // (a name reported as called, said to fit the reader, is called the reader: held as a put-down, below)
    const nameForReader = mentions?.any === true && nameFitsReader(toks, text, mentions.masked);
    // (a quotation said to fit the reader is the writer's own words, no mention: '"You are a moron" -- in quotes so the
    // mods leave it alone. Still means you.')
    if (mentions?.any && unmaskQuotationForReader(toks, text, mentions.masked, nameForReader)) mentions.used = true;
    let logit = d.logit;
    if (mentions)
      for (let i = 0; i < toks.length; i++)
        if (mentions.masked[i] && d.contrib[i]! > 0) {
          logit -= d.contrib[i]!;
          d.contrib[i] = 0;
        }
    // others' words in quotation marks weigh nothing of the writer's ('stop with the "someone should shoot him" comments')
    let quotedOffence = false;
    if (rules && MAY_QUOTE.test(text))
      for (let i = 0; i < toks.length; i++)
        if (d.contrib[i]! > 0 && !mentions?.masked[i] && insideQuotes(text, toks[i]!.start) && !scareQuotedName(toks, text, i)) {
          logit -= d.contrib[i]!;
          quotedOffence ||= offensive(i);
          d.contrib[i] = 0;
        }
    // abuse reported and condemned: its words and the judgement of it weigh nothing of the writer's
    if (rules)
      for (const i of condemnedAbuse(toks, text))
        if (d.contrib[i]! > 0) {
          logit -= d.contrib[i]!;
          d.contrib[i] = 0;
        }
    let score = this.probability(logit);
    const skip = (i: number) => mentions?.masked[i] === 1;
    // the tokens a rule matched are reported as spans
    const marked = new Uint8Array(toks.length);
    const mark = (r: readonly [number, number, ...number[]]) => {
      for (let i = r[0]; i <= r[1]; i++) {
        d.contrib[i] = Math.max(d.contrib[i]!, RULE_CONTRIB);
        marked[i] = 1;
      }
    };
    // a quotation said to fit the reader, in the words after its last token
    const fitsTheReader = (fits: RegExp, last: number) => fits.test(text.slice(toks[last]!.end));
    let threat = rules ? findThreat(toks, text, lex) : null;
    // a threat in quotation marks is another's; one after it may be the writer's own ('"We'll bury her," said the
    // aide. I say we bury him.')
    // (unless the quotation is said to fit the reader: '"I will find you, and I will kill you." Fenwick, that one's for you.',
    // or agreed with: 'Quoting Vic: "someone should slit his throat." Couldn't have put it better myself.')
    const ownQuote = ([from, to]: readonly [number, number]) => fitsTheReader(THREAT_FITS_YOU, to) || endorses(toks, from, to);
    for (let tries = 0; threat && insideQuotes(text, toks[threat[0]]!.start) && !ownQuote(threat); tries++) {
      quotedOffence = true;
      const from = threat[1] + 1;
      const after = tries < 3 && from < toks.length ? findThreat(toks.slice(from), text, lex) : null;
      threat = after && [after[0] + from, after[1] + from];
    }
    if (threat) mark(threat); // the construction is reported as a span
    // threats in words no rule has: the learned reading refuses the sure ones, holds the likely
    const head = this.model.menace;
    let learned = rules && !threat && head && d.menace ? readMenace(d.menace, toks, text, head.hold) : null;
    // a comment that may threaten: its threatening sentence read on its own, where the rest of the comment no longer
    // dilutes it ("Rhys, you're calling the rail workers selfish… HONESTLY, I'D SHOVE YOU UNDER THE NEXT VALLEYS LINE TRAIN
    // MYSELF IF I THOUGHT I'D GET AWAY WITH IT. Transport for Wales turned a profit…"); refused when that sentence alone
    // reads as a sure threat
    if (learned?.sentence && learned.p >= head!.hold && learned.p < head!.reject && !wholeText(toks, learned.sentence)) {
      const [from, to] = learned.sentence;
      const alone = this.scorer.detail(text.slice(toks[from]!.start, toks[to]!.end), true).menace;
      if (alone && sigmoid(alone.logit) >= head!.reject) learned = { ...learned, p: sigmoid(alone.logit) };
    }
    const possibleThreat = learned !== null && learned.p >= head!.hold && learned.p < head!.reject && learned.focus >= 0;
    if (learned && learned.p >= head!.reject && learned.focus >= 0) threat = [learned.focus, learned.focus];
    if (learned?.sentence && learned.p >= head!.hold) mark(learned.sentence);
    if (threat) score = Math.max(score, threatFloor);
    // (a name called inside quotation marks is another's, even when no word of it offends alone: 'the guy above
    // wrote "you're a waste of oxygen" to a woman…'; not a name in scare quotes said to the reader)
    const quotedName = (r: readonly number[] | null) =>
      r !== null &&
      MAY_QUOTE.test(text) &&
      insideQuotes(text, toks[r[0]!]!.start) &&
      !scareQuotedName(toks, text, r[0]!) &&
      !fitsTheReader(QUOTE_FITS_YOU, r[1]!);
    let insult = rules ? findInsult(toks, text, lex, skip) : null;
    if (quotedName(insult) || (insult && messageAfterColon(toks, text, insult[0]))) insult = null;
    insult ??= rules ? findDehumanising(toks, text, skip) : null;
    if (insult) {
      score = Math.max(score, insultFloor);
      mark(insult);
    }
    // "don't be an idiot": said to the reader, whom no word names
    // "go f*ck yourself", "stfu": abuse said to the reader (not quoted: 'he yelled "fuck off" at me')
    const toReader = (i: number) => context?.parentAuthor !== undefined || secondPersonInSentence(toks, text, i);
    const abuse = rules && !insult && !threat ? findAbuse(toks, text, toReader, (i) => isName(toks[i]!, text)) : null;
    const told =
      rules && !insult && !threat
        ? (findImperativeInsult(toks, text, lex) ?? (abuse && !insideQuotes(text, toks[abuse[0]]!.start) ? abuse : null))
        : null;
    if (told) {
      score = Math.max(score, insultFloor);
      mark(told);
    }
    const focus = strongest(d.contrib);
    // a threat said to "you" is aimed at the reader, whatever noun ends it ("You're a dead MAN")
    // ("we'll gie YE a proper Glasgow kiss": the "you" may stand inside the threat's words)
    let threatSubject = threat?.[1];
    if (threat) for (let k = threat[1]; k >= threat[0]; k--) if (SAID_TO_YOU.has(toks[k]!.text)) threatSubject = k;
    const subject = insult ? insult[2] : threat ? threatSubject! : -1;
    let target: Target = told
      ? "commenter"
      : mentions && mentions.any && !mentions.used && !threat
        ? "none"
        : rules
          ? readTarget(toks, text, context, subject, threat ? threat[0] : focus, mentions!.masked, threat !== null)
          : "none";
    let indirect = false;
    if (rules && !insult && !threat) {
      // indirect attacks on a commenter: dismissive phrases, mocking or insulting vocatives
      // ("Arse, the ferry's cancelled again": an exclamation, said to no one)
      let vocative = findVocative(toks, text, lex);
      if (vocative >= 0 && exclamation(toks, text, vocative)) vocative = -1;
      const called = vocative >= 0 ? toks[vocative]!.text : "";
      const mocking = MOCKING_VOCATIVE.has(called);
      if (vocative >= 0) target = "commenter";
      // "Go away, troll.", "Sit down, dummy.": name-calling said to the reader
      if (vocative >= 0 && !mocking && lex.nouns.has(called) && !skip(vocative)) {
        score = Math.max(score, insultFloor);
        mark([vocative, vocative]);
        indirect = true;
      }
      // the first phrase that counts: not quoted ('shouted "get lost, you moron" at the bin men'), and
      // said to a commenter ("I'd explain it but I haven't ANY CRAYONS handy" is not, "CRAYONS HANDY" is)
      let dismissive: [number, number] | null = null;
      for (let d = findDismissive(toks, text, skip); d && !dismissive; d = findDismissive(toks, text, skip, d[0] + 1)) {
        // (a quoted put-down said to fit the reader is the writer's: '"waste of oxygen". Fits you better, pal.')
        const quoted = insideQuotes(text, toks[d[0]]!.start);
        const fitsYou = quoted && fitsTheReader(QUOTE_FITS_YOU, d[1]);
        if ((quoted && !fitsYou) || selfDescribed(toks, text, d[0])) continue;
        if (target === "commenter" || fitsYou) {
          dismissive = d;
          target = "commenter";
        } else if (dismissiveAddressed(toks, text, d, secondPersonInSentence(toks, text, d[0]))) {
          dismissive = d;
          target = "commenter";
        }
      }
      if ((mocking || dismissive) && target === "commenter" && !indirect) {
        score = Math.max(score, middle);
        indirect = true;
        if (dismissive) mark(dismissive);
        if (mocking) mark([vocative, vocative]);
      }
      if (nameForReader && !indirect) {
        score = Math.max(score, middle);
        target = "commenter";
        indirect = true;
      }
      const mockery = indirect ? null : findMockery(toks, skip);
      if (mockery && !insideQuotes(text, toks[mockery[0]]!.start)) {
        score = Math.max(score, middle);
        if (target === "none") target = "commenter";
        indirect = true;
        mark(mockery);
      }
    }
    // put-downs in words no phrase has ("Bold of you to have an opinion when you clearly can't count
    // to ten"): the learned reading holds what it is fairly sure of, said to a commenter unless the
    // words name someone else (then held all the same, and never refused on its word alone)
    const putDown = this.model.indirect;
    const learnedPutDown =
      rules && !insult && !threat && !told && !indirect && !possibleThreat && putDown && d.indirect
        ? readIndirect(d.indirect, toks, text, putDown.hold)
        : null;
    if (learnedPutDown) {
      score = Math.max(score, middle);
      if ((target === "none" || refersToCommenter(toks)) && score < this.model.thresholds.reject) target = "commenter";
      indirect = true;
      // its sentence, or the words in it that offend on their own ("That is an IDIOTIC take from you")
      let words = false;
      for (let i = learnedPutDown[0]; i <= learnedPutDown[1]; i++)
        if (offensive(i)) {
          mark([i, i]);
          words = true;
        }
      if (!words) mark(learnedPutDown);
    }
    // groups dehumanised in images no word list has ("Leeches in lanyards, the whole lot of them"): the
    // learned reading holds them
    const groupHead = this.model.group;
    const groupReading =
      rules && !insult && !threat && !told && !indirect && !possibleThreat && groupHead && d.group
        ? readGroup(d.group, toks, text, groupHead.hold, (i) => skip(i) || insideQuotes(text, toks[i]!.start))
        : null;
    const learnedGroup = groupReading && groupReading.p >= groupHead!.hold ? groupReading.sentence : null;
    if (learnedGroup) {
      score = Math.max(score, middle);
      target = "group";
      mark(learnedGroup);
    }
    // what the caps below leave alone: a reading of an attack, a threat or a group dehumanised
    const found = insult !== null || threat !== null || told !== null || indirect || learnedGroup !== null;
    if (rules && !found && score > ideaCap && onlyThingCriticism(toks, text, lex, offensive, (k) => aThing(toks, text, k, plain))) {
      // criticism of things: a commenter's ("your argument is idiotic", "that's dumb, even for
      // you": a "you" in the same sentence) held at most, others published
      let yours = false;
      for (let i = 0; i < toks.length && !yours; i++) if (lex.words.has(toks[i]!.text)) yours = criticalYouInSentence(toks, text, i);
      score = Math.min(score, yours ? thingCap : ideaCap);
    }
    // Swearing aimed at no one ("Holy shit, what a game", "this mess is bullshit") is no attack:
    // held only when something other than profanity makes it offensive.
    if (rules && target === "none" && !found && onlyProfanity(toks, offensive)) score = Math.min(score, ideaCap);
    // Pests named in a sentence that names no one ("Rats in the allotment? Snap traps are far more humane than poison")
    // dehumanise no one: held only when something else offends.
    if (rules && !found && score > ideaCap && onlyCreatures(toks, text, d.contrib, offensive)) score = Math.min(score, ideaCap);
    // a verdict on what a public figure did is criticism, however harsh ("her conduct was disgraceful",
    // "the budget is cowardly and dishonest", "Pathetic."): published when such words are all that
    // offends and the text is no more than doubtful (not "she is despicable": said of a person)
    if (rules && (target === "public-figure" || target === "none") && score < middle && !found && onlyVerdictsOnConduct(toks, offensive))
      score = Math.min(score, ideaCap);
    // an exclamation or swearing at a thing is aimed at no one even in a comment that names people ("Holy
    // shit they actually won the cup", "What a shit result for the Lions"), when it is the swearing that
    // made the comment doubtful ("…a damn thing. She is a left wing fascist hater" is doubtful without it)
    // (words raters often marked toxic that call no one a name, "bang on", "sick of it", "making a killing", need not be
    // exclamations when the comment would not be held without its swear words: "You're bang on about the queues…
    // Fucking nightmare.")
    const insulting = (i: number) => this.#insultingWords.has(toks[i]!.text);
    // (a swear word's part of the logit leaves its neighbours' features weighed as if it were there: "You're bang on,
    // the fares are a FUCKING rip-off" is doubtful with its part taken away and plain without the word)
    const withoutSwearing = () =>
      this.probability(d.logit - swearing(toks, d.contrib)) < this.model.thresholds.hold ||
      this.probability(this.scorer.detail(withoutSwearWords(toks, text), true).logit) < this.model.thresholds.hold;
    // every one of `words` an exclamation or sworn at a thing, and (said to a commenter) apart from "you"
    const sworeAtNoOne = (words: (i: number) => boolean) =>
      onlyExclamations(toks, text, words, plain, inoffensive, judgement) &&
      (target !== "commenter" || sworeApartFromYou(toks, text, words));
    if (
      rules &&
      !found &&
      ((sworeAtNoOne(offensive) && (!swornAtThings(toks, text, plain, inoffensive, judgement) || withoutSwearing())) ||
        (sworeAtNoOne(insulting) && withoutSwearing()))
    )
      score = Math.min(score, ideaCap);
    // offensive words quoted in order to condemn them ('someone wrote "hang them all". That's not debate, that's
    // thuggery'): the condemnation and the report ("disgusting", "death threats") are no attack when no rule reads one
    // and no "you" stands beside them ("You're sick." is said to someone)
    // and so are threats and abuse reported with no words quoted ("the judge has had death threats since the verdict.
    // That's disgusting"), when the report and the condemnation are all that weigh
    // ("…which is vile, whatever you think of the penalty": a "you" that is anyone's, when no other speaks to the reader)
    // (whether any "you" speaks to the reader is read once, when a condemnation first asks)
    let spokenTo: boolean | undefined;
    const toReaderHere = (i: number) =>
      secondPersonInSentence(toks, text, i) && (spokenTo ??= readerSpokenTo(toks, text)) && !mentions?.masked[i];
    const reportedOnly = () => reportWeighs(toks, d.contrib, logit, (l) => this.probability(l) < this.model.thresholds.hold);
    if (!found && !possibleThreat && (quotedOffence || reportedOnly()) && condemned(toks, text, toReaderHere))
      score = Math.min(score, ideaCap);
    // Spans are worked out when asked for: most comments publish, and a verdict to publish has none.
    const findSpans = (): Span[] => {
      const spans = score >= this.model.span.minScore ? spansFrom(toks, text, this.spans, this.model.span, marked) : [];
      // flagged but no single token stood out: report the strongest positive token
      if (!spans.length && score >= this.model.thresholds.hold && focus >= 0) return [{ start: toks[focus]!.start, end: toks[focus]!.end }];
      return spans;
    };
    let spans: Span[] | undefined;
    return {
      score,
      get spans() {
        return (spans ??= findSpans());
      },
      target,
      threat: threat !== null,
      possibleThreat,
    };
  }
}
