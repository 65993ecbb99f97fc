/**
 * Text normalisation for the personal-attack detector, with an offset map back to the
 * ORIGINAL text (UTF-16 code units, as JS strings index).
 *
 * Pipeline:
 *  1. Per code point: drop zero-width / format characters; NFKC (fullwidth, math letters,
 *     circled letters…); a compact confusables map (Cyrillic / Greek / IPA look-alikes,
 *     a few symbols used as letters); lowercase; strip combining marks (diacritics).
 *     Every output character remembers the [start, end) of the code point it came from.
 *  2. Tokenise into words (letters, digits, apostrophes and the leet symbols * @ $ ! |),
 *     emoji become single tokens.
 *  3. Join spaced-out single letters ("i d i o t", "i.d.i.o.t"), word by word where the
 *     gaps between words differ from those between letters ("y.o.u a.r.e"), and undo the
 *     other evasions of evasion.ts (joined, split and l/|/! -for-i words).
 *  4. Repair each word: leet digits/symbols ("1d10t", "@sshole"), '*' wildcards
 *     ("st*pid", "f**k"), repeated letters ("idiooooot") — checked against a list of
 *     known words so that ordinary words and numbers are left alone.
 *
 * Plain TypeScript only: runs on Node and on Cloudflare Workers.
 */
import { evasionUndoer, wordsOfLetterRun, type EvasionUndoer, type WordReading } from "./evasion.ts";
import { perPair, remembered } from "./memo.ts";

/** A normalised word plus the range of the original text it came from. */
export interface Token {
  /** Normalised form (lowercase, de-obfuscated). */
  text: string;
  /** UTF-16 offset of the first original code unit. */
  start: number;
  /** UTF-16 offset just past the last original code unit. */
  end: number;
  /** The remembered entry of the word the token is the whole reading of (most tokens), else undefined. */
  entry?: WordEntry;
}

/**
 * A word as typed, remembered with its reading; a later stage keeps its own reading of the word
 * in `kept` (the feature extractor does), which saves it a second lookup per token.
 */
export interface WordEntry {
  reading: WordReading;
  /** whether the reading starts or ends an insult of the undoer that read it (evasion.ts's JOIN_HEAD, JOIN_TAIL) */
  joins: number;
  kept: unknown;
  /** whose reading `kept` is */
  keptBy: object | undefined;
  /** the phrase matchers the reading begins (phrases.ts's bits), as of `beginsAt` matchers (-1: not yet asked) */
  begins: number;
  beginsAt: number;
  /** the phrases the reading begins, per matcher with a bit (phrases.ts), as they are looked up */
  starting: unknown[] | undefined;
  /** the word lists the reading is in (word-bits.ts), as of version `listsAt` of the lists (-1: not yet asked) */
  lists: number;
  listsAt: number;
  /** the lists of `ownedBy` (a lexicon) the reading is in (word-bits.ts) */
  owned: number;
  ownedBy: object | undefined;
}

/** Tells whether a word is a known (dictionary / lexicon) word. */
export type KnownWord = (word: string) => boolean;

// ---------------------------------------------------------------------------
// 1. character folding

/** Zero-width and invisible formatting characters that are removed outright. */
export function isInvisible(cp: number): boolean {
  return (
    (cp >= 0x200b && cp <= 0x200f) || // ZWSP, ZWNJ, ZWJ, LRM, RLM
    (cp >= 0x202a && cp <= 0x202e) || // bidi embeddings
    (cp >= 0x2060 && cp <= 0x2064) || // word joiner, invisible operators
    (cp >= 0x2066 && cp <= 0x2069) || // bidi isolates
    cp === 0xfeff || // BOM / ZWNBSP
    cp === 0x00ad || // soft hyphen
    cp === 0x034f || // combining grapheme joiner
    cp === 0x180e || // Mongolian vowel separator
    cp === 0x115f ||
    cp === 0x1160 ||
    cp === 0x3164 ||
    cp === 0xffa0 || // Hangul fillers
    (cp >= 0xfe00 && cp <= 0xfe0f) || // variation selectors
    (cp >= 0xe0000 && cp <= 0xe007f) || // tag characters
    (cp >= 0x1f3fb && cp <= 0x1f3ff) // emoji skin-tone modifiers
  );
}

/**
 * Latin look-alikes. Keys are single characters (after NFKC); values are lowercase Latin.
 * Covers Cyrillic and Greek homoglyphs (both cases), a few IPA / Latin-extended letters
 * and symbols commonly used as letters. NFKC already takes care of fullwidth forms,
 * mathematical alphanumerics, circled / parenthesised letters and ligatures.
 */
const CONFUSABLES: Record<string, string> = {
  // Cyrillic uppercase
  А: "a",
  В: "b",
  Е: "e",
  Ё: "e",
  К: "k",
  М: "m",
  Н: "h",
  О: "o",
  Р: "p",
  С: "c",
  Т: "t",
  У: "y",
  Х: "x",
  Ѕ: "s",
  І: "i",
  Ї: "i",
  Ј: "j",
  Ԁ: "d",
  Ү: "y",
  Һ: "h",
  Ӏ: "i",
  З: "3",
  // Cyrillic lowercase
  а: "a",
  в: "b",
  е: "e",
  ё: "e",
  к: "k",
  м: "m",
  н: "h",
  о: "o",
  р: "p",
  с: "c",
  т: "t",
  у: "y",
  х: "x",
  ѕ: "s",
  і: "i",
  ї: "i",
  ј: "j",
  ԁ: "d",
  һ: "h",
  ӏ: "l",
  ԛ: "q",
  ԝ: "w",
  ь: "b",
  ъ: "b",
  г: "r",
  п: "n",
  и: "u",
  ү: "y",
  з: "3",
  ч: "4",
  ѵ: "v",
  ɡ: "g",
  // Greek uppercase
  Α: "a",
  Β: "b",
  Ε: "e",
  Ζ: "z",
  Η: "h",
  Ι: "i",
  Κ: "k",
  Μ: "m",
  Ν: "n",
  Ο: "o",
  Ρ: "p",
  Τ: "t",
  Υ: "y",
  Χ: "x",
  // Greek lowercase
  α: "a",
  β: "b",
  γ: "y",
  ε: "e",
  η: "n",
  ι: "i",
  κ: "k",
  ν: "v",
  ο: "o",
  ρ: "p",
  τ: "t",
  υ: "u",
  χ: "x",
  ω: "w",
  μ: "u",
  ς: "s",
  ϲ: "c",
  ϳ: "j",
  // Latin extended / IPA
  ı: "i",
  ɩ: "i",
  ł: "l",
  ø: "o",
  đ: "d",
  ð: "d",
  ɑ: "a",
  ɒ: "a",
  ʀ: "r",
  ʏ: "y",
  ɪ: "i",
  ᴀ: "a",
  ʙ: "b",
  ᴄ: "c",
  ᴅ: "d",
  ᴇ: "e",
  ғ: "f",
  ɢ: "g",
  ʜ: "h",
  ᴊ: "j",
  ᴋ: "k",
  ʟ: "l",
  ᴍ: "m",
  ɴ: "n",
  ᴏ: "o",
  ᴘ: "p",
  ǫ: "q",
  ꜱ: "s",
  ᴛ: "t",
  ᴜ: "u",
  ᴠ: "v",
  ᴡ: "w",
  ᴢ: "z",
  ß: "ss",
  æ: "ae",
  œ: "oe",
  þ: "p",
  // symbols used as letters
  "€": "e",
  "£": "l",
  "¡": "i",
  "§": "s",
  "©": "c",
  "®": "r",
  "¢": "c",
  "¥": "y",
  "∪": "u",
  "∩": "n",
  ℓ: "l",
  "×": "x",
  // punctuation variants
  "\u2019": "'",
  "\u2018": "'",
  "\u02bc": "'",
  "\u00b4": "'",
  "`": "'",
};

const foldCache = new Map<number, string>();
const MARKS = /\p{M}/gu;

function mapConfusables(s: string): string {
  let out = "";
  for (const ch of s) out += CONFUSABLES[ch] ?? ch;
  return out;
}

/** Folds one (non-ASCII) code point to its normalised form (possibly empty or several chars). */
export function foldCodePoint(cp: number): string {
  const r = foldCache.get(cp);
  if (r !== undefined) return r;
  // negative circled and negative squared letters ("id🅾t", "tw🅰t") have no NFKC form: the letter they draw
  const drawn = cp >= 0x1f150 && cp <= 0x1f169 ? cp - 0x1f150 : cp >= 0x1f170 && cp <= 0x1f189 ? cp - 0x1f170 : -1;
  if (drawn >= 0) return String.fromCharCode(97 + drawn);
  let s = String.fromCodePoint(cp).normalize("NFKC");
  s = mapConfusables(s).toLowerCase();
  s = mapConfusables(s);
  s = s.normalize("NFD").replace(MARKS, "").normalize("NFC");
  if (foldCache.size < 4096) foldCache.set(cp, s);
  return s;
}

/** Result of character-level normalisation: `text[i]` came from `original[starts[i]..ends[i])`. */
export interface NormalizedText {
  text: string;
  starts: ArrayLike<number>;
  ends: ArrayLike<number>;
}

// reusable buffers (the detector is synchronous and single-threaded)
let codesBuf = new Uint16Array(1024);
let startsBuf = new Int32Array(1024);
let endsBuf = new Int32Array(1024);

function ensure(cap: number) {
  if (cap <= codesBuf.length) return;
  let c = codesBuf.length;
  while (c < cap) c *= 2;
  codesBuf = new Uint16Array(c);
  startsBuf = new Int32Array(c);
  endsBuf = new Int32Array(c);
}

/**
 * Character-level normalisation (step 1 only) with a per-UTF-16-unit offset map.
 * `starts[i]`/`ends[i]` give the original range that produced `text[i]`.
 * The returned arrays are views of shared buffers, valid until the next call.
 */
const ASCII_LETTER = /[a-zA-Z]/;

export function normalizeChars(original: string): NormalizedText {
  const n = original.length;
  ensure(n * 2 + 8);
  let m = 0;
  for (let i = 0; i < n;) {
    const u = original.charCodeAt(i);
    // "st|_|pid": "|_|" drawn for a u, inside a word
    if (
      u === 124 &&
      original[i + 1] === "_" &&
      original[i + 2] === "|" &&
      (ASCII_LETTER.test(original[i - 1] ?? "") || ASCII_LETTER.test(original[i + 3] ?? ""))
    ) {
      codesBuf[m] = 117;
      startsBuf[m] = i;
      endsBuf[m] = i + 3;
      m++;
      i += 3;
      continue;
    }
    if (u < 128) {
      codesBuf[m] = u >= 65 && u <= 90 ? u + 32 : u === 96 ? 39 : u;
      startsBuf[m] = i;
      endsBuf[m] = i + 1;
      m++;
      i++;
      continue;
    }
    const cp = original.codePointAt(i)!;
    const len = cp > 0xffff ? 2 : 1;
    if (!isInvisible(cp)) {
      const s = foldCodePoint(cp);
      if (m + s.length + n - i > codesBuf.length) ensure(m + s.length + (n - i) * 2 + 8);
      for (let k = 0; k < s.length; k++) {
        codesBuf[m] = s.charCodeAt(k);
        startsBuf[m] = i;
        endsBuf[m] = i + len;
        m++;
      }
    }
    i += len;
  }
  let text = "";
  const CH = 4096;
  for (let k = 0; k < m; k += CH) text += String.fromCharCode.apply(null, codesBuf.subarray(k, Math.min(m, k + CH)) as unknown as number[]);
  return { text, starts: startsBuf.subarray(0, m), ends: endsBuf.subarray(0, m) };
}

// ---------------------------------------------------------------------------
// 2. tokenisation

const LETTER = /\p{L}/u;
const DIGIT_OR_LETTER = /[\p{L}\p{N}]/u;
const PICTO = /\p{Extended_Pictographic}/u;

/** 0 other, 1 word char, 2 pictograph; for the code point starting at t[i]. */
function kindAt(t: string, i: number): number {
  const c = t.charCodeAt(i);
  if (c < 128) {
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 39) return 1;
    // leet symbols * @ $ ! |
    if (c === 42 || c === 64 || c === 36 || c === 33 || c === 124) return 1;
    return 0;
  }
  const cp = t.codePointAt(i)!;
  const ch = String.fromCodePoint(cp);
  if (DIGIT_OR_LETTER.test(ch)) return 1;
  if (PICTO.test(ch)) return 2;
  return 0;
}

/** A raw token over the normalised char array: [a, b) indexes into NormalizedText. */
interface Raw {
  a: number;
  b: number;
  picto: boolean;
  /** Where the token began before leading punctuation-like symbols were trimmed ("!diot"). */
  a0: number;
  /** A lone "!" or "|", punctuation unless it stands for a letter of a spelled-out word ("! d ! o t"). */
  lone?: boolean;
}

const isEdgePunct = (c: number) => c === 39 || c === 33 || c === 124; // ' ! |

function rawTokens(nt: NormalizedText): Raw[] {
  const t = nt.text;
  const out: Raw[] = [];
  let i = 0;
  const n = t.length;
  while (i < n) {
    const c0 = t.charCodeAt(i);
    const len = c0 >= 0xd800 && c0 <= 0xdbff ? 2 : 1;
    const k = kindAt(t, i);
    if (k === 2) {
      out.push({ a: i, b: i + len, picto: true, a0: i });
      i += len;
      continue;
    }
    if (k === 0) {
      i += len;
      continue;
    }
    let j = i + len;
    while (j < n) {
      const c = t.charCodeAt(j);
      const l2 = c >= 0xd800 && c <= 0xdbff ? 2 : 1;
      if (kindAt(t, j) !== 1) break;
      j += l2;
    }
    // trim punctuation-like symbols at the edges: "idiot!!!", "'you", "|x|"
    let a = i;
    let b = j;
    while (a < b && isEdgePunct(t.charCodeAt(a))) a++;
    while (b > a && isEdgePunct(t.charCodeAt(b - 1))) b--;
    // "*word*" emphasis: strip wrapping stars
    while (b - a >= 2 && t.charCodeAt(a) === 42 && t.charCodeAt(b - 1) === 42) {
      a++;
      b--;
    }
    while (a < b && t.charCodeAt(a) === 42 && !/[a-z]/.test(t.slice(a, b))) a++;
    if (b > a) out.push({ a, b, picto: false, a0: i });
    else if (j - i === 1 && t.charCodeAt(i) !== 39) out.push({ a: i, b: j, picto: false, a0: i, lone: true });
    i = j;
  }
  return out;
}

// ---------------------------------------------------------------------------
// 3./4. word repair

const LEET: Record<string, string> = {
  "0": "o",
  "1": "i",
  "3": "e",
  "4": "a",
  "5": "s",
  "7": "t",
  "8": "b",
  "9": "g",
  "@": "a",
  $: "s",
  "!": "i",
  "|": "i",
};
const LEET_ALT: Record<string, string> = { "1": "l", "|": "l", "!": "l", "7": "t", "9": "q", "6": "b" };

/** Runs of a character cut to `max` ("fuuuuck" is "fuuck"); not of stars, each of which stands for a letter ("f***" is "fuck", not "fag"). */
function collapseRuns(w: string, max: number): string {
  let out = "";
  let run = 0;
  for (let i = 0; i < w.length; i++) {
    const c = w[i]!;
    run = i > 0 && w[i - 1] === c && c !== "*" ? run + 1 : 1;
    if (run <= max) out += c;
  }
  return out;
}

/**
 * Wildcard lookup: '*' (or several) stands for one letter each. Returns a known word of
 * the same length or undefined. `candidates` is a list of known words to try.
 */
function matchWildcard(w: string, candidates: readonly string[]): string | undefined {
  outer: for (const c of candidates) {
    if (c.length !== w.length) continue;
    for (let i = 0; i < w.length; i++) {
      const x = w[i]!;
      if (x !== "*" && x !== c[i]) continue outer;
    }
    return c;
  }
  return undefined;
}

/** Normalises one word (already lowercase / folded). */
const PLAIN = /^[a-z']+$/;

export function repairWord(w: string, known: KnownWord, wildcardWords: readonly string[]): string {
  if (w === "@user" || w === "url") return w;
  if (PLAIN.test(w)) return known(w) ? w : fixPlain(w, known, wildcardWords);
  const hasLetter = /[a-z]/.test(w) || LETTER.test(w);
  const hasSym = /[0-9@$!|*]/.test(w);
  if (!hasLetter) {
    if (/^[0-9]+$/.test(w)) return w.length <= 2 ? w : "<num>";
    if (w.includes("*") && wildcardWords.length) {
      const m = matchWildcard(
        w.replace(/[0-9@$!|]/g, (c) => LEET[c] ?? c),
        wildcardWords,
      );
      if (m) return m;
    }
    if (!/[*]/.test(w) && /^[0-9@$!|]+$/.test(w)) {
      const m = w.replace(/./g, (c) => LEET[c] ?? c);
      if (m.length >= 3 && known(m)) return m;
    }
    return w;
  }
  if (w[0] === "@") {
    // mention or "@sshole"
    const rest = w.slice(1);
    const asA = fixPlain("a" + rest.replace(/[0-9@$!|]/g, (c) => LEET[c] ?? c), known, wildcardWords);
    if (known(asA)) return asA;
    return "@user";
  }
  if (hasSym) {
    if (known(w) && !w.includes("*")) return w; // e.g. "b2b", "mp3"
    const mapped = w.replace(/[0-9@$!|]/g, (c) => LEET[c] ?? c);
    const fixed = fixPlain(mapped, known, wildcardWords);
    if (known(fixed)) return fixed;
    const alt = w.replace(/[0-9@$!|]/g, (c) => LEET_ALT[c] ?? LEET[c] ?? c);
    if (alt !== mapped) {
      const fixedAlt = fixPlain(alt, known, wildcardWords);
      if (known(fixedAlt)) return fixedAlt;
    }
    // unknown: keep digits as they are ("4th", "2nd"), but letters-with-symbols get mapped
    if (/[0-9]/.test(w) && !/[@$!|*]/.test(w)) return collapseRuns(w, 2);
    return fixed;
  }
  return fixPlain(w, known, wildcardWords);
}

/** Letters with a star between each ("c*u*n*t"): spelled out, not censored. */
const STARRED_LETTERS = /^(?:[a-z]\*){2,}[a-z]$/;

function fixPlain(w: string, known: KnownWord, wildcardWords: readonly string[]): string {
  if (STARRED_LETTERS.test(w) && known(w.replaceAll("*", ""))) return w.replaceAll("*", "");
  if (w.includes("*")) {
    const m = matchWildcard(collapseRuns(w, 2), wildcardWords) ?? matchWildcard(w, wildcardWords);
    if (m) return m;
    return collapseRuns(w, 2);
  }
  if (known(w)) return w;
  const c2 = collapseRuns(w, 2);
  const c1 = collapseRuns(w, 1);
  // "youuu" is "you", though "youu" is a word of the training tweets ("goood" is "good", not "god")
  if (c1 !== w && STRETCHED_SHORT.has(c1)) return c1;
  if (c2 !== w && known(c2)) return c2;
  if (c1 !== c2 && known(c1)) return c1;
  return c2;
}
/** Short words a stretch is read back to before any longer one. */
const STRETCHED_SHORT = new Set(["you", "u", "ur", "your", "so", "no", "me", "we", "he", "she", "are", "is", "yes", "hi"]);

const ALNUM = /[A-Za-z0-9]/;

/** Token `t` is part of a handle joined by underscores ("FootyFan_99", "Dave_from_Leeds"), not of _emphasis_. */
export function inHandle(text: string, t: Token): boolean {
  return (text[t.end] === "_" && ALNUM.test(text[t.end + 1] ?? "")) || (text[t.start - 1] === "_" && ALNUM.test(text[t.start - 2] ?? ""));
}

/**
 * A screen name, as commenters choose them: CamelCase with a number ("TruckerDave57"), or a name
 * and a year ("Mike1985"); not a product's name and number ("Covid19", "Windows11", "Fifa23").
 */
const SCREEN_NAME = /^(?:[A-Z][a-z]+[A-Z][A-Za-z]*\d{2,}|[A-Z][a-z]{2,}(?:19|20)\d\d)(?:'s)?$/;
export function isScreenName(text: string, t: Token): boolean {
  // (a digit ends the name, or comes before "'s": most words are passed over before any regular expression)
  const w = t.text;
  const last = w.charCodeAt(w.length - (w.endsWith("'s") ? 3 : 1));
  return last >= 48 && last <= 57 && SCREEN_NAME.test(text.slice(t.start, t.end));
}

const JOIN_SEPARATORS = " .-_,·•*/\\~+";

/** Words whose repair or reading is remembered, per word list (recently used; about a megabyte each generation). */
const MAX_REPAIRS = 20_000;
/** repairWord bound to `known` and `wildcardWords`, remembering its answers. */
const repairer = perPair((known: KnownWord, wildcardWords: readonly string[]) =>
  remembered((w) => repairWord(w, known, wildcardWords), MAX_REPAIRS),
);
/** A word's repair and reading together, remembered (one lookup per word in the common case). */
const reader = perPair((evasion: EvasionUndoer, wildcardWords: readonly string[]) =>
  remembered((w): WordEntry => newEntry(evasion, evasion.read(w, repairWord(w, evasion.known, wildcardWords))), MAX_REPAIRS),
);
/** A word read by `evasion`: its reading, and the fields later stages keep with it (empty until asked). */
function newEntry(evasion: EvasionUndoer, reading: WordReading): WordEntry {
  return {
    reading,
    joins: typeof reading === "string" ? evasion.joinsOf(reading) : 0,
    kept: undefined,
    keptBy: undefined,
    begins: 0,
    beginsAt: -1,
    starting: undefined,
    lists: 0,
    listsAt: -1,
    owned: 0,
    ownedBy: undefined,
  };
}

const NOTHING_KNOWN: KnownWord = () => false;
const NONE: readonly string[] = [];

/**
 * Tokenises `original` into normalised words with offsets into `original`.
 * `known` decides which repairs are accepted; `wildcardWords` are tried for '*'.
 */
export function tokenize(
  original: string,
  known: KnownWord = NOTHING_KNOWN,
  wildcardWords: readonly string[] = NONE,
  insultWords: readonly string[] = NONE,
): Token[] {
  const nt = normalizeChars(original);
  const raws = rawTokens(nt);
  const t = nt.text;
  const tokens: Token[] = [];
  const isSingle = (r: Raw) => !r.picto && r.b - r.a === 1 && t[r.a] !== "'" && t[r.a] !== "*";
  const gapOk = (x: Raw, y: Raw) => {
    const gap = y.a - x.b;
    if (gap < 1 || gap > 3) return false;
    for (let k = x.b; k < y.a; k++) if (!JOIN_SEPARATORS.includes(t[k]!)) return false;
    return true;
  };
  const evasion = evasionUndoer(known, insultWords);
  const repair = repairer(known, wildcardWords);
  const readWord = reader(evasion, wildcardWords);
  /** The original range of normalised chars [a, b). */
  const span = (a: number, b: number) => ({ start: nt.starts[a]!, end: nt.ends[b - 1]! });
  /** A token read from normalised characters [a, b), with no remembered entry (every token has the same four fields). */
  const token = (text: string, a: number, b: number): Token => ({ text, start: nt.starts[a]!, end: nt.ends[b - 1]!, entry: undefined });
  const spelledWord = (letters: number[]) => {
    const word = letters.map((a) => t[a]).join("");
    const out: Token[] = [];
    evasion.undo(word, repair(word), (x, y) => span(letters[x]!, letters[y - 1]! + 1), out);
    return out;
  };
  /** The end of the run of single letters from i (with lone "!"/"|" among them when `lone`). */
  const runEnd = (i: number, lone: boolean) => {
    let j = i + 1;
    while (j < raws.length && isSingle(raws[j]!) && (lone || !raws[j]!.lone) && gapOk(raws[j - 1]!, raws[j]!)) j++;
    return j;
  };
  /** The words spelled by the letters raws[i, j), or null where they spell none. */
  const readLetterRun = (i: number, j: number): Token[] | null => {
    const runLen = j - i;
    if (runLen < 3) return null;
    const words = wordsOfLetterRun(
      raws.slice(i, j).map((x) => x.a),
      t,
    );
    // "y.o.u a.r.e a.n i.d.i.o.t": one token per spelled-out word, when that spells an insult
    const spelled = words.length > 1 ? words.flatMap((letters) => spelledWord(letters)) : [];
    if (spelled.some((token) => evasion.isInsult(token.text))) return spelled;
    let joined = "";
    for (let k = i; k < j; k++) joined += t[raws[k]!.a];
    const repaired = repairWord(joined, known, wildcardWords);
    // "f.u.c.k.i.n.g i d i o t": two words run together from letter `from`, the second an insult, where the gaps do not part them
    const twoWords = (from: number): Token[] | null => {
      for (let k = from + 3; k <= runLen - 3; k++) {
        const head = joined.slice(from, k);
        const tail = joined.slice(k);
        if (evasion.isInsult(tail) && known(head))
          return [token(head, raws[i + from]!.a, raws[i + k - 1]!.b), token(tail, raws[i + k]!.a, raws[j - 1]!.b)];
      }
      return null;
    };
    // "you are a s t u p i d": the article "a" / pronoun "i" is not part of the word
    if (runLen >= 5 && !known(repaired) && (joined[0] === "a" || joined[0] === "i")) {
      const first = token(joined[0]!, raws[i]!.a, raws[i]!.b);
      const rest = repairWord(joined.slice(1), known, wildcardWords);
      if (known(rest)) return [first, token(rest, raws[i + 1]!.a, raws[j - 1]!.b)];
      // ("you're a f u c k i n g i d i o t": the article, then two words)
      const two = runLen >= 8 ? twoWords(1) : null;
      if (two) return [first, ...two];
    }
    if (runLen < 4 && !known(repaired)) return null;
    if (runLen >= 7 && !known(repaired)) {
      const two = twoWords(0);
      if (two) return two;
    }
    const out: Token[] = [];
    evasion.undo(joined, repaired, (x, y) => span(raws[i + x]!.a, raws[i + y - 1]!.b), out);
    return out;
  };
  /** A star at k opens emphasis closed later in the line ("*hugs Milo*"): no letter, unlike "*diot". */
  const opensEmphasis = (k: number) => t[k] === "*" && /^\*[^*\n]+\*(?![\p{L}\p{N}])/u.test(t.slice(k, k + 200));
  let i = 0;
  while (i < raws.length) {
    const r = raws[i]!;
    // spaced-out letters: "i d i o t", "i.d.i.o.t"; through a lone "!" or "|" for i only where that spells an insult
    if (isSingle(r)) {
      const through = runEnd(i, true);
      let lone = false;
      for (let k = i; k < through && !lone; k++) lone = raws[k]!.lone === true;
      const read = lone ? readLetterRun(i, through) : null;
      if (read?.some((token) => evasion.isInsult(token.text))) {
        tokens.push(...read);
        i = through;
        continue;
      }
      const j = r.lone ? i : runEnd(i, false);
      const plain = r.lone ? null : readLetterRun(i, j);
      if (plain) {
        tokens.push(...plain);
        i = j;
        continue;
      }
    }
    if (r.lone) {
      i++;
      continue;
    }
    if (r.picto) {
      tokens.push(token(t.slice(r.a, r.b), r.a, r.b));
      i++;
      continue;
    }
    // "!diot", "|diot": the symbol standing for a letter was trimmed as punctuation
    if (r.a0 < r.a && !opensEmphasis(r.a0)) {
      const whole = t.slice(r.a0, r.b);
      const asWord = evasion.symbolWord(repair(whole));
      if (asWord) {
        tokens.push(token(asWord, r.a0, r.b));
        i++;
        continue;
      }
    }
    // "@harry_b": a handle's underscores are part of it (one mention, not "@harry" and "b")
    let b = r.b;
    while (t[r.a] === "@" && t[b] === "_" && raws[i + 1]?.a === b + 1) b = raws[++i]!.b;
    const a = opensEmphasis(r.a) && b - r.a > 1 ? r.a + 1 : r.a;
    const word = t.slice(a, b);
    const entry = readWord(word);
    const reading = entry.reading;
    // (most words read as one token: no span function made for them)
    if (typeof reading === "string") tokens.push({ text: reading, start: nt.starts[a]!, end: nt.ends[b - 1]!, entry });
    else evasion.push(word, reading, (x, y) => span(a + x, a + y), tokens);
    i++;
  }
  const joined = evasion.rejoinSplitWords(tokens, original);
  // (both rare: a quick look at the text first)
  if (NAME_OR_SLANG.some((w) => t.includes(w))) readRhymingSlang(readFirstNames(joined, original));
  if (t.includes("u-")) joinHyphenedU(joined, original);
  return joined;
}

/** "U-turn", "U-boat": a "u" hyphened to the next word is no "you" (one token, "u-turn"). */
function joinHyphenedU(tokens: Token[], original: string): void {
  for (let i = tokens.length - 2; i >= 0; i--) {
    const [u, next] = [tokens[i]!, tokens[i + 1]!];
    if (u.text !== "u" || u.end - u.start !== 1 || original[u.end] !== "-" || next.start !== u.end + 1) continue;
    tokens.splice(i, 2, { text: `u-${next.text}`, start: u.start, end: next.end, entry: undefined });
  }
}

const NAME_OR_SLANG = ["dick", "fanny", "hampton", "berkeley", "merchant"];
/** Insult words that are also first names, read as the name they are short for. */
const FIRST_NAMES: ReadonlyMap<string, string> = new Map([
  ["dick", "richard"],
  ["fanny", "frances"],
]);
/** Capitalised words after such a name that make a phrase, not a surname ("Dick Head", "Dick Move"). */
const NOT_SURNAMES = new Set(["head", "heads", "move", "moves", "pic", "pics", "and", "or", "is", "are", "was", "you", "the", "a"]);
const TITLE_CASED = /^\p{Lu}\p{Ll}/u;

/** "Dick Van Dyke", "Dick Cheney": a first name before a capitalised surname, not the insult. */
function readFirstNames(tokens: Token[], original: string): Token[] {
  for (let i = 0; i + 1 < tokens.length; i++) {
    const name = FIRST_NAMES.get(tokens[i]!.text);
    const next = tokens[i + 1]!;
    if (!name || NOT_SURNAMES.has(next.text)) continue;
    const word = original.slice(tokens[i]!.start, tokens[i]!.end);
    const after = original.slice(next.start, next.end);
    if (TITLE_CASED.test(word) && TITLE_CASED.test(after) && next.start - tokens[i]!.end === 1)
      tokens[i] = { ...tokens[i]!, text: name, entry: undefined };
  }
  return tokens;
}

/** Rhyming slang for insults, read as the word it rhymes with: "a hampton wick", "such a Berkeley hunt". */
const RHYMING: ReadonlyMap<string, readonly [second: string, meant: string]> = new Map([
  ["hampton", ["wick", "prick"]],
  ["berkeley", ["hunt", "cunt"]],
  ["merchant", ["banker", "wanker"]],
]);
/** What makes a name called of the word after it: "a RIGHT merchant banker" (a job, too), "ABSOLUTE cretin." */
export const NAME_INTENSIFIER: ReadonlySet<string> = new Set([
  "right",
  "proper",
  "absolute",
  "total",
  "such",
  "complete",
  "utter",
  "bloody",
]);

function readRhymingSlang(tokens: Token[]): Token[] {
  for (let i = 0; i + 1 < tokens.length; i++) {
    const first = tokens[i]!.text;
    const slang = RHYMING.get(first);
    if (!slang || tokens[i + 1]!.text !== slang[0] || (first === "merchant" && !NAME_INTENSIFIER.has(tokens[i - 1]?.text ?? ""))) continue;
    tokens.splice(i, 2, { text: slang[1], start: tokens[i]!.start, end: tokens[i + 1]!.end, entry: undefined });
  }
  return tokens;
}
