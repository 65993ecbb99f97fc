import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { comments, pages } from "../../../db/schema.ts";
import { signedCursors } from "../../../server/comments/cursor.ts";
import { createDetector } from "../../../server/detector/index.ts";
import { Client } from "../../helpers/client.ts";
import { commentRows, expectError, fastApp, guest, guestAt, listing, ownerOf, patchSite, stubApp, type TestApp } from "../support/setup.ts";

const COMMENTS = "/api/v1/sites/demo/comments";
const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{3})?Z$/;

/** An app whose demo site takes any number of comments a minute, for tests that need many. */
async function roomyApp(): Promise<TestApp & { owner: Client }> {
  const t = await stubApp();
  const owner = await ownerOf(t);
  await patchSite(owner, { rateLimitPerMinute: 10_000 });
  return Object.assign(t, { owner });
}

/** Posts top-level comments one second apart; returns their ids in posting order. */
async function seed(t: TestApp, c: Client, page: string, n: number, step = 1000): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < n; i++) {
    t.clock.advance(step);
    const res = await c.postComment(`comment ${i} on ${page}`, { page });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    ids.push(res.body.comment.id);
  }
  return ids;
}

/** Follows nextCursor to the end; returns the top-level ids in order. */
async function walk(c: Client, page: string, sort: string, limit: number): Promise<string[]> {
  const ids: string[] = [];
  let cursor: string | null = null;
  for (let guard = 0; guard < 100; guard++) {
    const res = await listing(c, page, `&sort=${sort}&limit=${limit}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ""}`);
    expect(res.status).toBe(200);
    expect(res.body.comments.length).toBeLessThanOrEqual(limit);
    ids.push(...res.body.comments.map((x: { id: string }) => x.id));
    cursor = res.body.nextCursor;
    if (!cursor) return ids;
  }
  throw new Error("the cursor never ended");
}

describe("posting", () => {
  it("publishes a comment: 201 with the contract's Comment", async () => {
    const t = await stubApp();
    const ana = await guest(t, "Ana");
    await patchSite(await ownerOf(t), { origins: ["https://news.example.com"] });
    const res = await ana.postComment("Hello *world*", { url: "https://news.example.com/a1", title: "Article one" });
    expect(res.status).toBe(201);
    expect(res.body).toEqual({
      comment: {
        id: expect.any(String),
        parentId: null,
        author: { id: ana.userId, name: "Ana" },
        html: "<p>Hello <em>world</em></p>",
        body: "Hello *world*",
        createdAt: "2026-11-25T12:00:00.000Z",
        editedAt: null,
        status: "published",
        replies: [],
        upvotes: 0,
        downvotes: 0,
      },
    });
    const list = await listing(Client.over(t.app), "article-1");
    expect(list.body).toEqual({ comments: [res.body.comment], nextCursor: null, total: 1 });
    const page = await t.db.query.pages.findFirst({ where: eq(pages.key, "article-1") });
    expect(page).toMatchObject({ siteId: "demo", url: "https://news.example.com/a1", title: "Article one" });
  });

  it("keeps the whole source of a body with a NUL in it, as it renders", async () => {
    const t = await stubApp();
    const ana = await guest(t, "Ana");
    const res = await ana.postComment("before\u0000after **bold**");
    expect(res.status).toBe(201);
    expect(res.body.comment.body).toBe("before\uFFFDafter **bold**");
    const listed = (await listing(Client.over(t.app), "article-1")).body.comments[0];
    expect(listed.body).toBe("before\uFFFDafter **bold**");
    expect(listed.html).toBe("<p>before\uFFFDafter <strong>bold</strong></p>");
    const edited = await ana.patch(`${COMMENTS}/${res.body.comment.id}`, { body: "x\u0000y" });
    expect(edited.body.comment.body).toBe("x\uFFFDy");
    expect((await listing(Client.over(t.app), "article-1")).body.comments[0].body).toBe("x\uFFFDy");
  });

  it("needs a session, and a site that exists", async () => {
    const t = await stubApp();
    expectError(await Client.over(t.app).postComment("hello"), 401, "unauthorized");
    const ana = await guest(t, "Ana");
    expectError(await ana.postComment("hello", {}, "nowhere"), 404, "not_found");
    // A session on one site is not a session on another.
    await ownerOf(t).then((o) => o.post("/api/v1/admin/sites", { id: "other", name: "Other" }));
    expectError(await ana.postComment("hello", {}, "other"), 401, "unauthorized");
    expect(await commentRows(t)).toBe(0);
  });

  it("nests replies under their parents, at any depth", async () => {
    const t = await stubApp();
    const ana = await guest(t, "Ana");
    const bob = await guest(t, "Bob");
    const root = (await ana.postComment("root")).body.comment;
    const r1 = await bob.postComment("reply 1", { parentId: root.id });
    expect(r1.status).toBe(201);
    expect(r1.body.comment.parentId).toBe(root.id);
    const r2 = (await ana.postComment("reply 2", { parentId: r1.body.comment.id })).body.comment;
    const r3 = (await bob.postComment("reply 3", { parentId: r2.id })).body.comment;
    t.clock.advance(1000);
    const r1b = (await bob.postComment("reply 1b", { parentId: root.id })).body.comment;
    const r4 = (await ana.postComment("reply 4", { parentId: r3.id })).body.comment;

    const list = await listing(Client.over(t.app), "article-1");
    expect(list.body.total).toBe(6);
    expect(list.body.comments).toHaveLength(1);
    const top = list.body.comments[0];
    expect(top.id).toBe(root.id);
    expect(top.replies.map((r: any) => r.id)).toEqual([r1.body.comment.id, r1b.id]);
    const level2 = top.replies[0].replies[0];
    expect(level2).toMatchObject({ id: r2.id, parentId: r1.body.comment.id, body: "reply 2" });
    expect(level2.replies[0]).toMatchObject({ id: r3.id, parentId: r2.id });
    expect(level2.replies[0].replies[0]).toMatchObject({ id: r4.id, parentId: r3.id, replies: [] });
  });

  it("refuses a reply to a missing parent (404) or to one on another page (validation_failed)", async () => {
    const t = await stubApp();
    const ana = await guest(t, "Ana");
    const other = (await ana.postComment("on another page", { page: "article-2" })).body.comment;
    expect(expectError(await ana.postComment("reply", { parentId: "no-such-comment" }), 404, "not_found").field).toBe("parentId");
    expect(expectError(await ana.postComment("reply", { parentId: other.id }), 400, "validation_failed").field).toBe("parentId");
    expect(await commentRows(t)).toBe(1);
    expect((await listing(ana, "article-1")).body.total).toBe(0);
  });

  it("refuses a reply to a comment on another site as not found", async () => {
    const t = await stubApp();
    const owner = await ownerOf(t);
    expect((await owner.post("/api/v1/admin/sites", { id: "other", name: "Other" })).status).toBe(201);
    const onOther = await guest(t, "Ana", "other");
    const foreign = (await onOther.postComment("elsewhere", {}, "other")).body.comment;
    const ana = await guest(t, "Ana");
    expectError(await ana.postComment("reply", { parentId: foreign.id }), 404, "not_found");
  });
});

describe("listing", () => {
  it("sorts oldest or newest first, oldest by default", async () => {
    const t = await roomyApp();
    const ana = await guest(t, "Ana");
    const ids = await seed(t, ana, "p", 5);
    const reader = Client.over(t.app);
    expect((await listing(reader, "p")).body.comments.map((c: any) => c.id)).toEqual(ids);
    expect((await listing(reader, "p", "&sort=oldest")).body.comments.map((c: any) => c.id)).toEqual(ids);
    expect((await listing(reader, "p", "&sort=newest")).body.comments.map((c: any) => c.id)).toEqual([...ids].reverse());
    for (const c of (await listing(reader, "p")).body.comments) expect(c.createdAt).toMatch(ISO);
  });

  it("returns 50 by default, at most 200, and refuses more", async () => {
    const t = await roomyApp();
    const ana = await guest(t, "Ana");
    await seed(t, ana, "p", 55, 10);
    const reader = Client.over(t.app);
    const first = await listing(reader, "p");
    expect(first.body.comments).toHaveLength(50);
    expect(first.body.nextCursor).toEqual(expect.any(String));
    expect(first.body.total).toBe(55);
    const all = await listing(reader, "p", "&limit=200");
    expect(all.body.comments).toHaveLength(55);
    expect(all.body.nextCursor).toBeNull();
    expect((await listing(reader, "p", "&limit=1")).body.comments).toHaveLength(1);
    for (const bad of ["201", "0", "-1", "2.5", "many"]) {
      expect(expectError(await listing(reader, "p", `&limit=${bad}`), 400, "validation_failed").field).toBe("limit");
    }
  });

  it("counts every published comment on the page in total, and only those", async () => {
    const t = await stubApp();
    const ana = await guest(t, "Ana");
    const bob = await guest(t, "Bob");
    const root = (await ana.postComment("root")).body.comment;
    await bob.postComment("a reply", { parentId: root.id });
    await bob.postComment("another page", { page: "article-2" });
    expect((await bob.postComment("HOLDME please")).status).toBe(202);
    expectError(await bob.postComment("ATTACK"), 422, "policy_violation");
    await ana.postComment("second top-level");
    const reader = Client.over(t.app);
    const list = await listing(reader, "article-1", "&limit=1");
    expect(list.body.comments).toHaveLength(1);
    expect(list.body.total).toBe(3);
    // The author of the pending comment sees it, but it is not counted.
    expect((await listing(bob, "article-1")).body.total).toBe(3);
    expect((await listing(reader, "article-2")).body.total).toBe(1);
    expect((await listing(reader, "nobody-commented-here")).body).toEqual({ comments: [], nextCursor: null, total: 0 });
  });

  it("walks every top-level comment exactly once by cursor, in both orders, ties included", async () => {
    const t = await roomyApp();
    const ana = await guest(t, "Ana");
    const bob = await guest(t, "Bob");
    const ids = await seed(t, ana, "p", 9);
    // Five comments in the same millisecond: the id breaks the tie.
    ids.push(...(await seed(t, ana, "p", 5, 0)));
    ids.push(...(await seed(t, ana, "p", 9)));
    // Replies do not count against the limit.
    await bob.postComment("a reply", { page: "p", parentId: ids[3] });
    await bob.postComment("a reply", { page: "p", parentId: ids[10] });
    const reader = Client.over(t.app);
    const expectedOldest = (await listing(reader, "p", "&limit=200")).body.comments.map((c: any) => c.id);
    expect(new Set(expectedOldest)).toEqual(new Set(ids));
    for (const limit of [1, 4, 5, 7, 23, 50]) {
      expect(await walk(reader, "p", "oldest", limit), `oldest, limit ${limit}`).toEqual(expectedOldest);
      expect(await walk(reader, "p", "newest", limit), `newest, limit ${limit}`).toEqual([...expectedOldest].reverse());
    }
  });

  for (const sort of ["oldest", "newest"] as const) {
    it(`keeps pages stable under concurrent inserts and deletes (${sort})`, async () => {
      const t = await roomyApp();
      const ana = await guest(t, "Ana");
      const bob = await guest(t, "Bob");
      const before = await seed(t, ana, "p", 12);
      // Some pre-existing comments share a timestamp.
      before.push(...(await seed(t, ana, "p", 3, 0)));
      const reader = Client.over(t.app);
      const expected = (await listing(reader, "p", `&sort=${sort}&limit=200`)).body.comments.map((c: any) => c.id);
      expect(new Set(expected)).toEqual(new Set(before));
      const first = await listing(reader, "p", `&sort=${sort}&limit=5`);
      const seen: string[] = first.body.comments.map((c: any) => c.id);
      let cursor: string | null = first.body.nextCursor;
      const inserted: string[] = [];
      while (cursor) {
        // Between every two pages: new comments, one in the very same millisecond as the last.
        inserted.push(...(await seed(t, bob, "p", 2)));
        inserted.push(...(await seed(t, bob, "p", 1, 0)));
        const res = await listing(reader, "p", `&sort=${sort}&limit=5&cursor=${encodeURIComponent(cursor)}`);
        expect(res.status).toBe(200);
        seen.push(...res.body.comments.map((c: any) => c.id));
        cursor = res.body.nextCursor;
      }
      expect(new Set(seen).size).toBe(seen.length);
      for (const id of before) expect(seen, `pre-existing ${id}`).toContain(id);
      expect(seen.filter((id) => !inserted.includes(id))).toEqual(expected);
      // Oldest first, the new comments come after the old ones; newest first, they are never reached.
      if (sort === "oldest") expect(seen.slice(0, expected.length)).toEqual(expected);
      else expect(seen).toEqual(expected);
      // A deleted comment's cursor still works: the cursor is a position, not a row.
      const page1 = await listing(reader, "p", `&sort=${sort}&limit=5`);
      const last = page1.body.comments[4].id;
      expect((await (before.includes(last) ? ana : bob).delete(`${COMMENTS}/${last}`)).status).toBe(200);
      const page2 = await listing(reader, "p", `&sort=${sort}&limit=5&cursor=${encodeURIComponent(page1.body.nextCursor)}`);
      const page1Ids = page1.body.comments.map((c: any) => c.id);
      const all = (await listing(reader, "p", `&sort=${sort}&limit=200`)).body.comments.map((c: any) => c.id);
      expect(page2.body.comments.map((c: any) => c.id)).toEqual(all.slice(4, 9));
      expect(page2.body.comments.some((c: any) => page1Ids.includes(c.id))).toBe(false);
    });
  }

  it("refuses a cursor it did not give out", async () => {
    const t = await stubApp();
    const reader = Client.over(t.app);
    const b64 = (s: string) => Buffer.from(s).toString("base64url");
    for (const cursor of ["garbage!!", "%%%", b64("[]"), b64('{"at":1}'), b64("[1,2]"), b64("null"), b64("not json"), "x".repeat(3000)]) {
      const error = expectError(await listing(reader, "p", `&cursor=${encodeURIComponent(cursor)}`), 400, "validation_failed");
      expect(error.field).toBe("cursor");
    }
  });

  it("signs its cursors: a well-formed position it did not sign, or a tampered one, is refused", async () => {
    const t = await stubApp();
    await patchSite(await ownerOf(t), { rateLimitPerMinute: 1000 });
    const ana = await guest(t, "Ana");
    for (let i = 0; i < 3; i++) await ana.postComment(`comment ${i}`);
    const reader = Client.over(t.app);
    const first = await listing(reader, "article-1", "&limit=1");
    const given: string = first.body.nextCursor;
    expect((await listing(reader, "article-1", `&limit=1&cursor=${encodeURIComponent(given)}`)).status).toBe(200);
    const [payload, signature] = given.split(".");
    const position = Buffer.from(JSON.stringify(["2026-01-01T00:00:00.000Z", "made-up"])).toString("base64url");
    const forged = [
      payload!,
      `${position}.${signature}`,
      `${payload}.${signature!.slice(1)}x`,
      signedCursors("another server's secret").encode({ at: "2026-01-01T00:00:00.000Z", id: "x" }),
    ];
    for (const cursor of forged) {
      const error = expectError(await listing(reader, "article-1", `&cursor=${encodeURIComponent(cursor)}`), 400, "validation_failed");
      expect(error.field).toBe("cursor");
    }
  });
});

describe("moderated posting", () => {
  it("refuses a likely attack with 422 policy_violation and stores nothing, then holds it on acknowledge", async () => {
    const t = await stubApp();
    const ana = await guest(t, "Ana");
    await ana.postComment("a fine first comment");
    const body = "Well, you ATTACK.";
    const refused = await ana.postComment(body);
    const error = expectError(refused, 422, "policy_violation");
    expect(error).toMatchObject({ rule: "personal-attacks", canAcknowledge: true, spans: [{ start: 10, end: 16 }] });
    expect(body.slice(error.spans[0].start, error.spans[0].end)).toBe("ATTACK");
    expect(await commentRows(t)).toBe(1);
    expect((await listing(Client.over(t.app), "article-1")).body.total).toBe(1);

    const held = await ana.postComment(body, { acknowledge: true });
    expect(held.status).toBe(202);
    expect(held.body).toEqual({
      comment: expect.objectContaining({ status: "pending", body }),
      reason: expect.any(String),
      held: { reason: "acknowledged", rule: "personal-attacks", ruleTitle: "No personal attacks", target: expect.any(String) },
    });
    expect(await commentRows(t)).toBe(2);
  });

  it("holds a borderline comment (202) and shows it only to its author", async () => {
    const t = await stubApp();
    const ana = await guest(t, "Ana");
    const bob = await guest(t, "Bob");
    const anon = Client.over(t.app);
    await bob.postComment("published one");
    // Warm the public cache first, so a personal listing cannot come from it or go into it.
    const publicBefore = await listing(anon, "article-1");
    const held = await ana.postComment("HOLDME if you can");
    expect(held.status).toBe(202);
    expect(held.body.comment.status).toBe("pending");
    expect(held.body.reason).toMatch(/moderator/);

    const own = await listing(ana, "article-1");
    expect(own.body.comments.map((c: any) => [c.id, c.status])).toContainEqual([held.body.comment.id, "pending"]);
    expect(own.body.total).toBe(1);
    for (const other of [anon, bob]) {
      const list = await listing(other, "article-1");
      expect(list.body.comments.map((c: any) => c.id)).not.toContain(held.body.comment.id);
      expect(list.body.total).toBe(1);
    }
    expect(JSON.stringify((await listing(anon, "article-1")).body)).not.toContain("HOLDME");
    expect(publicBefore.body.total).toBe(1);
    // A pending reply is shown to its author only as well.
    const root = (await bob.postComment("root for replies")).body.comment;
    const reply = await ana.postComment("HOLDME reply", { parentId: root.id });
    expect(reply.status).toBe(202);
    const ownThread = (await listing(ana, "article-1")).body.comments.find((c: any) => c.id === root.id);
    expect(ownThread.replies.map((r: any) => r.id)).toEqual([reply.body.comment.id]);
    const publicThread = (await listing(bob, "article-1")).body.comments.find((c: any) => c.id === root.id);
    expect(publicThread.replies).toEqual([]);
  });

  it("holds or refuses a real personal attack with the shipped detector", async () => {
    const attack = "You are a stupid worthless idiot, shut up";
    const detector = createDetector();
    const t = await fastApp({ detector });
    const ana = await guest(t, "Ana");
    const bob = await guest(t, "Bob");
    const plain = await ana.postComment("I think the article makes a fair point about the budget.");
    expect(plain.status).toBe(201);
    const first = await ana.postComment(attack);
    expect([202, 422]).toContain(first.status);
    if (first.status === 422) {
      expect(first.body.error).toMatchObject({ code: "policy_violation", rule: "personal-attacks", canAcknowledge: true });
      expect(first.body.error.spans.length).toBeGreaterThan(0);
    }
    const acknowledged = await bob.postComment(attack, { acknowledge: true });
    expect(acknowledged.status).toBe(202);
    expect(acknowledged.body.comment.status).toBe("pending");
    const pub = await listing(Client.over(t.app), "article-1");
    expect(pub.body.total).toBe(1);
    expect(JSON.stringify(pub.body)).not.toContain("idiot");
    expect(JSON.stringify((await listing(bob, "article-1")).body)).toContain("idiot");
  });
});

describe("deleting", () => {
  it("leaves a placeholder for a deleted comment with replies, and removes one without", async () => {
    const t = await stubApp();
    const ana = await guest(t, "Ana");
    const bob = await guest(t, "Bob");
    const parent = (await ana.postComment("parent with a reply")).body.comment;
    const reply = (await bob.postComment("the reply", { parentId: parent.id })).body.comment;
    const lonely = (await ana.postComment("no replies here")).body.comment;

    const del = await ana.delete(`${COMMENTS}/${parent.id}`);
    expect(del.status).toBe(200);
    expect(del.body.comment).toMatchObject({ id: parent.id, status: "deleted", body: "", html: "" });
    expect((await ana.delete(`${COMMENTS}/${lonely.id}`)).status).toBe(200);

    const list = await listing(Client.over(t.app), "article-1");
    expect(list.body.comments).toHaveLength(1);
    const placeholder = list.body.comments[0];
    expect(placeholder).toMatchObject({ id: parent.id, status: "deleted", body: "", html: "" });
    expect(JSON.stringify(placeholder)).not.toContain("parent with a reply");
    expect(placeholder.replies.map((r: any) => r.id)).toEqual([reply.id]);
    expect(list.body.total).toBe(1);
    // Deleting the last reply removes the placeholder too.
    expect((await bob.delete(`${COMMENTS}/${reply.id}`)).status).toBe(200);
    expect((await listing(Client.over(t.app), "article-1")).body).toEqual({ comments: [], nextCursor: null, total: 0 });
    // The stored text is gone, not just hidden.
    const row = await t.db.query.comments.findFirst({ where: eq(comments.id, parent.id) });
    expect(row).toMatchObject({ body: "", html: "", status: "deleted" });
  });

  it("lets only the author or a moderator delete", async () => {
    const t = await stubApp();
    const ana = await guest(t, "Ana");
    const bob = await guest(t, "Bob");
    const id = (await ana.postComment("mine")).body.comment.id;
    expectError(await bob.delete(`${COMMENTS}/${id}`), 403, "forbidden");
    expectError(await Client.over(t.app).delete(`${COMMENTS}/${id}`), 401, "unauthorized");
    expectError(await ana.delete(`${COMMENTS}/no-such-id`), 404, "not_found");

    const owner = await ownerOf(t);
    const noCsrf = owner.fork();
    noCsrf.cookie = owner.cookie;
    expectError(await noCsrf.delete(`${COMMENTS}/${id}`), 403, "forbidden");
    noCsrf.csrf = "not-the-token";
    expectError(await noCsrf.delete(`${COMMENTS}/${id}`), 403, "forbidden");
    expect((await listing(Client.over(t.app), "article-1")).body.total).toBe(1);

    const res = await owner.delete(`${COMMENTS}/${id}`);
    expect(res.status).toBe(200);
    expect(res.body.comment.status).toBe("deleted");
    expect((await listing(Client.over(t.app), "article-1")).body.total).toBe(0);
    expectError(await ana.delete(`${COMMENTS}/${id}`), 404, "not_found");
  });
});

describe("editing", () => {
  it("lets the author edit within the edit window, and not after", async () => {
    const t = await stubApp();
    const ana = await guest(t, "Ana");
    const id = (await ana.postComment("first draft")).body.comment.id;
    t.clock.advance(14 * 60_000);
    const edited = await ana.patch(`${COMMENTS}/${id}`, { body: "second **draft**" });
    expect(edited.status).toBe(200);
    expect(edited.body.comment).toMatchObject({
      id,
      body: "second **draft**",
      html: "<p>second <strong>draft</strong></p>",
      status: "published",
      createdAt: "2026-11-25T12:00:00.000Z",
      editedAt: "2026-11-25T12:14:00.000Z",
    });
    const listed = (await listing(Client.over(t.app), "article-1")).body.comments[0];
    expect(listed).toEqual(edited.body.comment);

    t.clock.advance(60_001);
    expectError(await ana.patch(`${COMMENTS}/${id}`, { body: "too late" }), 403, "forbidden");
    expect((await listing(Client.over(t.app), "article-1")).body.comments[0].body).toBe("second **draft**");
  });

  it("follows the site's editWindowMinutes", async () => {
    const t = await stubApp();
    await patchSite(await ownerOf(t), { editWindowMinutes: 1 });
    const ana = await guest(t, "Ana");
    const id = (await ana.postComment("draft")).body.comment.id;
    t.clock.advance(61_000);
    expectError(await ana.patch(`${COMMENTS}/${id}`, { body: "late" }), 403, "forbidden");
  });

  it("refuses anyone but the author", async () => {
    const t = await stubApp();
    const ana = await guest(t, "Ana");
    const bob = await guest(t, "Bob");
    const id = (await ana.postComment("mine")).body.comment.id;
    expectError(await bob.patch(`${COMMENTS}/${id}`, { body: "hijacked" }), 403, "forbidden");
    expectError(await Client.over(t.app).patch(`${COMMENTS}/${id}`, { body: "hijacked" }), 401, "unauthorized");
    expectError(await ana.patch(`${COMMENTS}/no-such-id`, { body: "x" }), 404, "not_found");
    expect(expectError(await ana.patch(`${COMMENTS}/${id}`, {}), 400, "validation_failed").field).toBe("body");
    expect((await listing(bob, "article-1")).body.comments[0]).toMatchObject({ body: "mine", editedAt: null });
  });

  it("moderates an edit like a new comment, leaving the comment as it was on refusal", async () => {
    const t = await stubApp();
    const ana = await guest(t, "Ana");
    const id = (await ana.postComment("nice words")).body.comment.id;
    const refused = await ana.patch(`${COMMENTS}/${id}`, { body: "now ATTACK" });
    expect(expectError(refused, 422, "policy_violation")).toMatchObject({ rule: "personal-attacks", spans: [{ start: 4, end: 10 }] });
    const unchanged = (await listing(Client.over(t.app), "article-1")).body.comments[0];
    expect(unchanged).toMatchObject({ body: "nice words", editedAt: null, status: "published" });
    const held = await ana.patch(`${COMMENTS}/${id}`, { body: "HOLDME edit" });
    expect(held.status).toBe(202);
    expect(held.body.comment.status).toBe("pending");
    expect((await listing(Client.over(t.app), "article-1")).body.total).toBe(0);
  });
});

describe("reports", () => {
  it("takes one report per user and comment, never on one's own", async () => {
    const t = await stubApp();
    const ana = await guest(t, "Ana");
    const bob = await guest(t, "Bob");
    const id = (await ana.postComment("a comment")).body.comment.id;
    const res = await bob.post(`${COMMENTS}/${id}/reports`, { reason: "spam", note: "buy now links" });
    expect(res.status).toBe(201);
    expect(res.body.report).toMatchObject({ id: expect.any(String), commentId: id, reason: "spam", note: "buy now links" });
    expectError(await bob.post(`${COMMENTS}/${id}/reports`, { reason: "other" }), 409, "conflict");
    expectError(await ana.post(`${COMMENTS}/${id}/reports`, { reason: "spam" }), 403, "forbidden");
    expectError(await Client.over(t.app).post(`${COMMENTS}/${id}/reports`, { reason: "spam" }), 401, "unauthorized");
    expectError(await bob.post(`${COMMENTS}/no-such-id/reports`, { reason: "spam" }), 404, "not_found");
    expect(expectError(await bob.post(`${COMMENTS}/${id}/reports`, { reason: "boring" }), 400, "validation_failed").field).toBe("reason");
    const rows = await t.db.query.reports.findMany();
    expect(rows).toHaveLength(1);
  });

  it("hides a comment from the public listing when reports reach the threshold", async () => {
    const t = await stubApp();
    const ana = await guest(t, "Ana");
    const id = (await ana.postComment("controversial")).body.comment.id;
    await ana.postComment("harmless");
    const reporters = [];
    // Readers elsewhere: reports from one address count once.
    for (let i = 0; i < 3; i++) reporters.push(await guestAt(t, `Reader ${i}`, `198.51.100.${i + 10}`));
    const reader = Client.over(t.app);
    for (const r of reporters.slice(0, 2))
      expect((await r.post(`${COMMENTS}/${id}/reports`, { reason: "personal-attack" })).status).toBe(201);
    let list = await listing(reader, "article-1");
    expect(list.body.comments.map((c: any) => c.id)).toContain(id);
    expect(list.body.total).toBe(2);
    expect((await reporters[2]!.post(`${COMMENTS}/${id}/reports`, { reason: "personal-attack" })).status).toBe(201);
    list = await listing(reader, "article-1");
    expect(list.body.comments.map((c: any) => c.id)).not.toContain(id);
    expect(list.body.total).toBe(1);
  });

  it("follows the site's reportThreshold", async () => {
    const t = await stubApp();
    await patchSite(await ownerOf(t), { reportThreshold: 1 });
    const ana = await guest(t, "Ana");
    const bob = await guest(t, "Bob");
    const id = (await ana.postComment("one report is enough")).body.comment.id;
    expect((await bob.post(`${COMMENTS}/${id}/reports`, { reason: "spam" })).status).toBe(201);
    expect((await listing(Client.over(t.app), "article-1")).body.total).toBe(0);
  });
});

describe("preview", () => {
  it("renders and judges without storing anything", async () => {
    const t = await stubApp();
    const ana = await guest(t, "Ana");
    await ana.postComment("existing");
    const reader = Client.over(t.app);
    const before = await listing(reader, "article-1");
    const rowsBefore = await commentRows(t);
    const auditBefore = (await t.db.query.auditLog.findMany()).length;

    const ok = await ana.post("/api/v1/sites/demo/preview", { body: "**bold** [link](https://example.com)" });
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({
      html: '<p><strong>bold</strong> <a href="https://example.com" rel="nofollow ugc noopener" target="_blank">link</a></p>',
      decision: "publish",
      rule: null,
      spans: [],
    });
    const hold = await ana.post("/api/v1/sites/demo/preview", { body: "HOLDME" });
    expect(hold.body).toMatchObject({ decision: "hold", rule: "personal-attacks", spans: [{ start: 0, end: 6 }] });
    const reject = await ana.post("/api/v1/sites/demo/preview", { body: "so ATTACK" });
    expect(reject.body).toMatchObject({
      decision: "reject",
      rule: "personal-attacks",
      spans: [{ start: 3, end: 9 }],
      html: "<p>so ATTACK</p>",
    });

    expect(await commentRows(t)).toBe(rowsBefore);
    expect((await t.db.query.auditLog.findMany()).length).toBe(auditBefore);
    const after = await listing(reader, "article-1");
    expect(after.body).toEqual(before.body);
    expect(after.headers.get("etag")).toBe(before.headers.get("etag"));
  });

  it("is rate limited like posting, with room for the composer's previews (ten per comment allowed)", async () => {
    const t = await stubApp();
    await patchSite(await ownerOf(t), { rateLimitPerMinute: 1 });
    const ana = await guest(t, "Ana");
    const answers = [];
    for (let i = 0; i < 10; i++) answers.push((await ana.post("/api/v1/sites/demo/preview", { body: `draft ${i}` })).status);
    expect(answers).toEqual(Array(10).fill(200));
    const limited = await ana.post("/api/v1/sites/demo/preview", { body: "one more" });
    expectError(limited, 429, "rate_limited");
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(0);
    // Previews have their own counter: the one comment a minute is still there to post.
    expect((await ana.postComment("posted after previewing")).status).toBe(201);
  });

  it("needs a session and a body within the site's length", async () => {
    const t = await stubApp();
    expectError(await Client.over(t.app).post("/api/v1/sites/demo/preview", { body: "hi" }), 401, "unauthorized");
    const ana = await guest(t, "Ana");
    expect(expectError(await ana.post("/api/v1/sites/demo/preview", {}), 400, "validation_failed").field).toBe("body");
    expect(expectError(await ana.post("/api/v1/sites/demo/preview", { body: "x".repeat(10_001) }), 400, "validation_failed").field).toBe(
      "body",
    );
  });
});

describe("nothing half-written", () => {
  it("leaves the comments table and the page untouched on 400, 413, 422 and 429", async () => {
    const t = await stubApp();
    const ana = await guest(t, "Ana");
    const ok = await ana.postComment("the one that counts");
    const reader = Client.over(t.app);
    const snapshot = async () => ({
      rows: await t.db.select().from(comments),
      page: await t.db.query.pages.findFirst({ where: eq(pages.key, "article-1") }),
      list: (await listing(reader, "article-1")).body,
    });
    const before = await snapshot();
    expect(before.rows).toHaveLength(1);

    expectError(await ana.postComment("x".repeat(10_001)), 400, "validation_failed");
    expectError(await ana.postComment("reply", { parentId: "missing" }), 404, "not_found");
    expectError(await ana.post(COMMENTS, "{"), 400, "validation_failed");
    expectError(await ana.postComment("y".repeat(70_000)), 413, "too_large");
    expectError(await ana.postComment("you ATTACK"), 422, "policy_violation");
    expectError(await ana.patch(`${COMMENTS}/${ok.body.comment.id}`, { body: "edited to ATTACK" }), 422, "policy_violation");
    // Fill the minute's allowance, then one more.
    const bob = await guest(t, "Bob");
    for (let i = 0; i < 6; i++) await bob.postComment(`n ${i}`, { page: "elsewhere" });
    const beforeLimit = await snapshot();
    expectError(await bob.postComment("over the limit"), 429, "rate_limited");
    expectError(await bob.patch(`${COMMENTS}/${ok.body.comment.id}`, { body: "not mine anyway" }), 403, "forbidden");

    const after = await snapshot();
    expect(after.list).toEqual(before.list);
    expect(after.page).toEqual(before.page);
    expect(after.rows.filter((r) => r.pageKey === "article-1")).toEqual(before.rows);
    expect(after.rows).toEqual(beforeLimit.rows);
  });
});
