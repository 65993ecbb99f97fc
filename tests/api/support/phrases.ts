// Bodies whose decisions under the default policy are stable with the detector the server
// ships (tests/fixtures/moderation/phrases.json holds more). Tests that depend on a decision
// ask /preview first, so a retrained model that moves one shows up as that, not as a puzzle.
import phrases from "../../fixtures/moderation/phrases.json";

/** Published: well below the hold threshold. */
export const CLEAN = phrases.real.clean[0]!;
export const clean = (i: number | string) => `Comment ${i} on the budget.`;

/** Held for a moderator: profanity aimed at nobody is at most held, never refused (README). */
export const HELD = "this is fucking great";

/** Refused with policy_violation, spans on the insults; ATTACK_WITH_EMOJI starts with astral-plane emoji (UTF-16 offsets). */
export const ATTACK = phrases.real.attacks[0]!;
export const ATTACK_WITH_EMOJI = phrases.real.attacks[2]!;
