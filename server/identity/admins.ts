import { and, eq, gt } from "drizzle-orm";
import type { Admin } from "../../contract/wire.ts";
import type { Db } from "../../db/client.ts";
import { adminSessions, admins } from "../../db/schema.ts";
import type { AdminIdentity } from "../deps.ts";
import { ApiError } from "../errors.ts";
import { newId, randomToken, sha256Hex } from "../lib/crypto.ts";
import { hitRateLimit, peekRateLimit } from "../lib/rate-limit.ts";
import { DECOY_HASH, hashPassword, verifyPassword } from "./passwords.ts";

export const ADMIN_COOKIE = "parley_admin";
const SESSION_HOURS = 12;
/** Failed logins allowed per email and per address in a 15-minute window. */
const MAX_FAILED_LOGINS = 5;
const FAILED_LOGIN_WINDOW = 15 * 60;

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
    createdAt: now.toISOString(),
    createdBy: input.createdBy,
  };
  await db.insert(admins).values(row);
  return row;
}

/**
 * Checks a password with the same work whether or not the email exists, and refuses further
 * attempts for a while after repeated failures for an email or from an address.
 */
export async function loginAdmin(db: Db, email: string, password: string, context: { addressHash: string; now: Date }) {
  const keys = [`login:email:${email.toLowerCase()}`, `login:address:${context.addressHash}`];
  for (const key of keys) {
    if ((await peekRateLimit(db, key, FAILED_LOGIN_WINDOW, context.now)) >= MAX_FAILED_LOGINS) {
      await hitRateLimit(db, key, MAX_FAILED_LOGINS, FAILED_LOGIN_WINDOW, context.now);
    }
  }
  const admin = await db.query.admins.findFirst({ where: eq(admins.email, email.toLowerCase()) });
  const ok = await verifyPassword(password, admin?.passwordHash ?? DECOY_HASH);
  if (!admin || !ok) {
    for (const key of keys) await hitRateLimit(db, key, Number.MAX_SAFE_INTEGER, FAILED_LOGIN_WINDOW, context.now);
    throw new ApiError("unauthorized", "That email and password do not match an account.");
  }
  const token = randomToken();
  const csrfToken = randomToken();
  await db.insert(adminSessions).values({
    tokenHash: await sha256Hex(token),
    adminId: admin.id,
    csrfToken,
    createdAt: context.now.toISOString(),
    expiresAt: new Date(context.now.getTime() + SESSION_HOURS * 3_600_000).toISOString(),
  });
  return { admin, token, csrfToken, maxAgeSeconds: SESSION_HOURS * 3600 };
}

export async function authenticateAdmin(db: Db, token: string, now: Date): Promise<AdminIdentity | null> {
  const [row] = await db
    .select({ id: admins.id, email: admins.email, role: admins.role, csrfToken: adminSessions.csrfToken })
    .from(adminSessions)
    .innerJoin(admins, eq(admins.id, adminSessions.adminId))
    .where(and(eq(adminSessions.tokenHash, await sha256Hex(token)), gt(adminSessions.expiresAt, now.toISOString())));
  return row ?? null;
}

export async function logoutAdmin(db: Db, token: string): Promise<void> {
  await db.delete(adminSessions).where(eq(adminSessions.tokenHash, await sha256Hex(token)));
}
