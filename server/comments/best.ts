/**
 * The "best" order: comments by the lower bound of the Wilson score interval on the share of
 * upvotes (95%), so that 1 up and 0 down does not beat 60 up and 5 down, and a comment needs
 * several votes before it rises. Ties (no votes at all, most of a page) keep the oldest first.
 */

const Z = 1.959964; // the normal quantile for 95% confidence

/** Wilson lower bound on the upvote share; 0 without votes. */
export function wilsonLowerBound(up: number, down: number, z = Z): number {
  const n = up + down;
  if (n <= 0) return 0;
  const p = up / n;
  const z2 = z * z;
  return (p + z2 / (2 * n) - z * Math.sqrt((p * (1 - p) + z2 / (4 * n)) / n)) / (1 + z2 / n);
}

export interface Ranked {
  id: string;
  createdAt: string;
  upvotes: number;
  downvotes: number;
}

/** A position in the best order: the score, then the time and id (as a keyset cursor's `at`, `id`). */
export interface BestKey {
  score: number;
  createdAt: string;
  id: string;
}

export const bestKey = (c: Ranked): BestKey => ({ score: wilsonLowerBound(c.upvotes, c.downvotes), createdAt: c.createdAt, id: c.id });

/** Best first: a higher score, then the older, then by id (a total order, so paging is stable). */
export function compareBest(a: BestKey, b: BestKey): number {
  return b.score - a.score || (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** Sorts comments best first (a copy). */
export function rankBest<T extends Ranked>(list: readonly T[]): T[] {
  return list
    .map((c) => ({ c, k: bestKey(c) }))
    .sort((a, b) => compareBest(a.k, b.k))
    .map((x) => x.c);
}

/** A best-order position as a cursor's `at` (the score, exact, then the time) and back. */
export const bestCursorAt = (k: BestKey) => `${k.score}|${k.createdAt}`;
export function parseBestCursor(at: string, id: string): BestKey | null {
  const bar = at.indexOf("|");
  const score = Number(at.slice(0, bar));
  return bar > 0 && Number.isFinite(score) ? { score, createdAt: at.slice(bar + 1), id } : null;
}

/** How often a best-first listing may re-order for votes alone (any other change to the page rebuilds it at once). */
export const BEST_REORDER_MS = 60_000;
