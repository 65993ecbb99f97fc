/**
 * Word lists the rules ask about at every token, answered once per word. A list registered here
 * gets a bit; a token's bits are looked up at its word's first sight and kept with the word's
 * remembered entry (normalize.ts), so a rule's scan over a comment reads a field per token where
 * it would look the token up in a large set (a lookup that mostly misses the processor's caches).
 * Plain TypeScript, Workers-compatible.
 */
import type { Token } from "./normalize.ts";

/** Each word's bits: the lists it is in. */
const BITS_OF = new Map<string, number>();
let lists = 0;
/** Changes made to the lists: a word's kept bits are as of a version. */
let version = 0;

/** Registers `words` (a list that does not change once the rules are made): its bit. */
export function wordBit(words: Iterable<string>): number {
  if (lists === 31) throw new Error("word-bits: at most 31 lists");
  const bit = 1 << lists++;
  addToList(bit, words);
  return bit;
}

/** Adds `words` to the list of `bit` (a list made by parts: every phrase matcher's second words). */
export function addToList(bit: number, words: Iterable<string>): void {
  for (const w of words) BITS_OF.set(w, (BITS_OF.get(w) ?? 0) | bit);
  version++;
}

/** The bits of the lists token `t`'s word is in. */
export function wordBits(t: Token): number {
  const entry = t.entry;
  if (entry === undefined) return BITS_OF.get(t.text) ?? 0;
  if (entry.listsAt !== version) {
    entry.lists = BITS_OF.get(t.text) ?? 0;
    entry.listsAt = version;
  }
  return entry.lists;
}

/** Is token `t` (if any) in the list of `bit`? */
export const inList = (t: Token | undefined, bit: number): boolean => t !== undefined && (wordBits(t) & bit) !== 0;

/**
 * The same for lists that belong to something (a detector's lexicon): `bitsOf` answers for a word,
 * and its answer is kept with the word's entry for the last `owner` asked about (a server has one).
 */
export function ownedBits(t: Token, owner: object, bitsOf: (word: string) => number): number {
  const entry = t.entry;
  if (entry === undefined) return bitsOf(t.text);
  if (entry.ownedBy !== owner) {
    entry.owned = bitsOf(t.text);
    entry.ownedBy = owner;
  }
  return entry.owned;
}
