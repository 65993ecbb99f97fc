// Mentions are not uses (server/detector/target.ts findMentions): negated, quoted, named and
// self-directed insults publish, aimed at nobody, and score below the same words used.
import { describe, expect, it } from "vitest";
import { judge } from "./support.ts";

const cases: [string, string, string][] = [
  ["negation", "I'm not calling you a liar.", "You are a liar."],
  ["negation", "Nobody here is an idiot.", "Everybody here is an idiot."],
  ["negation", "You are not stupid, just misinformed.", "You are stupid and misinformed."],
  ["quotation", 'The word "moron" is not an argument.', "You are a moron, not an argument."],
  ["quotation", "They shout 'idiots' and 'morons' at anyone who disagrees.", "You idiots and morons disagree with anyone."],
  [
    "quotation",
    'My neighbour shouted "get lost, you moron" at the bin men, which was a bit much.',
    "Get lost, you moron, which is a bit much.",
  ],
  ["naming", "Insults like loser add nothing.", "You loser add nothing."],
  [
    "declined",
    "Rather than call you stupid like a few others have, let me just ask: where did you get that stat?",
    "You are stupid like a few others, so let me just ask: where did you get that stat?",
  ],
  ["naming", "Name-calling like that has no place here.", "You idiots have no place here."],
  ["reported", "She called him a 'clueless clown' on air, which got her fired.", "You are a clueless clown, which should get you fired."],
  ["reported", "We called him a clown at school, and look at him now.", "You're a clown, and look at you now."],
  ["quotation", 'She told me "you are an idiot" and walked off.', "She is right, you are an idiot, so walk off."],
  ["self-reference", "I was a fool to believe it.", "You were a fool to believe it."],
  ["self-reference", "Call me an idiot, but I liked the film.", "You are an idiot, but I liked the film."],
  ["self-reference", "What an idiot I was.", "What an idiot you are."],
  ["self-reference", "I'm such a moron, I forgot my keys.", "You're such a moron, you forgot your keys."],
  ["self-reference", "I was such a sucker for those crypto ads in 2021.", "You were such a sucker for those crypto ads in 2021."],
  ["self-reference", "I'm one of those idiots who paid full price.", "You're one of those idiots who paid full price."],
  [
    "self-reference",
    "Me, the village idiot, thought the roadworks would finish before Christmas.",
    "You, the village idiot, thought the roadworks would finish before Christmas.",
  ],
  [
    "self-reference",
    "Got lost in my own neighbourhood after the new one-way system. Absolute muppet.",
    "You got lost in your own neighbourhood after the new one-way system. Absolute muppet.",
  ],
  [
    "self-reference",
    "Thick as two short planks, me, but even I can see the maths doesn't add up.",
    "Thick as two short planks, you, if you can't see the maths doesn't add up.",
  ],
  [
    "naming",
    "Calling everyone who disagrees with you a moron isn't an argument.",
    "Everyone who disagrees with you is a moron, that's my argument.",
  ],
  [
    "judged as an act",
    "Calling everyone who disagrees with you a bot or a troll is lazy. Most of us are just ordinary readers.",
    "Everyone who disagrees with you is a bot or a troll. Most of us are just ordinary readers.",
  ],
  [
    "reported",
    "Someone above wrote that refugees are vermin. That's disgusting and I've reported it.",
    "Refugees are vermin. That's disgusting and it should be reported.",
  ],
  [
    "explained",
    "Translation for anyone confused: bellend is British slang for an idiot, and the lip readers caught the midfielder saying it.",
    "Translation for anyone confused: you're a bellend and an idiot, and the lip readers caught the midfielder saying it.",
  ],
];

/** Look-alikes of the mentions above that are uses. */
const uses: string[] = [
  // a view hedged, not reported
  "One could say that she is the coward here, @Mark.",
  // "that" as a determiner: the words are the writer's own
  "@Kim just read that flaming pile of garbage you wrote.",
  // relayed to the reader
  "He said that you are a moron.",
  // the profanity intensifies, and the clause insults someone
  "I'm so sick of you idiots.",
  "I'm done with you clowns.",
  // a bare name after the writer's words is a retort, not an exclamation about oneself
  "yes because that is what I did. moron",
  // "me" after a full stop starts another sentence: the insult before it is the reader's
  "Then the banks set you up with cheap rates and stupid you walked in. Me, I saved.",
  // a word explained is no mention when it is the reader who is explained
  "You're what we call a fool, mate.",
];

describe("mentions are not uses", () => {
  it.each(cases)("%s: %j publishes, aimed at nobody", (_, mention, use) => {
    const m = judge(mention);
    expect(m).toMatchObject({ decision: "publish", target: "none", threat: false });
    const u = judge(use);
    expect(u.decision).not.toBe("publish");
    expect(m.score).toBeLessThan(u.score);
  });

  it.each(uses)("%j is a use", (body) => {
    expect(judge(body).decision).not.toBe("publish");
  });

  it.each([
    'Throwing "fascist" and "commie" at each other in these threads gets us nowhere.',
    'The tweet that called the minister a "lying rat" has since been deleted.',
    'The judge read out the messages: "you\'ll pay for this, you rat". Chilling stuff.',
  ])("others' words in quotation marks weigh nothing of the writer's: %j publishes", (body) => {
    expect(judge(body).decision).toBe("publish");
  });

  it("quoted words score below the same words said: 'told to \"go kill herself\"'", () => {
    const quoted = judge('My daughter was told to "go kill herself" on a gaming forum. Reporting it to the platform did nothing.');
    const said = judge("My daughter was told to go kill herself on a gaming forum. Reporting it to the platform did nothing.");
    expect(quoted.decision).not.toBe("reject");
    expect(quoted.score).toBeLessThan(said.score);
  });

  it("single quotation marks close after the quoted sentence's own full stop, with apostrophes inside", () => {
    const quoted =
      "Prosecution played the voicemail: 'lying witch, I'll be waiting outside your office.' Apparently half the jury looked sick.";
    expect(judge(quoted)).toMatchObject({ threat: false, decision: "publish" });
    expect(judge("'Mind your step,' she said. You're an idiot.").decision).toBe("reject");
  });

  it("a name called inside quotation marks is another's, unless the quotation is said to fit the reader", () => {
    const reported = 'Reporting this. The guy above literally wrote "you\'re a waste of oxygen" to a woman who asked about bins.';
    expect(judge(reported).decision).toBe("publish");
    const fitted = 'To quote the great philosopher: "you\'re a complete waste of oxygen". Describes you perfectly.';
    expect(judge(fitted)).toMatchObject({ target: "commenter", decision: "reject" });
  });

  it("a name in scare quotes said to the reader still weighs: 'You're a \"lying rat\"' is no mention", () => {
    expect(judge('You\'re a "lying rat".').decision).not.toBe("publish");
  });

  it.each(["I'm not saying you're an idiot, but you are.", "Not saying everyone in this thread is an idiot. Just you."])(
    "a mention taken back on the reader in the same breath is a use: %j is not published",
    (body) => expect(judge(body)).toMatchObject({ target: "commenter", decision: expect.not.stringMatching("publish") }),
  );

  it("a mention does not excuse a use in another clause", () => {
    expect(judge("You are an idiot, and I was a fool to argue.")).toMatchObject({ target: "commenter", decision: "reject" });
    expect(judge('"Moron" is the word for you, moron.').decision).not.toBe("publish");
  });
});

// (session 40: quoted words the writer then says fit the reader are the writer's own, no mention)
describe("a quotation said to fit the reader", () => {
  it.each([
    ['"You are a moron" -- in quotes so the mods leave it alone. Still means you.', "reject"],
    ['"Dumb as a box of rocks" - my gran said it of my uncle, and it describes you perfectly.', "hold"],
  ])("%j is aimed at a commenter: %s", (text, decision) => {
    expect(judge(text)).toMatchObject({ target: "commenter", decision });
  });

  it("a name reported as called, then said to fit the reader better, is aimed at the reader: held", () => {
    expect(judge("The pundit called the keeper a clown, which was harsh. Better fit for you, Dom.").decision).toBe("hold");
    expect(judge("The pundit called the keeper a clown, which was harsh on him.").decision).toBe("publish");
  });

  it("a quotation said of someone else stays a mention", () => {
    expect(judge('He called the ref "a moron" on the radio. Sums up the pundits, not the ref.').decision).toBe("publish");
  });
});

// (session 41: "trolls" as the doers of abuse reported name no one in the conversation)
describe("trolls reported doing abuse", () => {
  it.each([
    "The trolls called her fat and useless for weeks after the final. She's 19.",
    "Trolls sent her pictures calling her a fat pig. Disgusting.",
  ])("%j publishes", (text) => {
    expect(judge(text)).toMatchObject({ decision: "publish" });
  });

  it.each(["You trolls called her ugly, shame on you.", "Don't feed the troll, he's a moron."])("%j is still not published", (text) => {
    expect(judge(text).decision).not.toBe("publish");
  });
});

// (session 41, probe set JF: another's message set out after a colon; a word's history)
describe("a message set out after a colon, and a word's history", () => {
  it("another's message after a colon is reported, not said: published", () => {
    expect(judge("Police read out his messages to her: you're a waste of space, nobody would care.").decision).toBe("publish");
  });

  it("the writer's own words after a colon are still said", () => {
    expect(judge("I said it before and I'll say it again: you're a waste of space.").decision).toBe("reject");
    expect(judge("Reply to Mark: you're an idiot.").decision).toBe("reject");
  });
});
