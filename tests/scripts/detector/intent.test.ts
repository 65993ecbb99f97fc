// The policy-intent file's format (scripts/detector/intent.ts): which writer's probe set each line belongs to.
import { describe, expect, it } from "vitest";
import { parseIntent } from "../../../scripts/detector/intent.ts";

describe("policy-intent cases", () => {
  it("a probe set's heading may run over several lines; a later heading of our own ends the set", () => {
    const tsv = [
      "# Probe set AG (100 comments by another writer,",
      "# blind: gaming and crypto news).",
      "tune\tR\tthreat\tI know where you live",
      "",
      "# Look-alikes of our own",
      "tune\tP\tlook-alike\tI know where you live is near the park",
    ].join("\n");
    expect(parseIntent(tsv).map((c) => [c.set, c.split, c.expect, c.category])).toEqual([
      ["AG", "tune", "R", "threat"],
      ["own", "tune", "P", "look-alike"],
    ]);
  });

  it("a line without expect or category is refused, not skipped", () => {
    expect(() => parseIntent("tune\tX\tthreat\tsomething")).toThrow(/bad line/);
  });

  it("a line of a part that is neither tune nor held is refused, not left out of both", () => {
    expect(() => parseIntent("held-out\tR\tthreat\tsomething")).toThrow(/bad line/);
    expect(parseIntent("held\tR\tthreat\tsomething")[0]).toMatchObject({ split: "held" });
    // (the shared set's lines carry no part: they take the one given)
    expect(parseIntent("R\tthreat\tsomething")[0]).toMatchObject({ split: "dev" });
  });
});
