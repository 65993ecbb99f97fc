/**
 * Fits the per-token span model (server/detector/spans.ts) on the tsd_train posts of the
 * training split: logistic regression, full-batch Adam from zero (deterministic), each post's
 * features computed with word lists that never saw that post (out-of-fold).
 */
import type { Token } from "../../server/detector/normalize.ts";
import { SPAN_FEATURES, spanFeatures, tokenSpans, type SpanLexicons } from "../../server/detector/spans.ts";
import { spanF1 } from "./metrics.ts";

export interface SpanPost {
  text: string;
  tokens: Token[];
  /** gold toxic UTF-16 offsets */
  gold: Set<number>;
  /** the post's word lists (out-of-fold for training posts) */
  lex: SpanLexicons;
}

interface Design {
  x: Float64Array;
  y: Uint8Array;
  /** each token's own toxicity evidence (SpanModel.minRate) */
  evidence: Float64Array;
  /** first row of each post, and one past the last */
  rows: Int32Array;
}

function design(posts: SpanPost[]): Design {
  const rows = new Int32Array(posts.length + 1);
  posts.forEach((p, i) => (rows[i + 1] = rows[i]! + p.tokens.length));
  const n = rows[posts.length]!;
  const x = new Float64Array(n * SPAN_FEATURES);
  const y = new Uint8Array(n);
  const evidence = new Float64Array(n);
  posts.forEach((p, pi) => {
    const r0 = rows[pi]!;
    p.tokens.forEach((t, i) => {
      const w = t.text;
      evidence[r0 + i] = p.lex.insultWords.has(w) ? 1 : Math.max(p.lex.spanRate.get(w) ?? 0, p.lex.toxicRate.get(w) ?? 0);
    });
    spanFeatures(p.tokens, p.text, p.lex, (i, f) => x.set(f, (r0 + i) * SPAN_FEATURES));
    p.tokens.forEach((t, i) => {
      for (let k = t.start; k < t.end; k++)
        if (p.gold.has(k)) {
          y[r0 + i] = 1;
          break;
        }
    });
  });
  return { x, y, evidence, rows };
}

function probs(d: Design, w: ArrayLike<number>): Float64Array {
  const n = d.y.length;
  const p = new Float64Array(n);
  for (let r = 0; r < n; r++) {
    let z = 0;
    const o = r * SPAN_FEATURES;
    for (let j = 0; j < SPAN_FEATURES; j++) z += w[j]! * d.x[o + j]!;
    p[r] = 1 / (1 + Math.exp(-z));
  }
  return p;
}

/** Mean per-post character F1 of the spans the model picks at `threshold`. */
function meanF1(posts: SpanPost[], d: Design, p: Float64Array, threshold: number, minRate: number): number {
  let s = 0;
  posts.forEach((post, pi) => {
    const r0 = d.rows[pi]!;
    const pred = new Set<number>();
    for (const sp of tokenSpans(post.tokens, (i) => p[r0 + i]! >= threshold && d.evidence[r0 + i]! >= minRate))
      for (let k = sp.start; k < sp.end; k++) pred.add(k);
    s += spanF1(pred, post.gold);
  });
  return s / posts.length;
}

/**
 * The weights (log loss, small L2) and the threshold with the best mean character F1 on the
 * same out-of-fold posts, words under `minRate` left out.
 */
export function fitSpanModel(
  posts: SpanPost[],
  minRate: number,
  { iterations = 300, lr = 0.1, l2 = 1e-4 } = {},
): { w: number[]; threshold: number; f1: number } {
  const d = design(posts);
  const n = d.y.length;
  const w = new Float64Array(SPAN_FEATURES);
  const m = new Float64Array(SPAN_FEATURES),
    v = new Float64Array(SPAN_FEATURES);
  const g = new Float64Array(SPAN_FEATURES);
  for (let it = 1; it <= iterations; it++) {
    g.fill(0);
    for (let r = 0; r < n; r++) {
      const o = r * SPAN_FEATURES;
      let z = 0;
      for (let j = 0; j < SPAN_FEATURES; j++) z += w[j]! * d.x[o + j]!;
      const e = 1 / (1 + Math.exp(-z)) - d.y[r]!;
      for (let j = 0; j < SPAN_FEATURES; j++) g[j]! += e * d.x[o + j]!;
    }
    for (let j = 0; j < SPAN_FEATURES; j++) {
      const gj = g[j]! / n + l2 * w[j]!;
      m[j] = 0.9 * m[j]! + 0.1 * gj;
      v[j] = 0.999 * v[j]! + 0.001 * gj * gj;
      w[j]! -= (lr * (m[j]! / (1 - 0.9 ** it))) / (Math.sqrt(v[j]! / (1 - 0.999 ** it)) + 1e-8);
    }
  }
  const rounded = Array.from(w, (x) => +x.toFixed(4));
  const p = probs(d, rounded);
  let best = { threshold: 0.5, f1: -1 };
  for (let t = 0.2; t <= 0.6001; t += 0.025) {
    const f1 = meanF1(posts, d, p, +t.toFixed(3), minRate);
    if (f1 > best.f1) best = { threshold: +t.toFixed(3), f1 };
  }
  return { w: rounded, ...best };
}
