/**
 * What a new session must pass before it is opened: the per-address session limit, and for
 * guests the honeypot and, when the site asks for it, the proof of work (identity/challenge.ts).
 */
import type { ChallengeProof } from "../../contract/challenge.ts";
import { runStatements, type Db } from "../../db/client.ts";
import type { SiteRow } from "../../db/rows.ts";
import { forbidden } from "../errors.ts";
import { countHits } from "../lib/rate-limit.ts";
import { auditInsert } from "../moderation/audit.ts";
import { challengeRequired, checkProof, type ChallengeKeys, type VerifiedProof } from "./challenge.ts";

/** New sessions a minute from one address: enough for a busy office, too few to churn identities. */
export const SESSIONS_PER_MINUTE = 30;
/**
 * A site whose guestChallenge is "auto" is under a spam wave while more than this many guest
 * sessions were asked for (opened or refused) in the last GUEST_WAVE_MINUTES: a burst no
 * newsroom's readers make, and every bot rotating guest names does.
 */
export const GUEST_WAVE_SESSIONS = 30;
export const GUEST_WAVE_MINUTES = 5;

/** Said for a missing proof and for a filled honeypot alike: a bot learns nothing from it. */
const ASK = "Please confirm you are not a robot.";

const waveKey = (siteId: string, minute: number) => `guest-wave:${siteId}:${minute % GUEST_WAVE_MINUTES}`;

/**
 * Counts a session request against its address's limit (refusing past it) and, for a guest on
 * an "auto" site, in the site's wave counters: one row per minute slot, reused every
 * GUEST_WAVE_MINUTES, read back by primary key in the same transaction. Answers the site's guest
 * requests in the last GUEST_WAVE_MINUTES (this one included; 0 when not counted).
 */
export async function countSessionRequest(db: Db, site: SiteRow, addressHash: string, guest: boolean, now: Date): Promise<number> {
  const wave = guest && site.guestChallenge === "auto";
  const minute = Math.floor(now.getTime() / 60_000);
  const limits = [{ key: `session:${site.id}:${addressHash}`, limit: SESSIONS_PER_MINUTE }];
  if (wave) limits.push({ key: waveKey(site.id, minute), limit: Number.MAX_SAFE_INTEGER });
  const hits = countHits(limits, 60, now);
  const slots = Array.from({ length: GUEST_WAVE_MINUTES }, (_, i) => waveKey(site.id, minute - i));
  const statements = wave
    ? [
        ...hits.statements,
        {
          sql: `SELECT coalesce(sum("count"), 0) FROM "rate_limits" WHERE "key" IN (${slots.map(() => "?").join(", ")}) AND "window_start" > ?`,
          args: [...slots, (minute - GUEST_WAVE_MINUTES) * 60],
        },
      ]
    : hits.statements;
  const results = await runStatements(db, statements);
  const refusal = hits.refusal(results);
  if (refusal) throw refusal;
  return wave ? Number(results[1]!.rows[0]![0]) : 0;
}

/** Whether a guest must bring a proof of work. */
export function challengeNeeded(site: SiteRow, recentGuestRequests: number): boolean {
  return site.guestChallenge === "always" || (site.guestChallenge === "auto" && recentGuestRequests > GUEST_WAVE_SESSIONS);
}

interface Admission {
  db: Db;
  keys: ChallengeKeys;
  now: Date;
  addressHash: string;
}

/**
 * A guest's way in: a filled honeypot is a bot, refused like a missing proof (no hint of why) and
 * audited; when a proof is needed, one that checks out (its single use is the session batch's).
 */
export async function admitGuest(
  { db, keys, now, addressHash }: Admission,
  site: SiteRow,
  input: { name: string; device?: string; pow?: ChallengeProof; website?: string },
  recentGuestRequests: number,
): Promise<VerifiedProof | null> {
  // No proof can open what is closed to guests.
  if (!site.allowGuests) throw forbidden("This site does not allow guest comments; please sign in.");
  const needed = challengeNeeded(site, recentGuestRequests);
  if (input.website) {
    await auditInsert(db, {
      siteId: site.id,
      actorType: "system",
      actorId: null,
      action: "session.honeypot",
      detail: { name: input.name, device: input.device ?? null, addressHash },
      createdAt: now,
    });
    throw await challengeRequired(keys, site.id, now, ASK);
  }
  if (!needed) return null;
  if (!input.pow) throw await challengeRequired(keys, site.id, now, ASK);
  const check = await checkProof(keys, site.id, input.pow, now);
  if ("problem" in check) throw await challengeRequired(keys, site.id, now, check.problem);
  return check.ok;
}
