/**
 * Trains the learned reading of menace (server/detector/learned-menace.ts) and picks its two
 * thresholds. Threats: the `threat` lines of the repository's tune cases and the training Civil
 * Comments that two or more raters marked as threats. Not threats: every other tune line (with
 * the look-alikes written beside the threats), the Civil Comments no rater marked as a threat and
 * OLID's inoffensive tweets. Civil Comments with one rater's mark are left out (unsure).
 *
 * Thresholds come from writers the head has not read: each group of probe sets in turn (`set`,
 * another writer's; heads.ts eachSetLeftOut) is left out of training and its lines that must not be refused (P, PH) are read; a
 * threshold's false-flag share is the share of those it reaches, and the Civil Comments without a
 * threat give a second share, from news comments: the training ones read by the head trained without
 * their eighth (left out with a group of writers), and the validation ones. Our own look-alikes
 * (written at the rules' edges: "I hope you burn through fewer tyres"), left out the same way, are
 * reported, not counted: they are not comments like those the policy is for, and a refused threat
 * waits for a moderator as a held comment does. (Until session 21 both bars counted them: 0.67 and
 * 0.89, against 0.44 and 0.73 for neither; until session 25 the bar to refuse did: 0.92 against 0.85
 * after that session's sets, refusing 38.9% of unseen writers' threats rather than 48.5%.)
 */
import type { Splits } from "./data.ts";
import type { IntentCase } from "./intent.ts";
import type { FeatureContext } from "../../server/detector/features.ts";
import { LinearScorer, type LinearDetector } from "../../server/detector/model.ts";
import { foldOf } from "./lib.ts";
import {
  eachSetLeftOut,
  headFitter,
  WRITER_FOLDS,
  lowestThreshold,
  OWN,
  pct,
  quantizeHead,
  shareAtLeast,
  type HeadItem,
  type HeadWeights,
} from "./heads.ts";
import { readMenace, type MenaceHead } from "../../server/detector/learned-menace.ts";

export const MENACE_CONFIG = {
  /** sample weights of a threat (rare) and of a tune line that is none (often a look-alike, written beside the threats) */
  positiveWeight: 3,
  tuneNegativeWeight: 3,
  /** sample weights of the Civil Comments without a threat and of OLID's inoffensive tweets */
  civilWeight: 0.3,
  olidWeight: 0.3,
  /**
   * (20 until session 26: with 60 the averaged head is nearer its optimum, and unseen writers' threats at
   * the bar to refuse went from 51.1% to 58.6% (seed 1) and from 49.9% to 54.1% (seed 2), at the same
   * shares of innocent lines; at the bar to hold 74.2% → 74.2% and 73.8% → 75.6%)
   */
  epochs: 60,
  /**
   * (0.1 until session 24: with writers left out in groups, 0.2 refuses 36.7% of unseen writers' threats at
   * the bar to refuse rather than 31.1%, holds 70.7% rather than 72.6% while flagging 1.2% of their innocent
   * lines rather than 1.5%; 0.3 refused 35.3%, a stronger L2 (1e-4) 31.7%)
   */
  lr: 0.2,
  l2: 1e-5,
  /**
   * hold: at most this share of unseen writers' innocent lines and of civil comments flagged. (Until session 29 the
   * civil comments were the 2,467 validation ones alone, and 0.5% of them is their twelfth-highest: the bar went
   * 0.38–0.52 across retrains of near-identical data. Pooled with the 10,211 training ones read out of fold, two
   * seeds and two fixtures gave 0.49–0.51. At that bar the comments it flagged were mostly threats no rater
   * marked ("Time for us to do some missile testing...right on Kim Jongun's head"), and the set is comments raters
   * had already found toxic: 1% flags 1.3% of unseen writers' innocent lines rather than 0.8%, and holds 84.7% of
   * their threats rather than 79.3%. A hold asks a moderator; a threat published is the policy's worst miss.)
   */
  holdShare: 0.025,
  holdCivilShare: 0.01,
  /**
   * reject: a fifth of the share of unseen writers' innocent lines, a fifth of the civil comments' (0.2%: the 25th
   * of the pooled 12,678; with the validation ones alone the fourth, and the bar went 0.74–0.86 across retrains).
   * (A fifth of both until session 27 and before the pool: 0.1% of the validation comments is their third-highest,
   * and the bar moved with three comments, one of them a threat no rater marked ("Hope your pigs are ready to
   * burn…, and their families with them"): 0.75–0.90 across retrains of near-identical data.)
   */
  rejectShare: 0.005,
  rejectCivilShare: 0.002,
};

const innocent = (c: IntentCase) => c.expect === "P" || c.expect === "PH";
const threatRaters = (c: Splits["civilTrain"][number]) => new Set(c.spans.filter((s) => s.type === "Threat").map((s) => s.rater)).size;

export interface MenaceTraining {
  head: MenaceHead;
  /** per threshold tried: false-flag shares and the share of unseen writers' threats caught */
  report: string[];
}

/**
 * `det`: the trained main model (its tokens and lexicons); `civilCtx`: the out-of-fold lexicons
 * for a training comment (its own spans never feed its features).
 */
export function trainMenace(
  det: LinearDetector,
  S: Splits,
  tune: readonly IntentCase[],
  civilCtx: (key: string) => FeatureContext,
  seed: number,
): MenaceTraining {
  const C = MENACE_CONFIG;
  const { res } = det.scorer;
  const items: HeadItem[] = tune.map((c) => ({
    text: c.body,
    y: c.category === "threat" ? 1 : 0,
    weight: c.category === "threat" ? C.positiveWeight : C.tuneNegativeWeight,
    ctx: res.ctx,
    tune: c,
  }));
  for (const c of S.civilTrain) {
    const r = threatRaters(c);
    if (r === 1) continue;
    const ctx = civilCtx(c.key);
    const item = { text: c.text, y: r >= 2 ? 1 : 0, weight: r >= 2 ? C.positiveWeight : C.civilWeight, ctx };
    // the comments without a threat are read by a head trained without them, for the bars
    items.push(r === 0 ? { ...item, group: foldOf(c.key, WRITER_FOLDS) } : item);
  }
  for (const o of S.olidTrain) if (o.a === "NOT") items.push({ text: o.text, y: 0, weight: C.olidWeight, ctx: res.ctx });
  const fit = headFitter(det, items, C, seed);
  const reader = (head: HeadWeights, ctx = res.ctx) => {
    const scorer = new LinearScorer({ ...res, ctx }, det.scorer.weights, det.scorer.scale, det.scorer.bias, {
      menace: { weights: head.w, scale: 1, bias: head.bias },
    });
    return (text: string) => {
      const d = scorer.detail(text);
      return readMenace(d.menace!, d.tokens, text, 0).p;
    };
  };

  // leave one writer's set out at a time (and our own look-alikes, for the bar to refuse)
  const unseenInnocent: number[] = [];
  const ownInnocent: number[] = [];
  const unseenThreat: number[] = [];
  const civilInnocent: number[] = [];
  eachSetLeftOut(
    tune,
    items,
    fit,
    (head, cases, civil) => {
      const read = reader(head);
      for (const c of cases)
        if (innocent(c)) (c.set === OWN ? ownInnocent : unseenInnocent).push(read(c.body));
        else if (c.category === "threat" && c.set !== OWN) unseenThreat.push(read(c.body));
      // read with the lexicons they were trained with (out of fold): one reader per lexicon
      for (const ctx of new Set(civil.map((it) => it.ctx))) {
        const readIn = reader(head, ctx);
        for (const it of civil) if (it.ctx === ctx) civilInnocent.push(readIn(it.text));
      }
    },
    true,
  );
  const head = fit(items.map((_, i) => i));
  const read = reader(head);
  for (const c of S.civilVal) if (threatRaters(c) === 0) civilInnocent.push(read(c.text));
  const civilThreat = S.civilVal.filter((c) => threatRaters(c) >= 2).map((c) => read(c.text));

  const share = shareAtLeast;
  const lowest = (own: number, civil: number) =>
    lowestThreshold([
      [unseenInnocent, own],
      [civilInnocent, civil],
    ]);
  // both bars are set on other writers' comments and news comments, the bar to refuse at a fifth of the
  // shares: a refused threat waits in the Threats queue for a moderator too, who publishes it if it is none
  const hold = lowest(C.holdShare, C.holdCivilShare);
  const reject = Math.max(hold, lowest(C.rejectShare, C.rejectCivilShare));
  const report = [hold, reject].map(
    (t) =>
      `@${t}: unseen writers' innocent lines flagged ${pct(share(unseenInnocent, t))} (n=${unseenInnocent.length}), our own look-alikes ${pct(share(ownInnocent, t))} (n=${ownInnocent.length}), the writers' threats ${pct(share(unseenThreat, t))} (n=${unseenThreat.length}); Civil train (out of fold) and validation no threat ${pct(share(civilInnocent, t))} (n=${civilInnocent.length}), threats ${pct(share(civilThreat, t))} (n=${civilThreat.length})`,
  );

  return { head: { ...quantizeHead(head.w), bias: head.bias, hold, reject }, report };
}
