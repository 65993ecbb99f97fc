// The conventions every endpoint shares: the error format and its statuses, body limits, rate
// limits with Retry-After, ETag/304, CORS per site; and what the server serves besides the API.
import { beforeAll, describe, expect, it } from "vitest";
import { contract, expectError, startOfWindow, type Contract } from "./support/contract.ts";
import { ATTACK, CLEAN, clean } from "./support/phrases.ts";

let t: Contract;
const PUBLISHER = "https://news.example.com";
beforeAll(async () => {
  t = await contract("http", { origins: [PUBLISHER] });
});

describe("errors", () => {
  it("answers every failure in the contract's format with its status", async () => {
    const ana = await t.guest("Ana");
    const bob = await t.guest("Bob");
    const id = (await t.post(ana, "errors", CLEAN)).body.comment.id;
    expectError(await ana.post(t.comments, "{"), 400, "validation_failed");
    expectError(await t.post(t.caller(), "errors", CLEAN), 401, "unauthorized");
    expectError(await bob.patch(`${t.comments}/${id}`, { body: "not mine" }), 403, "forbidden");
    expectError(await ana.get("/api/v1/sites/no-such-site/policy"), 404, "not_found");
    expectError(await t.caller().get("/api/v1/nothing-here"), 404, "not_found");
    expect((await bob.post(`${t.comments}/${id}/reports`, { reason: "spam" })).status).toBe(201);
    expectError(await bob.post(`${t.comments}/${id}/reports`, { reason: "spam" }), 409, "conflict");
    expectError(await t.post(ana, "errors", "y".repeat(70_000)), 413, "too_large");
    expectError(await t.post(ana, "errors", ATTACK.body), 422, "policy_violation");
    // Nothing half-written: the page still holds the one comment.
    expect((await t.list("errors")).body.total).toBe(1);
  });

  it("refuses any request body over 64 KiB with 413 too_large, wherever it is sent", async () => {
    const big = JSON.stringify({ name: "x".repeat(70_000) });
    expectError(await t.caller().post(`${t.api}/sessions`, big), 413, "too_large");
    expectError(await t.owner.post("/api/v1/admin/sites", { id: "big", name: "x".repeat(70_000) }), 413, "too_large");
  });

  it("rate-limits writes per commenter (rateLimitPerMinute): 429 rate_limited with Retry-After, nothing written", async () => {
    const site = await t.otherSite("limited", { rateLimitPerMinute: 2 });
    const ana = await t.guest("Ana", { site });
    const { comments } = t.pathsOf(site);
    await startOfWindow(60);
    for (let i = 0; i < 2; i++) expect((await ana.post(comments, { page: "p", body: clean(i) })).status).toBe(201);
    const refused = await ana.post(comments, { page: "p", body: clean(2) });
    const error = expectError(refused, 429, "rate_limited");
    const retryAfter = Number(refused.headers.get("retry-after"));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(error.retryAfter).toBe(retryAfter);
    expect((await t.caller().get(`${comments}?page=p`)).body.total).toBe(2);
    // Another commenter from another address is not limited by Ana's writes.
    const bob = await t.guest("Bob", { site });
    expect((await bob.post(comments, { page: "p", body: clean(3) })).status).toBe(201);
  });

  it("counts concurrent writes exactly: of 8 sent at once under a limit of 3, 3 are published", async () => {
    const site = await t.otherSite("burst", { rateLimitPerMinute: 3 });
    const ana = await t.guest("Ana", { site });
    const { comments } = t.pathsOf(site);
    await startOfWindow(60);
    const answers = await Promise.all(Array.from({ length: 8 }, (_, i) => ana.post(comments, { page: "p", body: clean(i) })));
    expect(answers.map((a) => a.status).sort()).toEqual([201, 201, 201, 429, 429, 429, 429, 429]);
    expect((await t.caller().get(`${comments}?page=p`)).body.total).toBe(3);
  });
});

describe("ETag and 304", () => {
  it("answers If-None-Match with 304 while a listing is unchanged, and a new ETag after a write", async () => {
    const ana = await t.guest("Ana");
    await t.post(ana, "etag", clean(1));
    const reader = t.caller();
    const first = await t.list("etag", "", reader);
    const etag = first.headers.get("etag");
    expect(etag).toMatch(/^(W\/)?"[^"]+"$/);
    const again = await reader.get(`${t.comments}?page=etag`, { "If-None-Match": etag! });
    expect(again.status).toBe(304);
    expect(again.body).toBeNull();
    await t.post(ana, "etag", clean(2));
    const changed = await reader.get(`${t.comments}?page=etag`, { "If-None-Match": etag! });
    expect(changed.status).toBe(200);
    expect(changed.body.total).toBe(2);
    expect(changed.headers.get("etag")).not.toBe(etag);
  });

  it("gives the policy, the site and /me an ETag too", async () => {
    const ana = await t.guest("Ana");
    for (const [who, path] of [
      [t.caller(), `${t.api}/policy`],
      [t.caller(), t.api],
      [ana, `${t.api}/me`],
    ] as const) {
      const res = await who.get(path);
      expect(res.status, path).toBe(200);
      const etag = res.headers.get("etag");
      expect(etag, path).toBeTruthy();
      expect((await who.get(path, { "If-None-Match": etag! })).status, path).toBe(304);
    }
  });
});

describe("CORS", () => {
  const preflight = (origin: string, method = "POST") =>
    fetch(`${t.target.url}${t.comments}`, {
      method: "OPTIONS",
      headers: { Origin: origin, "Access-Control-Request-Method": method, "Access-Control-Request-Headers": "content-type,authorization" },
    });

  it("allows the site's origins and the server's own, and no other", async () => {
    for (const origin of [PUBLISHER, t.target.url]) {
      const res = await preflight(origin);
      expect(res.status, origin).toBeLessThan(300);
      expect(res.headers.get("access-control-allow-origin"), origin).toBe(origin);
      expect(res.headers.get("access-control-allow-methods")).toMatch(/POST/);
      expect(res.headers.get("access-control-allow-headers")?.toLowerCase()).toMatch(/authorization/);
    }
    const foreign = await preflight("https://evil.example.net");
    expect(foreign.headers.get("access-control-allow-origin")).toBeNull();
  });

  it("marks actual answers for allowed origins only, and exposes ETag and Retry-After", async () => {
    const allowed = await t.caller().get(`${t.comments}?page=cors`, { Origin: PUBLISHER });
    expect(allowed.status).toBe(200);
    expect(allowed.headers.get("access-control-allow-origin")).toBe(PUBLISHER);
    expect(allowed.headers.get("access-control-expose-headers")?.toLowerCase()).toMatch(/etag/);
    expect(allowed.headers.get("access-control-expose-headers")?.toLowerCase()).toMatch(/retry-after/);
    expect(allowed.headers.get("vary")?.toLowerCase()).toMatch(/origin/);
    const foreign = await t.caller().get(`${t.comments}?page=cors`, { Origin: "https://evil.example.net" });
    expect(foreign.status).toBe(200);
    expect(foreign.headers.get("access-control-allow-origin")).toBeNull();
  });

  it("refuses a write from an origin the site does not list, and follows a change of origins", async () => {
    const ana = await t.guest("Ana");
    const evil = "https://evil.example.net";
    expectError(await ana.post(t.comments, { page: "cors", body: CLEAN }, { Origin: evil }), 403, "forbidden");
    expect((await t.list("cors")).body.total).toBe(0);
    expect((await ana.post(t.comments, { page: "cors", body: CLEAN }, { Origin: PUBLISHER })).status).toBe(201);
    await t.patchSite({ origins: [PUBLISHER, evil] });
    expect((await ana.post(t.comments, { page: "cors", body: clean(2) }, { Origin: evil })).status).toBe(201);
    await t.patchSite({ origins: [PUBLISHER] });
    expectError(await ana.post(t.comments, { page: "cors", body: clean(3) }, { Origin: evil }), 403, "forbidden");
  });
});

describe("what the server serves besides the API", () => {
  it("answers /healthz", async () => {
    const res = await fetch(`${t.target.url}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ ok: true });
  });

  it("serves the embed script as JavaScript, with an ETag and a day's cache, gzipped or not", async () => {
    for (const encoding of ["gzip, deflate", "identity"]) {
      // fetch undoes one Content-Encoding, as a browser does: what comes out must be the script.
      const res = await fetch(`${t.target.url}/widget.js`, { headers: { "Accept-Encoding": encoding } });
      expect(res.status).toBe(200);
      expect(res.headers.get("content-type")).toMatch(/^(text|application)\/javascript/);
      expect(res.headers.get("cache-control")).toMatch(/max-age=\d+/);
      const code = await res.text();
      expect(code.length, encoding).toBeGreaterThan(1000);
      expect(code, encoding).toMatch(/customElements|comment-section/);
      const etag = res.headers.get("etag");
      expect(etag).toMatch(/^(W\/)?"[^"]+"$/);
      const again = await fetch(`${t.target.url}/widget.js`, { headers: { "If-None-Match": etag!, "Accept-Encoding": encoding } });
      expect(again.status).toBe(304);
    }
  });

  it("serves the demo article with the widget, and the moderation view", async () => {
    const home = await fetch(`${t.target.url}/`);
    expect(home.status).toBe(200);
    expect(home.headers.get("content-type")).toMatch(/^text\/html/);
    const page = await home.text();
    const script = page.match(/<script src="(\/widget\.js[^"]*)"[^>]*\bdata-site="demo"/);
    expect(script, "the demo article embeds the widget for the demo site").not.toBeNull();
    // The versioned URL the demo page uses can be cached for good.
    const pinned = await fetch(`${t.target.url}${script![1]}`);
    expect(pinned.status).toBe(200);
    expect(pinned.headers.get("cache-control")).toMatch(/immutable/);
    expect(await pinned.text()).toMatch(/customElements|comment-section/);

    const admin = await fetch(`${t.target.url}/admin`);
    expect(admin.status).toBe(200);
    expect(admin.headers.get("content-security-policy")).toMatch(/default-src 'none'/);
    expect(await admin.text()).toContain("parley-admin");
    const app = await fetch(`${t.target.url}/admin/app.js`);
    expect(app.status).toBe(200);
    expect((await app.text()).length).toBeGreaterThan(1000);
  });
});
