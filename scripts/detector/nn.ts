/**
 * fastText-style classifier over the same hashed features as the linear model:
 *   e = Σ_k val_k · E[idx_k mod 2^bits]   (sum-pooled embeddings; val carries the 1/√n
 *                                          per-group normalisation from features.ts)
 *   h = relu(W1 e + b1);  logit = w2 · h + b2
 * Trained with AdaGrad (sparse for E), input-feature dropout, soft labels, sample weights.
 * Seeded and deterministic.
 */
import { rng, shuffleInPlace, type Sparse } from "./lib.ts";

export interface NNOptions {
  bits: number;
  dim: number;
  hidden: number;
  epochs: number;
  lr: number;
  dropout: number;
  seed: number;
  l2?: number;
  onEpoch?: (epoch: number, loss: number, net: NNWeights) => void;
}

export interface NNWeights {
  bits: number;
  dim: number;
  hidden: number;
  E: Float32Array;
  W1: Float32Array;
  b1: Float32Array;
  w2: Float32Array;
  b2: number;
}

const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));

export function trainNN(X: Sparse, y: Float32Array, sw: Float32Array, o: NNOptions): NNWeights {
  const rand = rng(o.seed);
  const B = 1 << o.bits,
    d = o.dim,
    H = o.hidden,
    mask = B - 1;
  const E = new Float32Array(B * d);
  const ea = 0.5 / Math.sqrt(d);
  for (let i = 0; i < E.length; i++) E[i] = (rand() * 2 - 1) * ea;
  const W1 = new Float32Array(H * d);
  const wa = Math.sqrt(6 / (H + d));
  for (let i = 0; i < W1.length; i++) W1[i] = (rand() * 2 - 1) * wa;
  const b1 = new Float32Array(H).fill(0.01);
  const w2 = new Float32Array(H);
  const va = Math.sqrt(6 / (H + 1));
  for (let i = 0; i < H; i++) w2[i] = (rand() * 2 - 1) * va;
  let b2 = 0;
  const GE = new Float32Array(B * d).fill(1e-6);
  const GW1 = new Float32Array(H * d).fill(1e-6);
  const Gb1 = new Float32Array(H).fill(1e-6);
  const Gw2 = new Float32Array(H).fill(1e-6);
  let Gb2 = 1e-6;
  const e = new Float32Array(d),
    a = new Float32Array(H),
    h = new Float32Array(H),
    ga = new Float32Array(H),
    ge = new Float32Array(d);
  const kept = new Int32Array(1 << 16),
    keptV = new Float32Array(1 << 16);
  const order = Array.from({ length: X.rows }, (_, i) => i);
  const keepScale = 1 / (1 - o.dropout);
  const lr = o.lr,
    l2 = o.l2 ?? 0;
  const net: NNWeights = { bits: o.bits, dim: d, hidden: H, E, W1, b1, w2, b2 };
  for (let ep = 0; ep < o.epochs; ep++) {
    shuffleInPlace(order, rand);
    let loss = 0,
      wsum = 0;
    for (const r of order) {
      const s = sw[r]!;
      if (s <= 0) continue;
      e.fill(0);
      let nk = 0;
      for (let k = X.offsets[r]!; k < X.offsets[r + 1]!; k++) {
        if (o.dropout > 0 && rand() < o.dropout) continue;
        const row = (X.idx[k]! & mask) * d;
        const v = X.val[k]! * keepScale;
        kept[nk] = row;
        keptV[nk++] = v;
        for (let t = 0; t < d; t++) e[t] += v * E[row + t]!;
      }
      let z = b2;
      for (let u = 0; u < H; u++) {
        let s1 = b1[u]!;
        const off = u * d;
        for (let t = 0; t < d; t++) s1 += W1[off + t]! * e[t]!;
        a[u] = s1;
        h[u] = s1 > 0 ? s1 : 0;
        z += w2[u]! * h[u]!;
      }
      const p = sigmoid(z);
      const yy = y[r]!;
      loss += -s * (yy * Math.log(p + 1e-12) + (1 - yy) * Math.log(1 - p + 1e-12));
      wsum += s;
      const g = (p - yy) * s;
      ge.fill(0);
      for (let u = 0; u < H; u++) {
        const gu = a[u]! > 0 ? g * w2[u]! : 0;
        ga[u] = gu;
        const gw = g * h[u]! + l2 * w2[u]!;
        Gw2[u] += gw * gw;
        w2[u] -= (lr * gw) / Math.sqrt(Gw2[u]!);
        if (gu !== 0) {
          const off = u * d;
          for (let t = 0; t < d; t++) {
            ge[t] += gu * W1[off + t]!;
            const gw1 = gu * e[t]!;
            GW1[off + t] += gw1 * gw1;
            W1[off + t] -= (lr * gw1) / Math.sqrt(GW1[off + t]!);
          }
          Gb1[u] += gu * gu;
          b1[u] -= (lr * gu) / Math.sqrt(Gb1[u]!);
        }
      }
      Gb2 += g * g;
      b2 -= (lr * g) / Math.sqrt(Gb2);
      for (let q = 0; q < nk; q++) {
        const row = kept[q]!,
          v = keptV[q]!;
        for (let t = 0; t < d; t++) {
          const gg = v * ge[t]! + l2 * E[row + t]!;
          GE[row + t] += gg * gg;
          E[row + t] -= (lr * gg) / Math.sqrt(GE[row + t]!);
        }
      }
    }
    net.b2 = b2;
    o.onEpoch?.(ep, loss / wsum, net);
  }
  net.b2 = b2;
  return net;
}

/** Logits of a float (or dequantised) network for every row of X. */
export function predictNN(X: Sparse, n: NNWeights, Escale = 1): Float64Array {
  const d = n.dim,
    H = n.hidden,
    mask = (1 << n.bits) - 1;
  const out = new Float64Array(X.rows);
  const e = new Float64Array(d);
  for (let r = 0; r < X.rows; r++) {
    e.fill(0);
    for (let k = X.offsets[r]!; k < X.offsets[r + 1]!; k++) {
      const row = (X.idx[k]! & mask) * d;
      const v = X.val[k]! * Escale;
      for (let t = 0; t < d; t++) e[t] += v * n.E[row + t]!;
    }
    let z = n.b2;
    for (let u = 0; u < H; u++) {
      let s1 = n.b1[u]!;
      for (let t = 0; t < d; t++) s1 += n.W1[u * d + t]! * e[t]!;
      if (s1 > 0) z += n.w2[u]! * s1;
    }
    out[r] = z;
  }
  return out;
}
