import { foldCodePoint, isInvisible } from "../detector/normalize.ts";

/** Words a commenter's name may not be, once look-alike letters are folded: staff titles. */
const STAFF_WORDS = new Set(["admin", "administrator", "moderator", "moderators", "moderation", "staff", "parley"]);

/**
 * Why a display name cannot be used, or null when it can. Names are shown to everyone beside
 * comments, so they must read as what they are: no bidi or other format characters, no C1
 * controls, something visible, and nothing that folds to a staff title ("Аdmin" with a
 * Cyrillic А, "A m0derator").
 */
export function displayNameProblem(name: string): string | null {
  if (/[\p{Cf}\u0080-\u009f]/u.test(name)) return "invisible and text-direction characters are not allowed";
  if (!/[\p{L}\p{N}\p{So}]/u.test(name)) return "a name needs at least one letter, digit or symbol";
  const words = foldName(name).split(/[^\p{L}\p{N}]+/u);
  if (words.some((w) => STAFF_WORDS.has(w))) return "a name cannot look like a staff title";
  return null;
}

/** Lower case, look-alikes and accents folded, digits read as the letters they imitate. */
function foldName(name: string): string {
  let folded = "";
  for (const ch of name) {
    const cp = ch.codePointAt(0)!;
    if (isInvisible(cp)) continue;
    folded += cp < 0x80 ? ch.toLowerCase() : foldCodePoint(cp);
  }
  return folded.replace(/[013457@$]/g, (d) => LEET[d]!);
}

const LEET: Record<string, string> = { "0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a", $: "s" };
