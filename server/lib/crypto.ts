// Web Crypto only: this module runs unchanged on Node and on Workers.
const encoder = new TextEncoder();

export function toBase64Url(bytes: Uint8Array): string {
  let binary = "";
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

export function fromBase64Url(text: string): Uint8Array {
  const binary = atob(text.replace(/-/g, "+").replace(/_/g, "/"));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

export function randomToken(bytes = 32): string {
  return toBase64Url(crypto.getRandomValues(new Uint8Array(bytes)));
}

const ID_ALPHABET = "0123456789abcdefghjkmnpqrstvwxyz";

// Random bytes drawn from the system a few kilobytes at a time: a write makes four ids, and one
// getRandomValues call per id cost more than the rest of making it.
const randomPool = new Uint8Array(4096);
let randomLeft = 0;

/** An opaque, URL-safe id: 20 characters of Crockford-style base32 (100 random bits). */
export function newId(): string {
  if (randomLeft < 20) {
    crypto.getRandomValues(randomPool);
    randomLeft = randomPool.length;
  }
  let id = "";
  for (let i = randomLeft - 20; i < randomLeft; i++) id += ID_ALPHABET[randomPool[i]! & 31];
  randomLeft -= 20;
  return id;
}

function hex(buffer: ArrayBuffer): string {
  return Array.from(new Uint8Array(buffer), (b) => b.toString(16).padStart(2, "0")).join("");
}

export async function sha256Hex(text: string): Promise<string> {
  return hex(await crypto.subtle.digest("SHA-256", encoder.encode(text)));
}

// Keys, not promises of keys: on Workers a request that awaits a promise another request created
// hangs (the runtime cancels it), so concurrent first calls each import their own.
const hmacKeys = new Map<string, CryptoKey>();

export async function hmacHex(secret: string, text: string): Promise<string> {
  let key = hmacKeys.get(secret);
  if (!key) {
    key = await crypto.subtle.importKey("raw", encoder.encode(secret), { name: "HMAC", hash: "SHA-256" }, false, ["sign"]);
    hmacKeys.set(secret, key);
  }
  return hex(await crypto.subtle.sign("HMAC", key, encoder.encode(text)));
}

/**
 * The hashes on the request path (session tokens, client addresses), injected through AppDeps:
 * Node's own hash answers in about 2.5 µs where Web Crypto's promise takes over 100 µs, and
 * Workers have only Web Crypto. Both give the same hex digests.
 */
export interface Hash {
  sha256Hex(text: string): string | Promise<string>;
  hmacHex(key: string, text: string): string | Promise<string>;
}

/** Web Crypto's hashes: for Workers, and anywhere a faster one is not at hand. */
export const webCryptoHash: Hash = { sha256Hex, hmacHex };

/** Compares two strings in time that depends only on their lengths. */
export function timingSafeEqual(a: string, b: string): boolean {
  const x = encoder.encode(a);
  const y = encoder.encode(b);
  let diff = x.length ^ y.length;
  for (let i = 0; i < Math.max(x.length, y.length); i++) diff |= (x[i] ?? 0) ^ (y[i] ?? 0);
  return diff === 0;
}
