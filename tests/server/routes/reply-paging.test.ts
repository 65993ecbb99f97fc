import { describe, expect, it } from "vitest";
import { Client } from "../../helpers/client.ts";
import { expectError, guest, listing, ownerOf, patchSite, stubApp } from "../support/setup.ts";

const COMMENTS = "/api/v1/sites/demo/comments";

/**
 * Root A with five replies a second apart (r1 under A, r2 under r1, r3 under A, r4 under r2,
 * r5 under A) and root B with none.
 */
async function thread() {
  const t = await stubApp();
  await patchSite(await ownerOf(t), { rateLimitPerMinute: 10_000 });
  const bob = await guest(t, "Bob");
  const post = async (body: string, parentId?: string) => {
    t.clock.advance(1000);
    const res = await bob.postComment(body, parentId ? { parentId } : {});
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    return res.body.comment.id as string;
  };
  const a = await post("root A");
  const r1 = await post("r1", a);
  const r2 = await post("r2", r1);
  const r3 = await post("r3", a);
  const r4 = await post("r4", r2);
  const r5 = await post("r5", a);
  const b = await post("root B");
  return { t, bob, a, b, r: [r1, r2, r3, r4, r5] as const };
}

const ids = (list: { id: string }[]) => list.map((c) => c.id);
type Tree = { id: string; replies: Tree[] };
const shape = (list: Tree[]): unknown[] => list.map((c) => (c.replies.length ? [c.id, shape(c.replies)] : c.id));

async function repliesOf(c: Client, id: string, query = "") {
  return c.get(`${COMMENTS}/${id}/replies${query ? `?${query}` : ""}`);
}

describe("reply paging", () => {
  it("sends the earliest R replies of each thread, nested, with the count and where the rest start", async () => {
    const { t, a, b, r } = await thread();
    const anon = Client.over(t.app);
    const res = await listing(anon, "article-1", "&replies=2");
    expect(res.status).toBe(200);
    const [first, second] = res.body.comments;
    expect(ids(res.body.comments)).toEqual([a, b]);
    expect(shape(first.replies)).toEqual([[r[0], [r[1]]]]);
    expect(first.replyCount).toBe(5);
    expect(first.repliesCursor).toEqual(expect.any(String));
    expect(second).toMatchObject({ replies: [], replyCount: 0, repliesCursor: null });
    expect(res.body.total).toBe(7);

    // The rest, flat, from the thread's cursor.
    const next = await repliesOf(anon, a, `cursor=${encodeURIComponent(first.repliesCursor)}&limit=2`);
    expect(next.status).toBe(200);
    expect(ids(next.body.replies)).toEqual([r[2], r[3]]);
    expect(next.body.replies.map((c: { parentId: string; replies: unknown[] }) => [c.parentId, c.replies])).toEqual([
      [a, []],
      [r[1], []],
    ]);
    const last = await repliesOf(anon, a, `cursor=${encodeURIComponent(next.body.nextCursor)}&limit=2`);
    expect(ids(last.body.replies)).toEqual([r[4]]);
    expect(last.body.nextCursor).toBeNull();
  });

  it("keeps today's answer without `replies`, and sends no replies but a cursor with replies=0", async () => {
    const { t, a, r } = await thread();
    const anon = Client.over(t.app);
    const full = await listing(anon, "article-1");
    expect(shape(full.body.comments[0].replies)).toEqual([[r[0], [[r[1], [r[3]]]]], r[2], r[4]]);
    expect(full.body.comments[0]).not.toHaveProperty("replyCount");
    expect(full.body.comments[0]).not.toHaveProperty("repliesCursor");

    const none = await listing(anon, "article-1", "&replies=0");
    expect(none.body.comments[0]).toMatchObject({ replies: [], replyCount: 5 });
    const all = await repliesOf(anon, a, `cursor=${encodeURIComponent(none.body.comments[0].repliesCursor)}`);
    expect(ids(all.body.replies)).toEqual([...r]);
    // Without a cursor the endpoint starts at the first reply; the default limit is 50.
    expect(ids((await repliesOf(anon, a)).body.replies)).toEqual([...r]);
  });

  it("answers 404 for an unknown or a non-top-level comment, 400 for a bad cursor, limit or replies", async () => {
    const { t, a, r } = await thread();
    const anon = Client.over(t.app);
    expectError(await repliesOf(anon, "nope"), 404, "not_found");
    expectError(await repliesOf(anon, r[0]), 404, "not_found");
    expectError(await repliesOf(anon, r[0], "cursor=%%%"), 400, "validation_failed");
    expectError(await repliesOf(anon, a, "cursor=bm90IGEgY3Vyc29y"), 400, "validation_failed");
    expectError(await repliesOf(anon, a, "limit=0"), 400, "validation_failed");
    expectError(await repliesOf(anon, a, "limit=201"), 400, "validation_failed");
    expectError(await listing(anon, "article-1", "&replies=101"), 400, "validation_failed");
    expectError(await listing(anon, "article-1", "&replies=-1"), 400, "validation_failed");
    // Another site's comment is not found on this one.
    expectError(await anon.get(`/api/v1/sites/nosuchsite/comments/${a}/replies`), 404, "not_found");
  });

  it("counts and shows a viewer's own pending reply to them only, in listings and reply pages", async () => {
    const { t, a, r } = await thread();
    const ana = await guest(t, "Ana");
    const bob = Client.over(t.app);
    t.clock.advance(1000);
    const held = await ana.postComment("HOLDME late reply", { parentId: a });
    expect(held.status).toBe(202);
    const pendingId = held.body.comment.id;

    const own = (await listing(ana, "article-1", "&replies=10")).body.comments[0];
    expect(own.replyCount).toBe(6);
    expect(ids(own.replies)).toContain(pendingId);
    const others = (await listing(bob, "article-1", "&replies=10")).body.comments[0];
    expect(others.replyCount).toBe(5);
    expect(JSON.stringify(others)).not.toContain(pendingId);

    expect(ids((await repliesOf(ana, a)).body.replies)).toEqual([...r, pendingId]);
    expect(ids((await repliesOf(bob, a)).body.replies)).toEqual([...r]);
    // And the anonymous page, cached, still leaves it out after the author's request.
    expect(ids((await repliesOf(Client.over(t.app), a)).body.replies)).toEqual([...r]);
  });

  it("carries an ETag and answers If-None-Match with 304 until the thread changes", async () => {
    const { t, bob, a } = await thread();
    const first = await t.app.request(`${COMMENTS}/${a}/replies`);
    const etag = first.headers.get("etag")!;
    expect(etag).toMatch(/^"[^"]+"$/);
    const again = await t.app.request(`${COMMENTS}/${a}/replies`, { headers: { "If-None-Match": etag } });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe("");
    t.clock.advance(1000);
    await bob.postComment("r6", { parentId: a });
    const changed = await t.app.request(`${COMMENTS}/${a}/replies`, { headers: { "If-None-Match": etag } });
    expect(changed.status).toBe(200);
    expect(((await changed.json()) as { replies: unknown[] }).replies).toHaveLength(6);
  });

  it("keeps a deleted reply that holds replies as a placeholder, in the count and in order", async () => {
    const { t, bob, a, r } = await thread();
    expect((await bob.delete(`${COMMENTS}/${r[1]}`)).status).toBe(200);
    expect((await bob.delete(`${COMMENTS}/${r[4]}`)).status).toBe(200);
    const anon = Client.over(t.app);
    const top = (await listing(anon, "article-1", "&replies=3")).body.comments[0];
    // r2 is deleted but holds r4; r5 is deleted and holds nothing, so it is gone.
    expect(top.replyCount).toBe(4);
    expect(shape(top.replies)).toEqual([[r[0], [r[1]]], r[2]]);
    expect(top.replies[0].replies[0]).toMatchObject({ status: "deleted", body: "" });
    const rest = await repliesOf(anon, a, `cursor=${encodeURIComponent(top.repliesCursor)}`);
    expect(ids(rest.body.replies)).toEqual([r[3]]);
  });
});
