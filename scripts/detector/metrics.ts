/** Evaluation metrics shared by train.ts and eval.ts. */

export function rocAuc(scores: ArrayLike<number>, labels: ArrayLike<number>): number {
  const idx = Array.from({ length: scores.length }, (_, i) => i).sort((a, b) => scores[a]! - scores[b]!);
  let pos = 0,
    neg = 0,
    rankSum = 0;
  // average ranks for ties
  let i = 0;
  while (i < idx.length) {
    let j = i;
    while (j + 1 < idx.length && scores[idx[j + 1]!] === scores[idx[i]!]) j++;
    const avg = (i + j) / 2 + 1;
    for (let k = i; k <= j; k++) if (labels[idx[k]!]) rankSum += avg;
    i = j + 1;
  }
  for (let k = 0; k < labels.length; k++) labels[k] ? pos++ : neg++;
  return (rankSum - (pos * (pos + 1)) / 2) / (pos * neg);
}

export function f1(tp: number, fp: number, fn: number): number {
  return tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn);
}

/** Macro-F1 of a binary decision (flag = score >= t) against binary labels. */
export function macroF1At(scores: ArrayLike<number>, labels: ArrayLike<number>, t: number): number {
  let tp = 0,
    fp = 0,
    fn = 0,
    tn = 0;
  for (let i = 0; i < scores.length; i++) {
    const p = scores[i]! >= t;
    if (labels[i]) p ? tp++ : fn++;
    else p ? fp++ : tn++;
  }
  return (f1(tp, fp, fn) + f1(tn, fn, fp)) / 2;
}

export function precisionAt(scores: ArrayLike<number>, labels: ArrayLike<number>, t: number): { precision: number; support: number } {
  let tp = 0,
    n = 0;
  for (let i = 0; i < scores.length; i++)
    if (scores[i]! >= t) {
      n++;
      if (labels[i]) tp++;
    }
  return { precision: n ? tp / n : 1, support: n };
}

export function recallAt(scores: ArrayLike<number>, labels: ArrayLike<number>, t: number): number {
  let tp = 0,
    p = 0;
  for (let i = 0; i < scores.length; i++)
    if (labels[i]) {
      p++;
      if (scores[i]! >= t) tp++;
    }
  return p ? tp / p : 0;
}

export function shareAtOrAbove(scores: ArrayLike<number>, t: number): number {
  let n = 0;
  for (let i = 0; i < scores.length; i++) if (scores[i]! >= t) n++;
  return scores.length ? n / scores.length : 0;
}

/** SemEval-2021 Task 5 per-post character F1. */
export function spanF1(pred: Set<number>, gold: Set<number>): number {
  if (gold.size === 0) return pred.size === 0 ? 1 : 0;
  if (pred.size === 0) return 0;
  let inter = 0;
  for (const p of pred) if (gold.has(p)) inter++;
  if (inter === 0) return 0;
  const prec = inter / pred.size;
  const rec = inter / gold.size;
  return (2 * prec * rec) / (prec + rec);
}

/** Candidate thresholds: the distinct scores, rounded to 3 decimals. */
export function candidateThresholds(scores: ArrayLike<number>): number[] {
  const s = new Set<number>();
  for (let i = 0; i < scores.length; i++) s.add(Math.round(scores[i]! * 1000) / 1000);
  return [...s].sort((a, b) => a - b);
}
