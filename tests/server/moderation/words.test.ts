// A site's word lists (moderation/words.ts, judge.ts): blocked words refuse or hold, matched the
// way the detector reads text so that disguises do not help; allowed words are not scored.
import { describe, expect, it } from "vitest";
import { createDetector, DEFAULT_THRESHOLDS } from "../../../server/detector/index.ts";
import { defaultPolicy } from "../../../server/moderation/default-policy.ts";
import { judgeText } from "../../../server/moderation/judge.ts";
import { matchWords, WORDS_RULE } from "../../../server/moderation/words.ts";
import { evasionFamilies } from "../detector/evasion-families.ts";

const detector = createDetector();
const policy = (words: { blocked: { phrase: string; action: "reject" | "hold" }[]; allowed: string[] }) => ({
  ...defaultPolicy(DEFAULT_THRESHOLDS),
  words,
});
const blocked = {
  blocked: [
    { phrase: "crypto", action: "reject" as const },
    { phrase: "miracle cure", action: "hold" as const },
  ],
  allowed: [],
};

describe("blocked words", () => {
  it("refuses or holds with the spans of every occurrence; the strongest action wins", () => {
    const text = "A miracle cure! Buy crypto, more crypto.";
    const m = matchWords(detector, text, blocked);
    expect(m.blocked?.action).toBe("reject");
    expect(m.blocked?.spans.map((s) => text.slice(s.start, s.end))).toEqual(["miracle cure", "crypto", "crypto"]);
    const hold = judgeText(detector, "This miracle cure is on sale today.", policy(blocked)).verdict;
    expect(hold).toMatchObject({ decision: "hold", rule: WORDS_RULE, spans: [{ start: 5, end: 17 }] });
    expect(judgeText(detector, "A miracle, a cure.", policy(blocked)).verdict.decision).toBe("publish");
  });

  it("keeps the detector's verdict when it is as strong (a threat stays a threat)", () => {
    const v = judgeText(detector, "Somebody should shoot him for his crypto.", policy(blocked)).verdict;
    expect(v).toMatchObject({ decision: "reject", rule: "threats" });
  });

  // (Joined words are split where the pieces are the detector's glue words, as for its own lexicon.)
  const sentence = { word: "crypto", words: ["what", "a", "total", "crypto"], at: 3 };
  for (const [family, disguise] of Object.entries(evasionFamilies)) {
    const text = disguise(sentence);
    if (text === null) continue;
    it(`catches a blocked word disguised by ${family}: ${JSON.stringify(text)}`, () => {
      expect(matchWords(detector, text, blocked).blocked?.action).toBe("reject");
    });
  }
});

describe("allowed words", () => {
  it("are not scored: a wildlife site's 'ass' is not an insult, the rest of the comment still is", () => {
    const text = "What a stupid ass idea, you ass.";
    expect(judgeText(detector, text, policy({ blocked: [], allowed: [] })).verdict.decision).toBe("reject");
    const allowed = judgeText(detector, text, policy({ blocked: [], allowed: ["ass"] }));
    expect(allowed.verdict.decision).not.toBe("reject");
    expect(allowed.verdict.spans.map((s) => text.slice(s.start, s.end))).not.toContain("ass");
    expect(matchWords(detector, "The wild ass roams.", { blocked: [], allowed: ["ass"] }).masked).toBe("The wild     roams.");
  });
});
