/**
 * The guest proof of work, server side: challenges are stateless (a random id, the site, the
 * difficulty and the expiry, signed with the server secret); only their single use is stored,
 * in `used_challenges`, by the transaction that opens the session (identity/commenters.ts).
 */
import { leadingZeroBits, type Challenge, type ChallengeProof } from "../../contract/challenge.ts";
import type { Db } from "../../db/client.ts";
import { usedChallenges } from "../../db/schema.ts";
import { ApiError } from "../errors.ts";
import { newId, timingSafeEqual, type Hash } from "../lib/crypto.ts";

/**
 * Leading zero bits asked for: about 260 thousand hashes on average. Measured with the widget's
 * solver in headless Chromium on a busy 2-core machine (scripts/bench/challenge.ts): a median of
 * 0.32 s, 90th percentile 1.0 to 1.6 s; a few times that on a slow phone.
 */
export const CHALLENGE_DIFFICULTY = 18;
/** How long a challenge may be solved and used: room for the reader to type a name after it is solved. */
export const CHALLENGE_MINUTES = 10;

const VERSION = "c1";

export interface ChallengeKeys {
  hash: Hash;
  secret: string;
}

/** 16 bytes of HMAC-SHA-256 under a key of its own (the secret also keys address hashes). */
async function sign({ hash, secret }: ChallengeKeys, payload: string): Promise<string> {
  return (await hash.hmacHex(`parley challenge ${secret}`, payload)).slice(0, 32);
}

/** A new challenge for a guest of `siteId`. */
export async function issueChallenge(
  keys: ChallengeKeys,
  siteId: string,
  now: Date,
  difficulty = CHALLENGE_DIFFICULTY,
): Promise<Challenge> {
  const expires = Math.floor(now.getTime() / 1000) + CHALLENGE_MINUTES * 60;
  const payload = [VERSION, newId(), siteId, difficulty, expires].join(".");
  return { challenge: `${payload}.${await sign(keys, payload)}`, difficulty, expiresAt: new Date(expires * 1000).toISOString() };
}

/** A proof that checked out: its challenge's id and expiry, to be marked used. */
export interface VerifiedProof {
  id: string;
  expiresAt: string;
}

/** A proof that checked out, or why it is refused, in words a reader (or a publisher's developer) can act on. */
export type ProofCheck = { ok: VerifiedProof } | { problem: string };

/** Checks a proof without the database (its single use is checked when the session is written). */
export async function checkProof(keys: ChallengeKeys, siteId: string, proof: ChallengeProof, now: Date): Promise<ProofCheck> {
  const parts = proof.challenge.split(".");
  const [version, id, site, difficultyText, expiresText, signature] = parts;
  if (parts.length !== 6 || version !== VERSION || !signature || !timingSafeEqual(signature, await sign(keys, parts.slice(0, 5).join("."))))
    return { problem: "The challenge is not one this server gave out; solve the new one." };
  if (site !== siteId) return { problem: "The challenge was given out for another site; solve the new one." };
  const expires = Number(expiresText) * 1000;
  if (!(expires > now.getTime())) return { problem: "The challenge has expired; solve the new one." };
  const difficulty = Number(difficultyText);
  // A challenge signed before the difficulty was raised is no longer enough.
  if (!(difficulty >= CHALLENGE_DIFFICULTY))
    return { problem: "The challenge is easier than this server now asks for; solve the new one." };
  if (leadingZeroBits(await keys.hash.sha256Hex(`${proof.challenge}:${proof.nonce}`)) < difficulty)
    return { problem: "The nonce does not solve the challenge; solve the new one." };
  return { ok: { id: id!, expiresAt: new Date(expires).toISOString() } };
}

/** The statement that spends a proof: a second use breaks the primary key, and the session's batch with it. */
export function spendProof(db: Db, proof: VerifiedProof) {
  return db.insert(usedChallenges).values(proof);
}

/** Whether a failed session batch failed because its proof was already spent. */
export function isSpentProofError(error: unknown): boolean {
  for (let e = error; e instanceof Error; e = e.cause) if (/used_challenges/.test(e.message)) return true;
  return false;
}

/** `challenge_required`, carrying a fresh challenge so the widget needs no extra round trip. */
export async function challengeRequired(keys: ChallengeKeys, siteId: string, now: Date, message: string): Promise<ApiError> {
  return new ApiError("challenge_required", message, { challenge: await issueChallenge(keys, siteId, now) });
}
