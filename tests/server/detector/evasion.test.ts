// Disguising an attack gives the verdict of the plain attack (the default policy's decision and
// target): every evasion family applied to every word of the name-calling rule's lexicon, and
// to every threat and dehumanising word whose disguises the detector undoes.
import { describe, expect, it } from "vitest";
import { createDetector, type LinearDetector } from "../../../server/detector/index.ts";
import { withoutVowels } from "../../../server/detector/evasion.ts";
import { THREAT_VERBS, VIOLENT_PARTICIPLE } from "../../../server/detector/threat.ts";
import { DEHUMANISING } from "../../../server/detector/target.ts";
import { dehumanisingSentences, evasionFamilies, insultSentences, threatSentences, type Sentence } from "./evasion-families.ts";
import { judge } from "./support.ts";

const det = createDetector() as LinearDetector;
const verdict = (text: string) => {
  const j = judge(text);
  return `${j.decision} aimed at ${j.target}`;
};
const tokens = (text: string) => det.detail(text).tokens.map((t) => t.text);
const undone = new Set(det.scorer.res.ctx.insultWords);
/** Words left out on purpose: two ordinary words run into them ("be at", "kid nap", "dis ease"). */
const AMBIGUOUS = [...THREAT_VERBS, ...VIOLENT_PARTICIPLE, ...DEHUMANISING].filter((w) => !undone.has(w));
/**
 * A word whose first vowel starred reads as another word of the rules ("sl*t": slit or slut), or
 * as a word tried before it for a star ("sl*g": slug, the commoner in the data, before slag), so
 * its disguise is ambiguous.
 */
const starredAsAnother = (word: string) => {
  const starred = new RegExp(`^${word.replace(/[aeiou]/, ".")}$`);
  const firstTried = det.scorer.res.ctx.wildcardWords.find((w) => starred.test(w));
  return [...undone].some((w) => w !== word && starred.test(w)) || (firstTried !== undefined && firstTried !== word);
};
/**
 * Without its vowels a word is undone when the detector undoes the word's disguises, the letters
 * left are no word of their own ("psych" is one: psycho's skeleton) and no other word's ("trtr":
 * torture or traitor).
 */
const withoutVowelsUndone = (word: string) =>
  undone.has(word) &&
  !det.scorer.res.ctx.known(withoutVowels(word)) &&
  ![...undone].some((w) => w !== word && withoutVowels(w) === withoutVowels(word));
const lexicons: Record<string, { sentences: Sentence[]; families: string[] }> = {
  insults: { sentences: insultSentences(det.insultLex), families: Object.keys(evasionFamilies) },
  // Run together with their neighbours ("iwillkillyou") they are not read: the joined families are the insults' only.
  threats: {
    sentences: threatSentences(THREAT_VERBS, VIOLENT_PARTICIPLE).filter((s) => undone.has(s.word)),
    families: Object.keys(evasionFamilies).filter((f) => !f.includes("joined") && f !== "vowels dropped"),
  },
  "dehumanising words": {
    sentences: dehumanisingSentences(DEHUMANISING).filter((s) => undone.has(s.word)),
    families: Object.keys(evasionFamilies).filter((f) => !f.includes("joined") && f !== "vowels dropped"),
  },
};

describe("evasions of the lexicons", () => {
  it("covers the whole insult lexicon, and its plain insults are refused", () => {
    const { sentences } = lexicons.insults!;
    expect(sentences.length).toBeGreaterThan(50);
    expect(sentences.filter((s) => judge(s.words.join(" ")).decision === "reject").length).toBeGreaterThan(sentences.length * 0.9);
  });

  it("undoes the disguises of most threat and dehumanising words; the plain ones are refused or held", () => {
    expect(AMBIGUOUS.length).toBeLessThan(30);
    expect(lexicons.threats!.sentences.length).toBeGreaterThan(40);
    for (const s of lexicons.threats!.sentences)
      expect(judge(s.words.join(" ")), s.word).toMatchObject({ decision: "reject", threat: true });
    for (const s of lexicons["dehumanising words"]!.sentences)
      expect(judge(s.words.join(" ")), s.word).toMatchObject({ decision: "hold", target: "group" });
  });

  for (const [lexicon, { sentences, families }] of Object.entries(lexicons))
    for (const family of families) {
      it(`${lexicon}, ${family}: the same verdict and target as the plain sentence`, () => {
        const differing: string[] = [];
        let tried = 0;
        for (const s of sentences) {
          const disguised = evasionFamilies[family]!(s);
          if (disguised === null || (family.includes("star") && starredAsAnother(s.word))) continue;
          if (family === "vowels dropped" && !withoutVowelsUndone(s.word)) continue;
          tried++;
          const plain = verdict(s.words.join(" "));
          const got = verdict(disguised);
          if (got !== plain) differing.push(`${JSON.stringify(disguised)}: ${got}, plain ${plain}`);
        }
        expect(tried).toBeGreaterThan(family.includes("for i") || family.startsWith("Greek") ? 3 : 10);
        expect(differing).toEqual([]);
      });
    }

  it.each([
    "y o u   i d i o t",
    "y-o-u i-d-i-o-t",
    "y.o.u a.r.e a.n i.d.i.o.t",
    "youidiot",
    "you are anidiot",
    "you are an |diot",
    "!diot",
    "ldiot",
    "you are an id iot",
  ])("the published evasion %j reads as the insult it hides", (text) => {
    expect(tokens(text)).toContain("idiot");
  });

  it("two spelled-out words run together part where the second is an insult", () => {
    expect(tokens("shut up you f.u.c.k.i.n.g i d i o t")).toEqual(expect.arrayContaining(["fucking", "idiot"]));
    expect(tokens("you f u c k i n g m o r o n")).toEqual(expect.arrayContaining(["fucking", "moron"]));
    expect(verdict("you f u c k i n g m o r o n")).toBe("reject aimed at commenter");
    // (a word that is known whole is not parted: "the rapist")
    expect(tokens("t h e r a p i s t")).toEqual(["therapist"]);
    // (the article spelled out with them: probe set JX)
    expect(tokens("you're a f u c k i n g i d i o t")).toEqual(["you're", "a", "fucking", "idiot"]);
    expect(verdict("you're a f u c k i n g i d i o t")).toBe("reject aimed at commenter");
  });

  it('"|_|" drawn for a u inside a word is a u ("st|_|pid"), marked where it was typed', () => {
    expect(tokens("ur so st|_|pid lol")).toContain("stupid");
    const text = "you are a m|_|ppet";
    expect(det.score(text).spans.map((s) => text.slice(s.start, s.end))).toContain("m|_|ppet");
    expect(tokens("a |_| b")).not.toContain("u");
  });

  it("points the spans at what the author typed", () => {
    const text = "you are a douche bag";
    const spans = det.score(text).spans.map((s) => text.slice(s.start, s.end));
    expect(spans.join(" ")).toContain("douche bag");
  });
});

describe("ordinary text is read as before", () => {
  it.each([
    ["shhh, don't tell", "sh"],
    ["h  e l l  no", "ell"],
    ["You need a I.D. to vote", "ai"],
    ["8.8, 6.9, 3.9, 2", "88"],
    ["Dumbledore was wise", "dumb"],
    ["a therapist helped", "rapist"],
    ["the bird brain is small", "birdbrain"],
    ["lars and lisa", "liars"],
    ["a looser fit", "loser"],
  ])("%j has no token %j", (text, absent) => {
    expect(tokens(text)).not.toContain(absent);
  });
});

// Families met in probe set AU, each with its look-alikes.
describe("disguises of the probe-AU families", () => {
  it.each([
    ["@Liam you're a proper reknaw, read it backwards.", "reknaw"],
    ["You're a real toidi, @Pete.", "toidi"],
    ["Don't be such a hampton wick, @Russ.", "hampton wick"],
    ["@Dean stop being such a Berkeley hunt.", "Berkeley hunt"],
    ["You're a right merchant banker, @Colin.", "merchant banker"],
    ["Eres un gilipollas, @Pablo.", "gilipollas"],
    ["@Hans du bist ein Vollidiot.", "Vollidiot"],
    ["@Maggie you 🐄, stop it.", "🐄"],
    ["you're nothing but a s.l.a.g", "s.l.a.g"],
    // joined to "shut up" (probe set CX)
    ["Shutupidiot, nobody asked you about the by-election.", "idiot"],
    ["shutupyoumoron", "moron"],
  ])("%j is refused as name-calling of a commenter, with %j marked", (text, marked) => {
    const j = judge(text);
    expect(j).toMatchObject({ decision: "reject", target: "commenter" });
    expect(j.words.join(" ")).toContain(marked);
  });

  it.each([
    "My dad was a merchant banker in the eighties.",
    "The Berkeley Hunt met on Boxing Day, as it has for a century.",
    "The Hampton Wick ferry is running again.",
    "Stressed is desserts spelled backwards.",
    "The pigs 🐷 at the farm park loved the kids.",
    "Shutupandtakemymoney was trending all morning.",
  ])("%j publishes", (text) => {
    expect(judge(text)).toMatchObject({ decision: "publish" });
  });
});
