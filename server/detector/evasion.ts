/**
 * Undoing the evasions a bag of words misses: words spelled out with varying gaps
 * ("y.o.u a.r.e a.n i.d.i.o.t"), words run together ("youidiot", "anidiot"), words split
 * ("id iot"), stretched letters ("loooooser") and letters standing for an i ("ldiot", "!diot",
 * "|diot"). Each repair is accepted only when it yields one of the name-calling rule's insults,
 * so ordinary words, names, numbers and hashtags are left as they were.
 */
import type { KnownWord, Token } from "./normalize.ts";
import { perPair } from "./memo.ts";

/** A range of the original text. */
export interface CharSpan {
  start: number;
  end: number;
}

/** Words that run into an insult when spaces are dropped: "youareanidiot", "urastupidmoron". */
const GLUE = new Set([
  "you",
  "u",
  "ur",
  "your",
  "youre",
  "ya",
  "are",
  "r",
  "is",
  "an",
  "a",
  "the",
  "such",
  "so",
  "what",
  "total",
  "complete",
  "absolute",
  "big",
  "little",
  // "shutupidiot"
  "shut",
  "up",
]);
const MAX_JOINED = 40;

/** Every token built with the same fields in the same order: one shape for the code that reads them. */
function pushToken(out: Token[], text: string, at: CharSpan): void {
  out.push({ text, start: at.start, end: at.end, entry: undefined });
}

/** Lowercase ASCII letters only. */
function isPlain(word: string): boolean {
  if (!word.length) return false;
  for (let k = 0; k < word.length; k++) {
    const c = word.charCodeAt(k);
    if (c < 97 || c > 122) return false;
  }
  return true;
}

const VOWEL = /[aeiou]/;
/** A word as written without its vowels: "dumbass" → "dmbss". */
export const withoutVowels = (w: string) => w.replace(/[aeiou]/g, "");

/** Three or more of one letter in a row. */
function hasStretch(word: string): boolean {
  for (let k = 2; k < word.length; k++) if (word[k] === word[k - 1] && word[k] === word[k - 2]) return true;
  return false;
}

/**
 * Splits a run of spelled-out letters (their positions in `text`) into words where the gap
 * differs from the usual one between letters: "y o u   i d i o t", "y-o-u i-d-i-o-t".
 */
export function wordsOfLetterRun(letters: number[], text: string): number[][] {
  const gaps = letters.slice(1).map((a, k) => text.slice(letters[k]! + 1, a));
  const counts = new Map<string, number>();
  for (const gap of gaps) counts.set(gap, (counts.get(gap) ?? 0) + 1);
  if (counts.size <= 1) return [letters];
  let usual = "";
  for (const [gap, n] of counts) if (n > (counts.get(usual) ?? 0)) usual = gap;
  const words: number[][] = [[letters[0]!]];
  gaps.forEach((gap, k) => {
    if (gap !== usual) words.push([]);
    words.at(-1)!.push(letters[k + 1]!);
  });
  return words;
}

export type EvasionUndoer = ReturnType<typeof makeUndoer>;
/** EvasionUndoer.joinsOf's bits: a word that starts an insult, one that ends one ("id" + "iot"). */
export const JOIN_HEAD = 1;
export const JOIN_TAIL = 2;

/** How a word is read: one token's text, or the pieces of the word ([start, end) in it) it splits into. */
export type WordReading = string | (readonly [number, number])[];

/** The repairs, bound to the detector's known words and the name-calling rule's insults: made once per pair, so that their memo of readings lasts. */
export const evasionUndoer: (known: KnownWord, insultWords: readonly string[]) => EvasionUndoer = perPair(makeUndoer);

function makeUndoer(known: KnownWord, insultWords: readonly string[]) {
  const insults = new Set(insultWords);
  /** The insults of five letters or more as written backwards, and what they read forwards. */
  const backwards = new Map(insultWords.filter((w) => w.length >= 5).map((w) => [[...w].reverse().join(""), w] as const));
  const isInsult = (w: string) => insults.has(w);
  /** The insults as written without vowels ("dmbss", "stpd"), four letters or more (not "trtr": torture or traitor). */
  const vowelless = new Map<string, string | null>();
  for (const w of insults) {
    const bare = withoutVowels(w);
    if (bare.length >= 4 && bare !== w) vowelless.set(bare, vowelless.has(bare) ? null : w);
  }

  let longest = 0;
  for (const w of insults) longest = Math.max(longest, w.length);
  for (const w of GLUE) longest = Math.max(longest, w.length);
  // Every start and end of an insult: two neighbours are joined only when the first starts one
  // and the second ends it, which spares building and hashing the joined text for nearly every pair.
  const heads = new Set<string>();
  const tails = new Set<string>();
  for (const w of insults)
    for (let k = 0; k <= w.length; k++) {
      heads.add(w.slice(0, k));
      tails.add(w.slice(k));
    }

  /** Pieces covering `word` whole, at least one an insult and the rest glue; fewest pieces. */
  function segment(word: string): [number, number][] | null {
    const n = word.length;
    if (n < 4 || n > MAX_JOINED || insults.size === 0) return null;
    // state k * 2 + o: word[0, k) covered, o = 1 once an insult is among the pieces
    const pieces = new Float64Array((n + 1) * 2).fill(Infinity);
    const from = new Int32Array((n + 1) * 2);
    pieces[0] = 0;
    for (let k = 0; k < n; k++) {
      if (pieces[k * 2] === Infinity && pieces[k * 2 + 1] === Infinity) continue;
      for (let e = k + 1; e <= Math.min(n, k + longest); e++) {
        const piece = word.slice(k, e);
        const insult = insults.has(piece);
        if (!insult && !GLUE.has(piece)) continue;
        for (let o = 0; o < 2; o++) {
          const here = pieces[k * 2 + o]!;
          const next = e * 2 + (insult ? 1 : o);
          if (here + 1 < pieces[next]!) {
            pieces[next] = here + 1;
            from[next] = k * 2 + o;
          }
        }
      }
    }
    if (!(pieces[n * 2 + 1]! >= 2 && pieces[n * 2 + 1]! < Infinity)) return null;
    const out: [number, number][] = [];
    for (let state = n * 2 + 1; state > 1; state = from[state]!) out.unshift([from[state]! >> 1, state >> 1]);
    return out;
  }

  /** The insult a plain word disguises by stretching a letter or typing l for i, if any. */
  function undisguised(word: string): string | null {
    // "loooooser", "niiiiigger": the stretched letter once, before "looser" or "niger" is read
    if (hasStretch(word)) {
      const unstretched = word.replace(/(.)\1{2,}/g, "$1");
      if (insults.has(unstretched)) return unstretched;
    }
    // "toidi", "reknaw": written backwards
    const forwards = word.length >= 5 ? backwards.get(word) : undefined;
    if (forwards !== undefined && !known(word)) return forwards;
    // "dmbss", "stpd": the vowels left out (not a word of its own: "pls", "thx" are too short anyway)
    const full = VOWEL.test(word) ? undefined : vowelless.get(word);
    if (full && !known(word)) return full;
    // "ldiot", "llars": an l standing for an i (before "llars" is read as the name "lars")
    if (!known(word)) {
      for (let k = word.indexOf("l"); k >= 0; k = word.indexOf("l", k + 1)) {
        const asI = word.slice(0, k) + "i" + word.slice(k + 1);
        if (insults.has(asI)) return asI;
      }
    }
    return null;
  }

  /** Does `w` start an insult (JOIN_HEAD), end one (JOIN_TAIL)? Kept with a word's entry (normalize.ts). */
  const joinsOf = (w: string) => (heads.has(w) ? JOIN_HEAD : 0) | (tails.has(w) ? JOIN_TAIL : 0);
  const joins = (t: Token) => (t.entry !== undefined ? t.entry.joins : joinsOf(t.text));

  /** The two words as read, or as typed ("du mmy", which reads as "du my"), when together they insult. */
  function insultingJoin(a: Token, b: Token, original: string): string | null {
    if (a.text.length + b.text.length > longest) return null;
    if ((joins(a) & JOIN_HEAD) !== 0 && (joins(b) & JOIN_TAIL) !== 0 && insults.has(a.text + b.text)) return a.text + b.text;
    // repaired on the way ("mmy" read as "my"): try the letters as typed
    if (a.end - a.start === a.text.length && b.end - b.start === b.text.length) return null;
    const typed = (original.slice(a.start, a.end) + original.slice(b.start, b.end)).toLowerCase();
    return insults.has(typed) ? typed : null;
  }

  /** How a word is read: one word (as repaired, or undisguised), or the pieces it splits into. */
  function read(word: string, repaired: string): WordReading {
    const plain = isPlain(word);
    const disguisable = plain && (hasStretch(word) || ((word.includes("l") || !VOWEL.test(word)) && !known(word)));
    if (known(repaired) && !disguisable) return repaired;
    const text = plain ? undisguised(word) : null;
    if (text) return text;
    const pieces = plain && !known(repaired) ? segment(word) : null;
    return pieces ?? repaired;
  }
  /** Pushes the tokens of a word's reading; `spanOf(i, j)` is where `word[i, j)` came from. */
  function push(word: string, reading: WordReading, spanOf: (i: number, j: number) => CharSpan, out: Token[]): void {
    if (typeof reading === "string") return pushToken(out, reading, spanOf(0, word.length));
    for (const [a, b] of reading) pushToken(out, word.slice(a, b), spanOf(a, b));
  }

  return {
    known,
    isInsult,
    read,
    push,
    joinsOf,

    /**
     * Pushes the tokens for one word as typed (`word`, lowercase as normalised) and as the
     * ordinary repairs left it (`repaired`); `spanOf(i, j)` is where `word[i, j)` came from.
     * (Unremembered: for the rare words spelled out letter by letter; tokenize remembers the rest.)
     */
    undo(word: string, repaired: string, spanOf: (i: number, j: number) => CharSpan, out: Token[]): void {
      push(word, read(word, repaired), spanOf, out);
    },

    /** "!diot", "|diot": the word with its leading symbol read as a letter, when that makes an insult. */
    symbolWord(repaired: string): string | null {
      return isInsult(repaired) ? repaired : null;
    },

    /** "id iot", "dick head": two neighbours that make an insult together. */
    rejoinSplitWords(tokens: Token[], original: string): Token[] {
      // (copied only from the first join: most comments have none)
      let out: Token[] | null = null;
      for (let k = 0; k < tokens.length; k++) {
        const a = tokens[k]!;
        const b = tokens[k + 1];
        // split by a space, a hyphen, a dot or an underscore: "mo ron", "mo-ron", "id.iot"
        // or by a hyphen and a space, as a line was broken: "tw- at", "half- wit"
        const gap = b ? b.start - a.end : 0;
        const split =
          (gap === 1 && /[\s.\-_]/.test(original[a.end]!)) || (gap === 2 && original[a.end] === "-" && /\s/.test(original[a.end + 1]!));
        const joined = b && split ? insultingJoin(a, b, original) : null;
        if (joined) {
          out ??= tokens.slice(0, k);
          out.push({ text: joined, start: a.start, end: b!.end, entry: undefined });
          k++;
        } else out?.push(a);
      }
      return out ?? tokens;
    },
  };
}
