// Word lists answered once per word and kept with the word's entry (server/detector/word-bits.ts).
import { describe, expect, it } from "vitest";
import { tokenize, type Token } from "../../../server/detector/normalize.ts";
import { inList, ownedBits, wordBit, wordBits } from "../../../server/detector/word-bits.ts";

const known = (w: string) => /^[a-z']+$/.test(w);

describe("word bits", () => {
  it("answers which registered lists a token's word is in, with or without a remembered entry", () => {
    const greeting = wordBit(["hello", "hi"]);
    const farewell = wordBit(["bye", "hi"]);
    const [hello, hi, there] = tokenize("hello hi there", known);
    expect(hello!.entry).toBeDefined();
    expect(wordBits(hello!)).toBe(greeting);
    expect(wordBits(hi!)).toBe(greeting | farewell);
    expect(wordBits(there!)).toBe(0);
    expect(inList(hi, farewell)).toBe(true);
    expect(inList(undefined, farewell)).toBe(false);
    const bare: Token = { text: "bye", start: 0, end: 3 };
    expect(wordBits(bare)).toBe(farewell);
  });

  it("sees a list registered after a word's bits were kept", () => {
    const [word] = tokenize("ahoy", known);
    expect(wordBits(word!)).toBe(0);
    const nautical = wordBit(["ahoy"]);
    expect(wordBits(tokenize("ahoy", known)[0]!)).toBe(nautical);
  });

  it("keeps an owner's answer for the last owner asked, and asks again for another", () => {
    let asked = 0;
    const lists = (words: string[]) => (w: string) => (asked++, words.includes(w) ? 1 : 0);
    const first = {};
    const second = {};
    const [word] = tokenize("plonker", known);
    expect(ownedBits(word!, first, lists(["plonker"]))).toBe(1);
    expect(ownedBits(tokenize("plonker", known)[0]!, first, lists([]))).toBe(1); // kept: not asked again
    expect(asked).toBe(1);
    expect(ownedBits(tokenize("plonker", known)[0]!, second, lists([]))).toBe(0);
    expect(asked).toBe(2);
  });

  it("refuses a 32nd list: the bits are a 32-bit number's", () => {
    const made: number[] = [];
    expect(() => {
      for (let k = 0; k < 40; k++) made.push(wordBit([`w${k}`]));
    }).toThrow(/at most 31/);
    expect(new Set(made).size).toBe(made.length);
  });
});
