// Commenters: guest and single sign-on sessions, /me, signing out, and what a sanction does to new sessions.
import { generateKeyPair, SignJWT } from "jose";
import { beforeAll, describe, expect, it } from "vitest";
import { contract, expectError, startOfWindow, type Contract } from "./support/contract.ts";
import { clean } from "./support/phrases.ts";

let t: Contract;
beforeAll(async () => {
  t = await contract("sessions");
});

const GOOD = { status: "good", until: null, reason: null, strikes: 0 };

describe("guest sessions", () => {
  it("creates a guest: 201 with a token and the user; /me answers the user and a good standing", async () => {
    const who = t.caller();
    const res = await who.post(`${t.api}/sessions`, { name: "  Ana  ", device: "contract-device-0001" });
    expect(res.status).toBe(201);
    expect(res.body).toEqual({ token: expect.any(String), user: expect.objectContaining({ id: expect.any(String), name: "Ana" }) });
    who.token = res.body.token;
    const me = await who.get(`${t.api}/me`);
    expect(me.status).toBe(200);
    expect(me.body).toEqual({ user: expect.objectContaining({ id: res.body.user.id, name: "Ana" }), standing: GOOD });
    // Another guest session is another user.
    const again = await t.guest("Ana");
    expect(again.user.id).not.toBe(res.body.user.id);
  });

  it("validates the body and names the field", async () => {
    const who = t.caller();
    const cases: [unknown, string][] = [
      [{}, "name"],
      [{ name: "   " }, "name"],
      [{ name: "x".repeat(81) }, "name"],
      [{ name: 42 }, "name"],
      [{ name: "Ana", device: "short" }, "device"],
      [{ sso: "" }, "sso"],
      [{ sso: "x.y.z", device: "short" }, "device"],
    ];
    for (const [input, field] of cases) {
      expect(expectError(await who.post(`${t.api}/sessions`, input), 400, "validation_failed").field, JSON.stringify(input)).toBe(field);
    }
    expectError(await who.post(`${t.api}/sessions`, "{not json"), 400, "validation_failed");
  });

  it("refuses guests where the site does not allow them, and answers 404 for a site that does not exist", async () => {
    const closed = await t.otherSite("closed", { allowGuests: false });
    expectError(await t.caller().post(`/api/v1/sites/${closed}/sessions`, { name: "Ana" }), 403, "forbidden");
    expectError(await t.caller().post("/api/v1/sites/no-such-site/sessions", { name: "Ana" }), 404, "not_found");
  });

  it("limits new sessions from one address: 429 rate_limited with Retry-After", async () => {
    const site = await t.otherSite("busy");
    const address = t.nextAddress();
    await startOfWindow(60, 20);
    for (let i = 0; i < 30; i++)
      expect((await t.caller(address).post(`/api/v1/sites/${site}/sessions`, { name: `G${i}` })).status).toBe(201);
    const refused = await t.caller(address).post(`/api/v1/sites/${site}/sessions`, { name: "one more" });
    expect(expectError(refused, 429, "rate_limited").retryAfter).toBeGreaterThan(0);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    expect((await t.caller().post(`/api/v1/sites/${site}/sessions`, { name: "elsewhere" })).status).toBe(201);
  });

  it("signs out with DELETE /sessions/current: the token stops working", async () => {
    const ana = await t.guest("Leaving");
    expect((await ana.delete(`${t.api}/sessions/current`)).status).toBe(204);
    expectError(await ana.get(`${t.api}/me`), 401, "unauthorized");
    expectError(await t.caller().delete(`${t.api}/sessions/current`), 401, "unauthorized");
  });

  it("answers /me with 401 without a token, with an unknown one, and with one from another site", async () => {
    expectError(await t.caller().get(`${t.api}/me`), 401, "unauthorized");
    const stranger = t.caller();
    stranger.token = "no-such-token";
    expectError(await stranger.get(`${t.api}/me`), 401, "unauthorized");
    const other = await t.otherSite("me");
    const ana = await t.guest("Ana");
    expectError(await ana.get(`/api/v1/sites/${other}/me`), 401, "unauthorized");
  });

  it("refuses a new guest on a suspended guest's device without their reason; lets one in from their address", async () => {
    const sue = await t.guest("Sue");
    const sanction = await t.owner.post(`${t.admin}/users/${sue.user.id}/sanctions`, { type: "suspend", hours: 24, reason: "cool off" });
    expect(sanction.status).toBe(201);
    const byDevice = await t.caller().post(`${t.api}/sessions`, { name: "Not Sue", device: sue.device });
    expect(expectError(byDevice, 403, "suspended")).toMatchObject({ until: sanction.body.sanction.until, reason: null });
    expect(JSON.stringify(byDevice.body)).not.toContain("cool off");
    // An address is shared by strangers: the newcomer is let in (their comments wait for a moderator).
    const byAddress = await t.caller(sue.address).post(`${t.api}/sessions`, { name: "Also not Sue", device: "a-fresh-device-0001" });
    expect(byAddress.status).toBe(201);
    await t.guest("Someone else");
  });
});

describe("single sign-on", () => {
  const join = (sso: string) => t.caller().post(`${t.api}/sessions`, { sso });

  it("creates a session for a valid HS256 token; the same sub is the same user, with the latest name", async () => {
    const first = await join(await t.ssoToken({ sub: "pub-1", name: "Ana", email: "ana@example.com" }));
    expect(first.status).toBe(201);
    expect(first.body).toEqual({ token: expect.any(String), user: expect.objectContaining({ id: expect.any(String), name: "Ana" }) });
    const second = await join(await t.ssoToken({ sub: "pub-1", name: "Ana Maria" }));
    expect(second.status).toBe(201);
    expect(second.body.user.id).toBe(first.body.user.id);
    expect(second.body.token).not.toBe(first.body.token);
    const other = await join(await t.ssoToken({ sub: "pub-2", name: "Bob" }));
    expect(other.body.user.id).not.toBe(first.body.user.id);
    for (const token of [first.body.token, second.body.token]) {
      const who = t.caller();
      who.token = token;
      expect((await who.get(`${t.api}/me`)).body.user).toMatchObject({ id: first.body.user.id, name: "Ana Maria" });
    }
  });

  it("refuses forged, foreign, expired and incomplete tokens with 401 unauthorized", async () => {
    const now = Math.floor(Date.now() / 1000);
    const valid = await t.ssoToken({ sub: "victim", name: "Victim" });
    const [header, payload, signature] = valid.split(".");
    const b64 = (v: unknown) => Buffer.from(JSON.stringify(v)).toString("base64url");
    const rsa = await generateKeyPair("RS256");
    const claims = { sub: "attacker", name: "Mallory", exp: now + 3600 };
    const attacks: Record<string, string> = {
      "alg none": `${b64({ alg: "none", typ: "JWT" })}.${b64(claims)}.`,
      HS512: await t.ssoToken(claims, undefined, "HS512"),
      RS256: await new SignJWT(claims).setProtectedHeader({ alg: "RS256" }).sign(rsa.privateKey),
      "payload swapped under a valid signature": `${header}.${b64(claims)}.${signature}`,
      "wrong secret": await t.ssoToken(claims, "another-secret-another-secret-another"),
      expired: await t.ssoToken({ sub: "victim", name: "Victim", exp: now - 60 }),
      "missing sub": await t.ssoToken({ name: "Victim" }),
      "missing name": await t.ssoToken({ sub: "victim" }),
      "not a JWT": "this is not a jwt",
      "two parts": `${header}.${payload}`,
    };
    for (const [name, token] of Object.entries(attacks)) {
      const res = await join(token);
      expect(res.status, name).toBe(401);
      expectError(res, 401, "unauthorized");
    }
  });

  it("refuses single sign-on on a site with no SSO secret", async () => {
    const plain = await t.otherSite("no-sso", { ssoSecret: null });
    const res = await t.caller().post(`/api/v1/sites/${plain}/sessions`, { sso: await t.ssoToken({ sub: "u1", name: "Ana" }) });
    expectError(res, 403, "forbidden");
  });

  it("keeps a sanction on the user across new sessions: the sanction follows the sub, not the token", async () => {
    const first = await join(await t.ssoToken({ sub: "pub-9", name: "Zed" }));
    const revoke = await t.owner.post(`${t.admin}/users/${first.body.user.id}/sanctions`, { type: "revoke", reason: "spam" });
    expect(revoke.status).toBe(201);
    const again = await join(await t.ssoToken({ sub: "pub-9", name: "Zed Again" }));
    expect(again.status).toBe(201);
    expect(again.body.user.id).toBe(first.body.user.id);
    const zed = t.caller();
    zed.token = again.body.token;
    expect(expectError(await t.post(zed, "sso-page", clean(1)), 403, "revoked").reason).toBe("spam");
    expect((await zed.get(`${t.api}/me`)).body.standing).toMatchObject({ status: "revoked", reason: "spam", until: null });
  });
});
