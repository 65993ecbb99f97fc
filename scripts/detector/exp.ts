/**
 * Model-selection experiments on an INNER split of the training data (never the
 * validation split): OLID train tweets with fold 0 (of 5) and Civil train comments with
 * fold 0 are held out; everything else trains.
 *   npx tsx scripts/detector/exp.ts [variant ...]
 */
import { loadSplits } from "./data.ts";
import { buildLexicon, buildVocab, featurize, foldOf, predictLogits, trainLR, type Sparse } from "./lib.ts";
import { candidateThresholds, macroF1At, rocAuc, shareAtOrAbove } from "./metrics.ts";
import { tokenize } from "../../server/detector/normalize.ts";
import { buildResources } from "../../server/detector/model.ts";
import type { FeatureContext } from "../../server/detector/features.ts";
import { predictNN, trainNN } from "./nn.ts";

const t0 = performance.now();
const log = (...a: unknown[]) => console.log(`[${((performance.now() - t0) / 1000).toFixed(1)}s]`, ...a);
const S = loadSplits();
const K = 5;
const vocab = buildVocab([...S.olidTrain.map((o) => o.text), ...S.civilTrain.map((c) => c.text)], 3);
const vocabSet = new Set(vocab);
const plainTok = (t: string) => tokenize(t, (w) => vocabSet.has(w));
const lex = buildLexicon(S.civilTrain, plainTok);
const BITS = 18;
const res = buildResources(BITS, vocab, lex.attack, lex.toxic, lex.threat);
const foldCtx: FeatureContext[] = [];
for (let f = 0; f < K; f++) {
  const l = buildLexicon(
    S.civilTrain.filter((c) => foldOf(c.key, K) !== f),
    plainTok,
  );
  foldCtx.push({ ...res.ctx, attackRate: l.attack, toxicRate: l.toxic, threatRate: l.threat });
}
const O = S.olidTrain,
  C = S.civilTrain,
  nO = O.length;
const X = featurize([...O.map((o) => o.text), ...C.map((c) => c.text)], (i) => (i < nO ? res.ctx : foldCtx[foldOf(C[i - nO]!.key, K)]!));
log(`featurised ${X.rows}`);
const isInner = (i: number) => (i < nO ? foldOf("olid:" + O[i]!.id, K) === 0 : foldOf(C[i - nO]!.key, K) === 0);
const trainRows: number[] = [],
  innerO: number[] = [],
  innerC: number[] = [];
for (let i = 0; i < X.rows; i++) (isInner(i) ? (i < nO ? innerO : innerC) : trainRows).push(i);

function subset(X: Sparse, rows: number[]): Sparse {
  let n = 0;
  for (const r of rows) n += X.offsets[r + 1]! - X.offsets[r]!;
  const idx = new Int32Array(n),
    val = new Float32Array(n),
    offsets = new Int32Array(rows.length + 1);
  let p = 0;
  rows.forEach((r, i) => {
    const a = X.offsets[r]!,
      b = X.offsets[r + 1]!;
    idx.set(X.idx.subarray(a, b), p);
    val.set(X.val.subarray(a, b), p);
    p += b - a;
    offsets[i + 1] = p;
  });
  return { idx, val, offsets, rows: rows.length };
}
const Xtr = subset(X, trainRows),
  XiO = subset(X, innerO),
  XiC = subset(X, innerC);
const yA = innerO.map((i) => (O[i]!.a === "OFF" ? 1 : 0));
const cNeg = innerC.map((i) => C[i - nO]!.attack === 0);

interface Cfg {
  unt: number;
  civil: number;
  civilNeg: number;
  threat: number;
  offOnly?: boolean;
}
function labels(cfg: Cfg) {
  const y = new Float32Array(trainRows.length),
    sw = new Float32Array(trainRows.length);
  trainRows.forEach((i, k) => {
    if (i < nO) {
      const o = O[i]!;
      y[k] = o.b === "TIN" ? 1 : o.b === "UNT" ? cfg.unt : 0;
      sw[k] = 1;
    } else {
      const c = C[i - nO]!;
      y[k] = c.attack / c.raters;
      const thr = c.spans.some((s) => s.type === "Threat");
      sw[k] = thr ? cfg.threat : c.attack === 0 ? cfg.civilNeg : cfg.civil;
    }
  });
  return { y, sw };
}
function report(name: string, zO: ArrayLike<number>, zC: ArrayLike<number>) {
  let best = { t: 0, f: 0 };
  for (const t of candidateThresholds(Array.from(zO, (z) => Math.round(z * 100) / 100))) {
    const f = macroF1At(zO, yA, t);
    if (f > best.f) best = { t, f };
  }
  const negC = Array.from(zC).filter((_, i) => cNeg[i]);
  const notO = Array.from(zO).filter((_, i) => !yA[i]);
  console.log(
    `${name.padEnd(34)} innerOLID AUC ${rocAuc(zO, yA).toFixed(4)} bestF1 ${best.f.toFixed(4)} | NOT held ${(shareAtOrAbove(notO, best.t) * 100).toFixed(1)}% | civil no-attack held ${(shareAtOrAbove(negC, best.t) * 100).toFixed(1)}% (n=${negC.length})`,
  );
  return best;
}
const base: Cfg = { unt: 0.5, civil: 0.25, civilNeg: 0.25, threat: 1 };
const out: Record<string, { zO: Float64Array; zC: Float64Array }> = {};
function lr(name: string, cfg: Cfg, o: { epochs?: number; lr?: number; l2?: number; nb?: number } = {}) {
  const { y, sw } = labels(cfg);
  let Xt = Xtr;
  let r: Float32Array | undefined;
  if (o.nb) {
    // NB log-count ratio per bucket (binarised presence), alpha = 1
    const D = 1 << BITS;
    const p = new Float32Array(D).fill(1),
      q = new Float32Array(D).fill(1);
    let np = 0,
      nq = 0;
    for (let k = 0; k < Xtr.rows; k++) {
      const pos = y[k]! * sw[k]!,
        neg = (1 - y[k]!) * sw[k]!;
      np += pos;
      nq += neg;
      for (let j = Xtr.offsets[k]!; j < Xtr.offsets[k + 1]!; j++) {
        p[Xtr.idx[j]!] += pos;
        q[Xtr.idx[j]!] += neg;
      }
    }
    r = new Float32Array(D);
    for (let j = 0; j < D; j++) r[j] = Math.abs(Math.log(p[j]! / np / (q[j]! / nq))) * o.nb + (1 - o.nb);
    const val = new Float32Array(Xtr.val.length);
    for (let j = 0; j < val.length; j++) val[j] = Xtr.val[j]! * r[Xtr.idx[j]!]!;
    Xt = { ...Xtr, val };
  }
  const { w, bias } = trainLR(Xt, y, sw, { bits: BITS, epochs: o.epochs ?? 3, lr: o.lr ?? 0.1, l2: o.l2 ?? 1e-5, seed: 1 });
  if (r) for (let j = 0; j < w.length; j++) w[j] *= r[j]!;
  const zO = predictLogits(XiO, w, bias),
    zC = predictLogits(XiC, w, bias);
  out[name] = { zO, zC };
  report(name, zO, zC);
}
function nn(
  name: string,
  cfg: Cfg,
  o: { bits?: number; dim?: number; hidden?: number; epochs?: number; lr?: number; dropout?: number; l2?: number },
) {
  const { y, sw } = labels(cfg);
  const net = trainNN(Xtr, y, sw, {
    bits: o.bits ?? 16,
    dim: o.dim ?? 24,
    hidden: o.hidden ?? 32,
    epochs: o.epochs ?? 4,
    lr: o.lr ?? 0.05,
    dropout: o.dropout ?? 0.2,
    seed: 1,
    l2: o.l2,
    onEpoch: (ep, loss, n) => {
      if (process.env.VERBOSE) report(`  ${name} ep${ep + 1} loss ${loss.toFixed(3)}`, predictNN(XiO, n), predictNN(XiC, n));
    },
  });
  const zO = predictNN(XiO, net),
    zC = predictNN(XiC, net);
  out[name] = { zO, zC };
  report(name, zO, zC);
}
function ens(name: string, a: string, b: string) {
  const std = (z: Float64Array) => {
    let m = 0,
      v = 0;
    for (const x of z) m += x;
    m /= z.length;
    for (const x of z) v += (x - m) ** 2;
    return Math.sqrt(v / z.length);
  };
  const sa = std(out[a]!.zO),
    sb = std(out[b]!.zO);
  for (const wb of [0.3, 0.5, 0.7]) {
    const mix = (za: Float64Array, zb: Float64Array) => za.map((x, i) => ((1 - wb) * x) / sa + (wb * zb[i]!) / sb);
    report(`${name} w=${wb}`, mix(out[a]!.zO, out[b]!.zO), mix(out[a]!.zC, out[b]!.zC));
  }
}
const want = process.argv.slice(2);
const run = (n: string) => !want.length || want.some((w) => n.startsWith(w));
if (run("lr")) {
  lr("lr base", base);
  lr("lr unt=1", { ...base, unt: 1 });
  lr("lr civilNeg=1", { ...base, civilNeg: 1 });
  lr("lr unt=.75 civilNeg=.5", { ...base, unt: 0.75, civilNeg: 0.5 });
  lr("lr ep5", base, { epochs: 5 });
  lr("lr l2=3e-5", base, { l2: 3e-5 });
}
if (run("nb")) {
  lr("nb1", base, { nb: 1 });
  lr("nb.5", base, { nb: 0.5 });
}
if (run("nn")) {
  lr("lr base", base);
  nn("nn d24 h32", base, {});
  nn("nn d16 h16", base, { dim: 16, hidden: 16 });
  nn("nn d32 h32 drop.4", base, { dim: 32, dropout: 0.4 });
  nn("nn d24 h32 ep8 lr.02", base, { epochs: 8, lr: 0.02 });
  ens("ens lr+nn", "lr base", "nn d24 h32");
}
if (run("nb2")) {
  lr("nb1 unt=1", { ...base, unt: 1 }, { nb: 1 });
  lr("nb1 civil=0.1", { ...base, civil: 0.1, civilNeg: 0.1 }, { nb: 1 });
  lr("nb1 civilNeg=1", { ...base, civilNeg: 1 }, { nb: 1 });
  lr("nb1 ep2", base, { nb: 1, epochs: 2 });
  lr("nb1 ep5", base, { nb: 1, epochs: 5 });
  lr("nb1 lr.05", base, { nb: 1, lr: 0.05 });
}
if (run("nx")) {
  lr("nb1", base, { nb: 1 });
  nn("nn d32 h32 drop.5 ep2", base, { dim: 32, dropout: 0.5, epochs: 2 });
  ens("ens nb+nn", "nb1", "nn d32 h32 drop.5 ep2");
  nn("nn b14 d32 h16 drop.5 ep3", base, { bits: 14, dim: 32, hidden: 16, dropout: 0.5, epochs: 3 });
  ens("ens nb+nn14", "nb1", "nn b14 d32 h16 drop.5 ep3");
}
log("done");
