/**
 * Set phrases matched on normalised tokens (threat.ts, indirect.ts). A phrase is space-separated
 * words, each of which may be written as:
 *   - `run~`      the word and its inflections (run, runs, running, ran is not: list it with `|`);
 *   - `door|gate` one of several single words ("you're|you are" is two phrases, not one);
 *   - `(some)`    an optional word (also `(a|the)`);
 *   - `@who`      a slot, matched by a function given to the matcher (a person, say);
 *   - `@any`      any one word (a slot every matcher has).
 * so that "running him off the road" and "run that cyclist off the road" are one phrase,
 * `run~ @who off the road`, not a list of spellings that misses the next one.
 */
import type { Token } from "./normalize.ts";
import { addToList, inList, wordBit } from "./word-bits.ts";

/** A slot's matcher: the last token of what it matched starting at k, or -1. */
export type Slot = (tokens: readonly Token[], k: number) => number;

const VOWEL = /[aeiou]/;

/** `@any`: one word, whichever. */
const anyWord: Slot = (_tokens, k) => k;

/** A word's regular inflections: -s/-es, -ed/-d, -ing (the final consonant doubled, the e dropped, "die" → "dying"). */
export function inflections(w: string): string[] {
  const last = w.at(-1) ?? "";
  const consonantY = last === "y" && !VOWEL.test(w.at(-2) ?? "");
  // "run" → "running", "stab" → "stabbed": one short vowel before a final consonant
  const doubled = w.length <= 4 && !VOWEL.test(last) && !"wxy".includes(last) && VOWEL.test(w.at(-2) ?? "") && !VOWEL.test(w.at(-3) ?? "x");
  const stem = doubled ? w + last : w;
  const s = consonantY ? w.slice(0, -1) + "ies" : /(s|x|z|ch|sh|o)$/.test(w) ? w + "es" : w + "s";
  const ed = consonantY ? w.slice(0, -1) + "ied" : last === "e" ? w + "d" : stem + "ed";
  const ing = w.endsWith("ie") ? w.slice(0, -2) + "ying" : last === "e" && !w.endsWith("ee") ? w.slice(0, -1) + "ing" : stem + "ing";
  return [w, s, ed, ing];
}

type Part = { words: ReadonlySet<string>; optional: boolean } | { slot: Slot };

function compile(word: string, slots: Record<string, Slot>): Part {
  if (word.startsWith("@")) {
    const slot = slots[word.slice(1)] ?? (word === "@any" ? anyWord : undefined);
    if (!slot) throw new Error(`phrase slot ${word} has no matcher`);
    return { slot };
  }
  const optional = word.startsWith("(") && word.endsWith(")");
  // an optional part is one word: "(in your head)" would be three, two of them never matching
  if (!optional && /[()]/.test(word)) throw new Error(`phrase word ${word}: an optional part is one word, "(in)"`);
  const alternatives = (optional ? word.slice(1, -1) : word).split("|");
  const words = alternatives.flatMap((a) => (a.endsWith("~") ? inflections(a.slice(0, -1)) : [a]));
  return { words: new Set(words), optional };
}

/** Matches the parts from part p at token i; answers the last token matched, or -1. */
function matchFrom(parts: readonly Part[], p: number, tokens: readonly Token[], i: number): number {
  if (p === parts.length) return i - 1;
  const part = parts[p]!;
  if ("slot" in part) {
    const end = i < tokens.length ? part.slot(tokens, i) : -1;
    return end < 0 ? -1 : matchFrom(parts, p + 1, tokens, end + 1);
  }
  if (i < tokens.length && part.words.has(tokens[i]!.text)) {
    const end = matchFrom(parts, p + 1, tokens, i + 1);
    if (end >= 0) return end;
  }
  return part.optional ? matchFrom(parts, p + 1, tokens, i) : -1;
}

/** Matches a phrase of plain words (most are) at token i: the last token, or -1. */
function matchPlain(words: readonly string[], tokens: readonly Token[], i: number): number {
  if (i + words.length > tokens.length) return -1;
  for (let k = 1; k < words.length; k++) if (tokens[i + k]!.text !== words[k]) return -1;
  return i + words.length - 1;
}

/**
 * The matchers whose phrases each word begins, as bits (one per matcher, for the first 32): every
 * matcher is asked at every token, and one lookup per token then answers them all.
 */
const BEGUN_BY = new Map<string, number>();
/** The words any matcher's phrases have second (or after an optional second word). */
const SECOND_WORD_BIT = wordBit([]);
let matchers = 0;
/** The last token list looked up, and its tokens' bits (token lists are not changed once made). */
let lookedUp: readonly Token[] | null = null;
let begins = new Uint32Array(256);

function beginsOf(tokens: readonly Token[]): Uint32Array {
  if (tokens !== lookedUp) {
    if (begins.length < tokens.length) begins = new Uint32Array(2 * tokens.length);
    for (let i = 0; i < tokens.length; i++) begins[i] = beginsOfToken(tokens[i]!);
    lookedUp = tokens;
  }
  return begins;
}

/** A token's bits, remembered with its word's entry: the words repeat from comment to comment, and BEGUN_BY is large. */
function beginsOfToken(t: Token): number {
  const entry = t.entry;
  if (entry === undefined) return BEGUN_BY.get(t.text) ?? 0;
  if (entry.beginsAt !== matchers) {
    entry.begins = BEGUN_BY.get(t.text) ?? 0;
    entry.beginsAt = matchers;
  }
  return entry.begins;
}

/** The last token of a phrase starting at i, or -1; and the words a phrase may start with. */
export type PhraseMatcher = ((tokens: readonly Token[], i: number) => number) & {
  firstWords: ReadonlySet<string>;
  /** its bit among the matchers' (0: none; its first words are then a word list of their own, word-bits.ts) */
  bit: number;
};

/** Compiles the phrases into a matcher (`rare`: asked of few comments, so it takes none of the 32 shared bits). */
export function phraseMatcher(phrases: readonly string[], slots: Record<string, Slot> = {}, rare = false): PhraseMatcher {
  // Phrases are found by their first word and then their second, in two lookups: a first word is
  // often common ("your", "i", "the") and begins many phrases, of which the second word leaves few.
  // Plain phrases (most) are compared word by word; the others are compiled into parts.
  const byFirst = new Map<string, Starting>();
  const at = (w: string) =>
    byFirst.get(w) ?? byFirst.set(w, { bySecond: new Map(), anySecond: [], anySecondBy: new Map(), anyToken: [] }).get(w)!;
  const under = (start: Starting, second: string, phrase: Phrase) =>
    (start.bySecond.get(second) ?? start.bySecond.set(second, []).get(second)!).push(phrase);
  for (const p of phrases) {
    if (/^[^()|~@]+$/.test(p)) {
      const words = p.split(" ");
      const start = at(words[0]!);
      if (words.length > 1) under(start, words[1]!, words);
      else start.anySecond.push(words);
      continue;
    }
    const parts = p.split(" ").map((w) => compile(w, slots));
    const [first, second] = parts;
    // (a phrase found by its first word: one that may begin anywhere would be tried at every token)
    if ("slot" in first! || first!.optional) throw new Error(`phrase "${p}": its first word may not be optional or a slot`);
    for (const w of first!.words) {
      const start = at(w);
      if (second && !("slot" in second) && !second.optional) for (const w2 of second.words) under(start, w2, parts);
      else start.anySecond.push(parts);
    }
  }
  for (const start of byFirst.values()) {
    indexBySecondToken(start);
    addToList(SECOND_WORD_BIT, start.bySecond.keys());
    addToList(SECOND_WORD_BIT, start.anySecondBy.keys());
  }
  // a bit for each of the first 32 matchers, which mayBeginAt can ask about together
  // (a matcher asked only of a few comments takes no bit from those asked at every token)
  const bit = matchers < 32 && !rare ? 1 << matchers++ : 0;
  if (bit) for (const w of byFirst.keys()) BEGUN_BY.set(w, (BEGUN_BY.get(w) ?? 0) | bit);
  // (the others' first words are a word list of their own, kept with each word's entry as well)
  const firstWord = bit ? 0 : wordBit(byFirst.keys());
  lookedUp = null;
  const tryAll = (list: readonly Phrase[], tokens: readonly Token[], i: number) => {
    for (const phrase of list) {
      const end = typeof phrase[0] === "string" ? matchPlain(phrase as string[], tokens, i) : matchFrom(phrase as Part[], 0, tokens, i);
      if (end >= 0) return end;
    }
    return -1;
  };
  // (a word a phrase begins keeps the matcher's phrases for it with its entry: one lookup less per token)
  const index = bit ? matchers - 1 : -1;
  const startingAt = (t: Token): Starting | undefined => {
    const entry = t.entry;
    if (index < 0 || entry === undefined) return byFirst.get(t.text);
    const known = (entry.starting ??= []) as Starting[];
    return (known[index] ??= byFirst.get(t.text)!);
  };
  const match = (tokens: readonly Token[], i: number) => {
    if (bit ? (beginsOf(tokens)[i]! & bit) === 0 : !inList(tokens[i], firstWord)) return -1;
    const starting = startingAt(tokens[i]!);
    if (starting) {
      // (a next word no phrase has second is looked up in neither of the starting word's tables)
      const second = inList(tokens[i + 1], SECOND_WORD_BIT);
      const next = second ? starting.bySecond.get(tokens[i + 1]!.text) : undefined;
      const end = next ? tryAll(next, tokens, i) : -1;
      if (end >= 0) return end;
      const after = second ? starting.anySecondBy.get(tokens[i + 1]!.text) : undefined;
      const any = tryAll(after ?? starting.anyToken, tokens, i);
      if (any >= 0) return any;
    }
    return -1;
  };
  return Object.assign(match, { firstWords: new Set(byFirst.keys()), bit });
}

/**
 * Could a phrase of any of `matchers` start at token i? One lookup answers for all of them (true
 * when one of them has no bit: it must be asked).
 */
export function mayBeginAt(matchers: readonly PhraseMatcher[]): (tokens: readonly Token[], i: number) => boolean {
  if (matchers.some((m) => m.bit === 0)) return () => true;
  const bits = matchers.reduce((all, m) => all | m.bit, 0);
  return (tokens, i) => (beginsOf(tokens)[i]! & bits) !== 0;
}

/** Does a phrase of `match` start at a token in [from, to)? */
export function phraseIn(match: PhraseMatcher, tokens: readonly Token[], from = 0, to = tokens.length): boolean {
  for (let k = Math.max(0, from); k < to; k++) if (match(tokens, k) >= 0) return true;
  return false;
}

/** A phrase as plain words, or compiled into parts. */
type Phrase = string[] | Part[];
/** The phrases a word begins: by their second word, and those whose second part is optional, a slot or absent. */
interface Starting {
  bySecond: Map<string, Phrase[]>;
  anySecond: Phrase[];
  /**
   * anySecond, as tried after a given next token: those the token can go on (its words, the next
   * part's after an optional one) and those that go on from any token (a slot, or nothing more
   * needed), in their order; `anyToken` are the latter alone.
   */
  anySecondBy: Map<string, Phrase[]>;
  anyToken: Phrase[];
}

/** The words the token after a phrase's first may be, or null when it may be any token (or none). */
function secondTokens(phrase: Phrase): Set<string> | null {
  if (typeof phrase[0] === "string") return phrase.length > 1 ? new Set([phrase[1] as string]) : null;
  const words = new Set<string>();
  for (const part of (phrase as Part[]).slice(1)) {
    if ("slot" in part) return null;
    for (const w of part.words) words.add(w);
    if (!part.optional) return words;
  }
  return null;
}

function indexBySecondToken(start: Starting): void {
  const seconds = start.anySecond.map(secondTokens);
  start.anyToken = start.anySecond.filter((_, k) => seconds[k] === null);
  for (const w of new Set(seconds.flatMap((s) => (s ? [...s] : []))))
    start.anySecondBy.set(
      w,
      start.anySecond.filter((_, k) => seconds[k] === null || seconds[k]!.has(w)),
    );
}
