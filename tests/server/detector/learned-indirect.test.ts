import { describe, expect, it } from "vitest";
import { readIndirect } from "../../../server/detector/learned-indirect.ts";
import { artifact, carriedBy, decisionWithout, judge, wordsOf } from "./support.ts";

/** The same model without its learned reading of put-downs: the dismissive phrases alone. */
const phrasesOnly = decisionWithout("indirect");

/** Tune lines of the probe sets that no dismissive phrase reads (the head was trained on them). */
const PUT_DOWNS = [
  "Your opinion would matter if you had a clue.",
  "Bold of you to have an opinion on inflation when you clearly can't count to ten.",
  "Keep going, you're doing a great job of making your own side look thick.",
  "Who hurt you? Seriously, get some help.",
  "Thanks for the laugh, your conspiracy theories get funnier every day.",
  "Do you ever get tired of being the whole town's cautionary tale?",
  "Are you always like this or do you save it all up for the comments because nobody in real life will listen?",
];

describe("the learned reading of put-downs", () => {
  it.each(PUT_DOWNS)("%j: no phrase reads it; the learned reading holds it, with the sentence marked", (text) => {
    expect(phrasesOnly(text)).toBe("publish");
    const j = judge(text);
    expect(j).toMatchObject({ decision: "hold", rule: "personal-attacks", threat: false });
    expect(j.words.length).toBeGreaterThan(0);
  });

  it.each([
    "The commenter above has clearly never held a job that didn't involve a name badge and a paper hat.",
    "The person above writes like someone who peaked in primary school.",
  ])("%j: a commenter named in the third person is spoken of: held, aimed at a commenter", (text) => {
    expect(judge(text)).toMatchObject({ decision: "hold", target: "commenter", rule: "personal-attacks" });
  });

  it.each([
    "Thanks for sharing, I learned something today.",
    "Try this recipe today, you'll love it.",
    "Read the article, it explains the funding.",
    "You've got a point about the parking, @Dan.",
    "The person above makes a fair point about the rents.",
    "No comment.",
    "Be nice.",
    "A reply to the first comment.",
  ])("%j: a friendly line publishes", (text) => expect(judge(text).decision).toBe("publish"));

  it("its threshold comes with the model, a probability", () => {
    const { hold } = artifact.indirect!;
    expect(0 < hold && hold < 1).toBe(true);
  });
});

describe("readIndirect", () => {
  /** A logit of 4 carried by the token `word` of `text`. */
  const reading = (text: string, word: string, hold = 0.5) => {
    const { toks, head } = carriedBy(text, word);
    return wordsOf(toks, readIndirect(head, toks, text, hold));
  };

  it("holds the sentence of the words that weigh most, when it speaks to someone", () => {
    expect(reading("Good article. Bold of you to have an opinion on this.", "bold")).toBe("bold of you to have an opinion on this");
    expect(reading("@Dan bold take. Very brave.", "brave")).toBe("very brave");
  });

  it("reads nothing below its threshold or in quotes", () => {
    expect(reading("Bold of you to have an opinion on this.", "bold", 0.99)).toBeNull();
    expect(reading('He wrote "bold of you to have an opinion" under my post.', "bold")).toBeNull();
  });

  it("reads the reader in the words without a 'you': a vocative, an order, 'someone's been…', or a sentence long enough to judge", () => {
    expect(reading("Grown-ups use sources, hun.", "sources")).toBe("grown ups use sources hun");
    expect(reading("Good thread. Maybe log off for a bit.", "log")).toBe("maybe log off for a bit");
    expect(reading("Someone's been at the cereal boxes again.", "cereal")).toBe("someone's been at the cereal boxes again");
    expect(reading("Reading this thread has been a real education in economics today.", "education")).toBe(
      "reading this thread has been a real education in economics today",
    );
  });

  it("reads nothing in a few words that name no one: a bag of words is sure of little there", () => {
    expect(reading("No comment.", "comment")).toBeNull();
    expect(reading("A reply to the first comment.", "comment")).toBeNull();
  });

  it("judges a sentence with a web address in it only when it speaks to someone: adverts are long and name no one", () => {
    expect(reading("Make 300 dollars a day from home, everything explained at https://bit.ly/x today", "everything")).toBeNull();
    expect(reading("Everything you need to read before commenting again is at https://example.com/basics", "everything")).not.toBeNull();
    // (nor markup pasted in: an HTML tag, a script link)
    expect(reading('Hi <script>alert(1)</script> <img src=x onerror="alert(2)"> and more words here', "alert")).toBeNull();
    expect(reading("Hi <b>everyone</b>, what a lovely long thread this is today", "lovely")).toBeNull();
  });

  it("reads nothing in words reported as another's: ', says the critic', ', she wrote'", () => {
    expect(reading("If I wanted your opinion I'd ask the chef, says the critic in the review.", "opinion")).toBeNull();
    expect(reading("Bold of you to have an opinion on this, the columnist wrote.", "bold")).toBeNull();
    expect(reading("Bold of you to have an opinion on this, honestly.", "bold")).not.toBeNull();
  });

  it("reads nothing in a sentence whose subject is the article: criticism of the piece, no put-down of a reader", () => {
    expect(reading("Article didn't ask a single worker for a comment. Poor journalism tbh.", "comment")).toBeNull();
    expect(reading("This piece reads like it was written by someone who has never left London.", "someone")).toBeNull();
    expect(reading("Your reply reads like it was written by someone who has never left London.", "someone")).not.toBeNull();
  });
});
