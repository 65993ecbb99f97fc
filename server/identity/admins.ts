import { and, eq, gt } from "drizzle-orm";
import type { Admin } from "../../contract/wire.ts";
import { runBatch, type Db } from "../../db/client.ts";
import { adminSessions, admins } from "../../db/schema.ts";
import type { AdminIdentity } from "../deps.ts";
import { ApiError, notFound } from "../errors.ts";
import { newId, randomToken, type Hash } from "../lib/crypto.ts";
import { clearRateLimit, hitRateLimits } from "../lib/rate-limit.ts";
import { auditInsert } from "../moderation/audit.ts";
import { DECOY_HASH, hashPassword, verifyPassword } from "./passwords.ts";

export const ADMIN_COOKIE = "parley_admin";
const SESSION_HOURS = 12;
/** Attempts per email from one address, and per address whatever the email, in 15 minutes. */
const MAX_LOGINS_PER_EMAIL_AND_ADDRESS = 5;
const MAX_LOGINS_PER_ADDRESS = 20;
const LOGIN_WINDOW = 15 * 60;

export type AdminRow = typeof admins.$inferSelect;

export function publicAdmin(admin: Pick<AdminRow, "id" | "email" | "role" | "createdAt">) {
  return { id: admin.id, email: admin.email, role: admin.role, createdAt: admin.createdAt } satisfies Admin;
}

export async function createAdmin(
  db: Db,
  input: { email: string; password: string; role: AdminRow["role"]; createdBy: string | null },
  now: Date,
) {
  const existing = await db.query.admins.findFirst({ where: eq(admins.email, input.email.toLowerCase()) });
  if (existing) throw new ApiError("conflict", "An account with that email already exists.", { field: "email" });
  const row: AdminRow = {
    id: newId(),
    email: input.email.toLowerCase(),
    passwordHash: await hashPassword(input.password),
    role: input.role,
    digest: "hourly",
    digestSentAt: null,
    createdAt: now.toISOString(),
    createdBy: input.createdBy,
  };
  await db.insert(admins).values(row);
  return row;
}

export async function listAdmins(db: Db): Promise<AdminRow[]> {
  return db.select().from(admins).orderBy(admins.createdAt);
}

/** An owner adds a moderator (or owner) account; the audit log records who. */
export async function addModerator(
  db: Db,
  input: { email: string; password: string; role: AdminRow["role"] },
  ownerId: string,
  now: Date,
): Promise<AdminRow> {
  const admin = await createAdmin(db, { ...input, createdBy: ownerId }, now);
  await auditInsert(db, {
    siteId: null,
    actorType: "admin",
    actorId: ownerId,
    action: "moderator.create",
    targetType: "admin",
    targetId: admin.id,
    detail: { email: admin.email, role: admin.role },
    createdAt: now,
  });
  return admin;
}

/** An owner removes another account; its sessions go with it (ON DELETE CASCADE), the audit log keeps the id. */
export async function removeModerator(db: Db, id: string, ownerId: string, now: Date): Promise<void> {
  if (id === ownerId) throw new ApiError("conflict", "You cannot remove your own account.");
  const target = await db.query.admins.findFirst({ where: eq(admins.id, id) });
  if (!target) throw notFound("The moderator");
  await runBatch(db, [
    db.delete(admins).where(eq(admins.id, id)),
    auditInsert(db, {
      siteId: null,
      actorType: "admin",
      actorId: ownerId,
      action: "moderator.remove",
      targetType: "admin",
      targetId: id,
      detail: { email: target.email },
      createdAt: now,
    }),
  ]);
}

/**
 * Checks a password with the same work whether or not the email exists. Every attempt is counted
 * before the password is checked, in one atomic statement, so concurrent guesses cannot slip past
 * the limit. The limit is per email *and* address (plus a looser one per address): guessing an
 * account's password from elsewhere does not lock its owner out; a success starts the count over.
 */
export async function loginAdmin(db: Db, email: string, password: string, context: { hash: Hash; addressHash: string; now: Date }) {
  const pair = `login:${email.toLowerCase()}:${context.addressHash}`;
  await hitRateLimits(
    db,
    [
      { key: pair, limit: MAX_LOGINS_PER_EMAIL_AND_ADDRESS },
      { key: `login:address:${context.addressHash}`, limit: MAX_LOGINS_PER_ADDRESS },
    ],
    LOGIN_WINDOW,
    context.now,
  );
  const admin = await db.query.admins.findFirst({ where: eq(admins.email, email.toLowerCase()) });
  const ok = await verifyPassword(password, admin?.passwordHash ?? DECOY_HASH);
  if (!admin || !ok) throw new ApiError("unauthorized", "That email and password do not match an account.");
  await clearRateLimit(db, pair);
  const token = randomToken();
  const csrfToken = randomToken();
  await db.insert(adminSessions).values({
    tokenHash: await context.hash.sha256Hex(token),
    adminId: admin.id,
    csrfToken,
    createdAt: context.now.toISOString(),
    expiresAt: new Date(context.now.getTime() + SESSION_HOURS * 3_600_000).toISOString(),
  });
  return { admin, token, csrfToken, maxAgeSeconds: SESSION_HOURS * 3600 };
}

export async function authenticateAdmin(db: Db, hash: Hash, token: string, now: Date): Promise<AdminIdentity | null> {
  const [row] = await db
    .select({ id: admins.id, email: admins.email, role: admins.role, csrfToken: adminSessions.csrfToken })
    .from(adminSessions)
    .innerJoin(admins, eq(admins.id, adminSessions.adminId))
    .where(and(eq(adminSessions.tokenHash, await hash.sha256Hex(token)), gt(adminSessions.expiresAt, now.toISOString())));
  return row ?? null;
}

export async function logoutAdmin(db: Db, hash: Hash, token: string): Promise<void> {
  await db.delete(adminSessions).where(eq(adminSessions.tokenHash, await hash.sha256Hex(token)));
}
