/**
 * Which words of a comment are the toxic ones: a tiny per-token logistic regression over the
 * word lists learned from the annotated training posts (scripts/train.ts fits it on the
 * SemEval-2021 tsd_train gold spans, with out-of-fold word lists so a post's own spans never
 * feed its features). Whole tokens only; neighbouring hits merge into one span.
 *
 * Features of token i: the bin and value of its tsd span rate and of its crowd toxic rate, its
 * attack rate, its neighbours' span rate, how it compares with the post's strongest word, the
 * post's strongest rate, insult-list membership, an unknown-word flag, shouting, post length.
 * Plain TypeScript, Workers-compatible.
 */
import type { Span } from "../../contract/wire.ts";
import type { Token } from "./normalize.ts";

/** The learned span model stored in the artifact. */
export interface SpanModel {
  /** SPAN_FEATURES weights, the first one the bias */
  w: number[];
  /** a token is toxic when its probability is at least this */
  threshold: number;
  /**
   * ... and when its own words lists rate it at least this toxic (span rate, toxic rate, or 1 for
   * an insult word): the model compares a word with the post's strongest, which in a benign
   * comment is a benign word.
   */
  minRate: number;
}

/** The word lists the features read. */
export interface SpanLexicons {
  /** word -> share of its tsd_train occurrences inside gold spans */
  spanRate: ReadonlyMap<string, number>;
  /** word -> share of raters' spans (any type) covering it */
  toxicRate: ReadonlyMap<string, number>;
  /** word -> share of raters' Insult/Threat spans covering it */
  attackRate: ReadonlyMap<string, number>;
  insultWords: ReadonlySet<string>;
}

const BINS = [0.05, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7];
const NBINS = BINS.length + 1;
const bin = (r: number) => {
  let b = 0;
  while (b < BINS.length && r >= BINS[b]!) b++;
  return b;
};
export const SPAN_FEATURES = 1 + 2 * NBINS + 12;

/** Calls `out(i, x)` with token i's feature vector (reused between calls: copy to keep it). */
export function spanFeatures(tokens: readonly Token[], text: string, lex: SpanLexicons, out: (i: number, x: Float64Array) => void): void {
  const n = tokens.length;
  const r = new Float64Array(n),
    tx = new Float64Array(n);
  let maxR = 0,
    maxT = 0;
  for (let i = 0; i < n; i++) {
    const w = tokens[i]!.text;
    r[i] = lex.spanRate.get(w) ?? 0;
    tx[i] = lex.toxicRate.get(w) ?? 0;
    if (r[i]! > maxR) maxR = r[i]!;
    if (tx[i]! > maxT) maxT = tx[i]!;
  }
  const x = new Float64Array(SPAN_FEATURES);
  const lenF = Math.log1p(n) / 5;
  for (let i = 0; i < n; i++) {
    const t = tokens[i]!;
    const ri = r[i]!;
    x.fill(0);
    let k = 0;
    x[k++] = 1;
    x[k + bin(ri)] = 1;
    k += NBINS;
    x[k + bin(tx[i]!)] = 1;
    k += NBINS;
    x[k++] = ri;
    x[k++] = tx[i]!;
    x[k++] = lex.attackRate.get(t.text) ?? 0;
    x[k++] = Math.max(i > 0 ? r[i - 1]! : 0, i + 1 < n ? r[i + 1]! : 0);
    x[k++] = maxR > 0 && ri === maxR ? 1 : 0;
    x[k++] = maxR > 0 ? ri / maxR : 0;
    x[k++] = maxT > 0 ? tx[i]! / maxT : 0;
    x[k++] = maxR;
    x[k++] = lex.insultWords.has(t.text) ? 1 : 0;
    x[k++] = !lex.spanRate.has(t.text) && !lex.toxicRate.has(t.text) ? 1 : 0;
    x[k++] = isShouted(text, t) ? 1 : 0;
    x[k] = lenF;
    out(i, x);
  }
}

/** Three letters or more, in capitals: "IDIOT" (not "OK"). */
const isShouted = (text: string, t: Token) => t.end - t.start >= 3 && writtenInCapitals(text, t);

/** A token with capitals and no small letters: "GOAL", "A". */
export function writtenInCapitals(text: string, t: Token): boolean {
  let upper = 0;
  for (let k = t.start; k < t.end; k++) {
    const c = text.charCodeAt(k);
    if (c >= 97 && c <= 122) return false;
    if (c >= 65 && c <= 90) upper++;
  }
  return upper > 0;
}

interface WordPart {
  /** the features that depend on the word alone, times their weights */
  base: number;
  span: number;
  toxic: number;
  /** the word's own toxicity evidence, compared with SpanModel.minRate */
  evidence: number;
}

/**
 * The span model ready to score: each lexicon word's own part of the logit precomputed, so a
 * token costs one lookup. Same logits as spanFeatures · w (a test checks it).
 */
export class SpanScorer {
  readonly #words = new Map<string, WordPart>();
  readonly #unknown: WordPart;
  readonly #w: readonly number[];
  constructor(lex: SpanLexicons, w: readonly number[]) {
    this.#w = w;
    const d = 1 + 2 * NBINS;
    const part = (word: string): WordPart => {
      const span = lex.spanRate.get(word) ?? 0,
        toxic = lex.toxicRate.get(word) ?? 0;
      let base = w[1 + bin(span)]! + w[1 + NBINS + bin(toxic)]! + w[d]! * span + w[d + 1]! * toxic;
      base += w[d + 2]! * (lex.attackRate.get(word) ?? 0);
      if (lex.insultWords.has(word)) base += w[d + 8]!;
      if (!lex.spanRate.has(word) && !lex.toxicRate.has(word)) base += w[d + 9]!;
      return { base, span, toxic, evidence: lex.insultWords.has(word) ? 1 : Math.max(span, toxic) };
    };
    for (const m of [lex.spanRate, lex.toxicRate, lex.attackRate]) for (const word of m.keys()) this.#words.set(word, part(word));
    for (const word of lex.insultWords) this.#words.set(word, part(word));
    this.#unknown = part("\u0000");
  }

  /** Each token's logit of lying inside a toxic span; `evidence` receives each token's own evidence. */
  logits(tokens: readonly Token[], text: string, evidence?: Float64Array): Float64Array {
    const n = tokens.length;
    const w = this.#w;
    const parts = new Array<WordPart>(n);
    let maxR = 0,
      maxT = 0;
    for (let i = 0; i < n; i++) {
      const p = this.#words.get(tokens[i]!.text) ?? this.#unknown;
      parts[i] = p;
      if (evidence) evidence[i] = p.evidence;
      if (p.span > maxR) maxR = p.span;
      if (p.toxic > maxT) maxT = p.toxic;
    }
    const d = 1 + 2 * NBINS;
    const common = w[0]! + w[d + 7]! * maxR + (w[d + 11]! * Math.log1p(n)) / 5;
    const z = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      const p = parts[i]!;
      let s = common + p.base + w[d + 3]! * Math.max(i > 0 ? parts[i - 1]!.span : 0, i + 1 < n ? parts[i + 1]!.span : 0);
      if (maxR > 0) s += (p.span === maxR ? w[d + 4]! : 0) + (w[d + 5]! * p.span) / maxR;
      if (maxT > 0) s += (w[d + 6]! * p.toxic) / maxT;
      if (isShouted(text, tokens[i]!)) s += w[d + 10]!;
      z[i] = s;
    }
    return z;
  }
}

/** Merges the chosen tokens into spans: neighbours (adjacent tokens) become one span. */
export function tokenSpans(tokens: readonly Token[], chosen: (i: number) => boolean): Span[] {
  const spans: Span[] = [];
  let cur: Span | null = null;
  let last = -2;
  for (let i = 0; i < tokens.length; i++) {
    if (!chosen(i)) continue;
    const t = tokens[i]!;
    if (cur && last === i - 1) cur.end = t.end;
    else {
      cur = { start: t.start, end: t.end };
      spans.push(cur);
    }
    last = i;
  }
  return spans;
}
