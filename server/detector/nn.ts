/**
 * The optional fastText-style network of the detector (trained by scripts/detector/nn.ts):
 * sum-pooled int8 embeddings of the same hashed features as the linear model (bucket
 * index mod 2^bits, value = the feature's normalised weight) → one ReLU hidden layer →
 * a logit. Plain TypeScript, Workers-compatible.
 */
import type { FeatureBuffer } from "./features.ts";

export interface NNArtifact {
  bits: number;
  dim: number;
  hidden: number;
  /** embedding = int8 * scale; base64 of 2^bits * dim signed bytes, row-major */
  E: string;
  scale: number;
  W1: number[];
  b1: number[];
  w2: number[];
  b2: number;
  /** logit = mix[0] * linear logit + mix[1] * network logit */
  mix: [number, number];
}

function decode(b64: string): Int8Array {
  const bin = atob(b64);
  const out = new Int8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = (bin.charCodeAt(i) << 24) >> 24;
  return out;
}

export class NNScorer {
  private readonly E: Int8Array;
  private readonly W1: Float32Array;
  private readonly e: Float64Array;
  constructor(readonly a: NNArtifact) {
    this.E = decode(a.E);
    if (this.E.length !== (1 << a.bits) * a.dim) throw new Error("detector model: bad network embedding size");
    this.W1 = Float32Array.from(a.W1);
    this.e = new Float64Array(a.dim);
  }
  logit(buf: FeatureBuffer): number {
    const { dim: d, hidden: H, bits } = this.a;
    const mask = (1 << bits) - 1;
    const E = this.E,
      e = this.e;
    e.fill(0);
    for (let k = 0; k < buf.n; k++) {
      const row = (buf.idx[k]! & mask) * d;
      const v = buf.val[k]!;
      for (let t = 0; t < d; t++) e[t] += v * E[row + t]!;
    }
    const sc = this.a.scale;
    let z = this.a.b2;
    for (let u = 0; u < H; u++) {
      let s = 0;
      const off = u * d;
      for (let t = 0; t < d; t++) s += this.W1[off + t]! * e[t]!;
      s = s * sc + this.a.b1[u]!;
      if (s > 0) z += this.a.w2[u]! * s;
    }
    return z;
  }
}
