import type { Context, MiddlewareHandler } from "hono";
import { getCookie } from "hono/cookie";
import type { AppEnv, Viewer } from "../deps.ts";
import { ApiError } from "../errors.ts";
import { ADMIN_COOKIE, authenticateAdmin } from "../identity/admins.ts";
import { addressHash, authenticateCommenter } from "../identity/commenters.ts";
import { timingSafeEqual } from "../lib/crypto.ts";
import type { Writer } from "../moderation/phases.ts";
import type { AdminIdentity } from "../deps.ts";

export function bearerToken(c: Context): string | null {
  const header = c.req.header("Authorization");
  const match = header?.match(/^Bearer\s+(\S+)$/i);
  return match ? match[1]! : null;
}

/** Resolves the commenter's token, if any, for the site (`c.var.site`). Never refuses by itself. */
export function commenter(): MiddlewareHandler<AppEnv> {
  return async function commenter(c, next) {
    const token = bearerToken(c);
    if (token) {
      const { db, hash, clock } = c.var.deps;
      const viewer = await authenticateCommenter(db, hash, c.var.site.id, token, clock());
      if (viewer) c.set("viewer", viewer);
    }
    await next();
  };
}

export function requireViewer(c: Context<AppEnv>): Viewer {
  const viewer = c.get("viewer");
  if (!viewer) {
    const message = bearerToken(c) ? "Your session has expired; please join again." : "Please join the conversation first.";
    throw new ApiError("unauthorized", message);
  }
  return viewer;
}

/** The commenter making a write: who they are, and the hash of where they write from. */
export async function writer(c: Context<AppEnv>): Promise<Writer> {
  const viewer = requireViewer(c);
  return {
    userId: viewer.userId,
    name: viewer.name,
    addressHash: await clientAddressHash(c),
    device: viewer.device,
    sessionAddressHash: viewer.addressHash,
  };
}

export async function clientAddressHash(c: Context<AppEnv>): Promise<string> {
  const { hash, secret, clientAddress } = c.var.deps;
  return addressHash(hash, secret, clientAddress(c));
}

/** Resolves the admin session cookie; writes must also carry the session's CSRF token. */
export async function resolveAdmin(c: Context<AppEnv>): Promise<AdminIdentity | null> {
  const token = getCookie(c, ADMIN_COOKIE);
  if (!token) return null;
  const admin = await authenticateAdmin(c.var.deps.db, c.var.deps.hash, token, c.var.deps.clock());
  if (!admin) return null;
  if (c.req.method !== "GET" && c.req.method !== "HEAD") {
    const sent = c.req.header("X-CSRF-Token") ?? "";
    if (!timingSafeEqual(sent, admin.csrfToken)) {
      throw new ApiError("forbidden", "This request is missing its CSRF token; reload the page and try again.");
    }
  }
  return admin;
}

export function requireAdmin(): MiddlewareHandler<AppEnv> {
  return async function requireAdmin(c, next) {
    const admin = await resolveAdmin(c);
    if (!admin) throw new ApiError("unauthorized", "Please sign in as a moderator.");
    c.set("admin", admin);
    await next();
  };
}

export function requireOwner(c: Context<AppEnv>): AdminIdentity {
  const admin = c.get("admin");
  if (!admin || admin.role !== "owner") throw new ApiError("forbidden", "Only an owner can do this.");
  return admin;
}
