// Another's threat agreed with is the writer's own (server/detector/endorsement.ts); reported alone, or condemned, it
// stays another's (probe set HV).
import { describe, expect, it } from "vitest";
import { judge, rulesOnly } from "./support.ts";

describe("threats reported and agreed with", () => {
  it.each([
    ["Someone further up said Councillor Pryce deserves a bullet and honestly I can't argue with that.", "deserves a bullet"],
    ['Quoting Vic from page 2: "someone should slit his throat." Couldn\'t have put it better myself.', "slit his"],
    ["I know the reader above got moderated for saying the PM should be shot, but he was right and I'll say it too.", "shot"],
    ["I usually hate the comments here but the bloke saying the health secretary should be set on fire is bang on.", "set on fire"],
    ["Exactly what Sipho said, the mayor needs necklacing, it's the only language these crooks understand.", "necklacing"],
    ["Nikhil's reply said the MLA should be beaten with his own chappal in public. Spot on.", "should be beaten"],
    [
      "Someone in the last thread said Rachel Moore should be beaten until she can't talk, first sensible thing I've read on here.",
      "should be beaten",
    ],
    ["Agree with what Rossi_71 wrote, stick the smug git's head on a spike outside Parliament.", "head on a spike"],
    // (the writer owning the words quoted or reported)
    ['"Hope you choke" -- yeah I said it about you, and I meant every word.', "hope you choke"],
    ["I won't say I hope the CEO chokes on his bonus... oh wait, I just did, and I mean every word.", "chokes on his"],
    [
      "The film line \"I'll kill every last one of you\" is exactly what I'd like to do to you lot in this thread.",
      "kill every last one of you",
    ],
    // (the speaker's "he'd" made the writer's own)
    ["The first comment said he'd punch Nigel if he ever met him. Same here Nigel, same here.", "punch nigel"],
  ])("%j is refused as the writer's threat, with %j marked", (text, marked) => {
    const j = judge(text);
    expect(j).toMatchObject({ threat: true, decision: "reject" });
    expect(j.words.join(" ").toLowerCase()).toContain(marked);
    // (by the rules, whatever the learned reading makes of it)
    expect(rulesOnly.score(text).threat).toBe(true);
  });

  it.each([
    // (the same reports, condemned or left alone)
    "Someone further up said Councillor Pryce deserves a bullet. That's vile and I've reported it.",
    "Someone in the last thread said Rachel Moore should be beaten. I don't agree with a word she says but that's disgusting.",
    "The reader above said the PM should be shot. I can't agree with that, whatever he's done.",
    "My uncle said the referee should be shot. I don't really agree with him, it was a tough call.",
    'The Rovers Trust statement condemning the "string him up" chants is spot on. That\'s not who we are.',
    'Her fans sending him "die in a fire" messages is just as bad as what he said. Don\'t defend that.',
    "The first comment said he'd punch Nigel if he ever met him. Disgraceful.",
    "The first comment said he'd punch Nigel if he ever met him.",
    'He wrote "I will find you and kill you" and I mean it when I say he should be banned.',
    'He said "I\'ll kill you" and he meant every word, the police did nothing.',
    // (agreement with something else, before the report)
    "Spot on about the parking. My neighbour said the warden should be shot, which is a bit much.",
  ])("%j is no threat of the writer's", (text) => {
    expect(rulesOnly.score(text).threat).toBe(false);
  });
});
