// The one proof-of-work solver (the widget's), checked against Node's own SHA-256.
import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { leadingZeroBits, sha256First32, solveChallenge } from "../../contract/challenge.ts";

const sha256Hex = (text: string) => createHash("sha256").update(text).digest("hex");

describe("the solver's SHA-256", () => {
  it("gives the digest's first 32 bits for every length across the block boundaries", () => {
    const buffer = new Uint8Array(300);
    for (let length = 0; length <= 200; length++) {
      const text = Array.from({ length }, (_, i) => String.fromCharCode(33 + ((i * 7 + length) % 90))).join("");
      buffer.set(new TextEncoder().encode(text));
      expect(sha256First32(buffer, length).toString(16).padStart(8, "0"), `length ${length}`).toBe(sha256Hex(text).slice(0, 8));
    }
  });
});

describe("leading zero bits", () => {
  it("counts the zero bits before the first one", () => {
    expect(leadingZeroBits("ffff")).toBe(0);
    expect(leadingZeroBits("7fff")).toBe(1);
    expect(leadingZeroBits("1fff")).toBe(3);
    expect(leadingZeroBits("0fff")).toBe(4);
    expect(leadingZeroBits("0003")).toBe(14);
    expect(leadingZeroBits("0000")).toBe(16);
  });
});

describe("solveChallenge", () => {
  it("finds a nonce whose hash has the asked-for zero bits", async () => {
    for (const difficulty of [1, 4, 8, 12, 16]) {
      const challenge = `c1.test-${difficulty}.demo.${difficulty}.1800000000.abcdef`;
      const nonce = await solveChallenge(challenge, difficulty);
      expect(nonce).toMatch(/^\d+$/);
      expect(leadingZeroBits(sha256Hex(`${challenge}:${nonce}`)), `difficulty ${difficulty}`).toBeGreaterThanOrEqual(difficulty);
    }
  });

  it("gives the first nonce that works (every smaller one fails)", async () => {
    const challenge = "c1.first.demo.10.1800000000.0123";
    const nonce = Number(await solveChallenge(challenge, 10));
    for (let n = 0; n < nonce; n++) expect(leadingZeroBits(sha256Hex(`${challenge}:${n}`))).toBeLessThan(10);
  });

  it("yields between slices, reports progress, and stops when aborted", async () => {
    const controller = new AbortController();
    const seen: number[] = [];
    // 32 bits: billions of hashes, so only the abort ends it.
    const solving = solveChallenge("c1.never.demo.32.1800000000.ff", 32, {
      signal: controller.signal,
      sliceMs: 2,
      onProgress: (tried) => {
        seen.push(tried);
        if (seen.length === 3) controller.abort(new Error("stop"));
      },
    });
    await expect(solving).rejects.toThrow("stop");
    expect(seen).toHaveLength(3);
    expect(seen[1]!).toBeGreaterThan(seen[0]!);
  });

  it("refuses a difficulty outside 1..32", async () => {
    await expect(solveChallenge("x", 0)).rejects.toThrow(RangeError);
    await expect(solveChallenge("x", 33)).rejects.toThrow(RangeError);
  });
});
