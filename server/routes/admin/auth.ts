import { Hono, type Context } from "hono";
import { deleteCookie, getCookie, setCookie } from "hono/cookie";
import { z } from "zod";
import type { LoginAnswer } from "../../../contract/wire.ts";
import type { AppEnv } from "../../deps.ts";
import { ApiError } from "../../errors.ts";
import { clientAddressHash, requireAdmin } from "../../http/auth.ts";
import { jsonBody } from "../../http/validate.ts";
import { ADMIN_COOKIE, loginAdmin, logoutAdmin, publicAdmin } from "../../identity/admins.ts";

const loginBody = z.object({ email: z.string().trim().min(3).max(320), password: z.string().min(1).max(1024) });

/**
 * Login CSRF: a cross-site form could sign a moderator's browser into an attacker's account.
 * Forms cannot send JSON without a CORS preflight (which fails), and browsers name the page's
 * origin: refuse anything else.
 */
function assertSameOriginJson(c: Context<AppEnv>): void {
  if (!/^application\/json\s*(;|$)/i.test(c.req.header("Content-Type") ?? "")) {
    throw new ApiError("validation_failed", "Sign in with a JSON body (Content-Type: application/json).", { field: "body" });
  }
  const origin = c.req.header("Origin");
  const crossSite = c.req.header("Sec-Fetch-Site") === "cross-site";
  if (crossSite || (origin !== undefined && hostOf(origin) !== new URL(c.req.url).host)) {
    throw new ApiError("forbidden", "Sign in from the moderation view of this server.");
  }
}

function hostOf(origin: string): string | null {
  try {
    return new URL(origin).host;
  } catch {
    return null;
  }
}

/** "https:" as the client connected, so the session cookie is Secure behind a TLS-terminating proxy too. */
function clientProtocol(c: Context<AppEnv>): string {
  return c.var.deps.requestProtocol?.(c) ?? new URL(c.req.url).protocol;
}

export const adminAuthRoutes = new Hono<AppEnv>()
  .post("/login", async (c) => {
    const { db, clock, hash } = c.var.deps;
    assertSameOriginJson(c);
    const { email, password } = await jsonBody(c, loginBody);
    const { admin, token, csrfToken, maxAgeSeconds } = await loginAdmin(db, email, password, {
      hash,
      addressHash: await clientAddressHash(c),
      now: clock(),
    });
    setCookie(c, ADMIN_COOKIE, token, {
      httpOnly: true,
      sameSite: "Strict",
      secure: clientProtocol(c) === "https:",
      path: "/",
      maxAge: maxAgeSeconds,
    });
    return c.json({ admin: publicAdmin(admin), csrfToken } satisfies LoginAnswer);
  })
  .post("/logout", requireAdmin(), async (c) => {
    await logoutAdmin(c.var.deps.db, c.var.deps.hash, getCookie(c, ADMIN_COOKIE)!);
    deleteCookie(c, ADMIN_COOKIE, { path: "/" });
    return c.json({ ok: true });
  })
  .get("/me", requireAdmin(), async (c) => {
    const admin = c.get("admin")!;
    return c.json({ admin: { id: admin.id, email: admin.email, role: admin.role }, csrfToken: admin.csrfToken } satisfies LoginAnswer);
  });
