import { describe, expect, it } from "vitest";
import { bestCursorAt, bestKey, compareBest, parseBestCursor, rankBest, wilsonLowerBound } from "../../../server/comments/best.ts";

const c = (id: string, up: number, down: number, createdAt = "2026-01-01T00:00:00.000Z") => ({
  id,
  createdAt,
  upvotes: up,
  downvotes: down,
});

describe("the Wilson lower bound", () => {
  it("is 0 without votes and grows with the evidence for the same share", () => {
    expect(wilsonLowerBound(0, 0)).toBe(0);
    expect(wilsonLowerBound(1, 0)).toBeCloseTo(0.2065, 3);
    expect(wilsonLowerBound(10, 0)).toBeGreaterThan(wilsonLowerBound(1, 0));
    expect(wilsonLowerBound(100, 100)).toBeGreaterThan(wilsonLowerBound(1, 1));
    expect(wilsonLowerBound(0, 5)).toBe(0);
  });

  it("is not raw counts: many votes mostly up beat a few all up, and a large but divided count loses to a clear one", () => {
    expect(wilsonLowerBound(60, 5)).toBeGreaterThan(wilsonLowerBound(3, 0));
    expect(wilsonLowerBound(40, 0)).toBeGreaterThan(wilsonLowerBound(100, 90));
    // Upvotes only (the default site): more upvotes rank higher.
    const ups = [0, 1, 2, 5, 20, 100].map((n) => wilsonLowerBound(n, 0));
    expect([...ups].sort((a, b) => a - b)).toEqual(ups);
  });
});

describe("best first", () => {
  it("ranks by the bound, ties oldest first then by id", () => {
    const ranked = rankBest([
      c("new-none", 0, 0, "2026-01-03T00:00:00.000Z"),
      c("one-up", 1, 0),
      c("old-none", 0, 0, "2026-01-01T00:00:00.000Z"),
      c("many", 60, 5),
      c("divided", 100, 90),
      c("b-tie", 2, 0, "2026-01-02T00:00:00.000Z"),
      c("a-tie", 2, 0, "2026-01-02T00:00:00.000Z"),
    ]);
    expect(ranked.map((r) => r.id)).toEqual(["many", "divided", "a-tie", "b-tie", "one-up", "old-none", "new-none"]);
  });

  it("turns a position into a cursor and back exactly, and continues after it", () => {
    const list = [c("x", 3, 1), c("y", 7, 2), c("z", 0, 0)];
    const keys = list.map(bestKey).sort(compareBest);
    const at = bestCursorAt(keys[0]!);
    const back = parseBestCursor(at, keys[0]!.id)!;
    expect(back).toEqual(keys[0]);
    expect(keys.filter((k) => compareBest(back, k) < 0).map((k) => k.id)).toEqual(["x", "z"]);
    expect(parseBestCursor("2026-01-01T00:00:00.000Z", "x")).toBeNull();
  });
});
