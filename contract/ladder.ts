/**
 * The policy's ladder: which sanction a number of active strikes brings, and for how long. The
 * server applies it when a strike is added; the admin app shows the same outcome before the
 * moderator confirms.
 */
import type { LadderStep } from "./policy.ts";

/** The ladder step that `strikeCount` active strikes reach: the highest step at or below it, or null. */
export function ladderStepFor(ladder: readonly LadderStep[], strikeCount: number): LadderStep | null {
  let reached: LadderStep | null = null;
  for (const step of [...ladder].sort((a, b) => a.strikes - b.strikes)) if (step.strikes <= strikeCount) reached = step;
  return reached;
}

/** How long a ladder sanction lasts: a warning stands as long as the strike behind it; a revocation has no end (null). */
export function sanctionHours(step: LadderStep, strikeDays: number): number | null {
  if (step.sanction === "revoke") return null;
  return step.sanction === "warn" ? strikeDays * 24 : (step.hours ?? 24);
}

/** When a ladder sanction given at `now` ends, as an ISO time, or null when it does not. */
export function sanctionEnd(step: LadderStep, now: Date, strikeDays: number): string | null {
  const hours = sanctionHours(step, strikeDays);
  return hours === null ? null : new Date(now.getTime() + hours * 3_600_000).toISOString();
}

export interface StrikeOutcome {
  /** The author's active strikes once this one is added. */
  strikes: number;
  /** The step that count reaches, or null when the ladder gives no sanction yet. */
  step: LadderStep | null;
  /** Hours the sanction lasts; null for a revocation or no sanction. */
  hours: number | null;
}

/** What one more strike does to an author who has `activeStrikes` now. */
export function strikeOutcome(ladder: readonly LadderStep[], activeStrikes: number, strikeDays: number): StrikeOutcome {
  const strikes = Math.max(0, activeStrikes) + 1;
  const step = ladderStepFor(ladder, strikes);
  return { strikes, step, hours: step ? sanctionHours(step, strikeDays) : null };
}
