// What open pages hear after each kind of change, through the real routes and database: public
// data only (a held or refused body never reaches another reader), and the events endpoint.
import { describe, expect, it } from "vitest";
import type { LiveEvent } from "../../../contract/live.ts";
import { LiveHub } from "../../../server/live/hub.ts";
import { liveEvents } from "../../../server/live/publish.ts";
import { expectError, guest, ownerOf, patchSite, stubDetector, fastApp } from "../support/setup.ts";

function listener(hub: LiveHub, page = "article-1") {
  const decoder = new TextDecoder();
  let text = "";
  hub.open("demo", page, null, { write: (c) => void (text += decoder.decode(c)), close() {} });
  return {
    get raw() {
      return text;
    },
    get events(): LiveEvent[] {
      return [...text.matchAll(/data: (.*)\n\n/g)].map((m) => JSON.parse(m[1]!));
    },
    /** Waits for the next `n` events after those already seen (a write announces them after answering). */
    async next(n = 1): Promise<LiveEvent[]> {
      const from = this.seen;
      for (let i = 0; i < 200 && this.events.length < from + n; i++) await new Promise((r) => setTimeout(r, 5));
      this.seen = this.events.length;
      return this.events.slice(from);
    },
    seen: 0,
  };
}

async function liveApp() {
  const live = new LiveHub({ maxConnections: 3 });
  const t = await fastApp({ detector: stubDetector, live });
  await patchSite(await ownerOf(t), { rateLimitPerMinute: 1000 });
  return { t, live };
}

describe("live updates from the routes", () => {
  it("sends published comments, edits and removals; a held comment only by id, until a moderator approves it", async () => {
    const { t, live } = await liveApp();
    const reader = listener(live);
    const elsewhere = listener(live, "article-2");
    const ana = await guest(t, "Ana");
    const bob = await guest(t, "Bob");
    const owner = await ownerOf(t);

    const posted = await ana.postComment("First thoughts");
    expect(await reader.next()).toEqual([{ type: "comment", comment: { ...posted.body.comment, replies: [] } }]);

    const reply = await bob.postComment("A reply", { parentId: posted.body.comment.id });
    expect(await reader.next()).toMatchObject([
      { type: "comment", comment: { id: reply.body.comment.id, parentId: posted.body.comment.id } },
    ]);

    const held = await bob.postComment("Secret HOLDME words");
    expect(held.status).toBe(202);
    expect(await reader.next()).toEqual([{ type: "remove", id: held.body.comment.id }]);

    const refused = await bob.postComment("You ATTACK");
    expect(refused.status).toBe(422);

    const edited = await ana.patch(`/api/v1/sites/demo/comments/${posted.body.comment.id}`, { body: "Second thoughts" });
    expect(edited.status).toBe(200);
    expect(await reader.next()).toMatchObject([
      { type: "comment", comment: { id: posted.body.comment.id, body: "Second thoughts", editedAt: expect.any(String) } },
    ]);

    const approved = await owner.post(`/api/v1/admin/sites/demo/comments/${held.body.comment.id}/decision`, { action: "approve" });
    expect(approved.status).toBe(200);
    expect(await reader.next()).toMatchObject([
      { type: "comment", comment: { id: held.body.comment.id, status: "published", body: "Secret HOLDME words" } },
    ]);

    const deleted = await bob.delete(`/api/v1/sites/demo/comments/${reply.body.comment.id}`);
    expect(deleted.status).toBe(200);
    expect(await reader.next()).toEqual([{ type: "remove", id: reply.body.comment.id }]);

    // Held, then edited while held: still only ids; then rejected along with all of Bob's comments.
    const held2 = await bob.postComment("More HOLDME text");
    await reader.next();
    const all = await owner.post(`/api/v1/admin/sites/demo/users/${bob.userId}/reject-all`, {});
    expect(all.body).toEqual({ rejected: 2 });
    const removed = await reader.next(2);
    expect(removed.map((e) => (e.type === "remove" ? e.id : e.type)).sort()).toEqual([held.body.comment.id, held2.body.comment.id].sort());

    // The held bodies went out only once a moderator published one; the refused one never.
    const approval = reader.raw.indexOf(`{"id":"${held.body.comment.id}","parentId"`);
    expect(approval).toBeGreaterThan(0);
    const beforeApproval = reader.raw.slice(0, approval);
    expect(beforeApproval).toContain(held.body.comment.id);
    expect(beforeApproval).not.toContain("Secret HOLDME words");
    expect(reader.raw).not.toContain("More HOLDME text");
    expect(reader.raw).not.toContain("ATTACK");
    expect(elsewhere.events).toEqual([]);
  });

  it("hides a reported comment from open pages when reports reach the threshold", async () => {
    const { t, live } = await liveApp();
    const owner = await ownerOf(t);
    await patchSite(owner, { reportThreshold: 1 });
    const reader = listener(live);
    const ana = await guest(t, "Ana");
    const posted = await ana.postComment("Reported soon");
    await reader.next();
    const bob = await guest(t, "Bob");
    expect((await bob.post(`/api/v1/sites/demo/comments/${posted.body.comment.id}/reports`, { reason: "spam" })).status).toBe(201);
    expect(await reader.next()).toEqual([{ type: "remove", id: posted.body.comment.id }]);
  });

  it("tells the readers of a page closed by a moderator to fetch its listing again", async () => {
    const { t, live } = await liveApp();
    const reader = listener(live);
    const owner = await ownerOf(t);
    const res = await owner.patch("/api/v1/admin/sites/demo/pages?page=article-1", { closed: true });
    expect(res.status).toBe(200);
    expect(await reader.next()).toEqual([{ type: "reset" }]);
  });

  it("tells every open page of the site to fetch its listing again when a commenter is erased, and no other site's", async () => {
    const { t, live } = await liveApp();
    const reader = listener(live);
    const other = listener(live, "article-2");
    const elsewhere = { events: [] as string[] };
    live.open("other-site", "article-1", null, { write: (c) => void elsewhere.events.push(new TextDecoder().decode(c)), close() {} });
    const ana = await guest(t, "Ana");
    await ana.postComment("Soon erased");
    await reader.next();
    const owner = await ownerOf(t);
    const erased = await owner.post(`/api/v1/admin/sites/demo/users/${ana.userId}/erase`, {});
    expect(erased.status).toBe(200);
    expect(await reader.next()).toEqual([{ type: "reset" }]);
    expect(await other.next()).toEqual([{ type: "reset" }]);
    expect(elsewhere.events.join("")).not.toContain("data:");
  });

  it("sends the changes of one turn in the order they were made, not the database's order", async () => {
    const live = new LiveHub({ maxConnections: 3 });
    const t = await fastApp({ detector: stubDetector });
    const ana = await guest(t, "Ana");
    // Posted and deleted while nobody listens; then announced in the reverse of their ids' order.
    const ids = [(await ana.postComment("One")).body.comment.id, (await ana.postComment("Two")).body.comment.id].sort().reverse();
    for (const id of ids) expect((await ana.delete(`/api/v1/sites/demo/comments/${id}`)).status).toBe(200);
    const reader = listener(live);
    const sink = liveEvents({ db: t.db, live });
    const at = new Date().toISOString();
    for (const id of ids)
      sink.emit({ type: "comment.deleted", siteId: "demo", at, commentId: id, pageKey: "article-1", authorId: ana.userId, by: "author" });
    expect(await reader.next(2)).toEqual(ids.map((id) => ({ type: "remove", id })));
  });

  it("sends a published comment its author edits into a held one as a removal (its body never)", async () => {
    const { t, live } = await liveApp();
    const reader = listener(live);
    const ana = await guest(t, "Ana");
    const posted = await ana.postComment("A fine remark");
    await reader.next();
    const edited = await ana.patch(`/api/v1/sites/demo/comments/${posted.body.comment.id}`, { body: "Now HOLDME please" });
    expect(edited.status).toBe(202);
    expect(await reader.next()).toEqual([{ type: "remove", id: posted.body.comment.id }]);
    expect(reader.raw).not.toContain("HOLDME");
  });
});

describe("GET /sites/{site}/events", () => {
  it("streams events with ids; past the maximum it answers 503 unavailable, as does a server without a hub", async () => {
    const { t, live } = await liveApp();
    expect(live.maxConnections).toBe(3);
    const aborts = [new AbortController(), new AbortController(), new AbortController()];
    const streams = await Promise.all(aborts.map((a) => t.app.request("/api/v1/sites/demo/events?page=article-1", { signal: a.signal })));
    for (const s of streams) {
      expect(s.status).toBe(200);
      expect(s.headers.get("content-type")).toBe("text/event-stream; charset=utf-8");
      expect(s.headers.get("etag")).toBeNull();
    }
    expect(live.size).toBe(3);
    const full = await t.app.request("/api/v1/sites/demo/events?page=article-1");
    const body = await full.json();
    expectError({ status: full.status, body, headers: full.headers }, 503, "unavailable");
    expect(full.headers.get("retry-after")).toBe("30");

    const reader = streams[0]!.body!.getReader();
    const first = new TextDecoder().decode((await reader.read()).value);
    expect(first).toBe("retry: 3000\n:\n\n");
    const ana = await guest(t, "Ana");
    const posted = await ana.postComment("Streamed");
    const event = new TextDecoder().decode((await reader.read()).value);
    expect(event).toMatch(new RegExp(`^id: ${live.epoch}-\\d+\\ndata: \\{"type":"comment"`));
    expect(event).toContain(posted.body.comment.id);

    // A client going away frees its place.
    aborts[1]!.abort();
    await reader.cancel();
    expect(live.size).toBe(1);

    const plain = await fastApp();
    const none = await plain.app.request("/api/v1/sites/demo/events?page=article-1");
    expectError({ status: none.status, body: await none.json(), headers: none.headers }, 503, "unavailable");
    const info = await plain.app.request("/api/v1/sites/demo");
    expect((await info.json()).site.live).toEqual({ mode: "poll", pollSeconds: 30 });
    expect((await (await t.app.request("/api/v1/sites/demo")).json()).site.live).toEqual({ mode: "sse", pollSeconds: 30 });
  });

  it("needs a page", async () => {
    const { t } = await liveApp();
    const res = await t.app.request("/api/v1/sites/demo/events");
    expectError({ status: res.status, body: await res.json(), headers: res.headers }, 400, "validation_failed");
  });
});
