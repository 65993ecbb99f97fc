/** Posting, acknowledging, editing and previewing under the policy (deterministic keyword detector). */
import { count } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { comments } from "../../../db/schema.ts";
import { keywordDetector, phrases, setup, type Harness } from "./harness.ts";

let h: Harness;
beforeAll(async () => {
  h = await setup({ detector: keywordDetector() });
});

async function commentRows() {
  const [row] = await h.db.select({ n: count() }).from(comments);
  return row!.n;
}

describe("posting", () => {
  it("below hold → 201 published, listed", async () => {
    const a = await h.guest("Ana");
    const page = h.page();
    const res = await a.postComment(phrases.keyword.clean[0]!, { page });
    expect(res.status).toBe(201);
    expect(res.body.comment).toMatchObject({ status: "published", body: phrases.keyword.clean[0], parentId: null });
    expect(res.body.reason).toBeUndefined();
    const list = await h.publicList(page);
    expect(list.body.total).toBe(1);
    expect(list.body.comments.map((c: any) => c.id)).toEqual([res.body.comment.id]);
  });

  it("hold..reject → 202 pending with a reason; hidden from others, shown to its author", async () => {
    const a = await h.guest("Ana");
    const b = await h.guest("Ben");
    const page = h.page();
    const res = await a.postComment(phrases.keyword.held[0]!, { page });
    expect(res.status).toBe(202);
    expect(res.body.comment.status).toBe("pending");
    expect(typeof res.body.reason).toBe("string");
    expect(res.body.reason.length).toBeGreaterThan(10);
    expect((await h.publicList(page)).body).toMatchObject({ total: 0, comments: [] });
    expect((await h.list(b, page)).body.comments).toEqual([]);
    const own = await h.list(a, page);
    expect(own.body.comments.map((c: any) => [c.id, c.status])).toEqual([[res.body.comment.id, "pending"]]);
  });

  it("≥ reject → 422 policy_violation with rule, UTF-16 spans and canAcknowledge; nothing stored", async () => {
    const a = await h.guest("Ana");
    const page = h.page();
    await h.posted(a, phrases.keyword.clean[1]!, page);
    const before = await commentRows();
    const { body, offending } = phrases.keyword.attackWithSpans;
    const res = await a.postComment(body, { page });
    expect(res.status).toBe(422);
    expect(res.body.error).toMatchObject({ code: "policy_violation", rule: "personal-attacks", canAcknowledge: true });
    expect(typeof res.body.error.message).toBe("string");
    // UTF-16 offsets (the body starts with an astral emoji and an accented letter).
    expect(res.body.error.spans.map((s: { start: number; end: number }) => body.slice(s.start, s.end))).toEqual(offending);
    expect(await commentRows()).toBe(before);
    const list = await h.publicList(page);
    expect(list.body.total).toBe(1);
    expect((await h.list(a, page)).body.comments).toHaveLength(1);
  });

  it("a refused comment resent with acknowledge: true → 202 pending for a moderator", async () => {
    const a = await h.guest("Ana");
    const page = h.page();
    const body = phrases.keyword.attack[0]!;
    expect((await a.postComment(body, { page })).status).toBe(422);
    const res = await a.postComment(body, { page, acknowledge: true });
    expect(res.status).toBe(202);
    expect(res.body.comment.status).toBe("pending");
    expect(res.body.reason).toEqual(expect.any(String));
    expect((await h.publicList(page)).body.total).toBe(0);
    const queue = await h.admin.get("/api/v1/admin/sites/demo/queue?status=pending");
    const item = queue.body.items.find((i: any) => i.comment.id === res.body.comment.id);
    expect(item).toMatchObject({ rule: "personal-attacks", holdReason: "acknowledged" });
    expect(item.spans.length).toBeGreaterThan(0);
  });

  it("acknowledge: true on a clean comment still publishes", async () => {
    const a = await h.guest("Ana");
    const res = await a.postComment(phrases.keyword.clean[2]!, { page: h.page(), acknowledge: true });
    expect(res.status).toBe(201);
    expect(res.body.comment.status).toBe("published");
  });

  it("replies are moderated the same way", async () => {
    const a = await h.guest("Ana");
    const b = await h.guest("Ben");
    const page = h.page();
    const parent = await h.posted(a, phrases.keyword.clean[0]!, page);
    const refused = await b.postComment(phrases.keyword.attack[1]!, { page, parentId: parent.id });
    expect(refused.status).toBe(422);
    expect(refused.body.error.rule).toBe("personal-attacks");
    const held = await b.postComment(phrases.keyword.held[1]!, { page, parentId: parent.id });
    expect(held.status).toBe(202);
    const list = await h.publicList(page);
    expect(list.body.comments[0].replies).toEqual([]);
    expect(list.body.total).toBe(1);
  });
});

describe("edits are moderated like new comments", () => {
  it("clean → attack: 422 and the published text stays", async () => {
    const a = await h.guest("Ana");
    const page = h.page();
    const c = await h.posted(a, phrases.keyword.clean[3]!, page);
    const res = await a.patch(`/api/v1/sites/demo/comments/${c.id}`, { body: phrases.keyword.attack[0] });
    expect(res.status).toBe(422);
    expect(res.body.error).toMatchObject({ code: "policy_violation", rule: "personal-attacks", canAcknowledge: true });
    const span = res.body.error.spans[0];
    expect(phrases.keyword.attack[0]!.slice(span.start, span.end)).toBe("zorkface");
    const list = await h.publicList(page);
    expect(list.body.comments[0]).toMatchObject({ id: c.id, body: phrases.keyword.clean[3], status: "published", editedAt: null });
  });

  it("clean → attack with acknowledge: 202 pending, hidden from others", async () => {
    const a = await h.guest("Ana");
    const b = await h.guest("Ben");
    const page = h.page();
    const c = await h.posted(a, phrases.keyword.clean[4]!, page);
    const res = await a.patch(`/api/v1/sites/demo/comments/${c.id}`, { body: phrases.keyword.attack[0], acknowledge: true });
    expect(res.status).toBe(202);
    expect(res.body.comment).toMatchObject({ id: c.id, status: "pending", body: phrases.keyword.attack[0] });
    expect(res.body.reason).toEqual(expect.any(String));
    expect(res.body.comment.editedAt).not.toBeNull();
    expect((await h.publicList(page)).body).toMatchObject({ total: 0, comments: [] });
    expect((await h.list(b, page)).body.comments).toEqual([]);
    expect((await h.list(a, page)).body.comments[0]).toMatchObject({ id: c.id, status: "pending" });
  });

  it("clean → held text: 202 pending; held → clean: 200 published", async () => {
    const a = await h.guest("Ana");
    const page = h.page();
    const c = await h.posted(a, phrases.keyword.clean[5]!, page);
    const held = await a.patch(`/api/v1/sites/demo/comments/${c.id}`, { body: phrases.keyword.held[0] });
    expect(held.status).toBe(202);
    expect(held.body.comment.status).toBe("pending");
    expect((await h.publicList(page)).body.total).toBe(0);
    const back = await a.patch(`/api/v1/sites/demo/comments/${c.id}`, { body: phrases.keyword.clean[5] + " (edited)" });
    expect(back.status).toBe(200);
    expect(back.body.comment.status).toBe("published");
    expect((await h.publicList(page)).body.total).toBe(1);
  });

  it("someone else's edit is forbidden", async () => {
    const a = await h.guest("Ana");
    const b = await h.guest("Ben");
    const c = await h.posted(a, phrases.keyword.clean[0]!, h.page());
    const res = await b.patch(`/api/v1/sites/demo/comments/${c.id}`, { body: "mine now" });
    expect(res.status).toBe(403);
    expect(res.body.error.code).toBe("forbidden");
  });
});

describe("preview", () => {
  const bodies = [
    ...phrases.keyword.clean.slice(0, 2),
    ...phrases.keyword.held,
    ...phrases.keyword.attack,
    phrases.keyword.attackWithSpans.body,
  ];

  it("returns what posting would do, and stores nothing", async () => {
    const a = await h.guest("Ana");
    const page = h.page();
    const rowsBefore = await commentRows();
    const auditBefore = (await h.auditAll()).length;
    const previews = [];
    for (const body of bodies) {
      const p = await a.post("/api/v1/sites/demo/preview", { body });
      expect(p.status).toBe(200);
      expect(p.body.html).toContain("<p>");
      previews.push(p.body);
    }
    expect(await commentRows()).toBe(rowsBefore);
    expect((await h.auditAll()).length).toBe(auditBefore);
    expect((await h.publicList(page)).body.total).toBe(0);

    // Now post each and compare.
    const expected: Record<number, string> = { 201: "publish", 202: "hold", 422: "reject" };
    for (const [i, body] of bodies.entries()) {
      if (i % 5 === 4) h.tick(); // stay under the per-user rate limit
      const res = await a.postComment(body, { page });
      expect(previews[i].decision, body).toBe(expected[res.status]);
      if (res.status === 422) {
        expect(previews[i].rule).toBe(res.body.error.rule);
        expect(previews[i].spans).toEqual(res.body.error.spans);
      } else if (res.status === 202) {
        expect(previews[i].rule).toBe("personal-attacks");
      } else {
        expect(previews[i]).toMatchObject({ rule: null, spans: [] });
      }
    }
    expect(previews.map((p) => p.decision)).toEqual(["publish", "publish", "hold", "hold", "reject", "reject", "reject"]);
  });

  it("needs a commenter's token", async () => {
    const anon = h.clientAt(h.freshAddress());
    const res = await anon.post("/api/v1/sites/demo/preview", { body: "hello" });
    expect(res.status).toBe(401);
  });
});
