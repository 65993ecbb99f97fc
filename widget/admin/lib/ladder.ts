/**
 * The reject dialog's preview of a batch of strikes. The ladder itself (which step a count
 * reaches, how long its sanction lasts) is the contract's, the same code the server applies.
 */
import { strikeOutcome, type StrikeOutcome } from "../../../contract/ladder.ts";
import type { LadderStep, SanctionType } from "../../../contract/policy.ts";

/**
 * Outcomes for several strikes decided one after another (bulk rejection): an author with
 * three items in the batch gets strikes n+1, n+2, n+3. Keys of the map are item ids.
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
