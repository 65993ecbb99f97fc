/** Training helpers: vocabulary, span lexicons, featurisation, logistic regression. */
import { tokenize, type Token } from "../../server/detector/normalize.ts";
import { extractFeatures, FeatureBuffer, type FeatureContext } from "../../server/detector/features.ts";
import type { CivilItem } from "./data.ts";
import { fnv1a32 } from "./data.ts";

/** Mulberry32: small seeded PRNG. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Fisher–Yates, driven by the seeded generator so training order is reproducible. */
export function shuffleInPlace<T>(items: T[], rand: () => number): void {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
}

/** Known words: plain alphabetic tokens seen at least `minCount` times in the training texts. */
export function buildVocab(texts: Iterable<string>, minCount: number): string[] {
  const counts = new Map<string, number>();
  for (const t of texts) {
    for (const tok of tokenize(t)) {
      const w = tok.text;
      if (!/^[a-z][a-z']*$/.test(w) || w.length > 20) continue;
      counts.set(w, (counts.get(w) ?? 0) + 1);
    }
  }
  return [...counts.entries()]
    .filter(([, c]) => c >= minCount)
    .map(([w]) => w)
    .sort();
}

/**
 * Converts Python code-point offsets (as in the data files) to JS UTF-16 offsets.
 * Returns a function mapping a code-point index to a UTF-16 index.
 */
export function cpToUtf16(text: string): (cp: number) => number {
  let astral = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      astral = true;
      break;
    }
  }
  if (!astral) return (cp) => cp;
  const map: number[] = [];
  let u = 0;
  for (const ch of text) {
    map.push(u);
    u += ch.length;
  }
  map.push(u);
  return (cp) => (cp < map.length ? map[cp]! : u + (cp - map.length + 1));
}

function popcount(v: number): number {
  let c = 0;
  while (v) {
    v &= v - 1;
    c++;
  }
  return c;
}

export interface Lexicon {
  attack: Map<string, number>;
  toxic: Map<string, number>;
  threat: Map<string, number>;
  count: Map<string, number>;
}

/**
 * Per-token rates from the crowd spans of `items`: for every occurrence of a word, the share
 * of the comment's raters whose Insult/Threat (attack) or any-type (toxic) spans cover it.
 * rate = sum of shares / (occurrences + 1). Keeps words seen >= minCount times.
 */
export function buildLexicon(items: CivilItem[], tok: (text: string) => Token[], minCount = 3): Lexicon {
  const att = new Map<string, number>();
  const tox = new Map<string, number>();
  const cnt = new Map<string, number>();
  const thr = new Map<string, number>();
  for (const it of items) {
    const toks = tok(it.text);
    const conv = cpToUtf16(it.text);
    const sp = it.spans.map((s) => ({
      att: s.type === "Insult" || s.type === "Threat",
      thr: s.type === "Threat",
      a: conv(s.start),
      b: conv(s.end),
      r: s.rater,
    }));
    for (const t of toks) {
      // distinct raters whose spans cover the token
      let am = 0,
        xm = 0,
        tm = 0;
      for (const s of sp) {
        if (s.a < t.end && s.b > t.start) {
          xm |= 1 << (s.r % 31);
          if (s.att) am |= 1 << (s.r % 31);
          if (s.thr) tm |= 1 << (s.r % 31);
        }
      }
      const a = popcount(am),
        x = popcount(xm),
        th = popcount(tm);
      const w = t.text;
      cnt.set(w, (cnt.get(w) ?? 0) + 1);
      if (a) att.set(w, (att.get(w) ?? 0) + Math.min(1, a / it.raters));
      if (th) thr.set(w, (thr.get(w) ?? 0) + Math.min(1, th / it.raters));
      if (x) tox.set(w, (tox.get(w) ?? 0) + Math.min(1, x / it.raters));
    }
  }
  const attack = new Map<string, number>();
  const toxic = new Map<string, number>();
  const threat = new Map<string, number>();
  for (const [w, c] of cnt) {
    if (c < minCount) continue;
    const ra = (att.get(w) ?? 0) / (c + 1);
    const rt = (tox.get(w) ?? 0) / (c + 1);
    if (ra >= 0.02) attack.set(w, ra);
    if (rt >= 0.02) toxic.set(w, rt);
    const rh = (thr.get(w) ?? 0) / (c + 1);
    if (rh >= 0.02) threat.set(w, rh);
  }
  return { attack, toxic, threat, count: cnt };
}

/** CSR sparse matrix of featurised documents. */
export interface Sparse {
  offsets: Int32Array;
  idx: Int32Array;
  val: Float32Array;
  rows: number;
}

/**
 * Featurises `texts`, the i-th with `ctxFor(i)`'s lexicons; words as `tokens` reads them (by
 * default the plain tokeniser; the detector's own reading also undoes disguised insults).
 */
export function featurize(
  texts: string[],
  ctxFor: (i: number) => FeatureContext,
  onProgress?: (i: number) => void,
  tokens: (text: string, ctx: FeatureContext) => Token[] = (t, ctx) => tokenize(t, ctx.known, ctx.wildcardWords),
): Sparse {
  const buf = new FeatureBuffer();
  const offsets = new Int32Array(texts.length + 1);
  let cap = texts.length * 256;
  let idx = new Int32Array(cap);
  let val = new Float32Array(cap);
  let n = 0;
  for (let i = 0; i < texts.length; i++) {
    const ctx = ctxFor(i);
    extractFeatures(tokens(texts[i]!, ctx), ctx, buf);
    if (n + buf.n > cap) {
      cap = Math.max(cap * 2, n + buf.n);
      const ni = new Int32Array(cap);
      ni.set(idx.subarray(0, n));
      idx = ni;
      const nv = new Float32Array(cap);
      nv.set(val.subarray(0, n));
      val = nv;
    }
    idx.set(buf.idx.subarray(0, buf.n), n);
    val.set(buf.val.subarray(0, buf.n), n);
    n += buf.n;
    offsets[i + 1] = n;
    if (onProgress && i % 2000 === 0) onProgress(i);
  }
  return { offsets, idx: idx.subarray(0, n), val: val.subarray(0, n), rows: texts.length };
}

export interface LROptions {
  bits: number;
  epochs: number;
  lr: number;
  l2: number;
  seed: number;
  onEpoch?: (epoch: number, loss: number, w: Float32Array, bias: number) => void;
  /**
   * Polyak averaging: return the average of the weights over every update from this epoch on
   * (0-based; undefined = the last weights). Computed lazily: a weight only changes when touched.
   */
  averageFrom?: number;
}

const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));

/** Logistic regression with soft labels, per-sample weights, AdaGrad and L2 on touched weights. */
export function trainLR(X: Sparse, y: Float32Array, sw: Float32Array, o: LROptions): { w: Float32Array; bias: number } {
  const D = 1 << o.bits;
  const w = new Float32Array(D);
  const G = new Float32Array(D).fill(1e-6);
  let bias = 0,
    Gb = 1e-6;
  const rand = rng(o.seed);
  const order = Array.from({ length: X.rows }, (_, i) => i);
  const avgFrom = o.averageFrom ?? o.epochs;
  const A = avgFrom < o.epochs ? new Float64Array(D) : undefined;
  const last = avgFrom < o.epochs ? new Float64Array(D) : undefined;
  let t = 0,
    t0 = 0,
    Ab = 0;
  for (let ep = 0; ep < o.epochs; ep++) {
    shuffleInPlace(order, rand);
    if (ep === avgFrom) t0 = t;
    let loss = 0,
      wsum = 0;
    for (const r of order) {
      const averaging = A !== undefined && ep >= avgFrom;
      const a = X.offsets[r]!,
        b = X.offsets[r + 1]!;
      let z = bias;
      for (let k = a; k < b; k++) z += w[X.idx[k]!]! * X.val[k]!;
      const p = sigmoid(z);
      const yy = y[r]!,
        s = sw[r]!;
      loss += -s * (yy * Math.log(p + 1e-12) + (1 - yy) * Math.log(1 - p + 1e-12));
      wsum += s;
      const g = (p - yy) * s;
      for (let k = a; k < b; k++) {
        const j = X.idx[k]!;
        if (averaging) {
          // w[j] held its value since last[j] (or since averaging began)
          A[j] += w[j]! * (t - Math.max(last![j]!, t0));
          last![j] = t;
        }
        const gj = g * X.val[k]! + o.l2 * w[j]!;
        G[j] += gj * gj;
        w[j] -= (o.lr * gj) / Math.sqrt(G[j]!);
      }
      if (averaging) Ab += bias;
      Gb += g * g;
      bias -= (o.lr * g) / Math.sqrt(Gb);
      t++;
    }
    o.onEpoch?.(ep, loss / wsum, w, bias);
  }
  if (A && last && t > t0) {
    const n = t - t0;
    const avg = new Float32Array(D);
    for (let j = 0; j < D; j++) avg[j] = (A[j]! + w[j]! * (t - Math.max(last[j]!, t0))) / n;
    return { w: avg, bias: Ab / n };
  }
  return { w, bias };
}

/** The rows `rows` of `X`, in that order. */
export function selectRows(X: Sparse, rows: readonly number[]): Sparse {
  let n = 0;
  for (const r of rows) n += X.offsets[r + 1]! - X.offsets[r]!;
  const offsets = new Int32Array(rows.length + 1);
  const idx = new Int32Array(n);
  const val = new Float32Array(n);
  let at = 0;
  rows.forEach((r, i) => {
    const a = X.offsets[r]!,
      b = X.offsets[r + 1]!;
    idx.set(X.idx.subarray(a, b), at);
    val.set(X.val.subarray(a, b), at);
    at += b - a;
    offsets[i + 1] = at;
  });
  return { offsets, idx, val, rows: rows.length };
}

export function predictLogits(X: Sparse, w: ArrayLike<number>, bias: number, scale = 1): Float64Array {
  const out = new Float64Array(X.rows);
  for (let r = 0; r < X.rows; r++) {
    let z = 0;
    for (let k = X.offsets[r]!; k < X.offsets[r + 1]!; k++) z += w[X.idx[k]!]! * X.val[k]!;
    out[r] = z * scale + bias;
  }
  return out;
}

export const foldOf = (key: string, k: number) => fnv1a32("fold:" + key) % k;

/**
 * Word list from the SemEval-2021 gold spans (tsd_train posts among `items`): for each word,
 * (occurrences inside a gold span) / (occurrences + 1), for words seen >= minCount times.
 */
export function buildSpanLexicon(items: CivilItem[], tok: (text: string) => Token[], minCount = 2): Map<string, number> {
  const hit = new Map<string, number>(),
    cnt = new Map<string, number>();
  for (const it of items) {
    if (!it.tsdSpans) continue;
    const conv = cpToUtf16(it.text);
    const gold = new Set(it.tsdSpans.map(conv));
    for (const t of tok(it.text)) {
      cnt.set(t.text, (cnt.get(t.text) ?? 0) + 1);
      let inside = false;
      for (let k = t.start; k < t.end; k++)
        if (gold.has(k)) {
          inside = true;
          break;
        }
      if (inside) hit.set(t.text, (hit.get(t.text) ?? 0) + 1);
    }
  }
  const out = new Map<string, number>();
  for (const [w, c] of cnt) {
    if (c < minCount) continue;
    const r = (hit.get(w) ?? 0) / (c + 1);
    if (r >= 0.05) out.set(w, r);
  }
  return out;
}

/** Naive-Bayes log-count ratios per hash bucket (Wang & Manning 2012), from soft labels. */
export function nbRatios(X: Sparse, y: Float32Array, sw: Float32Array, bits: number, alpha = 1): Float32Array {
  const D = 1 << bits;
  const p = new Float32Array(D).fill(alpha),
    q = new Float32Array(D).fill(alpha);
  let np = 0,
    nq = 0;
  for (let k = 0; k < X.rows; k++) {
    const pos = y[k]! * sw[k]!,
      neg = (1 - y[k]!) * sw[k]!;
    np += pos;
    nq += neg;
    for (let j = X.offsets[k]!; j < X.offsets[k + 1]!; j++) {
      p[X.idx[j]!] += pos;
      q[X.idx[j]!] += neg;
    }
  }
  const r = new Float32Array(D);
  for (let j = 0; j < D; j++) r[j] = Math.abs(Math.log(p[j]! / np / (q[j]! / nq)));
  return r;
}

export function scaleSparse(X: Sparse, r: Float32Array): Sparse {
  const val = new Float32Array(X.val.length);
  for (let j = 0; j < val.length; j++) val[j] = X.val[j]! * r[X.idx[j]!]!;
  return { ...X, val };
}

/**
 * Insult words for the name-calling rule (server/detector/insult.ts): per word, the share of
 * raters whose INSULT spans cover it, summed over occurrences / (occurrences + 1), in the
 * training comments; keeps plain words with rate >= minRate seen >= minCount times.
 * Nouns: words with a plural in the vocabulary ("idiot" → "idiots") or plurals of such words,
 * without an adjective suffix.
 */
export function buildInsultLexicon(
  items: CivilItem[],
  tok: (text: string) => Token[],
  vocab: ReadonlySet<string>,
  minRate = 0.3,
  minCount = 8,
): { words: Map<string, number>; nouns: Set<string> } {
  const hit = new Map<string, number>(),
    cnt = new Map<string, number>();
  for (const it of items) {
    const conv = cpToUtf16(it.text);
    const sp = it.spans.filter((s) => s.type === "Insult").map((s) => ({ a: conv(s.start), b: conv(s.end), r: s.rater }));
    for (const t of tok(it.text)) {
      cnt.set(t.text, (cnt.get(t.text) ?? 0) + 1);
      let m = 0;
      for (const s of sp) if (s.a < t.end && s.b > t.start) m |= 1 << (s.r % 31);
      if (m) hit.set(t.text, (hit.get(t.text) ?? 0) + Math.min(1, popcount(m) / it.raters));
    }
  }
  const words = new Map<string, number>();
  for (const [w, c] of cnt) {
    if (c < minCount || !/^[a-z]{3,}$/.test(w)) continue;
    const r = (hit.get(w) ?? 0) / (c + 1);
    if (r >= minRate) words.set(w, r);
  }
  const ADJ = /(ic|ous|ful|less|ish|able|ible|al|ive|ed|ing|est|ier|ant|ent)$/;
  const nounish = (w: string) => !ADJ.test(w) && (vocab.has(w + "s") || vocab.has(w + "es"));
  const nouns = new Set<string>();
  for (const w of words.keys()) {
    if (nounish(w)) nouns.add(w);
    else if (w.endsWith("s") && (nounish(w.slice(0, -1)) || (w.endsWith("es") && nounish(w.slice(0, -2))))) nouns.add(w);
  }
  return { words, nouns };
}
