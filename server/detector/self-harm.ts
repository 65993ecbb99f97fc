/**
 * Self-harm said as meant: the writer's own death or injury announced ("if they cancel the show
 * I'm going to hurt myself") and made earnest ("…and stream it", "I already have the rope",
 * "goodbye everyone"). Either half alone is talk: fans "would kill themselves" if their team lost,
 * and "I already wrote the letter" is to the council. Together they go to a moderator at once,
 * under the threats rule, whose queue is read first.
 * Plain TypeScript, Workers-compatible.
 */
import type { Token } from "./normalize.ts";
import { negatedAt } from "./cues.ts";
import { phraseMatcher } from "./phrases.ts";

/** One's own death or injury, announced. */
const intentAt = phraseMatcher([
  "hang~|kill~|hurt~|end~|cut~ myself",
  "end it all",
  "tonight is my last night",
  "done with this life",
  "my last night on earth",
]);

/** What makes it earnest: the means at hand, the note written, the goodbye said, the act to be shown. */
const resolveAt = phraseMatcher([
  "already have|got|bought the|a|my rope|pills|noose|gun",
  "already wrote|written the|a|my letter|note",
  "goodbye everyone|all|world",
  "and stream it",
  "i mean it this time",
  "not joking this time",
]);

/** The announcement when something in the same comment makes it earnest: [from, to], or null. */
export function findSelfHarm(tokens: readonly Token[], text: string): [number, number] | null {
  let intent: [number, number] | null = null;
  let resolved = false;
  for (let i = 0; i < tokens.length && !(intent && resolved); i++) {
    if (!intent) {
      const end = intentAt(tokens, i);
      if (end >= 0 && !negatedAt(tokens, i, text)) intent = [i, end];
    }
    resolved ||= resolveAt(tokens, i) >= 0 && !negatedAt(tokens, i, text);
  }
  return intent && resolved ? intent : null;
}
