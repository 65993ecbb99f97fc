import { and, eq, gt, sql } from "drizzle-orm";
import { prepared, runBatch, type BatchItem, type Db } from "../../db/client.ts";
import { sessions, userIdentifiers, users } from "../../db/schema.ts";
import { ApiError } from "../errors.ts";
import type { Standing } from "../../contract/wire.ts";
import { newId, randomToken, type Hash } from "../lib/crypto.ts";
import { shownStanding, writeRefusal, writeStanding } from "../moderation/links.ts";
import { activeStrikeCount } from "../moderation/standing.ts";
import type { SiteRow } from "../../db/rows.ts";
import type { Viewer } from "../deps.ts";
import { verifySsoToken } from "./sso.ts";
import { challengeRequired, isSpentProofError, spendProof, type VerifiedProof } from "./challenge.ts";

const SESSION_DAYS = 180;

export type UserRow = typeof users.$inferSelect;

interface Opened {
  hash: Hash;
  secret: string;
  /** The client's network address (only its keyed hash is kept). */
  address: string;
  now: Date;
}

/**
 * A session for `userId`, recording the device id and address hash it was opened with, and the
 * user's links to them (made, or seen again): every later write is checked against the users
 * sharing them (moderation/links.ts).
 */
async function issueSession(
  db: Db,
  siteId: string,
  userId: string,
  links: { device: string | null; addressHash: string },
  context: Opened,
  extra: BatchItem[] = [],
) {
  const token = randomToken();
  const { now } = context;
  const createdAt = now.toISOString();
  const expiresAt = new Date(now.getTime() + SESSION_DAYS * 86_400_000).toISOString();
  const identifiers = [
    { kind: "address" as const, value: links.addressHash },
    ...(links.device ? [{ kind: "device" as const, value: links.device }] : []),
  ];
  await runBatch(db, [
    ...extra,
    ...identifiers.map((i) =>
      db
        .insert(userIdentifiers)
        .values({ siteId, ...i, userId, createdAt, seenAt: createdAt })
        .onConflictDoUpdate({
          target: [userIdentifiers.siteId, userIdentifiers.kind, userIdentifiers.value, userIdentifiers.userId],
          set: { seenAt: createdAt },
        }),
    ),
    db.insert(sessions).values({
      tokenHash: await context.hash.sha256Hex(token),
      siteId,
      userId,
      device: links.device,
      addressHash: links.addressHash,
      createdAt,
      expiresAt,
    }),
  ]);
  return token;
}

/** The client's network address, keyed with the server secret: linkable, not readable. */
export async function addressHash(hash: Hash, secret: string, address: string): Promise<string> {
  return hash.hmacHex(secret, `address:${address}`);
}

/**
 * A new guest. A device a suspended or revoked commenter used is refused (no one else's reason
 * is given); an address one was recently seen at is not: the guest's comments wait for a moderator.
 * A proof of work (guest-gate.ts) is spent in the same transaction: a second use opens nothing.
 */
export async function createGuestSession(
  db: Db,
  site: SiteRow,
  input: { name: string; device?: string },
  context: Opened,
  proof: VerifiedProof | null = null,
) {
  if (!site.allowGuests) throw new ApiError("forbidden", "This site does not allow guest comments; please sign in.");
  const links = { device: input.device ?? null, addressHash: await addressHash(context.hash, context.secret, context.address) };
  const standing = await writeStanding(
    db,
    { siteId: site.id, userId: "", device: links.device, addresses: [links.addressHash] },
    context.now,
  );
  const refusal = writeRefusal(standing);
  if (refusal) throw refusal;

  const user: UserRow = {
    id: newId(),
    siteId: site.id,
    kind: "guest",
    externalId: null,
    name: input.name,
    email: null,
    avatar: null,
    notifyDecisions: true,
    erasedAt: null,
    createdAt: context.now.toISOString(),
  };
  const extra = [...(proof ? [spendProof(db, proof)] : []), db.insert(users).values(user)];
  try {
    const token = await issueSession(db, site.id, user.id, links, context, extra);
    return { token, user };
  } catch (e) {
    if (!proof || !isSpentProofError(e)) throw e;
    const keys = { hash: context.hash, secret: context.secret };
    throw await challengeRequired(keys, site.id, context.now, "This challenge was already used; solve the new one.");
  }
}

/**
 * The same `sub` is the same user every time: sanctions follow the user, not the token. The
 * session links the user to its device (when the widget sends it) and address like a guest's.
 */
export async function createSsoSession(
  db: Db,
  site: SiteRow,
  input: { sso: string; device?: string },
  context: Opened & { maxTokenHours?: number },
) {
  if (!site.ssoSecret) throw new ApiError("forbidden", "This site does not use single sign-on.");
  const { now } = context;
  const claims = await verifySsoToken(input.sso, site.ssoSecret, now, context.maxTokenHours);
  const [user] = await db
    .insert(users)
    .values({
      id: newId(),
      siteId: site.id,
      kind: "sso",
      externalId: claims.sub,
      name: claims.name,
      email: claims.email ?? null,
      avatar: claims.avatar ?? null,
      createdAt: now.toISOString(),
    })
    .onConflictDoUpdate({
      target: [users.siteId, users.externalId],
      set: { name: claims.name, email: claims.email ?? null, avatar: claims.avatar ?? null },
    })
    .returning();
  const links = { device: input.device ?? null, addressHash: await addressHash(context.hash, context.secret, context.address) };
  const token = await issueSession(db, site.id, user!.id, links, context);
  return { token, user: user! };
}

const sessionQuery = (db: Db) =>
  db
    .select({
      userId: users.id,
      name: users.name,
      siteId: sessions.siteId,
      device: sessions.device,
      addressHash: sessions.addressHash,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(
      and(
        eq(sessions.tokenHash, sql.placeholder("tokenHash")),
        eq(sessions.siteId, sql.placeholder("siteId")),
        gt(sessions.expiresAt, sql.placeholder("now")),
      ),
    )
    .prepare();

/** Resolves `Authorization: Bearer TOKEN` to the commenter, or null when absent or unknown. */
export async function authenticateCommenter(db: Db, hash: Hash, siteId: string, token: string, now: Date): Promise<Viewer | null> {
  const row = await prepared(db, sessionQuery).get({ tokenHash: await hash.sha256Hex(token), siteId, now: now.toISOString() });
  return row ?? null;
}

export async function endSession(db: Db, hash: Hash, token: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.tokenHash, await hash.sha256Hex(token)));
}

/**
 * The signed-in commenter and their standing, for the widget: their own, or, when a sanctioned
 * commenter shares their device, that one's status (without its reason), since writes will be refused.
 */
export async function commenterProfile(db: Db, viewer: Viewer, now: Date): Promise<{ user: UserRow; standing: Standing }> {
  const identity = { siteId: viewer.siteId, userId: viewer.userId, device: viewer.device, addresses: [viewer.addressHash] };
  const [user, standing, strikes] = await Promise.all([
    db.query.users.findFirst({ where: eq(users.id, viewer.userId) }),
    writeStanding(db, identity, now),
    activeStrikeCount(db, viewer.userId, now),
  ]);
  if (!user) throw new ApiError("unauthorized", "Please join the conversation first.");
  return { user, standing: shownStanding(standing, strikes) };
}
