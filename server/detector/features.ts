/**
 * Hashed sparse features over normalised tokens, shared by training (scripts/train.ts)
 * and inference. Plain TypeScript, no Node APIs.
 *
 * Groups (each group's values are scaled by 1/sqrt(#emissions in the group)):
 *  U  word unigrams
 *  B  word bigrams
 *  C  character 2–5-grams inside each word, with word-boundary markers ("<idiot>")
 *  Y  target cue × following word: for a 2nd-person cue ("you", "ur", "your"…), a
 *     3rd-person cue ("he", "she's", "they"…) or a mention ("@user"), the next 3 words
 *  L  lexicon features from the span-annotated training data: max per-token
 *     attack rate (binned), count of attack-lexicon tokens, and their crossing with the
 *     presence of a target cue
 */
import { remembered } from "./memo.ts";
import type { KnownWord, Token } from "./normalize.ts";

export interface FeatureContext {
  /** log2 of the number of hash buckets */
  bits: number;
  known: KnownWord;
  wildcardWords: readonly string[];
  /**
   * The name-calling rule's insults, and the threat and dehumanising words that no two ordinary
   * words run into: disguised forms of these are undone (evasion.ts). Training leaves them out,
   * so the linear model learns from text as typed.
   */
  insultWords?: readonly string[];
  /** word -> share of raters' Insult/Threat spans covering it (training data only) */
  attackRate: Map<string, number>;
  /** word -> share of raters' spans of any toxicity type covering it */
  toxicRate?: Map<string, number>;
  /** word -> share of raters' Threat spans covering it */
  threatRate?: Map<string, number>;
}

export function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

const FNV_PRIME = 0x01000193;

export function hashString(seed: number, s: string): number {
  let h = seed >>> 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, FNV_PRIME);
  }
  return h >>> 0;
}

const SEED_U = 0x811c9dc5;
const SEED_B = 0x1b873593;
const SEED_C = 0x27d4eb2f;
const SEED_Y = 0x165667b1;
const SEED_L = 0x9e3779b9;

const CUE_2ND = new Set([
  "you",
  "your",
  "you're",
  "youre",
  "ur",
  "u",
  "ya",
  "yourself",
  "yours",
  "you'll",
  "youll",
  "you've",
  "you'd",
  "thou",
  "thee",
  "yall",
  "y'all",
  "yo",
  "ye",
]);
const CUE_3RD = new Set([
  "he",
  "she",
  "he's",
  "she's",
  "hes",
  "shes",
  "him",
  "her",
  "they",
  "them",
  "they're",
  "theyre",
  "his",
  "this",
  "these",
  "those",
  "guy",
  "woman",
  "man",
]);
const CUE_MENTION = "@user";

export function cueClass(tok: string): number {
  if (CUE_2ND.has(tok)) return 1;
  if (tok === CUE_MENTION) return 3;
  if (CUE_3RD.has(tok)) return 2;
  return 0;
}

const G_U = 0,
  G_B = 1,
  G_C = 2,
  G_Y = 3,
  G_L = 4;
const NGROUPS = 5;
/** The groups of a word's own features, which a scorer may sum once per word (FeatureBuffer.wordsOneByOne). */
export const UNIGRAM_GROUP = G_U;
export const GRAM_GROUP = G_C;

/** Feature buffer, reused between calls (single-threaded). */
export class FeatureBuffer {
  /**
   * @param wordsOneByOne false: a word's own features (its unigram and character n-grams) are
   *   only counted; a scorer that sums them once per word reads them from `words`
   */
  constructor(readonly wordsOneByOne = true) {}
  idx = new Int32Array(1024);
  val = new Float32Array(1024);
  /** owning token(s) of each feature for span attribution; -1 = none */
  ownA = new Int32Array(1024);
  ownB = new Int32Array(1024);
  group = new Uint8Array(1024);
  n = 0;
  /** each token's word features, from the last text */
  readonly words: WordFeatures[] = [];
  /** features per group so far */
  readonly counts = new Int32Array(NGROUPS);
  /** Empties the buffer for the next text. */
  clear() {
    this.n = 0;
    this.counts.fill(0);
  }
  private grow() {
    const cap = this.idx.length * 2;
    const gi = new Int32Array(cap);
    gi.set(this.idx);
    this.idx = gi;
    const gv = new Float32Array(cap);
    gv.set(this.val);
    this.val = gv;
    const ga = new Int32Array(cap);
    ga.set(this.ownA);
    this.ownA = ga;
    const gb = new Int32Array(cap);
    gb.set(this.ownB);
    this.ownB = gb;
    const gg = new Uint8Array(cap);
    gg.set(this.group);
    this.group = gg;
  }
  push(h: number, group: number, a: number, b: number) {
    if (this.n === this.idx.length) this.grow();
    const k = this.n++;
    this.idx[k] = h;
    this.group[k] = group;
    this.counts[group]!++;
    this.ownA[k] = a;
    this.ownB[k] = b;
  }
}

/** A word's rates from the context's three lexicons (absent where a lexicon lacks the word). */
interface WordRates {
  attack?: number;
  toxic?: number;
  threat?: number;
}

/** What a word brings by itself, the same in every comment: worked out once per word. */
export interface WordFeatures {
  /** the word's hash, which its bigrams combine */
  readonly hash: number;
  /** its unigram's bucket */
  readonly unigram: number;
  /** the buckets of its character n-grams, in order */
  readonly grams: Int32Array;
  /** its target cue class (cueClass) */
  readonly cue: number;
  readonly rates: WordRates | undefined;
  /**
   * Kept here for the scorer that reads the word (LinearScorer): its own features' weight sums,
   * and which scorer's they are. A slot on the word saves a second lookup per token.
   */
  sums?: Float64Array;
  sumsOf?: object;
}

/** Words whose features are remembered, per context (a few megabytes at most). */
const MAX_WORDS = 20_000;
const readers = new WeakMap<FeatureContext, { from: unknown[]; read: (word: string) => WordFeatures }>();

/** The context's reading of a word, remembered: words repeat from comment to comment. */
function wordsOf(ctx: FeatureContext): (word: string) => WordFeatures {
  // training swaps a context's lexicons between folds
  const from = [ctx.bits, ctx.attackRate, ctx.toxicRate, ctx.threatRate];
  const known = readers.get(ctx);
  if (known && known.from.every((m, i) => m === from[i])) return known.read;
  const rates = lexiconOf(ctx);
  const mask = (1 << ctx.bits) - 1;
  const read = remembered((w) => describeWord(w, mask, rates), MAX_WORDS);
  readers.set(ctx, { from, read });
  return read;
}

/** A token's word features, kept with its word's entry when it has one (one lookup per token, not two). */
function wordOf(token: Token, words: (word: string) => WordFeatures): WordFeatures {
  const entry = token.entry;
  if (entry === undefined) return words(token.text);
  if (entry.keptBy !== words) {
    entry.kept = words(token.text);
    entry.keptBy = words;
  }
  return entry.kept as WordFeatures;
}

/** The context's lexicons as one map: one lookup per word instead of three. */
function lexiconOf(ctx: FeatureContext): Map<string, WordRates> {
  const rates = new Map<string, WordRates>();
  const add = (lexicon: Map<string, number> | undefined, key: keyof WordRates) => {
    for (const [w, r] of lexicon ?? []) {
      let entry = rates.get(w);
      // every entry has all three fields, so reading them stays monomorphic
      if (!entry) rates.set(w, (entry = { attack: undefined, toxic: undefined, threat: undefined }));
      entry[key] = r;
    }
  };
  add(ctx.attackRate, "attack");
  add(ctx.toxicRate, "toxic");
  add(ctx.threatRate, "threat");
  return rates;
}

/** "<word>" as char codes, for its n-grams (words are cut at 24 characters). */
const wordCodes = new Int32Array(26);
const gramBuckets = new Int32Array(4 * 26);

function describeWord(w: string, mask: number, lexicon: Map<string, WordRates>): WordFeatures {
  const hash = hashString(SEED_U, w);
  // character n-grams 2..5 over "<w>"
  let n = 0;
  const L = Math.min(w.length, 24);
  if (L > 0 && w.charCodeAt(0) < 0x2000) {
    const P = L + 2;
    wordCodes[0] = 60;
    for (let j = 1; j <= L; j++) wordCodes[j] = w.charCodeAt(j - 1);
    wordCodes[P - 1] = 62;
    for (let s = 0; s < P - 1; s++) {
      let h = SEED_C;
      const lim = Math.min(s + 5, P);
      for (let j = s; j < lim; j++) {
        h = Math.imul(h ^ wordCodes[j]!, FNV_PRIME);
        if (j > s) gramBuckets[n++] = fmix32(h) & mask;
      }
    }
  }
  const grams = gramBuckets.slice(0, n);
  return { hash, unigram: fmix32(hash) & mask, grams, cue: cueClass(w), rates: lexicon.get(w), sums: undefined, sumsOf: undefined };
}

function rateBin(r: number): number {
  return r < 0.05 ? 0 : r < 0.15 ? 1 : r < 0.3 ? 2 : r < 0.5 ? 3 : r < 0.7 ? 4 : 5;
}

/**
 * Fills `buf` with (bucket index, value, owners) for `tokens`. Bucket indices are in
 * [0, 2^bits). Values are 1/sqrt(group size) per emission.
 */
export function extractFeatures(tokens: readonly Token[], ctx: FeatureContext, buf: FeatureBuffer): void {
  buf.clear();
  const mask = (1 << ctx.bits) - 1;
  const nt = tokens.length;
  const words = wordsOf(ctx);
  const wordHash = new Array<number>(nt);
  let hasCue2 = false,
    hasCue3 = false;
  let maxRate = 0,
    maxTok = -1,
    lexCount = 0,
    second = 0,
    sumRate = 0;
  let maxTox = 0,
    maxToxTok = -1,
    toxCount = 0,
    maxThr = 0,
    maxThrTok = -1;
  for (let i = 0; i < nt; i++) {
    const word = wordOf(tokens[i]!, words);
    buf.words[i] = word;
    const hu = word.hash;
    wordHash[i] = hu;
    if (buf.wordsOneByOne) buf.push(word.unigram, G_U, i, -1);
    else buf.counts[G_U]!++;
    if (i > 0) buf.push(fmix32(wordHash[i - 1]! ^ Math.imul(hu + SEED_B, 0x9e3779b1)) & mask, G_B, i - 1, i);
    if (buf.wordsOneByOne) for (let g = 0; g < word.grams.length; g++) buf.push(word.grams[g]!, G_C, i, -1);
    else buf.counts[G_C]! += word.grams.length;
    const cc = word.cue;
    if (cc === 1) hasCue2 = true;
    else if (cc === 2) hasCue3 = true;
    if (cc !== 0) {
      const lim = Math.min(i + 4, nt);
      for (let j = i + 1; j < lim; j++) {
        buf.push(fmix32(hashString(SEED_Y + cc, tokens[j]!.text)) & mask, G_Y, j, -1);
      }
    }
    const rates = word.rates;
    const r = rates?.attack;
    if (r !== undefined) {
      if (r > maxRate) {
        second = maxRate;
        maxRate = r;
        maxTok = i;
      } else if (r > second) second = r;
      if (r >= 0.3) lexCount++;
      sumRate += r;
    }
    const hr = rates?.threat;
    if (hr !== undefined && hr > maxThr) {
      maxThr = hr;
      maxThrTok = i;
    }
    const tr = rates?.toxic;
    if (tr !== undefined) {
      if (tr > maxTox) {
        maxTox = tr;
        maxToxTok = i;
      }
      if (tr >= 0.3) toxCount++;
    }
  }
  // lexicon features
  const mb = rateBin(maxRate);
  buf.push(fmix32(SEED_L + mb) & mask, G_L, maxTok, -1);
  buf.push(fmix32(SEED_L + 16 + Math.min(lexCount, 3)) & mask, G_L, maxTok, -1);
  if (hasCue2) buf.push(fmix32(SEED_L + 32 + mb) & mask, G_L, maxTok, -1);
  if (hasCue3) buf.push(fmix32(SEED_L + 48 + mb) & mask, G_L, maxTok, -1);
  if (ctx.toxicRate) {
    const tb = rateBin(maxTox);
    buf.push(fmix32(SEED_L + 64 + tb) & mask, G_L, maxToxTok, -1);
    buf.push(fmix32(SEED_L + 80 + Math.min(toxCount, 3)) & mask, G_L, maxToxTok, -1);
    buf.push(fmix32(SEED_L + 96 + rateBin(second)) & mask, G_L, -1, -1);
    buf.push(fmix32(SEED_L + 112 + rateBin(sumRate / 2)) & mask, G_L, -1, -1);
    if (hasCue2) buf.push(fmix32(SEED_L + 128 + tb) & mask, G_L, maxToxTok, -1);
  }
  if (ctx.threatRate) {
    const hb = rateBin(maxThr * 2);
    buf.push(fmix32(SEED_L + 144 + hb) & mask, G_L, maxThrTok, -1);
    if (hasCue2) buf.push(fmix32(SEED_L + 160 + hb) & mask, G_L, maxThrTok, -1);
  }

  // per-group normalisation
  const counts = buf.counts;
  const scale = new Array<number>(NGROUPS);
  for (let g = 0; g < NGROUPS; g++) scale[g] = counts[g]! > 0 ? 1 / Math.sqrt(counts[g]!) : 0;
  // lexicon features are not length-normalised
  scale[G_L] = 1;
  for (let k = 0; k < buf.n; k++) buf.val[k] = scale[buf.group[k]!]!;
}
