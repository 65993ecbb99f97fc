import { describe, expect, it } from "vitest";
import { MAX_BODY_BYTES } from "../../../server/app.ts";
import { ERROR_STATUS } from "../../../contract/errors.ts";
import { Client } from "../../helpers/client.ts";
import { commentRows, expectError, fastApp, guest, listing, ownerOf, patchSite, stubApp, type TestApp } from "../support/setup.ts";

const COMMENTS = "/api/v1/sites/demo/comments";

describe("error format", () => {
  it("uses the contract's status for every code", () => {
    // API.md, Conventions, word for word.
    const apiMd =
      "`validation_failed` 400, `unauthorized` 401, `forbidden` 403, `suspended` 403, `revoked` 403, `not_found` 404, `conflict` 409, `too_large` 413, `policy_violation` 422, `rate_limited` 429";
    const expected = Object.fromEntries(apiMd.split(", ").map((pair) => [pair.split("`")[1], Number(pair.split(" ")[1])]));
    expect(Object.keys(expected)).toHaveLength(10);
    expect(ERROR_STATUS).toMatchObject(expected);
  });

  it("answers every error code in the {error: {code, message}} format", async () => {
    const t = await stubApp();
    const owner = await ownerOf(t);
    const ana = await guest(t, "Ana");
    const bob = await guest(t, "Bob");
    const anon = Client.over(t.app);
    const seen = new Set<string>();
    const check = (res: Awaited<ReturnType<Client["get"]>>, status: number, code: string) => {
      seen.add(code);
      return expectError(res, status, code);
    };

    check(await ana.post(COMMENTS, "{not json"), 400, "validation_failed");
    check(await anon.postComment("hello"), 401, "unauthorized");
    const posted = await ana.postComment("A fine comment");
    expect(posted.status).toBe(201);
    const id = posted.body.comment.id;
    check(await bob.patch(`${COMMENTS}/${id}`, { body: "mine now" }), 403, "forbidden");
    check(await anon.get("/api/v1/sites/no-such-site/comments?page=a"), 404, "not_found");
    expect((await bob.post(`${COMMENTS}/${id}/reports`, { reason: "spam" })).status).toBe(201);
    check(await bob.post(`${COMMENTS}/${id}/reports`, { reason: "spam" }), 409, "conflict");
    check(await ana.postComment("x".repeat(MAX_BODY_BYTES + 1)), 413, "too_large");
    const violation = check(await ana.postComment("you ATTACK"), 422, "policy_violation");
    expect(violation).toMatchObject({ rule: "personal-attacks", spans: [{ start: 4, end: 10 }], canAcknowledge: true });

    // Each sanctioned guest joins from an address of its own: sanctions follow the address too.
    t.setAddress("198.51.100.1");
    const suspendee = await guest(t, "Sue");
    const s = await owner.post(`/api/v1/admin/sites/demo/users/${suspendee.userId}/sanctions`, {
      type: "suspend",
      hours: 2,
      reason: "cool off",
    });
    expect(s.status).toBe(201);
    const suspended = check(await suspendee.postComment("hi"), 403, "suspended");
    expect(suspended).toMatchObject({ reason: "cool off", until: "2026-11-25T14:00:00.000Z" });

    t.setAddress("198.51.100.2");
    const revokee = await guest(t, "Rev");
    expect(
      (await owner.post(`/api/v1/admin/sites/demo/users/${revokee.userId}/sanctions`, { type: "revoke", reason: "enough" })).status,
    ).toBe(201);
    expect(check(await revokee.postComment("hi"), 403, "revoked")).toMatchObject({ reason: "enough" });

    t.setAddress("198.51.100.3");
    const fast = await guest(t, "Fast");
    for (let i = 0; i < 6; i++) expect((await fast.postComment(`comment ${i}`)).status).toBe(201);
    const limited = await fast.postComment("one too many");
    check(limited, 429, "rate_limited");
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(0);

    // A guest session on a site that asks for a proof of work, without one (an extension).
    await owner.patch("/api/v1/admin/sites/demo", { guestChallenge: "always" });
    const asked = check(await anon.post("/api/v1/sites/demo/sessions", { name: "Newcomer" }), 403, "challenge_required");
    expect(asked.challenge).toMatchObject({ challenge: expect.any(String), difficulty: expect.any(Number) });

    // Live updates on a server without a stream (an extension): the widget polls instead.
    check(await anon.get("/api/v1/sites/demo/events?page=article-1"), 503, "unavailable");

    expect([...seen].sort()).toEqual(
      Object.keys(ERROR_STATUS)
        .filter((c) => c !== "internal")
        .sort(),
    );
  });

  it("answers unknown routes with 404 not_found in the same format", async () => {
    const t = await fastApp();
    const c = Client.over(t.app);
    for (const [method, path] of [
      ["GET", "/api/v1/nothing-here"],
      ["GET", "/api/v2/sites/demo/comments?page=a"],
      ["POST", "/api/v1/sites/demo/nope"],
      ["DELETE", "/api/v1/sites/demo/comments"],
      ["GET", "/no/such/page"],
    ] as const) {
      const res = await c.call(method, path, method === "POST" ? {} : undefined);
      expectError(res, 404, "not_found");
    }
    expectError(await c.get("/api/v1/sites/nowhere/policy"), 404, "not_found");
    expectError(await c.post("/api/v1/sites/nowhere/sessions", { name: "Ana" }), 404, "not_found");
  });

  it("answers an unexpected failure with 500 and no stack trace, and logs it", async () => {
    const logged: Record<string, unknown>[] = [];
    const t = await fastApp({
      detector: {
        version: "broken",
        score() {
          throw new Error("detector exploded at /srv/secret/path.ts:12");
        },
      },
      log: (entry) => logged.push(entry),
    });
    const c = Client.over(t.app);
    await c.joinAsGuest("Ana");
    const res = await c.postComment("hello");
    expect(res.status).toBe(500);
    expect(res.body).toEqual({ error: { code: "internal", message: expect.any(String) } });
    expect(JSON.stringify(res.body)).not.toMatch(/exploded|secret|path\.ts|\bat\b/);
    expect(logged.some((e) => e.level === "error" && String(e.error).includes("detector exploded"))).toBe(true);
    expect(await commentRows(t)).toBe(0);
  });
});

describe("request bodies", () => {
  it("refuses bodies over 64 KiB with too_large and stores nothing", async () => {
    const t = await fastApp();
    const c = Client.over(t.app);
    await c.joinAsGuest("Ana");
    const before = await listing(c, "article-1");
    const res = await c.postComment("y".repeat(65 * 1024));
    expectError(res, 413, "too_large");
    expect(await commentRows(t)).toBe(0);
    // Also when the body arrives as a stream without a Content-Length.
    const bytes = new TextEncoder().encode(JSON.stringify({ page: "article-1", body: "z".repeat(MAX_BODY_BYTES) }));
    const stream = new ReadableStream({
      start(controller) {
        for (let i = 0; i < bytes.length; i += 8192) controller.enqueue(bytes.slice(i, i + 8192));
        controller.close();
      },
    });
    const streamed = await t.app.request(COMMENTS, {
      method: "POST",
      headers: { Authorization: `Bearer ${c.token}`, "Content-Type": "application/json" },
      body: stream,
      duplex: "half",
    } as RequestInit);
    expect(streamed.status).toBe(413);
    expect((await streamed.json()).error.code).toBe("too_large");
    expect(await commentRows(t)).toBe(0);
    const after = await listing(c, "article-1");
    expect(after.body.total).toBe(before.body.total);
    // Just under the limit is read (and then judged on its own merits).
    const near = await c.postComment("w".repeat(60 * 1024));
    expectError(near, 400, "validation_failed");
  });

  it("refuses invalid JSON with validation_failed", async () => {
    const t = await fastApp();
    const c = Client.over(t.app);
    await c.joinAsGuest("Ana");
    for (const raw of ["{", "not json", "", "{'page': 'a'}"]) {
      const res = await c.call("POST", COMMENTS, raw, { "Content-Type": "application/json" });
      expect(expectError(res, 400, "validation_failed").field).toBe("body");
    }
    expectError(await Client.over(t.app).post("/api/v1/sites/demo/sessions", "[1,"), 400, "validation_failed");
    expect(await commentRows(t)).toBe(0);
  });

  it("names the offending field", async () => {
    const t = await fastApp();
    const c = Client.over(t.app);
    await c.joinAsGuest("Ana");
    const cases: [unknown, string][] = [
      [{ body: "hi" }, "page"],
      [{ page: "a" }, "body"],
      [{ page: "a", body: 42 }, "body"],
      [{ page: "", body: "hi" }, "page"],
      [{ page: "a", body: "hi", parentId: 7 }, "parentId"],
      [{ page: "a", body: "hi", url: "not a url" }, "url"],
      [{ page: "a", body: "hi", acknowledge: "yes" }, "acknowledge"],
      [{ page: "a", body: "   " }, "body"],
    ];
    for (const [input, field] of cases) {
      const error = expectError(await c.post(COMMENTS, input), 400, "validation_failed");
      expect(error.field, JSON.stringify(input)).toBe(field);
      if (field !== "body") expect(error.message).toContain(field);
    }
    const list = await c.get(`${COMMENTS}?page=a&sort=sideways`);
    expect(expectError(list, 400, "validation_failed").field).toBe("sort");
    expect(expectError(await c.get(COMMENTS), 400, "validation_failed").field).toBe("page");
    expect(expectError(await c.get(`${COMMENTS}?page=a&limit=0`), 400, "validation_failed").field).toBe("limit");
    expect(expectError(await c.get(`${COMMENTS}?page=a&limit=abc`), 400, "validation_failed").field).toBe("limit");
    expect(await commentRows(t)).toBe(0);
  });

  it("refuses a comment over the site's maxCommentLength, counting characters", async () => {
    const t = await fastApp();
    const owner = await ownerOf(t);
    await patchSite(owner, { maxCommentLength: 20 });
    const c = Client.over(t.app);
    await c.joinAsGuest("Ana");
    expect((await c.postComment("a".repeat(20))).status).toBe(201);
    const error = expectError(await c.postComment("a".repeat(21)), 400, "validation_failed");
    expect(error).toMatchObject({ field: "body", limit: 20 });
    // 20 emoji are 20 characters (40 UTF-16 code units).
    expect((await c.postComment("😀".repeat(20))).status).toBe(201);
    expectError(await c.postComment("😀".repeat(21)), 400, "validation_failed");
    const list = await listing(c, "article-1");
    expect(list.body.total).toBe(2);
    expect(await commentRows(t)).toBe(2);
    // The default is 10,000.
    await patchSite(owner, { maxCommentLength: 10_000 });
    expectError(await c.postComment("b".repeat(10_001)), 400, "validation_failed");
    expect(await commentRows(t)).toBe(2);
  });
});

describe("ETag", () => {
  it("tags GET answers and answers If-None-Match with 304", async () => {
    const t = await fastApp();
    const c = Client.over(t.app);
    await c.joinAsGuest("Ana");
    for (const path of [`${COMMENTS}?page=article-1`, "/api/v1/sites/demo/policy", "/api/v1/sites/demo/me"]) {
      const first = await c.get(path);
      expect(first.status).toBe(200);
      const tag = first.headers.get("etag");
      expect(tag, path).toMatch(/^(W\/)?"[^"]+"$/);
      const again = await c.get(path, { "If-None-Match": tag! });
      expect(again.status, path).toBe(304);
      expect(again.body).toBeNull();
      expect((await c.get(path, { "If-None-Match": '"something-else"' })).status).toBe(200);
    }
  });

  it("changes the listing's ETag when a comment is added, edited or deleted", async () => {
    const t = await fastApp();
    const c = Client.over(t.app);
    await c.joinAsGuest("Ana");
    const reader = Client.over(t.app);
    const tag = async () => (await listing(reader, "article-1")).headers.get("etag")!;
    const t0 = await tag();
    expect(await tag()).toBe(t0);
    const posted = await c.postComment("first");
    const t1 = await tag();
    expect(t1).not.toBe(t0);
    const stale = await reader.get(`${COMMENTS}?page=article-1`, { "If-None-Match": t0 });
    expect(stale.status).toBe(200);
    expect(stale.body.total).toBe(1);
    expect((await c.patch(`${COMMENTS}/${posted.body.comment.id}`, { body: "first, edited" })).status).toBe(200);
    const t2 = await tag();
    expect(t2).not.toBe(t1);
    expect((await c.delete(`${COMMENTS}/${posted.body.comment.id}`)).status).toBe(200);
    expect(await tag()).not.toBe(t2);
    // Another page's listing is not affected by this one.
    const other = await listing(reader, "article-2");
    await c.postComment("elsewhere", { page: "article-3" });
    expect((await reader.get(`${COMMENTS}?page=article-2`, { "If-None-Match": other.headers.get("etag")! })).status).toBe(304);
  });
});

describe("CORS", () => {
  const allowed = "https://news.example.com";
  const other = "https://evil.example.net";

  async function withOrigin(): Promise<TestApp> {
    const t = await fastApp();
    await patchSite(await ownerOf(t), { origins: [allowed] });
    return t;
  }

  const preflight = (t: TestApp, origin: string) =>
    t.app.request(COMMENTS, {
      method: "OPTIONS",
      headers: { Origin: origin, "Access-Control-Request-Method": "POST", "Access-Control-Request-Headers": "content-type,authorization" },
    });

  it("answers a preflight from an allowed origin, and not one from another", async () => {
    const t = await withOrigin();
    const ok = await preflight(t, allowed);
    expect(ok.status).toBeLessThan(300);
    expect(ok.headers.get("access-control-allow-origin")).toBe(allowed);
    expect(ok.headers.get("access-control-allow-methods")).toContain("POST");
    expect(ok.headers.get("access-control-allow-headers")?.toLowerCase()).toContain("authorization");
    const bad = await preflight(t, other);
    expect(bad.headers.get("access-control-allow-origin")).toBeNull();
    // An origin is matched exactly, not by prefix.
    expect((await preflight(t, `${allowed}.evil.net`)).headers.get("access-control-allow-origin")).toBeNull();
    expect((await preflight(t, "http://news.example.com")).headers.get("access-control-allow-origin")).toBeNull();
    const reader = Client.over(t.app);
    const onGet = await reader.get(`${COMMENTS}?page=a`, { Origin: allowed });
    expect(onGet.headers.get("access-control-allow-origin")).toBe(allowed);
    expect(onGet.headers.get("access-control-expose-headers")).toContain("ETag");
    const otherGet = await reader.get(`${COMMENTS}?page=a`, { Origin: other });
    expect(otherGet.status).toBe(200);
    expect(otherGet.headers.get("access-control-allow-origin")).toBeNull();
  });

  it("refuses a write from a disallowed Origin with forbidden, storing nothing", async () => {
    const t = await withOrigin();
    const c = Client.over(t.app);
    await c.joinAsGuest("Ana");
    const refused = await c.post(COMMENTS, { page: "a", body: "hello" }, { Origin: other });
    expectError(refused, 403, "forbidden");
    expect(await commentRows(t)).toBe(0);
    expectError(await Client.over(t.app).post("/api/v1/sites/demo/sessions", { name: "Eve" }, { Origin: other }), 403, "forbidden");
    const ok = await c.post(COMMENTS, { page: "a", body: "hello" }, { Origin: allowed });
    expect(ok.status).toBe(201);
    expect(ok.headers.get("access-control-allow-origin")).toBe(allowed);
    // The server's own pages may always call it.
    expect((await c.post(COMMENTS, { page: "a", body: "from the demo page" }, { Origin: "http://localhost" })).status).toBe(201);
    expect(await commentRows(t)).toBe(2);
  });
});

describe("rate limits", () => {
  it("refuses comments past rateLimitPerMinute with Retry-After, and resets after the window", async () => {
    const t = await fastApp();
    const c = Client.over(t.app);
    await c.joinAsGuest("Ana");
    t.clock.advance(15_000); // 12:00:15
    for (let i = 0; i < 6; i++) expect((await c.postComment(`comment number ${i}`)).status).toBe(201);
    const refused = await c.postComment("the seventh");
    const error = expectError(refused, 429, "rate_limited");
    expect(refused.headers.get("retry-after")).toBe("45");
    expect(error.retryAfter).toBe(45);
    expect(await commentRows(t)).toBe(6);
    expect((await listing(c, "article-1")).body.total).toBe(6);
    t.clock.advance(30_000);
    expectError(await c.postComment("still too soon"), 429, "rate_limited");
    t.clock.advance(15_000); // the next minute
    expect((await c.postComment("after the window")).status).toBe(201);
    expect(await commentRows(t)).toBe(7);
  });

  it("limits a user whichever address they write from", async () => {
    const t = await fastApp();
    const c = Client.over(t.app);
    await c.joinAsGuest("Ana");
    for (let i = 0; i < 6; i++) {
      t.setAddress(`198.51.100.${i + 1}`);
      expect((await c.postComment(`comment ${i}`)).status).toBe(201);
    }
    t.setAddress("198.51.100.99");
    expectError(await c.postComment("again"), 429, "rate_limited");
  });

  it("allows an address ten times a user's limit, then refuses it (and not other addresses)", async () => {
    const t = await fastApp();
    await patchSite(await ownerOf(t), { rateLimitPerMinute: 2 });
    t.setAddress("192.0.2.10");
    const users = [];
    for (let i = 0; i < 11; i++) users.push(await guest(t, `Office ${i}`));
    // 10 users × 2 = 20 = 2 × 10: the address's allowance.
    for (const u of users.slice(0, 10)) {
      expect((await u.postComment("one")).status).toBe(201);
      expect((await u.postComment("two")).status).toBe(201);
    }
    const refused = await users[10]!.postComment("from the same office");
    expectError(refused, 429, "rate_limited");
    expect(refused.headers.get("retry-after")).toBeTruthy();
    expect(await commentRows(t)).toBe(20);
    t.setAddress("192.0.2.11");
    expect((await users[10]!.postComment("from home")).status).toBe(201);
  });

  it("counts a refused comment (422) against the limit; a write refused for the limit writes nothing, audit included", async () => {
    const t = await stubApp();
    await patchSite(await ownerOf(t), { rateLimitPerMinute: 2 });
    const c = await guest(t, "Ana");
    const audited = async () => (await t.db.query.auditLog.findMany()).filter((e) => e.userId === c.userId).map((e) => e.action);
    expectError(await c.postComment("you ATTACK"), 422, "policy_violation");
    expect((await c.postComment("a fair comment")).status).toBe(201);
    // Two hits used: the refusal counted. The third is refused for the limit, before anything is written.
    expectError(await c.postComment("you ATTACK again"), 429, "rate_limited");
    expectError(await c.postComment("another fair one"), 429, "rate_limited");
    expect(await commentRows(t)).toBe(1);
    expect(await audited()).toEqual(["comment.refused", "comment.publish"]);
  });

  it("rate limits reports too", async () => {
    const t = await fastApp();
    const owner = await ownerOf(t);
    await patchSite(owner, { rateLimitPerMinute: 1, reportThreshold: 100 });
    const authors = [await guest(t, "A"), await guest(t, "B")];
    const ids = [];
    t.setAddress("192.0.2.50");
    for (const a of authors) ids.push((await a.postComment("a perfectly nice comment")).body.comment.id);
    t.setAddress("192.0.2.51");
    const reporter = await guest(t, "R");
    expect((await reporter.post(`${COMMENTS}/${ids[0]}/reports`, { reason: "spam" })).status).toBe(201);
    expectError(await reporter.post(`${COMMENTS}/${ids[1]}/reports`, { reason: "spam" }), 429, "rate_limited");
  });
});
