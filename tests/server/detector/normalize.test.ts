import { describe, expect, it } from "vitest";
import fixture from "../../fixtures/detector/phrases.json";
import { normalizeChars, tokenize } from "../../../server/detector/normalize.ts";
import { createDetector } from "../../../server/detector/index.ts";

// the committed model's known-word list drives which repairs are accepted
const det = createDetector() as ReturnType<typeof createDetector> & {
  scorer: { res: { ctx: { known: (w: string) => boolean; wildcardWords: readonly string[]; insultWords: readonly string[] } } };
};
const { known, wildcardWords, insultWords } = det.scorer.res.ctx;
const tok = (s: string) => tokenize(s, known, wildcardWords, insultWords);

describe("normalizeChars", () => {
  it("lowercases, folds fullwidth / math letters / look-alikes and drops zero-width chars", () => {
    expect(normalizeChars("ＩＤＩＯＴ").text).toBe("idiot");
    expect(normalizeChars("\u0456d\u0456ot").text).toBe("idiot");
    expect(normalizeChars("id\u200b\u200ci\u2060ot\ufeff").text).toBe("idiot");
    expect(normalizeChars("𝐢𝐝𝐢𝐨𝐭").text).toBe("idiot");
    expect(normalizeChars("naïve").text).toBe("naive");
  });

  it("maps every normalised char back to its original code point (UTF-16 offsets)", () => {
    const s = "😀a\u200bＢ𝐜";
    const nt = normalizeChars(s);
    expect(nt.text).toBe("😀abc");
    const ranges = Array.from({ length: nt.text.length }, (_, i) => s.slice(nt.starts[i], nt.ends[i]));
    // both halves of the emoji map to the whole emoji; the zero-width space is gone
    expect(ranges).toEqual(["😀", "😀", "a", "Ｂ", "𝐜"]);
  });
});

describe("tokenize", () => {
  for (const c of fixture.normalization) {
    it(`normalises ${JSON.stringify(c.input)} to "${c.word}" with offsets into the original`, () => {
      const t = tok(c.input).find((x) => x.text === c.word);
      expect(t, JSON.stringify(tok(c.input))).toBeDefined();
      expect(c.input.slice(t!.start, t!.end)).toBe(c.original);
    });
  }

  it("reads 'Dick' or 'Fanny' before a capitalised surname as the first name, not the insult", () => {
    const words = (s: string) => tok(s).map((t) => t.text);
    expect(words("Dick Van Dyke sang it")).toEqual(["richard", "van", "dyke", "sang", "it"]);
    expect(words("Fanny Blankers-Koen won four golds")[0]).toBe("frances");
    // an insult still, before no surname or lower-cased
    expect(words("Dick Cheney is a dick")).toEqual(["richard", "cheney", "is", "a", "dick"]);
    expect(words("You Are A Dick And A Liar")).toContain("dick");
    expect(words("what a dick Steve is")).toContain("dick");
  });

  for (const c of fixture.keepAsIs) {
    it(`leaves ordinary text alone: ${JSON.stringify(c.input)}`, () => {
      expect(tok(c.input).map((t) => t.text)).toEqual(c.words);
    });
  }

  it("offsets of every token point at the original text, after emoji and surrogate pairs", () => {
    const s = "👍🏽👍🏽 𝐘𝐨𝐮 are\u200b an ｉｄｉｏｔ!!";
    const toks = tok(s);
    expect(toks.map((t) => t.text)).toEqual(["👍", "👍", "you", "are", "an", "idiot"]);
    expect(toks.map((t) => s.slice(t.start, t.end))).toEqual(["👍", "👍", "𝐘𝐨𝐮", "are", "an", "ｉｄｉｏｔ"]);
  });

  it("a star that opens emphasis is no letter; a star inside a word, or before one with no emphasis closed, is", () => {
    expect(tok("*hugs Milo* he is mine now")[0]!.text).toBe("hugs");
    expect(tok("you're a *diot")[2]!.text).toBe("idiot");
    expect(tok("you're a *diot and a m*ron").map((t) => t.text)).toEqual(["you're", "a", "idiot", "and", "a", "moron"]);
  });

  it("each star of a censored word stands for one letter: 'f***' is 'fuck', not 'fag'", () => {
    expect(tok("F***! The barrier was broken.")[0]!.text).toBe("fuck");
    expect(tok("how the f*** do they expect us to pay")[2]!.text).toBe("fuck");
    expect(tok("absolute f***ing shambles")[1]!.text).toBe("fucking");
    expect(tok("a b**** of a day")[1]!.text).toBe("bitch");
  });

  it("an @handle with underscores is one mention, marked over the whole handle", () => {
    const s = "@harry_b_1 such a twit";
    const toks = tok(s);
    expect(toks.map((t) => t.text)).toEqual(["@user", "such", "a", "twit"]);
    expect(s.slice(toks[0]!.start, toks[0]!.end)).toBe("@harry_b_1");
    expect(tok("snake_case names").map((t) => t.text)).toEqual(["snake", "case", "names"]);
  });

  it('a "u" hyphened to the next word is one token, no "you": "U-turn", "U-boat" (not "u - idiot")', () => {
    const s = "no U-turn here";
    const toks = tok(s);
    expect(toks.map((t) => t.text)).toEqual(["no", "u-turn", "here"]);
    expect(s.slice(toks[1]!.start, toks[1]!.end)).toBe("U-turn");
    expect(tok("u - idiot").map((t) => t.text)).toEqual(["u", "idiot"]);
    expect(tok("u r an idiot")[0]!.text).toBe("u");
  });
});
