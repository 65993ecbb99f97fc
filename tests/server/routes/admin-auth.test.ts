import { beforeAll, describe, expect, it } from "vitest";
import { admins } from "../../../db/schema.ts";
import { hashPassword } from "../../../server/identity/passwords.ts";
import { ADMIN, makeTestApp } from "../../helpers/app.ts";
import { Client } from "../../helpers/client.ts";
import { expectError, ownerOf, stubApp, type TestApp } from "../support/setup.ts";

const LOGIN = "/api/v1/admin/login";

function cookieAttributes(setCookie: string | null) {
  expect(setCookie).toBeTruthy();
  const [pair, ...attrs] = setCookie!.split(";").map((s) => s.trim());
  return { pair: pair!, attrs: attrs.map((a) => a.toLowerCase()) };
}

describe("admin login", () => {
  let t: TestApp;
  beforeAll(async () => {
    // The bootstrap owner as npm start makes it, password hashed at the full cost.
    t = await makeTestApp({}, { realPasswordCost: true });
  });

  it("signs in with an HttpOnly, SameSite=Strict cookie and a CSRF token", async () => {
    const c = Client.over(t.app);
    const res = await c.post(LOGIN, { email: ADMIN.email, password: ADMIN.password });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      admin: expect.objectContaining({ id: expect.any(String), email: ADMIN.email }),
      csrfToken: expect.any(String),
    });
    expect(JSON.stringify(res.body)).not.toMatch(/password|pbkdf2/i);
    const { pair, attrs } = cookieAttributes(res.headers.get("set-cookie"));
    expect(pair).toMatch(/^parley_admin=.{20,}$/);
    expect(attrs).toContain("httponly");
    expect(attrs).toContain("samesite=strict");
    expect(attrs).toContain("path=/");
    expect(attrs.some((a) => a.startsWith("max-age="))).toBe(true);
    // The session token is not the CSRF token.
    expect(pair.split("=")[1]).not.toBe(res.body.csrfToken);
    // The cookie works.
    c.cookie = pair;
    const me = await c.get("/api/v1/admin/me");
    expect(me.status).toBe(200);
    expect(me.body.admin).toMatchObject({ email: ADMIN.email, role: "owner" });
    expect(me.body.csrfToken).toBe(res.body.csrfToken);
  });

  it("marks the cookie Secure over https", async () => {
    const res = await t.app.request(`https://comments.example.com${LOGIN}`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ email: ADMIN.email, password: ADMIN.password }),
    });
    expect(res.status).toBe(200);
    expect(cookieAttributes(res.headers.get("set-cookie")).attrs).toContain("secure");
  });

  it("ignores X-Forwarded-Proto unless the runtime trusts a proxy", async () => {
    const res = await Client.over(t.app).post(LOGIN, { email: ADMIN.email, password: ADMIN.password }, { "X-Forwarded-Proto": "https" });
    expect(res.status).toBe(200);
    expect(cookieAttributes(res.headers.get("set-cookie")).attrs).not.toContain("secure");
  });

  it("treats the email case-insensitively", async () => {
    t.setAddress("198.51.100.20");
    const res = await Client.over(t.app).post(LOGIN, { email: ADMIN.email.toUpperCase(), password: ADMIN.password });
    expect(res.status).toBe(200);
  });

  it("answers a wrong password and an unknown email alike: 401 with the same message, no cookie", async () => {
    t.setAddress("198.51.100.21");
    const c = Client.over(t.app);
    const wrong = await c.post(LOGIN, { email: ADMIN.email, password: "not the password" });
    const unknown = await c.post(LOGIN, { email: "nobody@example.com", password: ADMIN.password });
    const a = expectError(wrong, 401, "unauthorized");
    const b = expectError(unknown, 401, "unauthorized");
    expect(a.message).toBe(b.message);
    expect(a).toEqual(b);
    expect(wrong.headers.get("set-cookie")).toBeNull();
    expect(unknown.headers.get("set-cookie")).toBeNull();
  });

  it("validates the login body", async () => {
    const c = Client.over(t.app);
    expect(expectError(await c.post(LOGIN, { password: "x" }), 400, "validation_failed").field).toBe("email");
    expect(expectError(await c.post(LOGIN, { email: ADMIN.email }), 400, "validation_failed").field).toBe("password");
    expectError(await c.post(LOGIN, "{"), 400, "validation_failed");
  });
});

describe("failed-login limits", () => {
  it("refuses a sixth attempt for an email from one address with 429, even with the right password, for 15 minutes", async () => {
    const t = await stubApp();
    // An account whose hash is cheap to check, so five failures do not take seconds.
    const fast = { email: "fast@example.com", password: "a quick password" };
    await t.db.insert(admins).values({
      id: "fast-admin",
      email: fast.email,
      passwordHash: await hashPassword(fast.password, 1000),
      role: "moderator",
      createdAt: t.clock.now().toISOString(),
      createdBy: null,
    });
    t.setAddress("192.0.2.1");
    const c = Client.over(t.app);
    for (let i = 0; i < 5; i++) expectError(await c.post(LOGIN, { email: fast.email, password: `guess ${i}` }), 401, "unauthorized");
    const blocked = await c.post(LOGIN, { email: fast.email, password: fast.password });
    expectError(blocked, 429, "rate_limited");
    expect(Number(blocked.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(blocked.headers.get("set-cookie")).toBeNull();
    // The owner elsewhere is not locked out by someone guessing their password.
    t.setAddress("192.0.2.2");
    expect((await c.post(LOGIN, { email: fast.email, password: fast.password })).status).toBe(200);
    // The guessing address may try other emails, but not without limit: 20 attempts in all
    // (the 6 above included).
    t.setAddress("192.0.2.1");
    const others: number[] = [];
    for (let i = 0; i < 15; i++) others.push((await c.post(LOGIN, { email: `someone${i}@example.com`, password: "whatever" })).status);
    expect(others.slice(0, 14)).toEqual(Array(14).fill(401));
    expect(others[14]).toBe(429);
    t.clock.advance(15 * 60_000);
    expect((await c.post(LOGIN, { email: fast.email, password: fast.password })).status).toBe(200);
  });

  it("counts concurrent wrong passwords before checking them: five are checked, the rest refused, and the owner still gets in", async () => {
    const t = await stubApp();
    const fast = { email: "race@example.com", password: "a quick password" };
    await t.db.insert(admins).values({
      id: "race-admin",
      email: fast.email,
      passwordHash: await hashPassword(fast.password, 1000),
      role: "owner",
      createdAt: t.clock.now().toISOString(),
      createdBy: null,
    });
    t.setAddress("203.0.113.66");
    const c = Client.over(t.app);
    const answers = await Promise.all(Array.from({ length: 25 }, (_, i) => c.post(LOGIN, { email: fast.email, password: `guess ${i}` })));
    const statuses = answers.map((a) => a.status);
    expect(statuses.filter((s) => s === 401)).toHaveLength(5);
    expect(statuses.filter((s) => s === 429)).toHaveLength(20);
    t.setAddress("198.51.100.9");
    expect((await c.post(LOGIN, fast)).status).toBe(200);
    // A success starts the count over for that email and address.
    for (let i = 0; i < 4; i++) expectError(await c.post(LOGIN, { ...fast, password: "wrong" }), 401, "unauthorized");
    expect((await c.post(LOGIN, fast)).status).toBe(200);
    for (let i = 0; i < 4; i++) expectError(await c.post(LOGIN, { ...fast, password: "wrong" }), 401, "unauthorized");
    expect((await c.post(LOGIN, fast)).status).toBe(200);
  });
});

describe("admin sessions", () => {
  let t: TestApp;
  let owner: Client;
  beforeAll(async () => {
    t = await stubApp();
    owner = await ownerOf(t);
  });

  const readPaths = [
    "/api/v1/admin/me",
    "/api/v1/admin/sites",
    "/api/v1/admin/sites/demo",
    "/api/v1/admin/moderators",
    "/api/v1/admin/sites/demo/queue?status=pending",
    "/api/v1/admin/sites/demo/audit",
    "/api/v1/admin/sites/demo/policy",
  ];

  it("needs the cookie for every admin endpoint", async () => {
    const anon = Client.over(t.app);
    for (const path of readPaths) expectError(await anon.get(path), 401, "unauthorized");
    expectError(await anon.post("/api/v1/admin/sites", { id: "x", name: "X" }), 401, "unauthorized");
    expectError(await anon.patch("/api/v1/admin/sites/demo", { name: "X" }), 401, "unauthorized");
    expectError(await anon.post("/api/v1/admin/logout"), 401, "unauthorized");
    const forged = Client.over(t.app);
    forged.cookie = "parley_admin=forged-session-token";
    forged.csrf = "anything";
    for (const path of readPaths) expectError(await forged.get(path), 401, "unauthorized");
    expectError(await forged.patch("/api/v1/admin/sites/demo", { name: "X" }), 401, "unauthorized");
    // A commenter's token is not an admin session.
    const guest = Client.over(t.app);
    await guest.joinAsGuest("Ana");
    expectError(await guest.get("/api/v1/admin/sites"), 401, "unauthorized");
    for (const path of readPaths) expect((await owner.get(path)).status, path).toBe(200);
  });

  it("needs the session's X-CSRF-Token on writes", async () => {
    const noToken = owner.fork();
    noToken.cookie = owner.cookie;
    expectError(await noToken.patch("/api/v1/admin/sites/demo", { name: "Renamed" }), 403, "forbidden");
    expectError(await noToken.post("/api/v1/admin/sites", { id: "x1", name: "X" }), 403, "forbidden");
    expectError(await noToken.post("/api/v1/admin/logout"), 403, "forbidden");
    const wrong = owner.fork();
    wrong.cookie = owner.cookie;
    wrong.csrf = `${owner.csrf}x`;
    expectError(await wrong.patch("/api/v1/admin/sites/demo", { name: "Renamed" }), 403, "forbidden");
    // Another session's token does not do either.
    const other = await ownerOf(t);
    wrong.csrf = other.csrf;
    expectError(await wrong.patch("/api/v1/admin/sites/demo", { name: "Renamed" }), 403, "forbidden");
    expect((await owner.get("/api/v1/admin/sites/demo")).body.site.name).toBe("Parley demo");
    expect((await owner.get("/api/v1/admin/sites")).body.sites.map((s: any) => s.id)).toEqual(["demo"]);
    // Reads do not need it.
    expect((await noToken.get("/api/v1/admin/sites")).status).toBe(200);
    expect((await owner.patch("/api/v1/admin/sites/demo", { name: "Renamed" })).status).toBe(200);
  });

  it("logs out: the cookie stops working and is cleared", async () => {
    const c = await ownerOf(t);
    expect((await c.get("/api/v1/admin/me")).status).toBe(200);
    const res = await c.post("/api/v1/admin/logout");
    expect(res.status).toBe(200);
    const cleared = cookieAttributes(res.headers.get("set-cookie"));
    expect(cleared.pair).toMatch(/^parley_admin=;?$/);
    expect(cleared.attrs.some((a) => a === "max-age=0" || a.startsWith("expires="))).toBe(true);
    expectError(await c.get("/api/v1/admin/me"), 401, "unauthorized");
    expectError(await c.patch("/api/v1/admin/sites/demo", { name: "After logout" }), 401, "unauthorized");
    // Other sessions of the same admin are unaffected.
    expect((await owner.get("/api/v1/admin/me")).status).toBe(200);
  });

  it("expires a session after 12 hours", async () => {
    const c = await ownerOf(t);
    t.clock.advance(11 * 3_600_000);
    expect((await c.get("/api/v1/admin/me")).status).toBe(200);
    t.clock.advance(3_600_000 + 1000);
    expectError(await c.get("/api/v1/admin/me"), 401, "unauthorized");
  });
});

describe("admin login from other sites (login CSRF)", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await makeTestApp();
  });
  const credentials = JSON.stringify({ email: ADMIN.email, password: ADMIN.password });
  const login = async (headers: Record<string, string>) => {
    const res = await t.app.request(`http://comments.example.com${LOGIN}`, { method: "POST", headers, body: credentials });
    return { status: res.status, headers: res.headers, body: await res.json() };
  };

  it("refuses a form-encodable body, which a cross-site form could send without a preflight", async () => {
    const res = await login({ "Content-Type": "text/plain" });
    expectError(res, 400, "validation_failed");
    expect(res.headers.get("set-cookie")).toBeNull();
  });

  it("refuses JSON from a page of another origin", async () => {
    const res = await login({ "Content-Type": "application/json", Origin: "https://evil.example" });
    expectError(res, 403, "forbidden");
    expect(res.headers.get("set-cookie")).toBeNull();
    const fetchMeta = await login({ "Content-Type": "application/json", "Sec-Fetch-Site": "cross-site" });
    expectError(fetchMeta, 403, "forbidden");
  });

  it("signs in from the server's own moderation view, and from clients that send no Origin", async () => {
    expect((await login({ "Content-Type": "application/json", Origin: "http://comments.example.com" })).status).toBe(200);
    expect((await login({ "Content-Type": "application/json; charset=utf-8" })).status).toBe(200);
  });
});
