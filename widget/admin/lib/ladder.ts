/**
 * What a strike will do, computed the way the server does (server/moderation/ladder.ts and
 * sanctions.ts): the author's active strikes plus one reach the highest ladder step at or below
 * that count, and that step's sanction is applied at once.
 */

export type SanctionType = "warn" | "suspend" | "revoke";
export interface LadderStep {
  strikes: number;
  sanction: SanctionType;
  hours: number | null;
}

/** The step `strikeCount` active strikes reach, or null when below the first step. */
export function ladderStepFor(ladder: readonly LadderStep[], strikeCount: number): LadderStep | null {
  let reached: LadderStep | null = null;
  for (const step of [...ladder].sort((a, b) => a.strikes - b.strikes)) if (step.strikes <= strikeCount) reached = step;
  return reached;
}

export interface StrikeOutcome {
  /** The author's active strikes once this one is added. */
  strikes: number;
  step: LadderStep | null;
  /** Hours the sanction lasts: a warning stands as long as the strike; null for revoke or none. */
  hours: number | null;
}

export function strikeOutcome(ladder: readonly LadderStep[], activeStrikes: number, strikeDays: number): StrikeOutcome {
  const strikes = Math.max(0, activeStrikes) + 1;
  const step = ladderStepFor(ladder, strikes);
  const hours = !step ? null : step.sanction === "revoke" ? null : step.sanction === "warn" ? strikeDays * 24 : (step.hours ?? 24);
  return { strikes, step, hours };
}

/**
 * Outcomes for several strikes decided one after another (bulk rejection): an author with
 * three items in the batch gets strikes n+1, n+2, n+3. Keys of `authors` are item ids.
 */
export function bulkStrikeOutcomes(
  ladder: readonly LadderStep[],
  strikeDays: number,
  items: readonly { id: string; authorId: string; activeStrikes: number }[],
): Map<string, StrikeOutcome> {
  const added = new Map<string, number>();
  const out = new Map<string, StrikeOutcome>();
  for (const item of items) {
    const n = added.get(item.authorId) ?? 0;
    out.set(item.id, strikeOutcome(ladder, item.activeStrikes + n, strikeDays));
    added.set(item.authorId, n + 1);
  }
  return out;
}

/** Severity order, to pick the gravest outcome of a batch. */
export const severity = (s: SanctionType | null | undefined): number => (s === "revoke" ? 3 : s === "suspend" ? 2 : s === "warn" ? 1 : 0);
