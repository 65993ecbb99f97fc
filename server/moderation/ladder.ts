import type { LadderStep } from "./policy-types.ts";

/** The ladder step that `strikeCount` active strikes reach: the highest step at or below it. */
export function ladderStepFor(ladder: LadderStep[], strikeCount: number): LadderStep | null {
  let reached: LadderStep | null = null;
  for (const step of [...ladder].sort((a, b) => a.strikes - b.strikes)) {
    if (step.strikes <= strikeCount) reached = step;
  }
  return reached;
}

/** When a sanction from the ladder ends; warnings stand as long as the strike behind them. */
export function sanctionEnd(step: LadderStep, now: Date, strikeDays: number): string | null {
  if (step.sanction === "revoke") return null;
  const hours = step.sanction === "warn" ? strikeDays * 24 : (step.hours ?? 24);
  return new Date(now.getTime() + hours * 3_600_000).toISOString();
}
