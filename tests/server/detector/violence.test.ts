// Killing ordered or wished on a person, read a sentence at a time (server/detector/violence.ts):
// the general case the fixed threat constructions leave; its look-alikes publish as they did.
import { describe, expect, it } from "vitest";
import { judge } from "./support.ts";

describe("killing ordered or wished on a person", () => {
  it.each([
    ["Shoot them!", "Shoot them"],
    ["The jury let him walk. Just execute the bastard.", "execute the bastard"],
    ["Kill the SOB.", "Kill the SOB"],
    ["So go murder them all, since you love it so much.", "murder them"],
    ["We should just shoot the looters.", "shoot the looters"],
    ["Someone needs to punch that referee.", "punch that referee"],
    ["Gotta start shooting these thieves.", "shooting these thieves"],
    ["Time to hang him.", "hang him"],
    ["I'm going to stab that judge.", "stab that judge"],
    ["They should have executed him on the spot.", "executed him"],
    ["Someone should shoot him in the head.", "shoot him"],
    ["Let's just murder them.", "murder them"],
    ["Strangle the traitors, every one.", "Strangle the traitors"],
    ["Time to start hanging politicians.", "hanging politicians"],
    // (session 39: an order in a clause after a comma, the people it is aimed at named before it)
    ["Those protesters are vermin, shoot them.", "shoot them"],
    ["Round them up, shoot them.", "shoot them"],
    ["They're traitors, hang the lot.", "hang the lot"],
    ["Those looters in Leeds, shoot them.", "shoot them"],
    ["On Monday the looters were back, shoot them on sight.", "shoot them"],
    // (session 42: a negation taken back by "but" before the wish; probe set JI)
    ["Not being funny but someone should knife that influencer, she's had it coming.", "knife that influencer"],
    ["No offence but somebody needs to punch that referee.", "punch that referee"],
  ])("%j: refused under the threats rule, span %j", (text, span) => {
    const j = judge(text);
    expect(j).toMatchObject({ threat: true, decision: "reject", rule: "threats" });
    expect(j.words.join(" ")).toContain(span);
  });

  it.each([
    "Should police shoot them on sight? No.",
    // ("the lot" is people only when people are named before it)
    "Slugs again, kill the lot.",
    "My paintings arrived, hang the lot in the hall.",
    "Kill them with kindness, my gran used to say.",
    "Shoot him an email and ask.",
    "The senator shot her down in committee.",
    "Kill the bill before it passes.",
    "Don't shoot the messenger.",
    "He'll kill us all with these taxes.",
    "Police said the suspect threatened to shoot the officers.",
    "We should kill the carbon tax.",
    "We will beat them in November.",
    "Never shoot them, that is the rule at the range.",
    "I asked why we should execute anyone at all.",
    // (the "but" after the order takes nothing back)
    "Nobody should shoot him, but he should resign.",
    "I don't think anyone should punch that referee, but he was awful.",
    "Kill it with fire, said every critic of the sequel.",
    "I need to shoot the video tomorrow.",
    "Time to hang the pictures.",
    // (a condition or a time before the comma; no people named before it)
    "If the neighbour's dog goes for your hens, shoot it.",
    "When the pheasants come over the ridge, shoot them.",
    "Smash the spuds flat, drown them in olive oil, then roast them hot.",
  ])("%j: no threat", (text) => {
    expect(judge(text)).toMatchObject({ threat: false });
  });
});
