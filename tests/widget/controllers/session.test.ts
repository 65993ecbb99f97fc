import { describe, expect, it } from "vitest";
import { commenterApi, createClient } from "../../../widget/api.ts";
import { SessionController } from "../../../widget/controllers/session.ts";
import { siteStore } from "../../../widget/lib/storage.ts";

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } });
const good = { status: "good", until: null, reason: null, strikes: 0 };

/** A session on a fresh in-memory store, against an API answering from `respond`. */
function setup(respond: (path: string, init: RequestInit) => Response) {
  const mem = new Map<string, string>();
  const store = siteStore("demo", {
    getItem: (k) => mem.get(k) ?? null,
    setItem: (k, v) => void mem.set(k, v),
    removeItem: (k) => void mem.delete(k),
  });
  const calls: string[] = [];
  const host = { sso: null as string | null, updates: 0, addController() {}, requestUpdate: () => void host.updates++ };
  const session = new SessionController(host);
  const f = (async (u: string, init: RequestInit) => {
    const path = new URL(u).pathname.replace("/api/v1/sites/demo", "");
    calls.push(`${init.method} ${path} ${(init.headers as Record<string, string>).authorization ?? ""}`.trim());
    return respond(path, init);
  }) as unknown as typeof fetch;
  session.use(store, commenterApi(createClient("https://api.example", { token: () => session.token, fetch: f }), "demo"));
  return { session, host, store, calls, mem };
}

describe("session controller", () => {
  it("joins as a guest: keeps the token, reads /me with it, and may write", async () => {
    const { session, store, calls } = setup((path) =>
      path === "/sessions"
        ? json({ token: "tok", user: { id: "u1", name: "Ana" } }, 201)
        : json({ user: { id: "u1", name: "Ana" }, standing: good }),
    );
    expect(await session.start({ name: "Ana", device: "d" })).toBe(true);
    expect(store.get("token")).toBe("tok");
    expect(store.get("sso")).toBeNull();
    expect(calls).toEqual(["POST /sessions", "GET /me Bearer tok"]);
    expect(session.writable).toBe(true);
    expect(session.joining).toBe(false);
  });

  it("a suspended reader's refused session becomes their standing; they may not write", async () => {
    const { session } = setup(() =>
      json({ error: { code: "suspended", message: "no", until: "2030-01-01T00:00:00Z", reason: "rude" } }, 403),
    );
    expect(await session.start({ name: "Ana", device: "d" })).toBe(false);
    expect(session.standing).toMatchObject({ status: "suspended", until: "2030-01-01T00:00:00Z", reason: "rude" });
    expect(session.joinError).toBeNull();
    expect(session.writable).toBe(false);
  });

  it("follows the sso JWT: a new one signs in once, removing it asks the element to sign out", async () => {
    const bodies: unknown[] = [];
    const { session, host, store, calls } = setup((path, init) => {
      if (path !== "/sessions") return json({ user: { id: "u2", name: "Bo" }, standing: good });
      bodies.push(JSON.parse(String(init.body)));
      return json({ token: "sso-tok", user: { id: "u2", name: "Bo" } }, 201);
    });
    host.sso = "jwt-1";
    expect(await session.applySso()).toBe("in");
    expect(store.get("sso")).toBe("1");
    // The session links this browser's device id, as a guest's does: a sanction follows it.
    expect(bodies).toEqual([{ sso: "jwt-1", device: store.get("device") }]);
    expect(store.get("device")).toMatch(/^[A-Za-z0-9_-]{8,128}$/);
    expect(await session.applySso()).toBeNull(); // the same JWT again: nothing to do
    expect(calls.filter((c) => c.startsWith("POST"))).toHaveLength(1);
    host.sso = null;
    expect(await session.applySso()).toBe("out");
    expect(session.signOut()).toBe(true);
    expect(store.get("token")).toBeNull();
    expect(session.me).toBeNull();
    expect(calls.at(-1)).toBe("DELETE /sessions/current Bearer sso-tok");
  });

  it("a 401 from /me forgets the stored token", async () => {
    const { session, store, mem } = setup(() => json({ error: { code: "unauthorized", message: "gone" } }, 401));
    mem.set("parley:demo:token", "old");
    session.use(store, session.api);
    expect(session.token).toBe("old");
    await session.refreshMe();
    expect(session.token).toBeNull();
    expect(store.get("token")).toBeNull();
  });

  it("a /me answer that arrives after signing out does not sign the reader back in", async () => {
    let answer!: () => void;
    const { session, store, mem } = setup((path) =>
      path === "/me"
        ? (new Promise<Response>((r) => (answer = () => r(json({ user: { id: "u1", name: "Ana" }, standing: good })))) as never)
        : json({}, 204),
    );
    mem.set("parley:demo:token", "tok");
    session.use(store, session.api);
    const asking = session.refreshMe();
    session.signOut();
    answer();
    await asking;
    expect(session.me).toBeNull();
    expect(session.token).toBeNull();
    expect(session.writable).toBe(false);
  });
});
