// The detector's memos (server/detector/memo.ts): answers remembered per word, values made once per pair of word lists.
import { describe, expect, it } from "vitest";
import { perPair, remembered } from "../../../server/detector/memo.ts";

describe("remembered", () => {
  it("asks once per key, and keeps what is used when full", () => {
    const asked: string[] = [];
    const upper = remembered((w) => (asked.push(w), w.toUpperCase()), 2);
    expect([upper("a"), upper("b"), upper("a")]).toEqual(["A", "B", "A"]);
    expect(asked).toEqual(["a", "b"]);
    upper("c"); // full: "a" and "b" become the older answers
    expect(upper("a")).toBe("A"); // still known, and recent again
    expect(asked).toEqual(["a", "b", "c"]);
    upper("d"); // full again: the older answers ("b") are dropped
    upper("a");
    upper("b");
    expect(asked).toEqual(["a", "b", "c", "d", "b"]);
  });
});

describe("perPair", () => {
  it("makes one value per pair of objects", () => {
    let made = 0;
    const pair = perPair((a: object, b: object) => ({ a, b, n: ++made }));
    const x = {};
    const y = {};
    expect(pair(x, y)).toBe(pair(x, y));
    expect(pair(y, x)).not.toBe(pair(x, y));
    expect(made).toBe(2);
  });
});
