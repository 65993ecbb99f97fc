import { pbkdf2Async } from "@noble/hashes/pbkdf2.js";
import { sha256 } from "@noble/hashes/sha2.js";
import { fromBase64Url, timingSafeEqual, toBase64Url } from "../lib/crypto.ts";

/** OWASP's 2023 figure for PBKDF2-HMAC-SHA256. */
export const PASSWORD_ITERATIONS = 600_000;
const KEY_BYTES = 32;
const encoder = new TextEncoder();

async function derive(password: string, salt: Uint8Array, iterations: number): Promise<Uint8Array> {
  try {
    const key = await crypto.subtle.importKey("raw", encoder.encode(password), "PBKDF2", false, ["deriveBits"]);
    const bits = await crypto.subtle.deriveBits(
      { name: "PBKDF2", hash: "SHA-256", salt: salt as BufferSource, iterations },
      key,
      KEY_BYTES * 8,
    );
    return new Uint8Array(bits);
  } catch (error) {
    // Workers' Web Crypto refuses more than 100,000 PBKDF2 iterations; the same hash is then
    // computed in JavaScript, so one stored hash verifies on either runtime.
    if (error instanceof Error && error.name === "NotSupportedError") {
      return pbkdf2Async(sha256, password, salt, { c: iterations, dkLen: KEY_BYTES });
    }
    throw error;
  }
}

/** `pbkdf2-sha256$ITERATIONS$SALT$HASH`, base64url parts. */
export async function hashPassword(password: string, iterations = PASSWORD_ITERATIONS): Promise<string> {
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const hash = await derive(password, salt, iterations);
  return `pbkdf2-sha256$${iterations}$${toBase64Url(salt)}$${toBase64Url(hash)}`;
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, iterations, salt, hash] = stored.split("$");
  if (scheme !== "pbkdf2-sha256" || !iterations || !salt || !hash) return false;
  const actual = await derive(password, fromBase64Url(salt), Number(iterations));
  return timingSafeEqual(toBase64Url(actual), hash);
}

/** A hash to verify against when the email is unknown, so both paths take the same time. */
export const DECOY_HASH = `pbkdf2-sha256$${PASSWORD_ITERATIONS}$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA`;
