import { describe, expect, it } from "vitest";
import { ApiError, commenterApi, createClient } from "../../widget/api.ts";
import { writerApi } from "../../widget/api-writes.ts";

type Seen = { url: string; init: RequestInit };
function fakeFetch(respond: (s: Seen) => Response | Promise<Response>) {
  const seen: Seen[] = [];
  const f = (async (url: string, init: RequestInit) => {
    const s = { url: String(url), init };
    seen.push(s);
    return respond(s);
  }) as unknown as typeof fetch;
  return { f, seen };
}
const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json", ...headers } });

describe("api client", () => {
  it("sends JSON with the bearer token and returns status and data", async () => {
    const { f, seen } = fakeFetch(() => json(202, { comment: { id: "c1" }, reason: "held" }));
    const api = writerApi(createClient("https://api.example/", { token: () => "tok", fetch: f }), "demo site");
    const r = await api.create({ page: "p", body: "hi", acknowledge: true });
    expect(r).toEqual({ status: 202, data: { comment: { id: "c1" }, reason: "held" } });
    expect(seen[0].url).toBe("https://api.example/api/v1/sites/demo%20site/comments");
    expect(seen[0].init.method).toBe("POST");
    const h = seen[0].init.headers as Record<string, string>;
    expect(h.authorization).toBe("Bearer tok");
    expect(h["content-type"]).toBe("application/json");
    expect(JSON.parse(String(seen[0].init.body))).toEqual({ page: "p", body: "hi", acknowledge: true });
  });

  it("votes with PUT, and asks for a page's votes and a comment's thread", async () => {
    const { f, seen } = fakeFetch(() => json(200, {}));
    const api = commenterApi(createClient("https://api.example", { token: () => "tok", fetch: f }), "demo");
    await api.vote("c/1", -1);
    await api.votes("https://n.example/a");
    await api.thread("c1");
    expect(seen.map((s) => [s.init.method, s.url])).toEqual([
      ["PUT", "https://api.example/api/v1/sites/demo/comments/c%2F1/vote"],
      ["GET", "https://api.example/api/v1/sites/demo/votes?page=https%3A%2F%2Fn.example%2Fa"],
      ["GET", "https://api.example/api/v1/sites/demo/comments/c1/thread"],
    ]);
    expect(JSON.parse(String(seen[0]!.init.body))).toEqual({ value: -1 });
  });

  it("builds list queries, skipping empty values", async () => {
    const { f, seen } = fakeFetch(() => json(200, { comments: [], nextCursor: null, total: 0 }));
    const api = commenterApi(createClient("https://api.example", { fetch: f }), "demo");
    await api.list({ page: "https://n.example/a", sort: "newest", limit: 20, cursor: null });
    expect(seen[0].url).toBe("https://api.example/api/v1/sites/demo/comments?page=https%3A%2F%2Fn.example%2Fa&sort=newest&limit=20");
    expect((seen[0].init.headers as Record<string, string>).authorization).toBeUndefined();
  });

  it("maps the contract's error format into ApiError with its details", async () => {
    const { f } = fakeFetch(() =>
      json(422, {
        error: { code: "policy_violation", message: "No.", rule: "personal-attacks", spans: [{ start: 0, end: 3 }], canAcknowledge: true },
      }),
    );
    const api = writerApi(createClient("https://api.example", { fetch: f }), "demo");
    const e = await api.create({ page: "p", body: "x" }).catch((e) => e);
    expect(e).toBeInstanceOf(ApiError);
    expect(e).toMatchObject({ status: 422, code: "policy_violation", message: "No." });
    expect(e.details).toEqual({ rule: "personal-attacks", spans: [{ start: 0, end: 3 }], canAcknowledge: true });
  });

  it("reads Retry-After, and names 5xx without a body and network failures", async () => {
    let mode = 0;
    const { f } = fakeFetch(() => {
      if (mode === 0) return json(429, { error: { code: "rate_limited", message: "Slow down." } }, { "retry-after": "17" });
      if (mode === 1) return new Response("<html>Bad gateway</html>", { status: 502, statusText: "Bad Gateway" });
      throw new TypeError("Failed to fetch");
    });
    const c = createClient("https://api.example", { fetch: f });
    const a = await c.request("/x").catch((e) => e);
    expect(a).toMatchObject({ status: 429, code: "rate_limited", retryAfter: 17 });
    mode = 1;
    expect(await c.request("/x").catch((e) => e)).toMatchObject({ status: 502, code: "server_error" });
    mode = 2;
    expect(await c.request("/x").catch((e) => e)).toMatchObject({ status: 0, code: "network" });
  });

  it("sends the CSRF token on writes only, and cookies when asked", async () => {
    const { f, seen } = fakeFetch(() => new Response(null, { status: 204 }));
    const c = createClient("https://api.example", { csrf: () => "csrf1", credentials: "include", fetch: f });
    await c.request("/a");
    await c.request("/b", { method: "DELETE" });
    expect((seen[0].init.headers as Record<string, string>)["x-csrf-token"]).toBeUndefined();
    expect((seen[1].init.headers as Record<string, string>)["x-csrf-token"]).toBe("csrf1");
    expect(seen[1].init.credentials).toBe("include");
  });
});
