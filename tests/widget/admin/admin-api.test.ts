import { describe, expect, it } from "vitest";
import { adminApi } from "../../../widget/admin/lib/admin-api.ts";

type Call = { url: string; init: RequestInit };
function fakeFetch(answers: ((c: Call) => Response)[]) {
  const calls: Call[] = [];
  const f = (async (url: string, init: RequestInit) => {
    const c = { url, init };
    calls.push(c);
    return answers.shift()!(c);
  }) as unknown as typeof fetch;
  return { f, calls };
}
const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } });
const header = (c: Call, name: string) => (c.init.headers as Record<string, string>)[name];

describe("admin API client", () => {
  it("sends the cookie same-origin and the login CSRF token on writes only", async () => {
    const { f, calls } = fakeFetch([
      () => json(200, { admin: { id: "a1", email: "o@x", role: "owner" }, csrfToken: "tok1" }),
      () => json(200, { items: [], nextCursor: null, counts: { pending: 0, reported: 0, rejected: 0 } }),
      () => json(200, { comment: {}, standing: {} }),
    ]);
    const api = adminApi({ fetch: f });
    await api.login("o@x", "pw");
    await api.queue("demo", { status: "pending", sort: "oldest" });
    await api.decide("demo", "c1", { action: "approve" });
    expect(calls.every((c) => c.init.credentials === "same-origin")).toBe(true);
    expect(header(calls[1]!, "x-csrf-token")).toBeUndefined();
    expect(calls[1]!.url).toBe("/api/v1/admin/sites/demo/queue?status=pending&sort=oldest");
    expect(header(calls[2]!, "x-csrf-token")).toBe("tok1");
  });

  it("after a reload, takes the CSRF token from /me", async () => {
    const { f, calls } = fakeFetch([
      () => json(200, { admin: { id: "a1" }, csrfToken: "tok2" }),
      () => json(201, { sanction: { id: "s" } }),
    ]);
    const api = adminApi({ fetch: f });
    await api.me();
    await api.sanction("demo", "u1", { type: "warn", reason: "r" });
    expect(header(calls[1]!, "x-csrf-token")).toBe("tok2");
  });

  it("fetches a fresh CSRF token and retries once when a write is refused for it", async () => {
    const { f, calls } = fakeFetch([
      () => json(403, { error: { code: "forbidden", message: "This request is missing its CSRF token; reload the page and try again." } }),
      () => json(200, { admin: { id: "a1" }, csrfToken: "fresh" }),
      () => json(200, { ok: true }),
    ]);
    const api = adminApi({ fetch: f });
    await api.removeModerator("m1");
    expect(calls.map((c) => c.init.method)).toEqual(["DELETE", "GET", "DELETE"]);
    expect(header(calls[2]!, "x-csrf-token")).toBe("fresh");
  });

  it("reports an ended session, and keeps the error for the caller", async () => {
    let ended = 0;
    const { f } = fakeFetch([() => json(401, { error: { code: "unauthorized", message: "Please sign in as a moderator." } })]);
    const api = adminApi({ fetch: f, onSignedOut: () => ended++ });
    await expect(api.policy("demo")).rejects.toMatchObject({ status: 401, code: "unauthorized" });
    expect(ended).toBe(1);
  });
});
