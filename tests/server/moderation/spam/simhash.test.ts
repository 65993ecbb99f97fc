import { describe, expect, it } from "vitest";
import { fmix32 } from "../../../../server/detector/features.ts";
import { bands, fingerprint, hamming, nearSame, words } from "../../../../server/moderation/spam/simhash.ts";
import { generatedBodies } from "../../../../scripts/bench/seed.ts";

/** The fingerprint written plainly (each shingle's string, 64 votes per shingle), as stored fingerprints were made. */
function plainFingerprint(body: string): string | null {
  const fnv = (text: string, seed: number) => {
    let h = seed >>> 0;
    for (let i = 0; i < text.length; i++) {
      h ^= text.charCodeAt(i);
      h = Math.imul(h, 0x01000193);
    }
    return fmix32(h);
  };
  const w = words(body);
  if (w.length === 0) return null;
  const shingles = w.length < 3 ? [w.join(" ")] : w.slice(0, w.length - 2).map((_, i) => w.slice(i, i + 3).join(" "));
  const votes = new Int32Array(64);
  for (const s of shingles) {
    const halves = [fnv(s, 0x811c9dc5), fnv(s, 0x9e3779b9)];
    for (let bit = 0; bit < 64; bit++) votes[bit]! += (halves[bit >> 5]! >>> (bit & 31)) & 1 ? 1 : -1;
  }
  let hex = "";
  for (let nibble = 0; nibble < 16; nibble++) {
    let v = 0;
    for (let k = 0; k < 4; k++) if (votes[nibble * 4 + k]! > 0) v |= 8 >> k;
    hex += v.toString(16);
  }
  return hex;
}

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

  it("computes exactly the fingerprints stored before it was made faster (one, two, three and many words)", () => {
    const bodies = [BODY, "one", "two words", "three words here", "Ünïcödé wörds, ΟΚ?", "a b a b a b a b", ...generatedBodies(300)];
    for (const body of bodies) expect(fingerprint(body), body).toBe(plainFingerprint(body));
    expect(new Set(bodies.map(fingerprint)).size).toBeGreaterThan(100);
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
