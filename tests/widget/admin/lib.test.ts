import { describe, expect, it } from "vitest";
import { strikeOutcome } from "../../../contract/ladder.ts";
import { withTargetRules, type LadderStep } from "../../../contract/policy.ts";
import { bulkStrikeOutcomes } from "../../../widget/admin/lib/ladder.ts";
import { flagged, normaliseSpans, segments } from "../../../widget/lib/spans.ts";
import { commandFor, isTyping, move } from "../../../widget/admin/lib/keys.ts";
import { decidedSince, mergeQueue, removeDecided } from "../../../widget/admin/lib/queue.ts";
import { dateInputToIso, duration, embedSnippet, percent, safeUrl } from "../../../widget/admin/lib/format.ts";
import { enforcementKey, toRequest, validateDraft, type PolicyDraft } from "../../../widget/admin/lib/policy-draft.ts";
import { t } from "../../../widget/admin/strings.ts";

const LADDER: LadderStep[] = [
  { strikes: 1, sanction: "warn", hours: null },
  { strikes: 2, sanction: "suspend", hours: 24 },
  { strikes: 3, sanction: "suspend", hours: 168 },
  { strikes: 4, sanction: "revoke", hours: null },
];

// The ladder's arithmetic (ladderStepFor, strikeOutcome) is the contract's: tests/contract/ladder.test.ts.
describe("ladder preview", () => {
  it("describes the outcome for the moderator", () => {
    expect(t.outcome("Ana", strikeOutcome(LADDER, 3, 90), 90)).toMatch(/strike 4 for Ana.*revokes comment privileges/);
    expect(t.outcome("Ana", strikeOutcome(LADDER, 2, 90), 90)).toMatch(/suspends commenting for 7 days/);
    expect(t.outcome("Ana", strikeOutcome(LADDER, 0, 90), 90)).toMatch(/warning/);
    expect(t.confirmStrike(strikeOutcome(LADDER, 3, 90))).toBe("Reject and revoke");
  });

  it("counts strikes in a batch per author, in order", () => {
    const out = bulkStrikeOutcomes(LADDER, 90, [
      { id: "c1", authorId: "u1", activeStrikes: 2 },
      { id: "c2", authorId: "u2", activeStrikes: 0 },
      { id: "c3", authorId: "u1", activeStrikes: 2 },
    ]);
    expect(out.get("c1")).toMatchObject({ strikes: 3 });
    expect(out.get("c2")).toMatchObject({ strikes: 1 });
    expect(out.get("c3")).toMatchObject({ strikes: 4, step: { sanction: "revoke" } });
  });
});

describe("span highlighting", () => {
  it("cuts the text into segments that join back to it", () => {
    const text = "You are a stupid worthless idiot.";
    const segs = segments(text, [
      { start: 10, end: 16 },
      { start: 27, end: 32 },
    ]);
    expect(segs.map((s) => s.text).join("")).toBe(text);
    expect(segs.filter((s) => s.mark).map((s) => s.text)).toEqual(["stupid", "idiot"]);
  });

  it("clamps, sorts and merges overlapping or touching spans", () => {
    expect(
      normaliseSpans(
        [
          { start: 5, end: 8 },
          { start: -3, end: 2 },
          { start: 7, end: 99 },
          { start: 4, end: 4 },
        ],
        10,
      ),
    ).toEqual([
      { start: 0, end: 2 },
      { start: 5, end: 10 },
    ]);
    expect(segments("", [{ start: 0, end: 3 }])).toEqual([{ text: "", mark: false }]);
    expect(flagged("ab cd", [{ start: 3, end: 5 }])).toEqual(["cd"]);
  });

  it("uses UTF-16 offsets, as the server gives them", () => {
    const text = "👋 idiot";
    expect(segments(text, [{ start: 3, end: 8 }]).find((s) => s.mark)?.text).toBe("idiot");
  });
});

describe("keyboard map", () => {
  const input = (type = "text") => ({ tagName: "INPUT", type });
  it("maps the keys", () => {
    expect(commandFor({ key: "j" })).toBe("next");
    expect(commandFor({ key: "k" })).toBe("prev");
    expect(commandFor({ key: "a" })).toBe("approve");
    expect(commandFor({ key: "r" })).toBe("reject");
    expect(commandFor({ key: "R" })).toBe("rejectNoStrike");
    expect(commandFor({ key: "x" })).toBe("select");
    expect(commandFor({ key: "?" })).toBe("help");
    expect(commandFor({ key: "q" })).toBeNull();
  });
  it("leaves chords and typing alone", () => {
    expect(commandFor({ key: "a", ctrlKey: true })).toBeNull();
    expect(commandFor({ key: "r", metaKey: true })).toBeNull();
    expect(commandFor({ key: "a", path: [input()] })).toBeNull();
    expect(commandFor({ key: "a", path: [{ tagName: "TEXTAREA" }] })).toBeNull();
    expect(commandFor({ key: "j", path: [{ tagName: "SELECT" }] })).toBeNull();
    expect(commandFor({ key: "j", path: [{ tagName: "BUTTON" }, { tagName: "DIALOG", open: true }] })).toBeNull();
    expect(commandFor({ key: "a", path: [input("checkbox")] })).toBe("approve");
    expect(isTyping([{ tagName: "DIV", isContentEditable: true }])).toBe(true);
  });
  it("moves within the list", () => {
    expect(move(0, 3, "next")).toBe(1);
    expect(move(2, 3, "next")).toBe(2);
    expect(move(0, 3, "prev")).toBe(0);
    expect(move(-1, 3, "next")).toBe(0);
    expect(move(-1, 3, "prev")).toBe(2);
    expect(move(1, 3, "last")).toBe(2);
    expect(move(1, 0, "next")).toBe(-1);
  });
});

describe("queue merging", () => {
  const item = (id: string) => ({ comment: { id } });
  it("never brings back an item decided here", () => {
    const m = mergeQueue([item("a"), item("b")], [item("a"), item("b"), item("c")], new Set(["a"]), "b");
    expect(m.items.map((i) => i.comment.id)).toEqual(["b", "c"]);
    expect(m.selected).toBe(0);
    expect(m.added).toBe(1);
  });
  it("keeps the selection on its item, or moves to the next one when it went away", () => {
    expect(mergeQueue([item("a"), item("b"), item("c")], [item("x"), item("a"), item("b"), item("c")], new Set(), "b").selected).toBe(2);
    const gone = mergeQueue([item("a"), item("b"), item("c")], [item("a"), item("c")], new Set(), "b");
    expect(gone.items[gone.selected]?.comment.id).toBe("c");
    const last = mergeQueue([item("a"), item("b")], [item("a")], new Set(), "b");
    expect(last.selected).toBe(0);
    expect(mergeQueue([item("a")], [], new Set(), "a").selected).toBe(-1);
  });
  it("keeps out only what was decided after the answer's request was sent", () => {
    const decided = new Map([
      ["a", 100],
      ["b", 200],
    ]);
    expect([...decidedSince(decided, 150)]).toEqual(["b"]);
    expect([...decidedSince(decided, 50)]).toEqual(["a", "b"]);
    expect(decidedSince(decided, 201).size).toBe(0);
  });
  it("removes decided items and selects the one after", () => {
    const r = removeDecided([item("a"), item("b"), item("c"), item("d")], new Set(["a", "b"]), 1);
    expect(r.items.map((i) => i.comment.id)).toEqual(["c", "d"]);
    expect(r.items[r.selected]?.comment.id).toBe("c");
    expect(removeDecided([item("a"), item("b")], new Set(["b"]), 1).selected).toBe(0);
    expect(removeDecided([item("a")], new Set(["a"]), 0).selected).toBe(-1);
  });
});

describe("policy drafts", () => {
  const draft = (): PolicyDraft => ({
    title: "Comment policy",
    markdown: "Be kind.",
    rules: [{ id: "personal-attacks", title: "No personal attacks", summary: "Argue with ideas." }],
    thresholds: withTargetRules({ hold: 0.5, reject: 0.85 }),
    strikeDays: 90,
    ladder: structuredClone(LADDER),
    words: { blocked: [], allowed: [] },
  });
  it("accepts the default policy", () => expect(validateDraft(draft())).toEqual({}));
  it("marks what the server would refuse, by field", () => {
    const d = draft();
    d.thresholds.hold = 0.9;
    d.rules.push({ id: "personal-attacks", title: "", summary: "x" }, { id: "Bad Id", title: "x", summary: "x" });
    d.ladder[1]!.hours = null;
    d.ladder[2]!.strikes = 1;
    d.strikeDays = 0;
    const e = validateDraft(d);
    expect(Object.keys(e).sort()).toEqual(
      ["ladder.1.hours", "ladder.2.strikes", "rules.1.id", "rules.1.title", "rules.2.id", "strikeDays", "thresholds.hold"].sort(),
    );
  });
  it("sends hours only for suspensions, and keys replays by enforcement only", () => {
    const d = draft();
    d.ladder[0]!.hours = 5;
    expect(toRequest(d).ladder[0]!.hours).toBeNull();
    const text = { ...draft(), markdown: "Other words." };
    expect(enforcementKey(text)).toBe(enforcementKey(draft()));
    expect(enforcementKey({ ...draft(), thresholds: withTargetRules({ hold: 0.4, reject: 0.85 }) })).not.toBe(enforcementKey(draft()));
  });
});

describe("formatting", () => {
  it("formats scores, durations, dates and the snippet", () => {
    expect(percent(0.873)).toBe("87%");
    expect(percent(null)).toBe("–");
    expect(duration(24)).toBe("1 day");
    expect(duration(168)).toBe("7 days");
    expect(duration(5)).toBe("5 hours");
    expect(dateInputToIso("2024-02-30x")).toBeUndefined();
    expect(new Date(dateInputToIso("2024-03-05")!).getDate()).toBe(5);
    expect(new Date(dateInputToIso("2024-03-05", true)!).getHours()).toBe(23);
    expect(safeUrl("https://news.example.com/a?b#c")).toBe("https://news.example.com/a?b#c");
    expect(safeUrl("javascript:alert(1)")).toBeNull();
    expect(safeUrl("data:text/html,x")).toBeNull();
    expect(safeUrl("not a url")).toBeNull();
    expect(embedSnippet("https://c.example.com/", "demo")).toBe(
      '<script src="https://c.example.com/widget.js" data-site="demo" async></script>',
    );
  });
});
