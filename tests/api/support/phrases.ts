// Bodies whose decisions under the default policy are stable with the detector the server
// ships (tests/fixtures/moderation/phrases.json holds more). Tests that depend on a decision
// ask /preview first, so a retrained model that moves one shows up as that, not as a puzzle.
import phrases from "../../fixtures/moderation/phrases.json";

/** Published: well below the hold threshold. */
export const CLEAN = phrases.real.clean[0]!;
export const clean = (i: number | string) => `Comment ${i} on the budget.`;

/**
 * Held for a moderator: a mild jab at a commenter, between the default policy's commenter hold
 * and its reject threshold: a commenter's argument called names is held at most, never refused.
 * ("You sound a bit daft here." until session 21, when "daft" became an insult word and was
 * refused. Profanity aimed at nobody, "this is fucking great", publishes since issue 10:
 * untargeted profanity is not an attack on anyone.)
 */
export const HELD = "Your argument is idiotic.";

/** Refused with policy_violation, spans on the insults; ATTACK_WITH_EMOJI starts with astral-plane emoji (UTF-16 offsets). */
export const ATTACK = phrases.real.attacks[0]!;
export const ATTACK_WITH_EMOJI = phrases.real.attacks[2]!;
