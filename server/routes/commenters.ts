import { Hono } from "hono";
import { z } from "zod";
import type { Challenge, MeAnswer, SessionAnswer } from "../../contract/wire.ts";
import type { AppEnv } from "../deps.ts";
import { bearerToken, clientAddressHash, requireViewer } from "../http/auth.ts";
import { jsonBody, parseWith, singleLine } from "../http/validate.ts";
import { publicUser } from "../comments/serialize.ts";
import { commenterProfile, createGuestSession, createSsoSession, endSession } from "../identity/commenters.ts";
import { displayNameProblem } from "../identity/display-name.ts";
import { publicSite } from "../sites/sites.ts";
import { liveInfo } from "./live.ts";
import { issueChallenge } from "../identity/challenge.ts";
import { admitGuest, countSessionRequest } from "../identity/guest-gate.ts";

const device = z
  .string()
  .regex(/^[A-Za-z0-9_-]{8,128}$/, "a device id is 8–128 letters, digits, - or _")
  .optional();
const ssoBody = z.object({ sso: z.string().min(1).max(8192), device }).strict();
const guestBody = z
  .object({
    name: singleLine(80).superRefine((name, ctx) => {
      const problem = displayNameProblem(name);
      if (problem) ctx.addIssue({ code: "custom", message: problem });
    }),
    device,
    pow: z
      .object({ challenge: z.string().min(1).max(300), nonce: z.string().min(1).max(64) })
      .strict()
      .optional(),
    // The join form's honeypot: empty from a person.
    website: z.string().max(200).optional(),
  })
  .strict();

export const commenterRoutes = new Hono<AppEnv>()
  .get("/", (c) => c.json({ site: { ...publicSite(c.var.site), live: liveInfo(c) } }))
  .get("/challenge", async (c) => {
    const { hash, secret, clock } = c.var.deps;
    c.header("Cache-Control", "no-store");
    return c.json((await issueChallenge({ hash, secret }, c.var.site.id, clock())) satisfies Challenge);
  })
  .post("/sessions", async (c) => {
    const { db, clock, secret, hash } = c.var.deps;
    const site = c.var.site;
    // One schema or the other by the body's shape, so a problem names its field (a union names none).
    const raw = await jsonBody(c, z.record(z.string(), z.unknown()));
    const input = "sso" in raw ? parseWith(ssoBody, raw) : parseWith(guestBody, raw);
    const now = clock();
    const addressHash = await clientAddressHash(c);
    const recentGuests = await countSessionRequest(db, site, addressHash, !("sso" in input), now);
    const opened = { hash, secret, address: c.var.deps.clientAddress(c), now };
    const { token, user } =
      "sso" in input
        ? await createSsoSession(db, site, input, { ...opened, maxTokenHours: c.var.deps.ssoMaxTokenHours })
        : await createGuestSession(
            db,
            site,
            input,
            opened,
            await admitGuest({ db, keys: { hash, secret }, now, addressHash }, site, input, recentGuests),
          );
    return c.json({ token, user: publicUser(user) } satisfies SessionAnswer, 201);
  })
  .delete("/sessions/current", async (c) => {
    const token = bearerToken(c);
    requireViewer(c);
    await endSession(c.var.deps.db, c.var.deps.hash, token!);
    return c.body(null, 204);
  })
  .get("/me", async (c) => {
    const viewer = requireViewer(c);
    const { user, standing } = await commenterProfile(c.var.deps.db, viewer, c.var.deps.clock());
    return c.json({ user: publicUser(user), standing } satisfies MeAnswer);
  });
