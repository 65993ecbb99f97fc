import { beforeAll, describe, expect, it } from "vitest";
import { Client } from "../../helpers/client.ts";
import { expectError, ownerOf, stubApp, type TestApp } from "../support/setup.ts";

const SITES = "/api/v1/admin/sites";
const SECRET = "publisher-shared-secret-0123456789abcdef";

const DEFAULTS = {
  origins: [],
  allowGuests: true,
  downvotes: false,
  ssoConfigured: false,
  editWindowMinutes: 15,
  maxCommentLength: 10_000,
  rateLimitPerMinute: 6,
  reportThreshold: 3,
  reportAction: "hide",
  moderationMode: "post",
  firstComments: 1,
  guestChallenge: "auto",
  linkAllowlist: [],
  retentionDays: 90,
  erasure: "placeholder",
};

describe("admin sites", () => {
  let t: TestApp;
  let owner: Client;
  beforeAll(async () => {
    t = await stubApp();
    owner = await ownerOf(t);
  });

  it("lists sites with their settings", async () => {
    const res = await owner.get(SITES);
    expect(res.status).toBe(200);
    // (The test app turns the demo site's guest challenge off: tests/helpers/app.ts.)
    const demo = { id: "demo", name: "Parley demo", ...DEFAULTS, guestChallenge: "off", createdAt: expect.any(String) };
    expect(res.body.sites).toEqual([demo]);
    const one = await owner.get(`${SITES}/demo`);
    expect(one.body.site).toEqual(res.body.sites[0]);
    expectError(await owner.get(`${SITES}/nope`), 404, "not_found");
  });

  it("creates a site with the defaults and the default policy as version 1", async () => {
    const res = await owner.post(SITES, { id: "news", name: "The News", origins: ["https://news.example.com"] });
    expect(res.status).toBe(201);
    expect(res.body.site).toEqual({
      id: "news",
      name: "The News",
      ...DEFAULTS,
      origins: ["https://news.example.com"],
      createdAt: "2026-11-25T12:00:00.000Z",
    });
    expect((await owner.get(SITES)).body.sites.map((s: any) => s.id)).toEqual(["demo", "news"]);
    const policy = await owner.get(`${SITES}/news/policy`);
    expect(policy.status).toBe(200);
    const versions = await owner.get(`${SITES}/news/policy/versions`);
    expect(versions.status).toBe(200);
    const publicPolicy = await Client.over(t.app).get("/api/v1/sites/news/policy");
    expect(publicPolicy.body).toMatchObject({
      version: 1,
      rules: [{ id: "personal-attacks" }, { id: "threats" }, { id: "spam" }],
      strikeDays: 90,
    });
    expect(publicPolicy.body.ladder.map((l: any) => l.sanction)).toEqual(["warn", "suspend", "suspend", "revoke"]);
    // The new site works for commenters at once.
    const ana = Client.over(t.app);
    await ana.joinAsGuest("Ana", "news");
    expect((await ana.postComment("first on news", {}, "news")).status).toBe(201);
  });

  it("creates a site with settings of its own", async () => {
    const res = await owner.post(SITES, {
      id: "closed",
      name: "Closed",
      allowGuests: false,
      ssoSecret: SECRET,
      editWindowMinutes: 5,
      maxCommentLength: 500,
      rateLimitPerMinute: 2,
      reportThreshold: 10,
    });
    expect(res.status).toBe(201);
    expect(res.body.site).toMatchObject({
      allowGuests: false,
      ssoConfigured: true,
      editWindowMinutes: 5,
      maxCommentLength: 500,
      rateLimitPerMinute: 2,
      reportThreshold: 10,
    });
    expect(JSON.stringify(res.body)).not.toContain(SECRET);
    expect(res.body.site).not.toHaveProperty("ssoSecret");
  });

  it("refuses a duplicate id with 409 conflict", async () => {
    await owner.post(SITES, { id: "dup", name: "First" });
    const res = await owner.post(SITES, { id: "dup", name: "Second" });
    expect(expectError(res, 409, "conflict").field).toBe("id");
    expectError(await owner.post(SITES, { id: "demo", name: "Again" }), 409, "conflict");
    expect((await owner.get(`${SITES}/dup`)).body.site.name).toBe("First");
  });

  it("validates a new site and names the field", async () => {
    const cases: [unknown, string][] = [
      [{ name: "No id" }, "id"],
      [{ id: "Upper", name: "X" }, "id"],
      [{ id: "-dash", name: "X" }, "id"],
      [{ id: "has space", name: "X" }, "id"],
      [{ id: "x".repeat(64), name: "X" }, "id"],
      [{ id: "ok" }, "name"],
      [{ id: "ok", name: "   " }, "name"],
      [{ id: "ok", name: "X", origins: ["https://a.example.com/path"] }, "origins[0]"],
      [{ id: "ok", name: "X", origins: ["https://a.example.com", "not a url"] }, "origins[1]"],
      [{ id: "ok", name: "X", ssoSecret: "too short" }, "ssoSecret"],
      [{ id: "ok", name: "X", maxCommentLength: 0 }, "maxCommentLength"],
      [{ id: "ok", name: "X", rateLimitPerMinute: 1.5 }, "rateLimitPerMinute"],
      [{ id: "ok", name: "X", reportThreshold: -1 }, "reportThreshold"],
      [{ id: "ok", name: "X", reportAction: "delete" }, "reportAction"],
      [{ id: "ok", name: "X", moderationMode: "pre" }, "moderationMode"],
      [{ id: "ok", name: "X", firstComments: 0 }, "firstComments"],
      [{ id: "ok", name: "X", guestChallenge: "sometimes" }, "guestChallenge"],
      [{ id: "ok", name: "X", linkAllowlist: ["https://example.com/"] }, "linkAllowlist[0]"],
      [{ id: "ok", name: "X", editWindowMinutes: "15" }, "editWindowMinutes"],
      [{ id: "ok", name: "X", allowGuests: "yes" }, "allowGuests"],
    ];
    for (const [input, field] of cases) {
      const error = expectError(await owner.post(SITES, input), 400, "validation_failed");
      expect(error.field, JSON.stringify(input)).toBe(field);
    }
    expectError(await owner.get(`${SITES}/ok`), 404, "not_found");
  });

  it("changes settings with PATCH, never returning the SSO secret", async () => {
    await owner.post(SITES, { id: "patchme", name: "Patch me" });
    const res = await owner.patch(`${SITES}/patchme`, {
      name: "Patched",
      origins: ["https://a.example.com", "http://localhost:3000"],
      allowGuests: false,
      ssoSecret: SECRET,
      editWindowMinutes: 30,
      maxCommentLength: 2000,
      rateLimitPerMinute: 20,
      reportThreshold: 5,
      reportAction: "queue",
      moderationMode: "first",
      firstComments: 3,
      guestChallenge: "always",
      linkAllowlist: ["Example.org", "wikipedia.org"],
      downvotes: true,
    });
    expect(res.status).toBe(200);
    expect(res.body.site).toEqual({
      id: "patchme",
      name: "Patched",
      origins: ["https://a.example.com", "http://localhost:3000"],
      allowGuests: false,
      ssoConfigured: true,
      editWindowMinutes: 30,
      maxCommentLength: 2000,
      rateLimitPerMinute: 20,
      reportThreshold: 5,
      reportAction: "queue",
      moderationMode: "first",
      firstComments: 3,
      guestChallenge: "always",
      linkAllowlist: ["example.org", "wikipedia.org"],
      retentionDays: 90,
      erasure: "placeholder",
      downvotes: true,
      createdAt: expect.any(String),
    });
    const fetched = await owner.get(`${SITES}/patchme`);
    expect(fetched.body.site).toEqual(res.body.site);
    for (const r of [res, fetched, await owner.get(SITES), await owner.get(`${SITES}/patchme/audit`)]) {
      expect(JSON.stringify(r.body)).not.toContain(SECRET);
    }
    // Widgets see the change at once.
    const pub = await Client.over(t.app).get("/api/v1/sites/patchme");
    expect(pub.body.site).toMatchObject({ allowGuests: false, sso: true, maxCommentLength: 2000, editWindowMinutes: 30, downvotes: true });
    expect(JSON.stringify(pub.body)).not.toContain(SECRET);
    expectError(await Client.over(t.app).post("/api/v1/sites/patchme/sessions", { name: "Guest" }), 403, "forbidden");

    // A partial PATCH leaves the rest alone; null clears the secret.
    const cleared = await owner.patch(`${SITES}/patchme`, { ssoSecret: null });
    expect(cleared.body.site).toMatchObject({ name: "Patched", ssoConfigured: false, reportThreshold: 5 });
  });

  it("validates a PATCH and leaves the site unchanged", async () => {
    await owner.post(SITES, { id: "strict", name: "Strict" });
    const cases: [unknown, string][] = [
      [{ ssoSecret: "x".repeat(31) }, "ssoSecret"],
      [{ origins: "https://a.example.com" }, "origins"],
      [{ origins: ["ftp://a.example.com"] }, "origins[0]"],
      [{ maxCommentLength: 50_001 }, "maxCommentLength"],
      [{ editWindowMinutes: -1 }, "editWindowMinutes"],
      [{ rateLimitPerMinute: 0 }, "rateLimitPerMinute"],
      [{ name: "" }, "name"],
    ];
    for (const [input, field] of cases) {
      const error = expectError(await owner.patch(`${SITES}/strict`, input), 400, "validation_failed");
      expect(error.field, JSON.stringify(input)).toBe(field);
    }
    // Unknown settings (and the id) cannot be set.
    expectError(await owner.patch(`${SITES}/strict`, { id: "renamed" }), 400, "validation_failed");
    expectError(await owner.patch(`${SITES}/strict`, { ssoConfigured: true }), 400, "validation_failed");
    expectError(await owner.patch(`${SITES}/no-such-site`, { name: "X" }), 404, "not_found");
    expect((await owner.get(`${SITES}/strict`)).body.site).toMatchObject({ name: "Strict", ...DEFAULTS });
  });

  it("accepts an SSO secret of exactly 32 characters", async () => {
    await owner.post(SITES, { id: "sso32", name: "SSO" });
    const res = await owner.patch(`${SITES}/sso32`, { ssoSecret: "x".repeat(32) });
    expect(res.status).toBe(200);
    expect(res.body.site.ssoConfigured).toBe(true);
  });
});

describe("moderators and sites", () => {
  it("lets a moderator list sites but not create or change them", async () => {
    const t = await stubApp();
    const owner = await ownerOf(t);
    const created = await owner.post("/api/v1/admin/moderators", {
      email: "mod@example.com",
      password: "a long moderator password",
      role: "moderator",
    });
    expect(created.status).toBe(201);
    expect(created.body.moderator).toMatchObject({ email: "mod@example.com", role: "moderator" });
    const mod = Client.over(t.app);
    expect((await mod.loginAdmin("mod@example.com", "a long moderator password")).email).toBe("mod@example.com");

    expect((await mod.get(SITES)).status).toBe(200);
    expect((await mod.get(`${SITES}/demo`)).status).toBe(200);
    expectError(await mod.post(SITES, { id: "mine", name: "Mine" }), 403, "forbidden");
    expectError(await mod.patch(`${SITES}/demo`, { rateLimitPerMinute: 1000 }), 403, "forbidden");
    expectError(await mod.patch(`${SITES}/demo`, { ssoSecret: SECRET }), 403, "forbidden");
    expectError(
      await mod.post("/api/v1/admin/moderators", { email: "x@example.com", password: "another long password" }),
      403,
      "forbidden",
    );
    expect((await owner.get(SITES)).body.sites.map((s: any) => s.id)).toEqual(["demo"]);
    expect((await owner.get(`${SITES}/demo`)).body.site).toMatchObject({ rateLimitPerMinute: 6, ssoConfigured: false });
  });
});
