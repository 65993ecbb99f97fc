import { Hono } from "hono";
import { deleteCookie, getCookie, setCookie } from "hono/cookie";
import { z } from "zod";
import type { LoginAnswer } from "../../../contract/wire.ts";
import type { AppEnv } from "../../deps.ts";
import { clientAddressHash, requireAdmin } from "../../http/auth.ts";
import { jsonBody } from "../../http/validate.ts";
import { ADMIN_COOKIE, loginAdmin, logoutAdmin, publicAdmin } from "../../identity/admins.ts";

const loginBody = z.object({ email: z.string().trim().min(3).max(320), password: z.string().min(1).max(1024) });

export const adminAuthRoutes = new Hono<AppEnv>()
  .post("/login", async (c) => {
    const { db, clock, hash } = c.var.deps;
    const { email, password } = await jsonBody(c, loginBody);
    const { admin, token, csrfToken, maxAgeSeconds } = await loginAdmin(db, email, password, {
      hash,
      addressHash: await clientAddressHash(c),
      now: clock(),
    });
    setCookie(c, ADMIN_COOKIE, token, {
      httpOnly: true,
      sameSite: "Strict",
      secure: new URL(c.req.url).protocol === "https:",
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
