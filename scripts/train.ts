/**
 * Trains the personal-attack detector and writes server/detector/model.json.
 *
 *   npm run train            (defaults = the shipped configuration)
 *   npx tsx scripts/train.ts --bits 20 --epochs 8 --no-write   (experiments)
 *
 * Seeded and deterministic. Data and the fixed validation split: scripts/detector/data.ts.
 * Training never sees validation items; validation is used only to pick the two default
 * thresholds (hold / reject) and report progress.
 */
import { writeFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { loadSplits, type CivilItem } from "./detector/data.ts";
import { buildLexicon, buildVocab, featurize, foldOf, predictLogits, trainLR } from "./detector/lib.ts";
import { candidateThresholds, macroF1At, precisionAt, rocAuc, shareAtOrAbove, spanF1 } from "./detector/metrics.ts";
import { tokenize } from "../server/detector/normalize.ts";
import { buildResources, encodeBase64, LinearDetector, spansFrom, type ModelArtifact } from "../server/detector/model.ts";
import type { FeatureContext } from "../server/detector/features.ts";
import { cpToUtf16 } from "./detector/lib.ts";

const args = process.argv.slice(2);
const opt = (name: string, def: number) => {
  const i = args.indexOf("--" + name);
  return i >= 0 ? Number(args[i + 1]) : def;
};
const flag = (name: string) => args.includes("--" + name);

const CFG = {
  seed: opt("seed", 1),
  bits: opt("bits", 18),
  epochs: opt("epochs", 3),
  lr: opt("lr", 0.1),
  l2: opt("l2", 1e-5),
  /** target for OLID untargeted profanity (UNT): between NOT (0) and TIN (1) */
  unt: opt("unt", 0.5),
  /** sample weight of Civil Comments crowd items relative to OLID tweets */
  civil: opt("civil", 0.25),
  vocabMin: opt("vocabmin", 3),
  threatWeight: opt("threatweight", 1),
  folds: 5,
};
const OUT = new URL("../server/detector/model.json", import.meta.url);
const t0 = performance.now();
const log = (...a: unknown[]) => console.log(`[${((performance.now() - t0) / 1000).toFixed(1)}s]`, ...a);

log("config", JSON.stringify(CFG));
const S = loadSplits();
log(`data: OLID train ${S.olidTrain.length} / val ${S.olidVal.length}; Civil train ${S.civilTrain.length} / val ${S.civilVal.length}`);

// 1. vocabulary of known words (training texts only)
const vocab = buildVocab([...S.olidTrain.map((o) => o.text), ...S.civilTrain.map((c) => c.text)], CFG.vocabMin);
log(`vocab: ${vocab.length} words`);

// 2. span lexicons from the crowd spans (training comments only); out-of-fold copies for
//    the training features so a comment's own spans never feed its lexicon feature.
const vocabSet = new Set(vocab);
const plainTok = (t: string) => tokenize(t, (w) => vocabSet.has(w));
const lex = buildLexicon(S.civilTrain, plainTok);
const res = buildResources(CFG.bits, vocab, lex.attack, lex.toxic, lex.threat);
if (process.env.ABLATE) res.ctx.disable = Number(process.env.ABLATE);
if (process.env.NORM) res.ctx.norm = process.env.NORM as "global";
log(`lexicon: ${lex.attack.size} attack words, ${lex.toxic.size} toxic words`);
const foldCtx: FeatureContext[] = [];
for (let f = 0; f < CFG.folds; f++) {
  const l = buildLexicon(S.civilTrain.filter((c) => foldOf(c.key, CFG.folds) !== f), plainTok);
  foldCtx.push({ ...res.ctx, attackRate: l.attack, toxicRate: l.toxic, threatRate: l.threat });
}

// 3. training set: OLID tweets + Civil Comments crowd items (soft labels)
const olidY = (o: (typeof S.olidTrain)[number]) => (o.b === "TIN" ? 1 : o.b === "UNT" ? CFG.unt : 0);
const civilY = (c: CivilItem) => c.attack / c.raters;
const texts = [...S.olidTrain.map((o) => o.text), ...S.civilTrain.map((c) => c.text)];
const y = Float32Array.from([...S.olidTrain.map(olidY), ...S.civilTrain.map(civilY)]);
/** civil comments where a rater marked a Threat span are rare and important: weight them like tweets */
const hasThreat = (c: CivilItem) => c.spans.some((s) => s.type === "Threat");
const sw = Float32Array.from([...S.olidTrain.map(() => 1), ...S.civilTrain.map((c) => (hasThreat(c) ? CFG.threatWeight : CFG.civil))]);
const nO = S.olidTrain.length;
const X = featurize(texts, (i) => (i < nO ? res.ctx : foldCtx[foldOf(S.civilTrain[i - nO]!.key, CFG.folds)]!), (i) =>
  process.stdout.write(`\r  featurising ${i}/${texts.length}`),
);
process.stdout.write("\n");
log(`features: ${X.idx.length} non-zeros, ${(X.idx.length / X.rows).toFixed(0)} per item`);

const Xv = featurize(S.olidVal.map((o) => o.text), () => res.ctx);
const yvA = S.olidVal.map((o) => (o.a === "OFF" ? 1 : 0));
const bestF1 = (scores: ArrayLike<number>, labels: number[]) => {
  let best = { t: 0.5, f1: 0 };
  for (const t of candidateThresholds(scores)) {
    const f = macroF1At(scores, labels, t);
    if (f > best.f1) best = { t, f1: f };
  }
  return best;
};

// 4. logistic regression
const { w, bias } = trainLR(X, y, sw, {
  bits: CFG.bits,
  epochs: CFG.epochs,
  lr: CFG.lr,
  l2: CFG.l2,
  seed: CFG.seed,
  onEpoch: (ep, loss, w, b) => {
    const z = predictLogits(Xv, w, b);
    const p = Array.from(z, (v) => 1 / (1 + Math.exp(-v)));
    const bf = bestF1(p, yvA);
    log(`epoch ${ep + 1}/${CFG.epochs}: train loss ${loss.toFixed(4)}; OLID val AUC ${rocAuc(p, yvA).toFixed(4)}, best macro-F1 ${bf.f1.toFixed(4)} @ ${bf.t}`);
  },
});

// 5. quantise to int8
let maxAbs = 0;
for (const v of w) maxAbs = Math.max(maxAbs, Math.abs(v));
const scale = maxAbs / 127;
const q = new Int8Array(w.length);
for (let i = 0; i < w.length; i++) q[i] = Math.max(-127, Math.min(127, Math.round(w[i]! / scale)));

const lexWords = [...new Set([...lex.attack.keys(), ...lex.toxic.keys(), ...lex.threat.keys()])].sort();
const byte = (r: number | undefined) => (r ? Math.max(1, Math.min(255, Math.round(r * 255))) : 0);
const model: ModelArtifact = {
  format: 1,
  version: "",
  bits: CFG.bits,
  bias,
  scale,
  weights: encodeBase64(new Uint8Array(q.buffer)),
  calib: [1, 0],
  vocab: vocab.filter((v) => !lex.attack.has(v) && !lex.toxic.has(v)).join(" "),
  lexWords: lexWords.join(" "),
  lexAttack: encodeBase64(Uint8Array.from(lexWords.map((w) => byte(lex.attack.get(w))))),
  lexToxic: encodeBase64(Uint8Array.from(lexWords.map((w) => byte(lex.toxic.get(w))))),
  lexThreat: encodeBase64(Uint8Array.from(lexWords.map((w) => byte(lex.threat.get(w))))),
  span: { minScore: 0.3, contrib: 0.5, lex: 0.4 },
  thresholds: { hold: 0.5, reject: 0.8 },
};
let det = new LinearDetector(model);

// 6. span parameters: chosen on training tsd posts of fold 0 with the fold-0 (out-of-fold) lexicon
{
  const items = S.civilTrain.filter((c) => c.tsdSpans && foldOf(c.key, CFG.folds) === 0);
  const l0 = buildLexicon(S.civilTrain.filter((c) => foldOf(c.key, CFG.folds) !== 0), plainTok);
  const res0 = buildResources(CFG.bits, vocab, l0.attack, l0.toxic, l0.threat);
  const det0 = new LinearDetector(model, res0);
  const details = items.map((c) => det0.detail(c.text));
  const golds = items.map((c) => {
    const conv = cpToUtf16(c.text);
    return new Set(c.tsdSpans!.map(conv));
  });
  let best = { f: -1, p: model.span };
  for (const minScore of [0, 0.1, 0.2, 0.3])
    for (const contrib of [0.15, 0.25, 0.4, 0.6, 1e9])
      for (const lexT of [0.2, 0.3, 0.4, 0.5, 2]) {
        const p = { minScore, contrib, lex: lexT };
        let f = 0;
        details.forEach((d, i) => {
          const pred = new Set<number>();
          if (det0.probability(d.logit) >= minScore)
            for (const s of spansFrom(d, l0.toxic, p)) for (let k = s.start; k < s.end; k++) pred.add(k);
          f += spanF1(pred, golds[i]!);
        });
        f /= items.length;
        if (f > best.f) best = { f, p };
      }
  model.span = best.p;
  log(`span params (train fold 0, ${items.length} posts): ${JSON.stringify(best.p)} → char F1 ${best.f.toFixed(4)}`);
}

// 7. thresholds on the validation split (quantised model, real scoring path)
det = new LinearDetector(model);
const sv = S.olidVal.map((o) => det.score(o.text).score);
const yTIN = S.olidVal.map((o) => (o.b === "TIN" ? 1 : 0));
const hold = bestF1(sv, yvA);
let reject = 0.99;
for (const t of candidateThresholds(sv)) {
  if (t <= hold.t) continue;
  const { precision, support } = precisionAt(sv, yTIN, t);
  if (precision >= 0.9 && support >= 20) {
    reject = t;
    break;
  }
}
model.thresholds = { hold: hold.t, reject };
model.threatFloor = reject;
const aucQ = rocAuc(sv, yvA);
const notShare = shareAtOrAbove(sv.filter((_, i) => !yvA[i]), hold.t);
log(`quantised: OLID val AUC ${aucQ.toFixed(4)}, macro-F1 ${hold.f1.toFixed(4)} @ hold=${hold.t}; reject=${reject} (TIN precision ${precisionAt(sv, yTIN, reject).precision.toFixed(3)}); NOT held ${(notShare * 100).toFixed(1)}%`);

model.info = { config: CFG, trainedOn: { olid: S.olidTrain.length, civil: S.civilTrain.length }, olidValMacroF1: +hold.f1.toFixed(4), olidValAuc: +aucQ.toFixed(4) };
// version: content hash of the weights + lexicon
const h = (() => {
  let x = 0x811c9dc5;
  const s = model.weights + model.lexWords + model.lexAttack + JSON.stringify(model.span) + model.bias + "threat-rule-1";
  for (let i = 0; i < s.length; i++) x = Math.imul(x ^ s.charCodeAt(i), 0x01000193);
  return (x >>> 0).toString(16).padStart(8, "0");
})();
model.version = `parley-attack-lr-${CFG.bits}b-${h}`;

const json = JSON.stringify(model);
if (!flag("no-write")) {
  writeFileSync(OUT, json + "\n");
  log(`wrote ${OUT.pathname}: ${json.length} bytes (gzip ${gzipSync(json).length})`);
} else log(`not written (--no-write); size would be ${json.length} bytes (gzip ${gzipSync(json).length})`);
log(`done: version ${model.version}`);
