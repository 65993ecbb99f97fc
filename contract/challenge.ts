/**
 * The guest proof of work (README, "Guest challenge"): the shapes on the wire, and the one solver,
 * shared by the widget (its lazily loaded chunk), the tests and the benchmarks.
 *
 * A reader proves work by finding a `nonce` such that SHA-256(challenge + ":" + nonce) starts with
 * `difficulty` zero bits. The server checks it with its own hash (server/identity/challenge.ts).
 */

/** `GET /sites/{site}/challenge`, and the `challenge` a `challenge_required` error carries. */
export interface Challenge {
  /** Opaque and signed: a random id, the site, the difficulty and the expiry. */
  challenge: string;
  /** Leading zero bits the hash must have (1..32). */
  difficulty: number;
  expiresAt: string;
}

/** What a guest's `POST /sites/{site}/sessions` carries as `pow`. */
export interface ChallengeProof {
  challenge: string;
  nonce: string;
}

/** Leading zero bits of a hex digest. */
export function leadingZeroBits(hex: string): number {
  let bits = 0;
  for (const ch of hex) {
    const nibble = parseInt(ch, 16);
    if (nibble !== 0) return bits + Math.clz32(nibble) - 28;
    bits += 4;
  }
  return bits;
}

// prettier-ignore
const K = Uint32Array.of(
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
  0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
  0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
  0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
  0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
  0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
  0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
  0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
);
const W = new Uint32Array(64);

/**
 * The first 32 bits of SHA-256 of `bytes[0..length)`, hashed in place (the buffer is padded, so it
 * needs room for 72 more bytes). Plain JavaScript on purpose: Web Crypto's digest is a promise per
 * hash (about 40 thousand a second in Chromium, against a million here) and is missing from pages
 * served over plain http.
 */
export function sha256First32(bytes: Uint8Array, length: number): number {
  const total = ((length + 9 + 63) >> 6) << 6;
  bytes.fill(0, length, total);
  bytes[length] = 0x80;
  const bits = length * 8;
  bytes[total - 4] = bits >>> 24;
  bytes[total - 3] = bits >>> 16;
  bytes[total - 2] = bits >>> 8;
  bytes[total - 1] = bits;
  let h0 = 0x6a09e667, h1 = 0xbb67ae85, h2 = 0x3c6ef372, h3 = 0xa54ff53a, h4 = 0x510e527f, h5 = 0x9b05688c, h6 = 0x1f83d9ab, h7 = 0x5be0cd19; // prettier-ignore
  for (let o = 0; o < total; o += 64) {
    for (let i = 0; i < 16; i++)
      W[i] = (bytes[o + 4 * i]! << 24) | (bytes[o + 4 * i + 1]! << 16) | (bytes[o + 4 * i + 2]! << 8) | bytes[o + 4 * i + 3]!;
    for (let i = 16; i < 64; i++) {
      const x = W[i - 15]!;
      const y = W[i - 2]!;
      const s0 = ((x >>> 7) | (x << 25)) ^ ((x >>> 18) | (x << 14)) ^ (x >>> 3);
      const s1 = ((y >>> 17) | (y << 15)) ^ ((y >>> 19) | (y << 13)) ^ (y >>> 10);
      W[i] = (s0 + W[i - 16]! + s1 + W[i - 7]!) | 0;
    }
    let a = h0, b = h1, c = h2, d = h3, e = h4, f = h5, g = h6, h = h7; // prettier-ignore
    for (let i = 0; i < 64; i++) {
      const t1 =
        (h + (((e >>> 6) | (e << 26)) ^ ((e >>> 11) | (e << 21)) ^ ((e >>> 25) | (e << 7))) + ((e & f) ^ (~e & g)) + K[i]! + W[i]!) | 0;
      const t2 = ((((a >>> 2) | (a << 30)) ^ ((a >>> 13) | (a << 19)) ^ ((a >>> 22) | (a << 10))) + ((a & b) ^ (a & c) ^ (b & c))) | 0;
      h = g;
      g = f;
      f = e;
      e = (d + t1) | 0;
      d = c;
      c = b;
      b = a;
      a = (t1 + t2) | 0;
    }
    h0 = (h0 + a) | 0;
    h1 = (h1 + b) | 0;
    h2 = (h2 + c) | 0;
    h3 = (h3 + d) | 0;
    h4 = (h4 + e) | 0;
    h5 = (h5 + f) | 0;
    h6 = (h6 + g) | 0;
    h7 = (h7 + h) | 0;
  }
  return h0 >>> 0;
}

export interface SolveOptions {
  /** Stops the search (the promise rejects with the signal's reason). */
  signal?: AbortSignal;
  /** Milliseconds of hashing between yields to the event loop, so the page stays responsive. Default 8. */
  sliceMs?: number;
  /** Called after each slice with the hashes tried so far. */
  onProgress?: (tried: number) => void;
}

/**
 * Finds a nonce (decimal digits) for the challenge: about 2^difficulty hashes. Runs in short
 * slices, yielding between them, so the main thread is never held for more than `sliceMs`.
 */
export async function solveChallenge(challenge: string, difficulty: number, options: SolveOptions = {}): Promise<string> {
  if (!(difficulty >= 1 && difficulty <= 32)) throw new RangeError("difficulty must be 1..32");
  const prefix = new TextEncoder().encode(challenge + ":");
  const buffer = new Uint8Array(prefix.length + 16 + 72);
  buffer.set(prefix);
  const threshold = 2 ** (32 - difficulty); // a first word below this has `difficulty` zero bits
  const sliceMs = options.sliceMs ?? 8;
  let nonce = 0;
  for (;;) {
    options.signal?.throwIfAborted();
    const until = Date.now() + sliceMs;
    do {
      for (let i = 0; i < 256; i++, nonce++) {
        // The nonce's digits, written after the prefix (the buffer is re-padded by each hash).
        let length = prefix.length;
        const digits = String(nonce);
        for (let j = 0; j < digits.length; j++) buffer[length++] = digits.charCodeAt(j);
        if (sha256First32(buffer, length) < threshold) return digits;
      }
    } while (Date.now() < until);
    options.onProgress?.(nonce);
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
}
