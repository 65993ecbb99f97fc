/**
 * Near-same bodies: a 64-bit simhash of a body's word shingles, read after the detector's
 * normalisation (look-alike letters, case, accents and invisible characters do not make two
 * copies differ). Bodies a few words apart get fingerprints a few bits apart; the four 16-bit
 * slices ("bands") let the database find candidates by index: two fingerprints within 3 bits
 * of each other share at least one band.
 */
import { fmix32 } from "../../detector/features.ts";
import { tokenize } from "../../detector/normalize.ts";
import { findLinks } from "./links.ts";

/** Words per shingle. */
const SHINGLE = 3;
/** Fingerprints this many bits apart or fewer are the same text. */
export const NEAR_SAME_BITS = 6;
export const BAND_COUNT = 4;

/**
 * The words of a body, as the detector reads them (without repairing any), each link read as
 * its host: a wave's copies often differ only in the tracking path of a shortened link.
 */
export function words(body: string): string[] {
  let text = "";
  let at = 0;
  for (const link of findLinks(body)) {
    text += `${body.slice(at, link.start)} ${link.host} `;
    at = link.end;
  }
  return tokenize(text + body.slice(at)).map((t) => t.text);
}

const FNV_PRIME = 0x01000193;
const SPACE = 32;

/** Adds one to `ones[offset + b]` for each bit b set in the 32-bit `h`, lowest first. */
function countSetBits(ones: Int32Array, h: number, offset: number) {
  while (h !== 0) {
    const lowest = h & -h;
    ones[offset + 31 - Math.clz32(lowest)]!++;
    h ^= lowest;
  }
}

/**
 * The body's simhash as 16 hex digits, or null for a body without words. Each shingle ("w1 w2
 * w3") is hashed twice with FNV-1a, 32 bits, from two seeds, then a final mix (so that shingles
 * differing in their last letter differ in every bit): its 64 bits. A fingerprint bit is set when
 * more shingles set it than not. Hashed word by word without building the shingle's string, and
 * only set bits counted (a POST computes this for every body; stored fingerprints must not change:
 * tests/server/moderation/spam/simhash.test.ts checks against the plain version).
 */
export function fingerprint(body: string): string | null {
  const w = words(body);
  if (w.length === 0) return null;
  const perShingle = Math.min(SHINGLE, w.length);
  const shingles = w.length - perShingle + 1;
  const ones = new Int32Array(64);
  for (let i = 0; i < shingles; i++) {
    let a = 0x811c9dc5 | 0;
    let b = 0x9e3779b9 | 0;
    for (let k = 0; k < perShingle; k++) {
      if (k > 0) {
        a = Math.imul(a ^ SPACE, FNV_PRIME);
        b = Math.imul(b ^ SPACE, FNV_PRIME);
      }
      const word = w[i + k]!;
      for (let j = 0; j < word.length; j++) {
        const c = word.charCodeAt(j);
        a = Math.imul(a ^ c, FNV_PRIME);
        b = Math.imul(b ^ c, FNV_PRIME);
      }
    }
    countSetBits(ones, fmix32(a) | 0, 0);
    countSetBits(ones, fmix32(b) | 0, 32);
  }
  let hex = "";
  for (let nibble = 0; nibble < 16; nibble++) {
    let v = 0;
    for (let k = 0; k < 4; k++) if (ones[nibble * 4 + k]! * 2 > shingles) v |= 8 >> k;
    hex += v.toString(16);
  }
  return hex;
}

/** The fingerprint's bands as stored in comment_bands: "0:9f3a" … "3:01bc". */
export function bands(fp: string): string[] {
  return Array.from({ length: BAND_COUNT }, (_, i) => `${i}:${fp.slice(i * 4, i * 4 + 4)}`);
}

const POPCOUNT = Array.from({ length: 16 }, (_, v) => (v & 1) + ((v >> 1) & 1) + ((v >> 2) & 1) + ((v >> 3) & 1));

/** Bits that differ between two fingerprints. */
export function hamming(a: string, b: string): number {
  let d = 0;
  for (let i = 0; i < 16; i++) d += POPCOUNT[parseInt(a[i]!, 16) ^ parseInt(b[i]!, 16)]!;
  return d;
}

export const nearSame = (a: string, b: string) => hamming(a, b) <= NEAR_SAME_BITS;
