// Self-harm said as meant (server/detector/self-harm.ts): the announcement and what makes it
// earnest, together in one comment, go to a moderator under the threats rule; either alone is talk.
import { describe, expect, it } from "vitest";
import { judge } from "./support.ts";

describe("self-harm", () => {
  it.each([
    ["if they cancel the show i'm going to hurt myself and stream it so everyone knows", "hurt myself"],
    ["tonight is my last night. goodbye everyone, i already wrote the letter", "tonight is my last night"],
    ["id literally hang myself if they lose again. i mean it this time i already have the rope", "hang myself"],
  ])("%j: refused under the threats rule, span %j", (text, span) => {
    const j = judge(text);
    expect(j).toMatchObject({ threat: true, decision: "reject", rule: "threats" });
    expect(j.words).toContain(span);
  });

  it.each([
    "I'd kill myself if they lose to that lot again, honestly.",
    "I already have the pills the doctor prescribed, they help with the anxiety.",
    "I already wrote the letter to the council about the festival noise.",
    "Tonight is my last night in Seoul, the concert was the best thing ever.",
    "I'm done with this life of queuing for tickets at 6am, buying online from now on.",
    "I'm going to hurt myself laughing at this reality show, it's so bad.",
    "Goodbye everyone, this is my last column for the paper after twenty years.",
    "I would never hurt myself, but I already have the number of the helpline saved.",
  ])("%j: one half alone, no threat", (text) => expect(judge(text)).toMatchObject({ threat: false }));
});
