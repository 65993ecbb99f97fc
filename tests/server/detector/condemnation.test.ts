// Abuse reported and condemned as an act weighs nothing of the writer's (server/detector/condemnation.ts).
import { describe, expect, it } from "vitest";
import { detector, judge } from "./support.ts";
import { condemnedAbuse } from "../../../server/detector/condemnation.ts";

const wordsOf = (text: string) => {
  const toks = detector.tokens!(text);
  return condemnedAbuse(toks, text).map((k) => toks[k]!.text);
};

describe("condemnedAbuse", () => {
  it("names the abuse's words and the judgement of it, when the comment both reports and condemns", () => {
    expect(wordsOf("She got death threats for a penalty decision. That's just disgusting.")).toEqual(["death", "threats", "disgusting"]);
    expect(wordsOf("The abuse he gets online is vile, it really is vile.")).toEqual(["abuse", "vile"]);
    // (a sentence of the judgement alone)
    expect(wordsOf("Rape threats to a commentator over a match. Absolutely sickening.")).toEqual(["rape", "threats", "sickening"]);
  });

  it("names nothing when the judgement is of a person, the reader is told they did it, or no abuse is reported", () => {
    expect(wordsOf("You're disgusting, and your threats are pathetic.")).toEqual([]);
    expect(wordsOf("You sent her death threats. Disgusting.")).toEqual([]);
    expect(wordsOf("That's disgusting, the council left the bins for three weeks.")).toEqual([]);
  });

  it("lets a condemned report publish that the linear reading held", () => {
    const text =
      "The senator says she gets hundreds of messages a month telling her to kill herself. Whatever you think of her record, that's sick.";
    expect(judge(text).decision).toBe("publish");
  });

  it("leaves an attack beside it weighed: a report condemned does not excuse calling the reader names", () => {
    expect(judge("She got death threats, that's vile. You're a vile idiot for defending them.").decision).toBe("reject");
  });
});
