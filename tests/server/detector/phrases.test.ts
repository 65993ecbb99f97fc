// Set phrases with inflections, alternatives, optional words and slots (server/detector/phrases.ts).
import { describe, expect, it } from "vitest";
import { tokenize } from "../../../server/detector/normalize.ts";
import { inflections, mayBeginAt, phraseIn, phraseMatcher } from "../../../server/detector/phrases.ts";

const toks = (s: string) => s.split(" ").map((text, i) => ({ text, start: i, end: i + 1 }));

describe("phrase matching", () => {
  it("inflects regular verbs, doubling a short final consonant and dropping an e", () => {
    expect(inflections("run")).toEqual(["run", "runs", "runned", "running"]);
    expect(inflections("take")).toContain("taking");
    expect(inflections("die")).toContain("dying");
    expect(inflections("try")).toEqual(["try", "tries", "tried", "trying"]);
    expect(inflections("punch")).toContain("punches");
  });

  it("matches alternatives, optional words and slots, answering the last token", () => {
    const who = (t: readonly { text: string }[], k: number) => (t[k]?.text === "him" ? k : t[k]?.text === "that" && t[k + 1] ? k + 1 : -1);
    const at = phraseMatcher(["run~|ran @who off the road", "drink~ (some) bleach"], { who });
    expect(at(toks("i'm running him off the road"), 1)).toBe(5);
    expect(at(toks("ran that cyclist off the road"), 0)).toBe(5);
    expect(at(toks("drink some bleach"), 0)).toBe(2);
    expect(at(toks("drinks bleach"), 0)).toBe(1);
    expect(at(toks("run the tap off"), 0)).toBe(-1);
    expect(at(toks("drink some"), 0)).toBe(-1);
  });

  it("tries the phrases whose second part is optional or a slot in their order, whatever the next token", () => {
    const who = (t: readonly { text: string }[], k: number) => (t[k]?.text === "him" ? k : -1);
    // found past optional words, at a slot, or (the last, all of whose words after the first are optional) at any next token
    const at = phraseMatcher(["go (and) (jump) off a bridge", "go (on) @who", "go (and) die", "go (away)"], { who });
    expect(at(toks("go off a bridge"), 0)).toBe(3);
    expect(at(toks("go and jump off a bridge"), 0)).toBe(5);
    expect(at(toks("go and die"), 0)).toBe(2);
    expect(at(toks("go die"), 0)).toBe(1);
    expect(at(toks("go on him"), 0)).toBe(2);
    expect(at(toks("go him"), 0)).toBe(1);
    expect(at(toks("go away"), 0)).toBe(1);
    expect(at(toks("go home"), 0)).toBe(0);
    expect(at(toks("go"), 0)).toBe(0);
    // listed first, a phrase that may end at its first word wins whatever follows
    const first = phraseMatcher(["go", "go (and) die"]);
    expect(first(toks("go and die"), 0)).toBe(0);
  });

  it("knows @any, one word whichever, without being given it", () => {
    const at = phraseMatcher(["which house on @any rd is yours"]);
    expect(at(toks("which house on ashby rd is yours"), 0)).toBe(6);
    expect(at(toks("which house on rd is yours"), 0)).toBe(-1);
  });

  it("refuses a slot it was not given", () => {
    expect(() => phraseMatcher(["@nobody here"])).toThrow(/slot/);
  });

  it("refuses a phrase that may begin anywhere (an optional first word, a slot): its list would be tried at every token", () => {
    expect(() => phraseMatcher(["(a) quiet word"])).toThrow(/first word/);
    expect(() => phraseMatcher(["@who here"], { who: (_t, k) => k })).toThrow(/first word/);
    expect(phraseMatcher(["a quiet word", "quiet word"])(toks("just a quiet word"), 1)).toBe(3);
  });

  it("refuses an optional part of several words, which would never match", () => {
    expect(() => phraseMatcher(["the voices (in your head) tell you"])).toThrow(/one word/);
    expect(phraseMatcher(["the voices (in) tell you"])(toks("the voices tell you"), 0)).toBe(3);
  });

  it("tells whether a phrase starts in a range of tokens", () => {
    const shrug = phraseMatcher(["shed a tear"]);
    const t = toks("nobody would shed a tear");
    expect(phraseIn(shrug, t)).toBe(true);
    expect(phraseIn(shrug, t, 0, 2)).toBe(false);
    expect(phraseIn(shrug, t, 2, 3)).toBe(true);
    expect(phraseIn(shrug, toks("nobody would cry"))).toBe(false);
  });

  it("tells in one lookup where a phrase of several matchers may begin, and never rules out a matcher without a bit", () => {
    const shrug = phraseMatcher(["shed a tear"]);
    const cheer = phraseMatcher(["up the (town|lads)"]);
    const either = mayBeginAt([shrug, cheer]);
    const t = toks("nobody would shed a tear up the town");
    expect(t.map((_, i) => either(t, i))).toEqual([false, false, true, false, false, true, false, false]);
    // (a first word is a beginning whether or not the rest follows: the matchers themselves decide)
    expect(either(toks("up yours"), 0)).toBe(true);
    const rare = phraseMatcher(["once in a blue moon"], {}, true);
    expect(rare.bit).toBe(0);
    expect(mayBeginAt([shrug, rare])(toks("nobody would cry"), 1)).toBe(true);
  });

  it("keeps what a word begins with the word's entry, and sees a matcher made after it was kept", () => {
    const known = (w: string) => /^[a-z]+$/.test(w);
    const shrug = phraseMatcher(["shed a tear"]);
    const t = tokenize("nobody would shed a tear", known);
    expect(t[2]!.entry).toBeDefined();
    expect([shrug(t, 2), shrug(t, 3)]).toEqual([4, -1]);
    const later = phraseMatcher(["would (not) shed"]);
    const again = tokenize("nobody would shed a tear", known);
    expect(again[1]!.entry).toBe(t[1]!.entry);
    expect([later(again, 1), shrug(again, 2)]).toEqual([2, 4]);
  });
});
