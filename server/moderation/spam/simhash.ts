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

// FNV-1a, 32 bits, from a seed: two seeds give a shingle's 64 bits.
function fnv(text: string, seed: number): number {
  let h = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  // a final mix, so that shingles differing in their last letter differ in every bit
  return fmix32(h);
}

/** The body's simhash as 16 hex digits, or null for a body without words. */
export function fingerprint(body: string): string | null {
  const w = words(body);
  if (w.length === 0) return null;
  const shingles = w.length < SHINGLE ? [w.join(" ")] : w.slice(0, w.length - SHINGLE + 1).map((_, i) => w.slice(i, i + SHINGLE).join(" "));
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
