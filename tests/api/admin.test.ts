// Moderators' accounts and sessions (login, logout, CSRF, failed-login limits), sites and their
// settings, and moderator management by owners.
import { beforeAll, describe, expect, it } from "vitest";
import { Api, contract, expectError, startOfWindow, type Contract } from "./support/contract.ts";
import { CLEAN } from "./support/phrases.ts";

let t: Contract;
beforeAll(async () => {
  t = await contract("admin");
});

const LOGIN = "/api/v1/admin/login";

function cookieOf(res: { headers: Headers }) {
  const header = res.headers.get("set-cookie");
  expect(header).toBeTruthy();
  const [pair, ...attrs] = header!.split(";").map((s) => s.trim());
  return { pair: pair!, attrs: attrs.map((a) => a.toLowerCase()) };
}

describe("admin sessions", () => {
  it("signs in with an HttpOnly, SameSite=Strict cookie and a CSRF token", async () => {
    const who = t.caller();
    const res = await who.post(LOGIN, { email: t.target.owner.email.toUpperCase(), password: t.target.owner.password });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      admin: expect.objectContaining({ id: t.ownerId, email: t.target.owner.email }),
      csrfToken: expect.any(String),
    });
    expect(JSON.stringify(res.body)).not.toMatch(/password|pbkdf2/i);
    const { pair, attrs } = cookieOf(res);
    expect(attrs).toEqual(expect.arrayContaining(["httponly", "samesite=strict", "path=/"]));
    expect(pair.split("=")[1]).not.toBe(res.body.csrfToken);
    who.cookie = pair;
    const me = await who.get("/api/v1/admin/me");
    expect(me.status).toBe(200);
    expect(me.body).toMatchObject({ admin: { id: t.ownerId, role: "owner" }, csrfToken: res.body.csrfToken });
  });

  it("answers a wrong password and an unknown email alike: 401, no cookie", async () => {
    const who = t.caller();
    const wrong = await who.post(LOGIN, { email: t.target.owner.email, password: "not the password" });
    const unknown = await who.post(LOGIN, { email: "nobody@contract.test", password: t.target.owner.password });
    expect(expectError(wrong, 401, "unauthorized")).toEqual(expectError(unknown, 401, "unauthorized"));
    expect(wrong.headers.get("set-cookie")).toBeNull();
    expect(unknown.headers.get("set-cookie")).toBeNull();
    expect(expectError(await who.post(LOGIN, { password: "x" }), 400, "validation_failed").field).toBe("email");
  });

  it("refuses a sixth attempt at one email from one address with 429 and Retry-After; the owner elsewhere still signs in", async () => {
    const address = t.nextAddress();
    const who = t.caller(address);
    const email = "guessed@contract.test";
    await startOfWindow(15 * 60, 30);
    for (let i = 0; i < 5; i++) expectError(await who.post(LOGIN, { email, password: `guess ${i}` }), 401, "unauthorized");
    const blocked = await who.post(LOGIN, { email, password: "guess 6" });
    expectError(blocked, 429, "rate_limited");
    expect(Number(blocked.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(blocked.headers.get("set-cookie")).toBeNull();
    // Guessing one account's password from somewhere locks neither the owner out nor that account elsewhere.
    await t.caller().signIn(t.target.owner.email, t.target.owner.password);
    const guessed = await t.caller().post(LOGIN, { email, password: "guess 7" });
    expectError(guessed, 401, "unauthorized");
  });

  it("needs the cookie on every admin endpoint, and X-CSRF-Token on every write", async () => {
    const reads = [
      "/api/v1/admin/me",
      "/api/v1/admin/sites",
      `/api/v1/admin/sites/${t.site}`,
      "/api/v1/admin/moderators",
      `${t.admin}/queue`,
      `${t.admin}/audit`,
      `${t.admin}/policy`,
    ];
    const anon = t.caller();
    for (const path of reads) expectError(await anon.get(path), 401, "unauthorized");
    const forged = t.caller();
    forged.cookie = "parley_admin=forged-session-token";
    for (const path of reads) expectError(await forged.get(path), 401, "unauthorized");
    const guest = await t.guest("Ana");
    expectError(await guest.get("/api/v1/admin/sites"), 401, "unauthorized");
    for (const path of reads) expect((await t.owner.get(path)).status, path).toBe(200);

    const noToken = t.caller();
    noToken.cookie = t.owner.cookie;
    expect((await noToken.get("/api/v1/admin/sites")).status).toBe(200);
    expectError(await noToken.patch(`/api/v1/admin/sites/${t.site}`, { name: "Renamed" }), 403, "forbidden");
    noToken.csrf = `${t.owner.csrf}x`;
    expectError(await noToken.patch(`/api/v1/admin/sites/${t.site}`, { name: "Renamed" }), 403, "forbidden");
    expect((await t.owner.get(`/api/v1/admin/sites/${t.site}`)).body.site.name).toBe("Contract: admin");
  });

  it("logs out: the cookie is cleared and stops working; other sessions go on", async () => {
    const who = t.caller();
    await who.signIn(t.target.owner.email, t.target.owner.password);
    const res = await who.post("/api/v1/admin/logout");
    expect(res.status).toBe(200);
    const cleared = cookieOf(res);
    expect(cleared.pair).toMatch(/^parley_admin=;?$/);
    expect(cleared.attrs.some((a) => a === "max-age=0" || a.startsWith("expires="))).toBe(true);
    expectError(await who.get("/api/v1/admin/me"), 401, "unauthorized");
    expect((await t.owner.get("/api/v1/admin/me")).status).toBe(200);
  });
});

describe("sites", () => {
  const SITES = "/api/v1/admin/sites";

  it("creates a site with the defaults and the default policy, ready for commenters at once", async () => {
    const res = await t.owner.post(SITES, { id: "c-admin-defaults", name: "Defaults", origins: ["https://news.example.com"] });
    expect(res.status).toBe(201);
    expect(res.body.site).toMatchObject({
      id: "c-admin-defaults",
      name: "Defaults",
      origins: ["https://news.example.com"],
      allowGuests: true,
      editWindowMinutes: 15,
      maxCommentLength: 10_000,
      rateLimitPerMinute: 6,
      reportThreshold: 3,
    });
    expect(res.body.site).not.toHaveProperty("ssoSecret");
    expect((await t.owner.get(SITES)).body.sites.map((s: any) => s.id)).toEqual(
      expect.arrayContaining(["demo", t.site, "c-admin-defaults"]),
    );
    expect((await t.owner.get(`${SITES}/c-admin-defaults`)).body.site).toEqual(res.body.site);
    // The public settings the widget reads.
    const pub = await t.caller().get("/api/v1/sites/c-admin-defaults");
    expect(pub.body.site).toMatchObject({
      id: "c-admin-defaults",
      name: "Defaults",
      allowGuests: true,
      editWindowMinutes: 15,
      maxCommentLength: 10_000,
    });
    expect((await t.caller().get("/api/v1/sites/c-admin-defaults/policy")).body.version).toBe(1);
    const ana = await t.guest("Ana", { site: "c-admin-defaults" });
    expect((await ana.post("/api/v1/sites/c-admin-defaults/comments", { page: "p", body: CLEAN })).status).toBe(201);
  });

  it("changes settings with PATCH and never shows the SSO secret", async () => {
    const secret = "a-brand-new-sso-secret-0123456789abcdef";
    const res = await t.owner.patch(`${SITES}/${t.site}`, { name: "Contract: admin", reportThreshold: 5, ssoSecret: secret });
    expect(res.status).toBe(200);
    expect(res.body.site).toMatchObject({ id: t.site, reportThreshold: 5 });
    expect(JSON.stringify(res.body)).not.toContain(secret);
    expect(JSON.stringify((await t.owner.get(SITES)).body)).not.toContain(secret);
    // The new secret signs sessions; the old one no longer does.
    const join = async (key: string) => t.caller().post(`${t.api}/sessions`, { sso: await t.ssoToken({ sub: "pub-1", name: "Ana" }, key) });
    expect((await join(secret)).status).toBe(201);
    expectError(await join("contract-suite-sso-secret-0123456789"), 401, "unauthorized");
  });

  it("refuses a duplicate id (409), invalid settings (400 naming the field) and unknown sites (404)", async () => {
    expect(expectError(await t.owner.post(SITES, { id: t.site, name: "Again" }), 409, "conflict").field).toBe("id");
    const cases: [unknown, string][] = [
      [{ name: "No id" }, "id"],
      [{ id: "Upper", name: "X" }, "id"],
      [{ id: "c-admin-x" }, "name"],
      [{ id: "c-admin-x", name: "X", origins: ["https://a.example.com/path"] }, "origins[0]"],
      [{ id: "c-admin-x", name: "X", ssoSecret: "too short" }, "ssoSecret"],
      [{ id: "c-admin-x", name: "X", rateLimitPerMinute: 1.5 }, "rateLimitPerMinute"],
    ];
    for (const [input, field] of cases) {
      expect(expectError(await t.owner.post(SITES, input), 400, "validation_failed").field, JSON.stringify(input)).toBe(field);
    }
    expect(expectError(await t.owner.patch(`${SITES}/${t.site}`, { editWindowMinutes: -1 }), 400, "validation_failed").field).toBe(
      "editWindowMinutes",
    );
    expectError(await t.owner.get(`${SITES}/c-admin-x`), 404, "not_found");
    expectError(await t.owner.patch(`${SITES}/c-admin-x`, { name: "X" }), 404, "not_found");
    expectError(await t.caller().get("/api/v1/sites/c-admin-x"), 404, "not_found");
  });
});

describe("moderators", () => {
  it("lets an owner add a moderator who can moderate but not manage sites or accounts, then remove them", async () => {
    const email = "mod@contract.test";
    const password = "a moderator's password";
    const created = await t.owner.post("/api/v1/admin/moderators", { email, password, role: "moderator" });
    expect(created.status).toBe(201);
    expect(created.body.moderator).toMatchObject({ id: expect.any(String), email, role: "moderator" });
    expect(JSON.stringify(created.body)).not.toContain(password);
    const list = (await t.owner.get("/api/v1/admin/moderators")).body.moderators;
    expect(list.map((m: any) => m.email)).toEqual(expect.arrayContaining([t.target.owner.email, email]));
    expect(expectError(await t.owner.post("/api/v1/admin/moderators", { email, password, role: "moderator" }), 409, "conflict").field).toBe(
      "email",
    );
    expect(
      expectError(await t.owner.post("/api/v1/admin/moderators", { email: "x@contract.test", password: "short" }), 400, "validation_failed")
        .field,
    ).toBe("password");

    const mod = t.caller();
    await mod.signIn(email, password);
    expect((await mod.get(`${t.admin}/queue`)).status).toBe(200);
    expectError(await mod.post("/api/v1/admin/sites", { id: "c-admin-by-mod", name: "Nope" }), 403, "forbidden");
    expectError(await mod.patch(`/api/v1/admin/sites/${t.site}`, { name: "Nope" }), 403, "forbidden");
    expectError(await mod.post("/api/v1/admin/moderators", { email: "y@contract.test", password: "another password" }), 403, "forbidden");
    expectError(await mod.delete(`/api/v1/admin/moderators/${t.ownerId}`), 403, "forbidden");

    expect((await t.owner.delete(`/api/v1/admin/moderators/${created.body.moderator.id}`)).status).toBe(200);
    expectError(await mod.get(`${t.admin}/queue`), 401, "unauthorized");
    expectError(await new Api(t.target, t.nextAddress()).post(LOGIN, { email, password }), 401, "unauthorized");
    expectError(await t.owner.delete(`/api/v1/admin/moderators/${created.body.moderator.id}`), 404, "not_found");
    expectError(await t.owner.delete(`/api/v1/admin/moderators/${t.ownerId}`), 409, "conflict");

    const audit = (await t.owner.get(`${t.admin}/audit?actor=${t.ownerId}`)).body.entries;
    const about = audit.filter((e: any) => e.targetId === created.body.moderator.id).map((e: any) => e.action);
    expect(about).toEqual(["moderator.remove", "moderator.create"]);
  });
});
