/**
 * Words another said, reported without quotation marks, and when they stop being another's: a name reported as called
 * and then said to fit the reader ("They called the ref a clown… Much better fit for you, Kev."), and a message set out
 * after a colon ("Police read out his messages to her: you're a waste of space…"). Probe sets IT and JF.
 * Plain TypeScript, Workers-compatible.
 */
import type { Token } from "./normalize.ts";
import { WRITER_SUBJECT } from "./cues.ts";
import { insideQuotes, sentenceOf } from "./target.ts";

/**
 * A name another called someone, said after it to fit the reader better ("They called the ref a clown, which is unfair
 * on the ref. Much BETTER FIT FOR YOU, Kev."): stricter than the words that say a quotation fits the reader (model.ts), the
 * words not being quoted.
 */
const REPORT_FITS_YOU = /\b(?:describes|fits|suits|applies to|fit for|sums) (?:you|u|ya)\b/i;

const CALLED = new Set(["called", "calling", "call", "calls"]);
/** The masked words end in a name reported as called, unquoted, that the words after them say fits the reader. */
export function nameFitsReader(toks: readonly Token[], text: string, masked: Uint8Array): boolean {
  const lastMasked = masked.lastIndexOf(1);
  if (lastMasked < 0 || insideQuotes(text, toks[lastMasked]!.start) || !REPORT_FITS_YOU.test(text.slice(toks[lastMasked]!.end)))
    return false;
  for (let i = lastMasked; i >= 0 && masked[i]; i--) if (CALLED.has(toks[i]!.text)) return true;
  return false;
}

/** What makes a message the writer's own: "MY texts", an "OPEN letter" (probe set KD). */
const OWN_MESSAGE = new Set(["my", "open"]);
/** Words that report a message before a colon: "The prosecutor READ OUT his TEXTS to her: you're nothing…". */
const MESSAGE_TOLD = new Set([
  ...["texts", "text", "messages", "message", "letter", "letters", "note", "notes", "email", "emails", "tweet", "tweets", "dms"],
  ...["dm", "voicemail", "voicemails", "chant", "chants", "graffiti", "placard"],
  ...["wrote", "said", "posted", "sent", "shouted", "yelled", "screamed", "chanted", "texted", "messaged", "read"],
]);
/**
 * Token i follows, in its sentence, a colon that words reporting a message stand before (within six): another's words
 * set out without quotation marks. Not the writer's own ("I SAID: you're a…", "Reply to Mark: you're…", "OPEN letter to
 * Dave: you're…").
 */
export function messageAfterColon(toks: readonly Token[], text: string, i: number): boolean {
  const [from] = sentenceOf(toks, text, i);
  for (let k = i - 1; k >= from; k--) {
    if (!text.slice(toks[k]!.end, toks[k + 1]!.start).includes(":")) continue;
    for (let m = k; m >= Math.max(from, k - 5); m--)
      if (MESSAGE_TOLD.has(toks[m]!.text)) return !WRITER_SUBJECT.has(toks[m - 1]?.text ?? "") && !OWN_MESSAGE.has(toks[m - 1]?.text ?? "");
    return false;
  }
  return false;
}
