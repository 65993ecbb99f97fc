/** The ways commenters disguise an attack, each applied to a plain sentence's lexicon word. */
import { withoutVowels } from "../../../server/detector/evasion.ts";
import type { InsultLexicon } from "../../../server/detector/insult.ts";

/** A plain sentence and the index of the lexicon word in it (the word a family disguises). */
export interface Sentence {
  word: string;
  words: string[];
  at: number;
}

type Family = (s: Sentence) => string | null;

const disguiseWord = (s: Sentence, f: (w: string) => string | null) => {
  const changed = f(s.words[s.at]!);
  return changed === null ? null : s.words.map((w, i) => (i === s.at ? changed : w)).join(" ");
};
const replaceFirstI = (symbol: string) => (s: Sentence) => disguiseWord(s, (w) => (w.includes("i") ? w.replace("i", symbol) : null));
const lookAlikes = (map: Record<string, string>) => (s: Sentence) =>
  disguiseWord(s, (w) => ([...w].some((c) => c in map) ? [...w].map((c) => map[c] ?? c).join("") : null));
/** The sentence spelled out letter by letter, the lexicon word's first "i" written as `symbol`: "y o u   a r e   a n   ! d i o t". */
const spelledWithSymbol = (between: string, symbol: string) => (s: Sentence) =>
  s.words[s.at]!.includes("i")
    ? s.words.map((w, i) => [...(i === s.at ? w.replace("i", symbol) : w)].join(between)).join(between === " " ? "   " : " ")
    : null;
const splitBy = (mark: string) => (s: Sentence) =>
  disguiseWord(s, (w) => (w.length >= 5 ? `${w.slice(0, w.length >> 1)}${mark}${w.slice(w.length >> 1)}` : null));
const offset = (base: number) => (w: string) => String.fromCodePoint(...[...w].map((c) => base + c.charCodeAt(0) - 97));

export const evasionFamilies: Record<string, Family> = {
  "spaced letters": (s) => s.words.map((w) => [...w].join(" ")).join("   "),
  "hyphenated letters": (s) => s.words.map((w) => [...w].join("-")).join(" "),
  "dotted letters": (s) => s.words.map((w) => [...w].join(".")).join(" "),
  "joined to the word before": (s) =>
    s.at === 0 ? null : [...s.words.slice(0, s.at - 1), s.words[s.at - 1]! + s.words[s.at]!, ...s.words.slice(s.at + 1)].join(" "),
  "all joined": (s) => s.words.join(""),
  "| for i": replaceFirstI("|"),
  "! for i": replaceFirstI("!"),
  "l for i": replaceFirstI("l"),
  "1 for i": replaceFirstI("1"),
  "spaced letters, ! for i": spelledWithSymbol(" ", "!"),
  "spaced letters, | for i": spelledWithSymbol(" ", "|"),
  "dotted letters, 1 for i": spelledWithSymbol(".", "1"),
  "split in two": splitBy(" "),
  "split by a hyphen": splitBy("-"),
  "split by a dot": splitBy("."),
  "a star for the first vowel": (s) => disguiseWord(s, (w) => (/[aeiou]/.test(w) ? w.replace(/[aeiou]/, "*") : null)),
  "stretched vowel": (s) => disguiseWord(s, (w) => (/[aeiou]/.test(w) ? w.replace(/[aeiou]/, (v) => v.repeat(5)) : null)),
  "stretched last letter": (s) => disguiseWord(s, (w) => w + w.at(-1)!.repeat(4)),
  "zero-width inside": (s) => disguiseWord(s, (w) => `${w.slice(0, 2)}\u200b${w.slice(2)}`),
  "soft hyphens between letters": (s) => disguiseWord(s, (w) => [...w].join("\u00ad")),
  "Cyrillic look-alikes": lookAlikes({ a: "а", e: "е", o: "о", c: "с", p: "р", x: "х" }),
  "Greek look-alikes": lookAlikes({ o: "ο", i: "ι", v: "ν" }),
  "fullwidth letters": (s) => disguiseWord(s, (w) => (/^[a-z]+$/.test(w) ? offset(0xff41)(w) : null)),
  "mathematical bold letters": (s) => disguiseWord(s, (w) => (/^[a-z]+$/.test(w) ? offset(0x1d41a)(w) : null)),
  "alternating case": (s) => disguiseWord(s, (w) => [...w].map((c, i) => (i % 2 ? c.toUpperCase() : c)).join("")),
  // met in probe set AO
  "a star between letters": (s) => disguiseWord(s, (w) => (/^[a-z]{3,}$/.test(w) ? [...w].join("*") : null)),
  "negative squared letters (emoji)": (s) => disguiseWord(s, (w) => (/^[a-z]+$/.test(w) ? offset(0x1f170)(w) : null)),
  // met in probe set AU: a word broken as at the end of a line
  "split by a hyphen and a space": splitBy("- "),
  // met in probe set BF: "ur a dmbss" (four letters left or more; a shorter skeleton, "mrn", is read as no word)
  "vowels dropped": (s) =>
    disguiseWord(s, (w) => {
      const bare = withoutVowels(w);
      return bare !== w && bare.length >= 4 ? bare : null;
    }),
};

/** "you are an idiot" for each insult noun, "you are stupid" for each other insult word. */
export function insultSentences(lexicon: InsultLexicon): Sentence[] {
  return [...lexicon.words.keys()]
    .filter((w) => /^[a-z]+$/.test(w))
    .sort()
    .map((word) => {
      const words = lexicon.nouns.has(word) ? ["you", "are", /^[aeiou]/.test(word) ? "an" : "a", word] : ["you", "are", word];
      return { word, words, at: words.length - 1 };
    });
}

/** "i will kill you" for each threat verb, "he should be shot" for each violent participle. */
export function threatSentences(verbs: Iterable<string>, participles: Iterable<string>): Sentence[] {
  return [
    ...[...verbs].sort().map((word) => ({ word, words: ["i", "will", word, "you"], at: 2 })),
    ...[...participles].sort().map((word) => ({ word, words: ["he", "should", "be", word], at: 3 })),
  ];
}

/** "those people are vermin" for each dehumanising noun. */
export function dehumanisingSentences(nouns: Iterable<string>): Sentence[] {
  return [...nouns].sort().map((word) => ({ word, words: ["those", "people", "are", word], at: 3 }));
}
