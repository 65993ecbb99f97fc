import { describe, expect, it } from "vitest";
import { bands, fingerprint, hamming, nearSame, words } from "../../../../server/moderation/spam/simhash.ts";

const BODY = "Make 300 dollars a day from home, no experience needed, everything explained at https://bit.ly/daily-300 today";

describe("simhash fingerprints", () => {
  it("reads words as the detector normalises them, each link as its host", () => {
    expect(words("Ｍake ＭＯＮＥＹ at https://bit.ly/X1 now")).toEqual(["make", "money", "at", "bit", "ly", "now"]);
  });

  it("gives the same fingerprint to copies that differ in case, look-alike letters, spacing or the link's path", () => {
    const fp = fingerprint(BODY)!;
    expect(fp).toMatch(/^[0-9a-f]{16}$/);
    expect(fingerprint(BODY.toUpperCase())).toBe(fp);
    expect(fingerprint(BODY.replace("https://bit.ly/daily-300", "https://bit.ly/other-path"))).toBe(fp);
    expect(fingerprint(BODY.replaceAll("o", "ο"))).toBe(fp); // Greek omicron
    expect(fingerprint(BODY.replaceAll(" ", "  "))).toBe(fp);
  });

  it("puts near-same bodies a few bits apart and unrelated ones far apart", () => {
    const fp = fingerprint(BODY)!;
    const edited = fingerprint(`${BODY}!!! Really.`)!;
    const other = fingerprint("The council should publish the budget before the vote, not after it. Transparency matters.")!;
    expect(hamming(fp, fp)).toBe(0);
    expect(nearSame(fp, edited)).toBe(true);
    expect(hamming(fp, other)).toBeGreaterThan(16);
    expect(nearSame(fp, other)).toBe(false);
  });

  it("has no fingerprint for a body without words, and four 16-bit bands", () => {
    expect(fingerprint("!!! ???")).toBeNull();
    const fp = "0123456789abcdef";
    expect(bands(fp)).toEqual(["0:0123", "1:4567", "2:89ab", "3:cdef"]);
    // within 3 bits, two fingerprints always share a band
    expect(bands("f123f567f9abfdef").filter((b) => bands(fp).includes(b))).toEqual([]);
    expect(bands("1123456789abcdee").filter((b) => bands(fp).includes(b))).toEqual(["1:4567", "2:89ab"]);
  });
});
