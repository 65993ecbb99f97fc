import { generateKeyPair, SignJWT } from "jose";
import { beforeAll, describe, expect, it } from "vitest";
import { Client } from "../../helpers/client.ts";
import { expectError, guest, ownerOf, patchSite, stubApp, type TestApp } from "../support/setup.ts";

const SESSIONS = "/api/v1/sites/demo/sessions";
const ME = "/api/v1/sites/demo/me";
const SECRET = "s3cret-s3cret-s3cret-s3cret-s3cret!"; // 35 characters
const encoder = new TextEncoder();

const b64url = (value: unknown) => Buffer.from(typeof value === "string" ? value : JSON.stringify(value)).toString("base64url");

describe("guest sessions", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await stubApp();
  });

  it("creates a guest: 201 with a token and the user", async () => {
    const c = Client.over(t.app);
    const res = await c.post(SESSIONS, { name: "  Ana  ", device: "device-0001" });
    expect(res.status).toBe(201);
    expect(res.body).toEqual({ token: expect.any(String), user: expect.objectContaining({ id: expect.any(String), name: "Ana" }) });
    expect(res.body.token.length).toBeGreaterThanOrEqual(32);
    c.token = res.body.token;
    const me = await c.get(ME);
    expect(me.status).toBe(200);
    expect(me.body).toEqual({
      user: expect.objectContaining({ id: res.body.user.id, name: "Ana" }),
      standing: { status: "good", until: null, reason: null, strikes: 0 },
    });
    // Each guest session is a user of its own.
    const again = await Client.over(t.app).post(SESSIONS, { name: "Ana" });
    expect(again.status).toBe(201);
    expect(again.body.user.id).not.toBe(res.body.user.id);
    expect(again.body.token).not.toBe(res.body.token);
  });

  it("validates the guest body and names the field", async () => {
    const c = Client.over(t.app);
    const cases: [unknown, string][] = [
      [{}, "name"],
      [{ name: "" }, "name"],
      [{ name: "   " }, "name"],
      [{ name: "x".repeat(81) }, "name"],
      [{ name: "Ana", device: "short" }, "device"],
      [{ name: "Ana", device: "has spaces in it" }, "device"],
      [{ name: 42 }, "name"],
      [{ name: "Ana", device: 5 }, "device"],
      [{ sso: "" }, "sso"],
    ];
    for (const [input, field] of cases) {
      const error = expectError(await c.post(SESSIONS, input), 400, "validation_failed");
      expect(error.field, JSON.stringify(input)).toBe(field);
    }
    expectError(await c.post(SESSIONS, { name: "Ana", sso: "x" }), 400, "validation_failed");
    expectError(await c.post(SESSIONS, { name: "Ana", admin: true }), 400, "validation_failed");
    expectError(await c.post(SESSIONS, ["Ana"]), 400, "validation_failed");
  });

  it("limits new sessions from one address", async () => {
    const local = await stubApp();
    local.setAddress("192.0.2.77");
    const c = Client.over(local.app);
    for (let i = 0; i < 30; i++) expect((await c.post(SESSIONS, { name: `G${i}` })).status).toBe(201);
    const refused = await c.post(SESSIONS, { name: "one more" });
    expectError(refused, 429, "rate_limited");
    expect(refused.headers.get("retry-after")).toBeTruthy();
    local.setAddress("192.0.2.78");
    expect((await c.post(SESSIONS, { name: "elsewhere" })).status).toBe(201);
  });

  it("ends a session with DELETE /sessions/current", async () => {
    const c = await guest(t, "Leaving");
    const res = await c.delete(`${SESSIONS}/current`);
    expect(res.status).toBe(204);
    expectError(await c.get(ME), 401, "unauthorized");
    expectError(await Client.over(t.app).delete(`${SESSIONS}/current`), 401, "unauthorized");
  });
});

describe("sessions and site settings", () => {
  let t: TestApp;
  let owner: Client;
  beforeAll(async () => {
    t = await stubApp();
    owner = await ownerOf(t);
  });

  it("refuses guests where the site does not allow them", async () => {
    await patchSite(owner, { allowGuests: false });
    expectError(await Client.over(t.app).post(SESSIONS, { name: "Ana" }), 403, "forbidden");
    await patchSite(owner, { allowGuests: true });
    expect((await Client.over(t.app).post(SESSIONS, { name: "Ana" })).status).toBe(201);
  });

  it("refuses single sign-on on a site with no SSO secret", async () => {
    const token = await new SignJWT({ name: "Ana" })
      .setProtectedHeader({ alg: "HS256" })
      .setSubject("u1")
      .setExpirationTime(4_102_444_800)
      .sign(encoder.encode(SECRET));
    expectError(await Client.over(t.app).post(SESSIONS, { sso: token }), 403, "forbidden");
  });

  it("refuses a new guest on a suspended guest's device (without their reason), and lets one in from their address", async () => {
    t.setAddress("192.0.2.1");
    const c = Client.over(t.app);
    const sue = await c.joinAsGuest("Sue", "demo", "device-of-sue-123");
    const s = await owner.post(`/api/v1/admin/sites/demo/users/${sue.id}/sanctions`, { type: "suspend", hours: 24, reason: "rude" });
    expect(s.status).toBe(201);
    t.setAddress("192.0.2.2");
    const byDevice = await Client.over(t.app).post(SESSIONS, { name: "Not Sue", device: "device-of-sue-123" });
    expect(expectError(byDevice, 403, "suspended")).toMatchObject({ until: "2026-11-26T12:00:00.000Z", reason: null });
    expect(JSON.stringify(byDevice.body)).not.toContain("rude");
    t.setAddress("192.0.2.1");
    expect((await Client.over(t.app).post(SESSIONS, { name: "Also not Sue", device: "a-fresh-device-1" })).status).toBe(201);
    t.setAddress("192.0.2.3");
    expect((await Client.over(t.app).post(SESSIONS, { name: "Someone else", device: "another-device-1" })).status).toBe(201);
  });
});

describe("single sign-on", () => {
  let t: TestApp;
  let nowSeconds: number;
  const key = encoder.encode(SECRET);

  const sign = (claims: Record<string, unknown>, options: { alg?: string; secret?: Uint8Array; exp?: number | null } = {}) => {
    const jwt = new SignJWT(claims).setProtectedHeader({ alg: options.alg ?? "HS256", typ: "JWT" }).setIssuedAt(nowSeconds);
    if (options.exp !== null) jwt.setExpirationTime(options.exp ?? nowSeconds + 3600);
    return jwt.sign(options.secret ?? key);
  };
  const join = (sso: string) => Client.over(t.app).post(SESSIONS, { sso });

  beforeAll(async () => {
    t = await stubApp();
    nowSeconds = Math.floor(t.clock.current.getTime() / 1000);
    await patchSite(await ownerOf(t), { ssoSecret: SECRET });
  });

  it("creates a session for a valid HS256 token, the same user for the same sub", async () => {
    const first = await join(await sign({ sub: "publisher-user-1", name: "Ana", email: "ana@example.com" }));
    expect(first.status).toBe(201);
    expect(first.body).toEqual({ token: expect.any(String), user: expect.objectContaining({ id: expect.any(String), name: "Ana" }) });
    const second = await join(await sign({ sub: "publisher-user-1", name: "Ana Maria" }));
    expect(second.status).toBe(201);
    expect(second.body.user.id).toBe(first.body.user.id);
    expect(second.body.user.name).toBe("Ana Maria");
    expect(second.body.token).not.toBe(first.body.token);
    const other = await join(await sign({ sub: "publisher-user-2", name: "Bob" }));
    expect(other.body.user.id).not.toBe(first.body.user.id);
    // Both tokens work and name the same user.
    for (const token of [first.body.token, second.body.token]) {
      const c = Client.over(t.app);
      c.token = token;
      const me = await c.get(ME);
      expect(me.status).toBe(200);
      expect(me.body.user).toMatchObject({ id: first.body.user.id, name: "Ana Maria" });
    }
  });

  it("keeps a sanction on the user across new SSO sessions", async () => {
    const owner = await ownerOf(t);
    const res = await join(await sign({ sub: "publisher-user-9", name: "Zed" }));
    const s = await owner.post(`/api/v1/admin/sites/demo/users/${res.body.user.id}/sanctions`, { type: "revoke", reason: "spam" });
    expect(s.status).toBe(201);
    const again = await join(await sign({ sub: "publisher-user-9", name: "Zed Again" }));
    expect(again.status).toBe(201);
    const c = Client.over(t.app);
    c.token = again.body.token;
    expectError(await c.postComment("hello"), 403, "revoked");
    expect((await c.get(ME)).body.standing).toMatchObject({ status: "revoked", reason: "spam" });
  });

  it("refuses forged, foreign, expired and incomplete tokens with unauthorized", async () => {
    const valid = await sign({ sub: "victim", name: "Victim" });
    const [header, payload] = valid.split(".");
    const rsa = await generateKeyPair("RS256");
    const claims = { sub: "attacker", name: "Mallory", exp: nowSeconds + 3600 };
    const attacks: Record<string, string> = {
      "alg none": `${b64url({ alg: "none", typ: "JWT" })}.${b64url(claims)}.`,
      "alg None": `${b64url({ alg: "None" })}.${b64url(claims)}.`,
      "alg none with a signature": `${b64url({ alg: "none" })}.${b64url(claims)}.${valid.split(".")[2]}`,
      "HS512 with the right secret": await sign({ sub: "attacker", name: "Mallory" }, { alg: "HS512" }),
      "HS384 with the right secret": await sign({ sub: "attacker", name: "Mallory" }, { alg: "HS384" }),
      RS256: await new SignJWT(claims).setProtectedHeader({ alg: "RS256" }).sign(rsa.privateKey),
      "bad signature": `${header}.${payload}.${b64url("not the signature at all, really")}`,
      "empty signature": `${header}.${payload}.`,
      "payload swapped under a valid signature": `${header}.${b64url(claims)}.${valid.split(".")[2]}`,
      "wrong secret": await sign({ sub: "attacker", name: "Mallory" }, { secret: encoder.encode("another-secret-another-secret-xx") }),
      "secret prefix": await sign({ sub: "attacker", name: "Mallory" }, { secret: encoder.encode(SECRET.slice(0, 32)) }),
      expired: await sign({ sub: "victim", name: "Victim" }, { exp: nowSeconds - 1 }),
      "expired long ago": await sign({ sub: "victim", name: "Victim" }, { exp: 1_000_000_000 }),
      "expiring more than 24 hours ahead": await sign({ sub: "victim", name: "Victim" }, { exp: nowSeconds + 25 * 3600 }),
      "missing exp": await sign({ sub: "victim", name: "Victim" }, { exp: null }),
      "missing sub": await sign({ name: "Victim" }),
      "missing name": await sign({ sub: "victim" }),
      "blank name": await sign({ sub: "victim", name: "   " }),
      "name not a string": await sign({ sub: "victim", name: 42 }),
      garbage: "this is not a jwt",
      "two parts": `${header}.${payload}`,
      "four parts": `${valid}.extra`,
      "bad base64": "@@@.###.$$$",
    };
    for (const [name, token] of Object.entries(attacks)) {
      const res = await join(token);
      expect(res.status, name).toBe(401);
      expectError(res, 401, "unauthorized");
    }
    const users = await t.db.query.users.findMany({ where: (u, { inArray }) => inArray(u.externalId, ["attacker", "victim"]) });
    expect(users).toEqual([]);
  });
});

describe("GET /me", () => {
  it("needs a valid, unexpired token for this site", async () => {
    const t = await stubApp();
    const anon = Client.over(t.app);
    expect(expectError(await anon.get(ME), 401, "unauthorized").message).toMatch(/join/i);
    const unknown = Client.over(t.app);
    unknown.token = "no-such-token";
    expectError(await unknown.get(ME), 401, "unauthorized");
    const malformed = await t.app.request(ME, { headers: { Authorization: "Basic abc" } });
    expect(malformed.status).toBe(401);

    const c = await guest(t, "Ana");
    expect((await c.get(ME)).status).toBe(200);
    // A session is for the site that issued it.
    const owner = await ownerOf(t);
    expect((await owner.post("/api/v1/admin/sites", { id: "other", name: "Other" })).status).toBe(201);
    expectError(await c.get("/api/v1/sites/other/me"), 401, "unauthorized");
    // Sessions last 180 days.
    t.clock.advance(179 * 86_400_000);
    expect((await c.get(ME)).status).toBe(200);
    t.clock.advance(2 * 86_400_000);
    expect(expectError(await c.get(ME), 401, "unauthorized").message).toMatch(/expired/i);
  });

  it("reports the standing: warned, then suspended with until and reason, then warned again", async () => {
    const t = await stubApp();
    const owner = await ownerOf(t);
    const c = await guest(t, "Ana");
    const base = `/api/v1/admin/sites/demo/users/${c.userId}/sanctions`;
    expect((await owner.post(base, { type: "warn", reason: "mind your tone" })).status).toBe(201);
    expect((await c.get(ME)).body.standing).toMatchObject({ status: "warned", reason: "mind your tone", strikes: 0 });
    expect((await owner.post(base, { type: "suspend", hours: 1, reason: "timeout" })).status).toBe(201);
    expect((await c.get(ME)).body.standing).toEqual({
      status: "suspended",
      until: "2026-11-25T13:00:00.000Z",
      reason: "timeout",
      strikes: 0,
    });
    t.clock.advance(61 * 60_000);
    expect((await c.get(ME)).body.standing.status).toBe("warned");
  });
});
