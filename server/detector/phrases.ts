/**
 * Set phrases matched on normalised tokens (threat.ts, indirect.ts). A phrase is space-separated
 * words, each of which may be written as:
 *   - `run~`      the word and its inflections (run, runs, running, ran is not: list it with `|`);
 *   - `door|gate` one of several single words ("you're|you are" is two phrases, not one);
 *   - `(some)`    an optional word (also `(a|the)`);
 *   - `@who`      a slot, matched by a function given to the matcher (a person, say).
 * so that "running him off the road" and "run that cyclist off the road" are one phrase,
 * `run~ @who off the road`, not a list of spellings that misses the next one.
 */
import type { Token } from "./normalize.ts";

/** A slot's matcher: the last token of what it matched starting at k, or -1. */
export type Slot = (tokens: readonly Token[], k: number) => number;

const VOWEL = /[aeiou]/;

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
    const slot = slots[word.slice(1)];
    if (!slot) throw new Error(`phrase slot ${word} has no matcher`);
    return { slot };
  }
  const optional = word.startsWith("(") && word.endsWith(")");
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

/** Compiles the phrases; the matcher answers the last token of a phrase starting at i, or -1. */
export function phraseMatcher(
  phrases: readonly string[],
  slots: Record<string, Slot> = {},
): (tokens: readonly Token[], i: number) => number {
  // plain phrases take the quick way; the others are compiled into parts; both found by their
  // first word in one lookup (most tokens begin no phrase)
  const byFirst = new Map<string, { plain: string[][]; parts: Part[][] }>();
  const anyFirst: Part[][] = [];
  const at = (w: string) => byFirst.get(w) ?? byFirst.set(w, { plain: [], parts: [] }).get(w)!;
  for (const p of phrases) {
    if (/^[^()|~@]+$/.test(p)) {
      const words = p.split(" ");
      at(words[0]!).plain.push(words);
      continue;
    }
    const parts = p.split(" ").map((w) => compile(w, slots));
    const first = parts[0]!;
    if ("slot" in first || first.optional) anyFirst.push(parts);
    else for (const w of first.words) at(w).parts.push(parts);
  }
  return (tokens, i) => {
    const starting = byFirst.get(tokens[i]!.text);
    if (starting) {
      for (const words of starting.plain) {
        const end = matchPlain(words, tokens, i);
        if (end >= 0) return end;
      }
      for (const parts of starting.parts) {
        const end = matchFrom(parts, 0, tokens, i);
        if (end >= 0) return end;
      }
    }
    for (const parts of anyFirst) {
      const end = matchFrom(parts, 0, tokens, i);
      if (end >= i) return end;
    }
    return -1;
  };
}
