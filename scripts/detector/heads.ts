/**
 * What the learned heads over the main model's features share (scripts/detector/menace.ts,
 * trainHolding below): weights stored as int8, and thresholds chosen by how often a head flags
 * the innocent lines of writers it was not trained on.
 */
import type { Splits } from "./data.ts";
import type { IntentCase } from "./intent.ts";
import { featurize, foldOf, selectRows, trainLR } from "./lib.ts";
import type { FeatureContext } from "../../server/detector/features.ts";
import { encodeBase64, LinearScorer, type LinearDetector } from "../../server/detector/model.ts";
import { readIndirect, type IndirectHead } from "../../server/detector/learned-indirect.ts";
import { readGroup } from "../../server/detector/learned-group.ts";
import { sigmoid, type HeadLogit } from "../../server/detector/learned-menace.ts";
import type { Token } from "../../server/detector/normalize.ts";

/** A head's weights as int8 (base64) and the scale that restores them. */
export function quantizeHead(w: Float32Array): { weights: string; scale: number } {
  let maxAbs = 0;
  for (const v of w) maxAbs = Math.max(maxAbs, Math.abs(v));
  const scale = maxAbs / 127;
  const q = Int8Array.from(w, (v) => Math.max(-127, Math.min(127, Math.round(v / scale))));
  return { weights: encodeBase64(new Uint8Array(q.buffer)), scale };
}

export const shareAtLeast = (ps: readonly number[], t: number) => ps.filter((p) => p >= t).length / Math.max(1, ps.length);

/** The lowest threshold (in hundredths, from 0.20) at which every set of scores is flagged at most its share. */
export function lowestThreshold(limits: readonly (readonly [scores: readonly number[], share: number])[]): number {
  for (let k = 20; k < 100; k++) if (limits.every(([ps, most]) => shareAtLeast(ps, k / 100) <= most)) return k / 100;
  return 1;
}

export const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

/** A training text for a head: a tune case (`tune`), a Civil comment or a tweet. */
export interface HeadItem {
  text: string;
  y: number;
  weight: number;
  ctx: FeatureContext;
  tune?: IntentCase;
  /** a news comment's group of writers (foldOf its key): left out of training with that group's probe sets, and read then */
  group?: number;
}
export type HeadWeights = { w: Float32Array; bias: number };

/** Featurises the items once (with the main model's tokens); the function returned trains a head on some of them. */
export function headFitter(
  det: LinearDetector,
  items: readonly HeadItem[],
  C: { epochs: number; lr: number; l2: number },
  seed: number,
): (rows: number[]) => HeadWeights {
  const X = featurize(
    items.map((it) => it.text),
    (i) => items[i]!.ctx,
    undefined,
    (text) => det.tokens(text),
  );
  return (rows) =>
    trainLR(
      selectRows(X, rows),
      Float32Array.from(rows, (r) => items[r]!.y),
      Float32Array.from(rows, (r) => items[r]!.weight),
      { bits: det.scorer.res.ctx.bits, epochs: C.epochs, lr: C.lr, l2: C.l2, seed, averageFrom: 1 },
    );
}

/**
 * Writers' probe sets are left out in this many groups, each set's group fixed by a hash of its name
 * (a new set never moves another): training costs the same number of fits however many sets are
 * written. (One set at a time until session 24: 45 fits per head, and a retrain outgrew CI's 10 minutes.)
 */
export const WRITER_FOLDS = 8;

/**
 * Each group of writers' probe sets (`set`) in turn left out of training: `visit` gets the head trained
 * without them, their cases and the items given that `group`. Our own lines (`own`: the look-alikes written
 * beside the rules, which sit at their edges on purpose) are left out too, as a group of their own, and
 * visited only when `withOwn`.
 */
export function eachSetLeftOut(
  tune: readonly IntentCase[],
  items: readonly HeadItem[],
  fit: (rows: number[]) => HeadWeights,
  visit: (head: HeadWeights, cases: readonly IntentCase[], items: readonly HeadItem[]) => void,
  withOwn = false,
): void {
  const setGroup = (set: string) => (set === OWN ? -1 : foldOf(set, WRITER_FOLDS));
  const groupOf = (it: HeadItem) => (it.tune ? setGroup(it.tune.set) : it.group);
  const all = items.map((_, i) => i);
  const groups = [...new Set(tune.map((c) => setGroup(c.set)))].sort((a, b) => a - b).filter((g) => withOwn || g >= 0);
  for (const g of groups)
    visit(
      fit(all.filter((i) => groupOf(items[i]!) !== g)),
      tune.filter((c) => setGroup(c.set) === g),
      items.filter((it) => !it.tune && it.group === g),
    );
}

/** The set name of our own lines (scripts/detector/intent.ts). */
export const OWN = "own";

/** The heads that only hold (put-downs, groups dehumanised): chosen for the put-down head, the group head's the same. */
export const HOLDING_CONFIG = {
  /** sample weights of an attack and of a must-publish tune line (often sharing its words) */
  positiveWeight: 3,
  tuneNegativeWeight: 3,
  /** sample weights of the Civil Comments no rater marked and of OLID's inoffensive tweets */
  civilWeight: 0.3,
  olidWeight: 0.3,
  /** (20 until session 26: 60 holds 76.5% / 75.8% of unseen writers' put-downs at the 1% bar (seeds 1 / 2), 20 75.2% / 74.8%) */
  epochs: 60,
  /** (0.1 until session 20: left out writer by writer, 0.2 holds 46.8% of their put-downs at the same 1% bar, 0.1 44.2%) */
  lr: 0.2,
  l2: 1e-4,
  /**
   * hold: at most this share of unseen writers' must-publish lines flagged (1%: at 0.5% the
   * friendly replies of probe set W pushed the threshold to 0.86, and held-out writers' put-downs
   * held fell from 162 to 148 of 246 with no fewer held-out must-publish lines flagged). The lines
   * of category `look-alike`, written to sit at an attack's edge, are reported apart and not counted:
   * a hold only asks a moderator, and the share is of comments like those the policy's targets name.
   */
  holdShare: 0.01,
};
/** The category of the lines written beside the attacks to look like them ("Thanks sweetie, kind of you"). */
const LOOK_ALIKE = "look-alike";

/** What each head that only holds reads: its attacks' category, and its reading's probability (0: it would hold nothing). */
export const HOLDING_HEADS = {
  indirect: {
    category: "commenter-insult",
    // (0 where the reading would not hold the text: its words quoted, no reader in a few words)
    probability: (h: HeadLogit, toks: readonly Token[], text: string) => (readIndirect(h, toks, text, 0) ? sigmoid(h.logit) : 0),
    attacks: "indirect attacks",
  },
  group: {
    category: "group-dehumanizing",
    probability: (h: HeadLogit, toks: readonly Token[], text: string) => readGroup(h, toks, text, 0).p,
    attacks: "groups dehumanised",
  },
} as const;

export interface HoldingTraining {
  head: IndirectHead;
  report: string[];
}

/**
 * A learned reading that only holds: of indirect attacks (server/detector/learned-indirect.ts) or
 * of groups dehumanised (learned-group.ts). Attacks: the tune cases of the head's category. Not:
 * the tune cases that must publish (P), the Civil Comments no rater marked at all and OLID's
 * inoffensive tweets. Lines that may be held (PH) and other attacks are left out. Its threshold:
 * each group of probe sets in turn is left out of training and its must-publish lines are read.
 */
export function trainHolding(
  kind: keyof typeof HOLDING_HEADS,
  det: LinearDetector,
  S: Splits,
  tune: readonly IntentCase[],
  civilCtx: (key: string) => FeatureContext,
  seed: number,
): HoldingTraining {
  const C = HOLDING_CONFIG;
  const { category, probability, attacks } = HOLDING_HEADS[kind];
  const { res } = det.scorer;
  const items: HeadItem[] = [];
  for (const c of tune) {
    if (c.category === category) items.push({ text: c.body, y: 1, weight: C.positiveWeight, ctx: res.ctx, tune: c });
    else if (c.expect === "P") items.push({ text: c.body, y: 0, weight: C.tuneNegativeWeight, ctx: res.ctx, tune: c });
  }
  for (const c of S.civilTrain) if (c.spans.length === 0) items.push({ text: c.text, y: 0, weight: C.civilWeight, ctx: civilCtx(c.key) });
  for (const o of S.olidTrain) if (o.a === "NOT") items.push({ text: o.text, y: 0, weight: C.olidWeight, ctx: res.ctx });
  const fit = headFitter(det, items, C, seed);
  const reader = (head: HeadWeights) => {
    const scorer = new LinearScorer(res, det.scorer.weights, det.scorer.scale, det.scorer.bias, {
      [kind]: { weights: head.w, scale: 1, bias: head.bias },
    });
    return (text: string) => {
      const d = scorer.detail(text);
      return probability(d[kind]!, d.tokens, text);
    };
  };

  const unseenInnocent: number[] = [];
  const unseenLookAlike: number[] = [];
  const unseenAttack: number[] = [];
  eachSetLeftOut(tune, items, fit, (head, cases) => {
    const read = reader(head);
    for (const c of cases)
      if (c.category === category) unseenAttack.push(read(c.body));
      else if (c.expect === "P") (c.category === LOOK_ALIKE ? unseenLookAlike : unseenInnocent).push(read(c.body));
  });
  const head = fit(items.map((_, i) => i));
  const hold = lowestThreshold([[unseenInnocent, C.holdShare]]);
  const read = reader(head);
  const civilClean = S.civilVal.filter((c) => c.spans.length === 0).map((c) => read(c.text));
  const report = [
    `@${hold}: unseen writers' must-publish lines flagged ${pct(shareAtLeast(unseenInnocent, hold))} (n=${unseenInnocent.length}), their look-alikes ${pct(shareAtLeast(unseenLookAlike, hold))} (n=${unseenLookAlike.length}), their ${attacks} ${pct(shareAtLeast(unseenAttack, hold))} (n=${unseenAttack.length}); Civil validation no rater marked ${pct(shareAtLeast(civilClean, hold))} (n=${civilClean.length})`,
  ];
  return { head: { ...quantizeHead(head.w), bias: head.bias, hold }, report };
}
