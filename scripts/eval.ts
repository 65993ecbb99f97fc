/**
 * Evaluates the committed detector (server/detector/model.json) on the FIXED validation
 * splits defined in scripts/detector/data.ts (never seen in training).
 *
 *   npm run eval
 */
import { gzipSync } from "node:zlib";
import { readFileSync } from "node:fs";
import { loadSplits } from "./detector/data.ts";
import { cpToUtf16 } from "./detector/lib.ts";
import { macroF1At, precisionAt, recallAt, rocAuc, shareAtOrAbove, spanF1 } from "./detector/metrics.ts";
import { createDetector, createDetectorFromModel, DEFAULT_THRESHOLDS } from "../server/detector/index.ts";
import type { ModelArtifact } from "../server/detector/model.ts";
import { decide } from "../server/moderation/decide.ts";
import { defaultPolicy } from "../server/moderation/default-policy.ts";
import { DATA_DIR } from "./detector/data.ts";
import { formatTally, readIntent, tally } from "./detector/intent.ts";
import type { InsultLexicon } from "../server/detector/insult.ts";
import type { ScoreDetail, SpanParams } from "../server/detector/model.ts";
import type { SpanScorer } from "../server/detector/spans.ts";
import type { Token } from "../server/detector/normalize.ts";

const t0 = performance.now();
// experiments: `--model /tmp/m.json` evaluates another artifact with its own thresholds
const argv = process.argv.slice(2);
const modelArg = argv.includes("--model") ? argv[argv.indexOf("--model") + 1] : undefined;
const other = modelArg ? (JSON.parse(readFileSync(modelArg, "utf8")) as ModelArtifact) : undefined;
const det = other ? createDetectorFromModel(other) : createDetector();
const { hold, reject } = other ? other.thresholds : DEFAULT_THRESHOLDS;
const S = loadSplits();
const pct = (x: number) => (x * 100).toFixed(1) + "%";
const f4 = (x: number) => x.toFixed(4);

console.log(`model ${det.version}; thresholds hold=${hold} reject=${reject}`);
console.log(
  `validation: OLID ${S.olidVal.length} tweets (15% by id hash), Civil Comments ${S.civilVal.length} comments (tsd_trial + 15% by text hash)\n`,
);

// --- OLID
const so = S.olidVal.map((o) => det.score(o.text).score);
const yOff = S.olidVal.map((o) => (o.a === "OFF" ? 1 : 0));
const yTin = S.olidVal.map((o) => (o.b === "TIN" ? 1 : 0));
const notScores = so.filter((_, i) => !yOff[i]);
const untScores = S.olidVal.map((o, i) => (o.b === "UNT" ? so[i]! : -1)).filter((s) => s >= 0);
const tinScores = so.filter((_, i) => yTin[i]);
const mean = (a: number[]) => a.reduce((x, y) => x + y, 0) / Math.max(1, a.length);
const olidF1 = macroF1At(so, yOff, hold);
const olidAuc = rocAuc(so, yOff);
const tinP = precisionAt(so, yTin, reject);
console.log("OLID level A (OFF vs NOT), validation split");
console.log(`  macro-F1 @ hold          ${f4(olidF1)}`);
console.log(`  ROC AUC                  ${f4(olidAuc)}`);
const offP = precisionAt(so, yOff, reject);
console.log(`  OFF precision @ reject   ${f4(offP.precision)}  (${offP.support} items refused)`);
console.log(`  TIN precision @ reject   ${f4(tinP.precision)}`);
console.log(
  `  TIN refused (≥ reject)   ${pct(shareAtOrAbove(tinScores, reject))}  (held or refused ${pct(shareAtOrAbove(tinScores, hold))})`,
);
console.log(`  TIN recall @ hold        ${f4(recallAt(so, yTin, hold))}`);
console.log(`  TIN recall @ reject      ${f4(recallAt(so, yTin, reject))}`);
console.log(
  `  TIN vs NOT ROC AUC       ${f4(
    rocAuc(
      so.filter((_, i) => yTin[i] || !yOff[i]),
      yTin.filter((_, i) => yTin[i] || !yOff[i]),
    ),
  )}`,
);
console.log(`  NOT held or refused      ${pct(shareAtOrAbove(notScores, hold))}  (refused ${pct(shareAtOrAbove(notScores, reject))})`);
console.log(`  mean score NOT / UNT / TIN   ${mean(notScores).toFixed(3)} / ${mean(untScores).toFixed(3)} / ${mean(tinScores).toFixed(3)}`);

// --- the hand-written rules on OLID validation
{
  const dd = det as unknown as { detail(t: string): { tokens: Token[] }; insultLex: InsultLexicon };
  const { findInsult } = await import("../server/detector/insult.ts");
  let n = 0,
    off = 0;
  S.olidVal.forEach((o) => {
    if (!findInsult(dd.detail(o.text).tokens, o.text, dd.insultLex)) return;
    n++;
    if (o.a === "OFF") off++;
  });
  console.log(`  name-calling rule         matches ${n} tweets, ${off} of them OFF (${pct(off / Math.max(1, n))})`);
}

// --- product sanity set (spec check; never used for training or threshold choice)
{
  const pc = JSON.parse(readFileSync(new URL("../tests/fixtures/detector/product-cases.json", import.meta.url), "utf8")) as Record<
    string,
    unknown
  >;
  console.log("\nProduct sanity set (tests/fixtures/detector/product-cases.json), default thresholds");
  console.log(`  ${"group".padEnd(11)} ${"n".padStart(3)} ${"publish".padStart(8)} ${"hold".padStart(5)} ${"reject".padStart(7)}`);
  const misses: string[] = [];
  for (const g of ["attack", "fine", "borderline"]) {
    const items = pc[g] as string[];
    let p = 0,
      h = 0,
      r = 0;
    for (const t of items) {
      const x = det.score(t).score;
      if (x < hold) p++;
      else if (x < reject) h++;
      else r++;
      const dec = x < hold ? "publish" : x < reject ? "hold" : "reject";
      if ((g === "attack" && dec !== "reject") || (g === "fine" && dec !== "publish"))
        misses.push(`  ${g}: ${dec} ${x.toFixed(3)} ${JSON.stringify(t.length > 70 ? t.slice(0, 67) + "..." : t)}`);
    }
    console.log(
      `  ${g.padEnd(11)} ${String(items.length).padStart(3)} ${String(p).padStart(8)} ${String(h).padStart(5)} ${String(r).padStart(7)}`,
    );
  }
  if (misses.length) console.log("  not as intended (attack not refused / fine not published):\n" + misses.join("\n"));
}

// --- the default policy's decisions (what the API and `npm run policy -- check` do: per target)
const policy = defaultPolicy({ hold, reject });
const flaggedByPolicy = (text: string) => decide(det.score(text), policy).decision !== "publish";
{
  const pred = S.olidVal.map((o) => (flaggedByPolicy(o.text) ? 1 : 0));
  console.log("\nUnder the default policy (per-target thresholds, threats rule), as the API decides");
  console.log(`  OLID level A macro-F1 (held or refused = OFF)   ${f4(macroF1At(pred, yOff, 0.5))}`);
  const not = S.olidVal.filter((o) => o.a === "NOT");
  console.log(`  OLID NOT held or refused                         ${pct(not.filter((o) => flaggedByPolicy(o.text)).length / not.length)}`);
  const civilNot = S.civilVal.filter((c) => c.notToxic === c.raters);
  console.log(
    `  Civil Comments judged not toxic by all raters    ${pct(civilNot.filter((c) => flaggedByPolicy(c.text)).length / civilNot.length)} held or refused (n=${civilNot.length})`,
  );
  const seed = JSON.parse(readFileSync(new URL("../tests/fixtures/detector/phrases.json", import.meta.url), "utf8")) as { seed: string };
  console.log(`  the seed's reader comment                        ${decide(det.score(seed.seed), policy).decision}`);
}

// --- policy intent: what the seed's policy asks of typical news comments, per category
{
  const run = (c: { body: string }) => {
    const r = det.score(c.body);
    return {
      decision: decide(r, policy).decision,
      note: `${r.score.toFixed(3)} ${r.target}${r.threat ? " threat" : r.possibleThreat ? " possible-threat" : ""}`,
    };
  };
  const dev = readIntent(`${DATA_DIR}/policy-intent/dev.tsv`);
  const own = readIntent(new URL("../tests/fixtures/detector/policy-intent.tsv", import.meta.url));
  console.log("\n" + formatTally("Policy intent: ../shared/data/policy-intent/dev.tsv (direction)", tally(dev, run)));
  console.log(
    "\n" +
      formatTally(
        "Policy intent: own cases, tuned on (tests/fixtures/detector/policy-intent.tsv, tune)",
        tally(
          own.filter((c) => c.split === "tune"),
          run,
        ),
      ),
  );
  console.log(
    "\n" +
      formatTally(
        "Policy intent: own cases, HELD OUT (never tuned on; counts only, so its misses are never read)",
        tally(
          own.filter((c) => c.split === "held"),
          run,
        ),
        false,
      ),
  );
}

// --- threats: the rules, and what the learned reading of menace adds to them
{
  const head = (other ?? (det as unknown as { model: ModelArtifact }).model).menace;
  const rulesOnly = createDetectorFromModel({ ...(other ?? (det as unknown as { model: ModelArtifact }).model), menace: undefined });
  const fate = (d: { score(t: string): { threat: boolean; possibleThreat?: boolean } }, texts: string[]) => {
    let refused = 0,
      held = 0;
    for (const t of texts) {
      const r = d.score(t);
      if (r.threat) refused++;
      else if (r.possibleThreat) held++;
    }
    return `refused ${refused}, held ${held} of ${texts.length}`;
  };
  const threatRaters = (c: (typeof S.civilVal)[number]) => new Set(c.spans.filter((x) => x.type === "Threat").map((x) => x.rater)).size;
  const own = readIntent(new URL("../tests/fixtures/detector/policy-intent.tsv", import.meta.url));
  console.log(`\nThreats as threats (refused by the threats rule; held: the learned reading's "possible threat")`);
  console.log(
    head
      ? `  learned reading of menace: hold from ${head.hold}, refuse from ${head.reject}`
      : "  no learned reading of menace in this model",
  );
  const heldThreats = own.filter((c) => c.split === "held" && c.category === "threat");
  const rows: [string, string[]][] = [
    ["own cases, HELD OUT, threats", heldThreats.map((c) => c.body)],
    ...[...new Set(heldThreats.map((c) => c.set))].map((set): [string, string[]] => [
      `  of which ${set === "own" ? "our own" : `probe set ${set}`}`,
      heldThreats.filter((c) => c.set === set).map((c) => c.body),
    ]),
    [
      "own cases, HELD OUT, must not be refused",
      own.filter((c) => c.split === "held" && (c.expect === "P" || c.expect === "PH")).map((c) => c.body),
    ],
    ["Civil validation, a threat to ≥ 2 raters", S.civilVal.filter((c) => threatRaters(c) >= 2).map((c) => c.text)],
    ["Civil validation, a threat to no rater", S.civilVal.filter((c) => threatRaters(c) === 0).map((c) => c.text)],
  ];
  for (const [name, texts] of rows)
    console.log(`  ${name.padEnd(44)} ${fate(det, texts).padEnd(32)} (rules alone: ${fate(rulesOnly, texts)})`);
}

// --- indirect attacks on commenters: the phrases, and what the learned reading of put-downs adds to them
{
  const model = other ?? (det as unknown as { model: ModelArtifact }).model;
  const phrasesOnly = createDetectorFromModel({ ...model, indirect: undefined });
  const flagged = (d: typeof det, texts: string[]) => {
    const n = texts.filter((t) => decide(d.score(t), policy).decision !== "publish").length;
    return `held or refused ${n} of ${texts.length}`;
  };
  const own = readIntent(new URL("../tests/fixtures/detector/policy-intent.tsv", import.meta.url));
  const heldAttacks = own.filter((c) => c.split === "held" && c.category === "commenter-insult");
  console.log(`\nIndirect attacks on commenters (the dismissive phrases, and the learned reading of put-downs)`);
  console.log(
    model.indirect ? `  learned reading of put-downs: hold from ${model.indirect.hold}` : "  no learned reading of put-downs in this model",
  );
  const rows: [string, string[]][] = [
    ["own cases, HELD OUT, indirect attacks", heldAttacks.map((c) => c.body)],
    ...[...new Set(heldAttacks.map((c) => c.set))].map((set): [string, string[]] => [
      `  of which ${set === "own" ? "our own" : `probe set ${set}`}`,
      heldAttacks.filter((c) => c.set === set).map((c) => c.body),
    ]),
    ["own cases, HELD OUT, must publish", own.filter((c) => c.split === "held" && c.expect === "P").map((c) => c.body)],
    ["Civil validation, no rater marked anything", S.civilVal.filter((c) => c.spans.length === 0).map((c) => c.text)],
    ["OLID validation, not offensive", S.olidVal.filter((o) => o.a === "NOT").map((o) => o.text)],
  ];
  for (const [name, texts] of rows)
    console.log(`  ${name.padEnd(44)} ${flagged(det, texts).padEnd(32)} (phrases alone: ${flagged(phrasesOnly, texts)})`);
}

// --- Civil Comments
const cv = S.civilVal;
const sc = cv.map((c) => det.score(c.text));
const allNot = cv.map((c, i) => (c.notToxic === c.raters ? sc[i]!.score : -1)).filter((s) => s >= 0);
const yAtt = cv.map((c) => (c.attack * 2 > c.raters ? 1 : 0));
const noAttack = cv.map((c, i) => (c.attack === 0 ? sc[i]!.score : -1)).filter((s) => s >= 0);
console.log("\nCivil Comments (news comments), validation split");
console.log(
  `  judged not toxic by all raters (n=${allNot.length}): held or refused ${pct(shareAtOrAbove(allNot, hold))}, refused ${pct(shareAtOrAbove(allNot, reject))}`,
);
console.log(
  `  no rater marked an Insult/Threat (n=${noAttack.length}): held or refused ${pct(shareAtOrAbove(noAttack, hold))}, refused ${pct(shareAtOrAbove(noAttack, reject))}`,
);
console.log(
  `  majority Insult/Threat vs rest ROC AUC ${f4(
    rocAuc(
      sc.map((r) => r.score),
      yAtt,
    ),
  )}; recall @ hold ${f4(
    recallAt(
      sc.map((r) => r.score),
      yAtt,
      hold,
    ),
  )}, precision @ reject ${f4(
    precisionAt(
      sc.map((r) => r.score),
      yAtt,
      reject,
    ).precision,
  )}`,
);

// toxic spans (SemEval-2021 Task 5 metric) on the held-out tsd posts
const tsd = cv.map((c, i) => ({ c, r: sc[i]! })).filter((x) => x.c.tsdSpans);
let spanSum = 0,
  ungatedSum = 0;
const d = det as unknown as { detail(t: string): ScoreDetail; spans: SpanScorer; model: { span: SpanParams } };
const { spansFrom } = await import("../server/detector/model.ts");
for (const { c, r } of tsd) {
  const conv = cpToUtf16(c.text);
  const gold = new Set(c.tsdSpans!.map(conv));
  const pred = new Set<number>();
  for (const s of r.spans) for (let k = s.start; k < s.end; k++) pred.add(k);
  spanSum += spanF1(pred, gold);
  const pu = new Set<number>();
  for (const s of spansFrom(d.detail(c.text).tokens, c.text, d.spans, d.model.span)) for (let k = s.start; k < s.end; k++) pu.add(k);
  ungatedSum += spanF1(pu, gold);
}
const spanF1Val = spanSum / tsd.length;
console.log(
  `  toxic-span char F1 (n=${tsd.length} held-out tsd posts): ${f4(spanF1Val)}  (spans regardless of score: ${f4(ungatedSum / tsd.length)})`,
);

// --- speed
const corpus = [...S.olidVal.map((o) => o.text), ...cv.map((c) => c.text)];
// measure in a realistic heap: drop the loaded data sets first (a big heap makes GC pauses long)
S.olidTrain.length = S.civilTrain.length = S.olidVal.length = S.civilVal.length = 0;
tsd.length = 0;
sc.length = 0;
{
  const v8 = await import("node:v8");
  const vm = await import("node:vm");
  v8.setFlagsFromString("--expose-gc");
  (vm.runInNewContext("gc") as () => void)();
}
for (let i = 0; i < 2000; i++) det.score(corpus[i % corpus.length]!); // warm-up
const times: number[] = [];
for (let rep = 0; rep < 2; rep++)
  for (const t of corpus) {
    const a = performance.now();
    det.score(t);
    times.push((performance.now() - a) * 1000);
  }
times.sort((a, b) => a - b);
const meanChars = mean(corpus.map((t) => t.length));
console.log(
  `\nspeed: mean ${mean(times).toFixed(1)} µs, p50 ${times[Math.floor(times.length * 0.5)]!.toFixed(1)} µs, p99 ${times[Math.floor(times.length * 0.99)]!.toFixed(1)} µs per comment (${times.length} scorings, mean ${meanChars.toFixed(0)} chars)`,
);

// --- size
const raw = readFileSync(modelArg ?? new URL("../server/detector/model.json", import.meta.url));
console.log(`model size: ${raw.length} bytes (gzip ${gzipSync(raw).length} bytes)`);

console.log(`
Published references (official test sets, not comparable 1:1 with our validation split):
  OLID level A macro-F1:  SVM 0.69 | BiLSTM 0.75 | CNN 0.80 | best OffensEval 2019 0.829 | ours (val) ${f4(olidF1)}
  Toxic spans char F1:    word list ~0.65 | best SemEval-2021 0.708 | ours (val) ${f4(spanF1Val)}`);
console.log(`\n(eval took ${((performance.now() - t0) / 1000).toFixed(1)} s)`);
