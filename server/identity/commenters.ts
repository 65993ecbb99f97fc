import { and, eq, gt, inArray, isNull, sql } from "drizzle-orm";
import { prepared, runBatch, type BatchItem, type Db } from "../../db/client.ts";
import { sanctions, sessions, userIdentifiers, users } from "../../db/schema.ts";
import { ApiError } from "../errors.ts";
import type { Standing } from "../../contract/wire.ts";
import { newId, randomToken, type Hash } from "../lib/crypto.ts";
import { standingError, standingFrom, standingOf } from "../moderation/standing.ts";
import type { SiteRow } from "../../db/rows.ts";
import type { Viewer } from "../deps.ts";
import { verifySsoToken } from "./sso.ts";

const SESSION_DAYS = 180;

export type UserRow = typeof users.$inferSelect;

async function issueSession(db: Db, hash: Hash, siteId: string, userId: string, now: Date, extra: BatchItem[] = []) {
  const token = randomToken();
  const expiresAt = new Date(now.getTime() + SESSION_DAYS * 86_400_000).toISOString();
  await runBatch(db, [
    ...extra,
    db.insert(sessions).values({ tokenHash: await hash.sha256Hex(token), siteId, userId, createdAt: now.toISOString(), expiresAt }),
  ]);
  return token;
}

/**
 * The sanctions that bind a new guest: those of every user seen with the same device id or
 * client-address hash on this site. A new name is no way around a suspension.
 */
async function standingOfIdentifiers(
  db: Db,
  siteId: string,
  identifiers: { kind: "device" | "address"; value: string }[],
  now: Date,
): Promise<Standing> {
  const linked = await db
    .selectDistinct({ userId: userIdentifiers.userId })
    .from(userIdentifiers)
    // A row-value IN: each pair is one lookup in the primary key (an OR of pairs made SQLite
    // walk all of the site's identifiers).
    .where(
      and(
        eq(userIdentifiers.siteId, siteId),
        sql`(${userIdentifiers.kind}, ${userIdentifiers.value}) in (values ${sql.join(
          identifiers.map((i) => sql`(${i.kind}, ${i.value})`),
          sql`, `,
        )})`,
      ),
    );
  if (linked.length === 0) return standingFrom([], 0, now);
  const list = await db.query.sanctions.findMany({
    where: and(
      inArray(
        sanctions.userId,
        linked.map((l) => l.userId),
      ),
      isNull(sanctions.liftedAt),
      inArray(sanctions.type, ["suspend", "revoke"]),
    ),
  });
  return standingFrom(list, 0, now);
}

/** The client's network address, keyed with the server secret: linkable, not readable. */
export async function addressHash(hash: Hash, secret: string, address: string): Promise<string> {
  return hash.hmacHex(secret, `address:${address}`);
}

export async function createGuestSession(
  db: Db,
  site: SiteRow,
  input: { name: string; device?: string },
  context: { hash: Hash; secret: string; address: string; now: Date },
) {
  if (!site.allowGuests) throw new ApiError("forbidden", "This site does not allow guest comments; please sign in.");
  const identifiers: { kind: "device" | "address"; value: string }[] = [
    { kind: "address", value: await addressHash(context.hash, context.secret, context.address) },
  ];
  if (input.device) identifiers.push({ kind: "device", value: input.device });
  const error = standingError(await standingOfIdentifiers(db, site.id, identifiers, context.now));
  if (error) throw error;

  const createdAt = context.now.toISOString();
  const user: UserRow = {
    id: newId(),
    siteId: site.id,
    kind: "guest",
    externalId: null,
    name: input.name,
    email: null,
    avatar: null,
    createdAt,
  };
  const token = await issueSession(db, context.hash, site.id, user.id, context.now, [
    db.insert(users).values(user),
    ...identifiers.map((i) => db.insert(userIdentifiers).values({ siteId: site.id, ...i, userId: user.id, createdAt })),
  ]);
  return { token, user };
}

/** The same `sub` is the same user every time: sanctions follow the user, not the token. */
export async function createSsoSession(db: Db, hash: Hash, site: SiteRow, jwt: string, now: Date, maxTokenHours?: number) {
  if (!site.ssoSecret) throw new ApiError("forbidden", "This site does not use single sign-on.");
  const claims = await verifySsoToken(jwt, site.ssoSecret, now, maxTokenHours);
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
  const token = await issueSession(db, hash, site.id, user!.id, now);
  return { token, user: user! };
}

const sessionQuery = (db: Db) =>
  db
    .select({ userId: users.id, name: users.name, siteId: sessions.siteId })
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

/** The signed-in commenter and their standing, for the widget. */
export async function commenterProfile(db: Db, userId: string, now: Date): Promise<{ user: UserRow; standing: Standing }> {
  const user = await db.query.users.findFirst({ where: eq(users.id, userId) });
  if (!user) throw new ApiError("unauthorized", "Please join the conversation first.");
  return { user, standing: await standingOf(db, userId, now) };
}
