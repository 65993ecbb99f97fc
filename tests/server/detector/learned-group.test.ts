import { describe, expect, it } from "vitest";
import { readGroup } from "../../../server/detector/learned-group.ts";
import { artifact, carriedBy, decisionWithout, judge, wordsOf } from "./support.ts";

/** The same model without its learned reading of groups dehumanised: the word lists alone. */
const wordListsOnly = decisionWithout("group");

/** Tune lines of the probe sets that no word list reads (the head was trained on them). */
const IMAGES = [
  "Councillors? Leeches in lanyards, the whole lot of them.",
  "The convoy crowd are a herd of cattle, moo moo freedom",
  "Gen Z are feral. A litter of animals raised by iPads.",
  "these people from the north are like termites yaar, eating the whole city from inside",
  "Tory voters are a species of their own. Cold-blooded reptiles, the whole breed.",
  "The homeless in the CBD are like pigeons mate, feed them and they just multiply",
  "Pensioners are just bed-blockers now. Human furniture taking up wards.",
];

describe("the learned reading of groups dehumanised", () => {
  it.each(IMAGES)("%j: no word list reads it; the learned reading holds it as aimed at a group, with the sentence marked", (text) => {
    expect(wordListsOnly(text)).toBe("publish");
    const j = judge(text);
    expect(j).toMatchObject({ decision: "hold", target: "group", threat: false });
    expect(j.words.length).toBeGreaterThan(0);
  });

  // (look-alikes written beside it, tune cases now: it first held the knotweed, the beetles and the magpies)
  it.each([
    "Rats have been seen by the bins behind the refugee drop-in centre; the council is sending pest control.",
    "Farmers say the badger cull has done nothing for TB rates.",
    "Immigration should be lower and the government should say so plainly.",
    "Bankers got bailed out and nobody went to jail. That still makes me furious.",
    "Japanese knotweed is an invasive species.",
    "Beetles are stripping the roses bare.",
    "Those magpies are vicious in spring.",
    // (short statements about a group: its first fit read "they're" and "X are" as groups dehumanised)
    "They're our neighbours.",
    "Students are broke.",
    "They're just teenagers being teenagers.",
  ])("%j: an opinion about a group, or the news, publishes", (text) => expect(judge(text).decision).toBe("publish"));

  it("its threshold comes with the model, a probability", () => {
    const { hold } = artifact.group!;
    expect(0 < hold && hold < 1).toBe(true);
  });
});

describe("readGroup", () => {
  /** A logit of 4 carried by the token `word` of `text`. */
  const reading = (text: string, word: string, hold = 0.5) => {
    const { toks, head } = carriedBy(text, word);
    const r = readGroup(head, toks, text, hold);
    return r.p >= hold ? wordsOf(toks, r.sentence) : null;
  };

  it("holds the sentence of the words that weigh most", () => {
    expect(reading("Another council meeting. Leeches in lanyards, the whole lot of them.", "leeches")).toBe(
      "leeches in lanyards the whole lot of them",
    );
  });

  it("reads nothing in a sentence of one or two words: a bag of words is sure of little there", () => {
    expect(reading("Leeches, honestly.", "leeches")).toBeNull();
    expect(reading("one", "one")).toBeNull();
    expect(reading("Leeches in lanyards.", "leeches")).toBe("leeches in lanyards");
  });

  it("reads nothing below its threshold, in quotes, or in words reported as another's", () => {
    expect(reading("Leeches in lanyards, the whole lot of them.", "leeches", 0.99)).toBeNull();
    expect(reading('Calling refugees "a swarm" is disgusting.', "swarm")).toBeNull();
    expect(reading("Migrants are a swarm on our shores, the minister said.", "swarm")).toBeNull();
  });
});
