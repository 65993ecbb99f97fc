/** The ways commenters disguise an insult, each applied to a plain sentence's words. */
import type { InsultLexicon } from "../../../server/detector/insult.ts";

type Family = (words: string[]) => string | null;

const lastWord = (words: string[], f: (w: string) => string | null) => {
  const changed = f(words.at(-1)!);
  return changed === null ? null : [...words.slice(0, -1), changed].join(" ");
};
const replaceFirstI = (symbol: string) => (words: string[]) => lastWord(words, (w) => (w.includes("i") ? w.replace("i", symbol) : null));

export const evasionFamilies: Record<string, Family> = {
  "spaced letters": (words) => words.map((w) => [...w].join(" ")).join("   "),
  "hyphenated letters": (words) => words.map((w) => [...w].join("-")).join(" "),
  "dotted letters": (words) => words.map((w) => [...w].join(".")).join(" "),
  "last two joined": (words) => [...words.slice(0, -2), words.slice(-2).join("")].join(" "),
  "all joined": (words) => words.join(""),
  "| for i": replaceFirstI("|"),
  "! for i": replaceFirstI("!"),
  "l for i": replaceFirstI("l"),
  "1 for i": replaceFirstI("1"),
  "split in two": (words) => lastWord(words, (w) => (w.length >= 5 ? `${w.slice(0, w.length >> 1)} ${w.slice(w.length >> 1)}` : null)),
  "stretched vowel": (words) => lastWord(words, (w) => (/[aeiou]/.test(w) ? w.replace(/[aeiou]/, (v) => v.repeat(5)) : null)),
  "zero-width inside": (words) => lastWord(words, (w) => `${w.slice(0, 2)}\u200b${w.slice(2)}`),
  "Cyrillic look-alikes": (words) =>
    lastWord(words, (w) => (/[aeo]/.test(w) ? w.replace(/[aeo]/g, (c) => ({ a: "а", e: "е", o: "о" })[c]!) : null)),
};

/** "you are an idiot" for each insult noun, "you are stupid" for each other insult word. */
export function insultSentences(lexicon: InsultLexicon): { word: string; words: string[] }[] {
  return [...lexicon.words.keys()]
    .filter((w) => /^[a-z]+$/.test(w))
    .sort()
    .map((word) => ({
      word,
      words: lexicon.nouns.has(word) ? ["you", "are", /^[aeiou]/.test(word) ? "an" : "a", word] : ["you", "are", word],
    }));
}
