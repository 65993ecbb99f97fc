// Readers' extensions of issue 12: votes (one per reader and comment, counted in the vote's own
// transaction), the "best" order, the page's live counts beside the cached listing, comment
// counts for article lists, and one thread by a comment's id (permalinks).
import { beforeAll, describe, expect, it } from "vitest";
import { contract, expectError, type Commenter, type Contract } from "./support/contract.ts";
import { clean, HELD } from "./support/phrases.ts";

let t: Contract;
beforeAll(async () => {
  t = await contract("votes");
});

const vote = (who: Commenter, id: string, value: unknown) => who.put(`${t.comments}/${id}/vote`, { value });
const pageVotes = (page: string, who = t.caller()) => who.get(`${t.api}/votes?page=${encodeURIComponent(page)}`);

async function published(who: Commenter, page: string, body: string, extra: Record<string, unknown> = {}): Promise<string> {
  const res = await t.post(who, page, body, extra);
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body.comment.id;
}

describe("votes", () => {
  it("counts one upvote per reader, toggled off with 0, and shows the reader their own", async () => {
    const author = await t.guest("Author");
    const [ana, bo] = [await t.guest("Ana"), await t.guest("Bo")];
    const id = await published(author, "votes-basic", clean("v1"));

    const first = await vote(ana, id, 1);
    expect(first.status, JSON.stringify(first.body)).toBe(200);
    expect(first.body).toEqual({ vote: { commentId: id, value: 1, upvotes: 1, downvotes: 0 } });
    // Again: still one vote.
    expect((await vote(ana, id, 1)).body.vote).toMatchObject({ upvotes: 1 });
    expect((await vote(bo, id, 1)).body.vote).toMatchObject({ upvotes: 2 });
    expect((await pageVotes("votes-basic", ana)).body).toEqual({ counts: { [id]: [2, 0] }, mine: { [id]: 1 } });

    expect((await vote(ana, id, 0)).body.vote).toEqual({ commentId: id, value: 0, upvotes: 1, downvotes: 0 });
    expect((await pageVotes("votes-basic", ana)).body.mine).toEqual({});
    // Clearing a vote one does not have changes nothing.
    expect((await vote(ana, id, 0)).body.vote).toMatchObject({ upvotes: 1 });
    const listed = await t.list("votes-basic");
    expect(listed.body.comments[0]).toMatchObject({ id, upvotes: 1, downvotes: 0 });
  });

  it("takes a downvote only where the site allows them, and a reader's vote changes side", async () => {
    const author = await t.guest("Author");
    const ana = await t.guest("Ana");
    const id = await published(author, "votes-down", clean("v2"));
    expect((await t.caller().get(t.api)).body.site.downvotes).toBe(false);
    expect(expectError(await vote(ana, id, -1), 400, "validation_failed").field).toBe("value");
    expect(expectError(await vote(ana, id, 2), 400, "validation_failed").field).toBe("value");

    const other = await t.otherSite("down", { downvotes: true });
    expect((await t.owner.get(`/api/v1/admin/sites/${other}`)).body.site.downvotes).toBe(true);
    expect((await t.caller().get(`/api/v1/sites/${other}`)).body.site.downvotes).toBe(true);
    const a2 = await t.guest("Author", { site: other });
    const r2 = await t.guest("Reader", { site: other });
    const made = await a2.post(`/api/v1/sites/${other}/comments`, { page: "p", body: clean("v3") });
    const oid = made.body.comment.id;
    const at = (v: number) => r2.put(`/api/v1/sites/${other}/comments/${oid}/vote`, { value: v });
    expect((await at(-1)).body.vote).toMatchObject({ value: -1, upvotes: 0, downvotes: 1 });
    expect((await at(1)).body.vote).toMatchObject({ value: 1, upvotes: 1, downvotes: 0 });
    expect((await at(-1)).body.vote).toMatchObject({ upvotes: 0, downvotes: 1 });
    expect((await r2.get(`/api/v1/sites/${other}/votes?page=p`)).body).toEqual({ counts: { [oid]: [0, 1] }, mine: { [oid]: -1 } });
    // Turning downvotes off later refuses new ones; the ones cast stay counted.
    await t.patchSite({ downvotes: false }, other);
    expectError(await at(-1), 400, "validation_failed");
  });

  it("refuses the author, readers without a session, unknown or unpublished comments, and sanctioned or blocked readers", async () => {
    const author = await t.guest("Author");
    const id = await published(author, "votes-refused", clean("v4"));
    expectError(await vote(author, id, 1), 403, "forbidden");
    expectError(await t.caller().put(`${t.comments}/${id}/vote`, { value: 1 }), 401, "unauthorized");
    const ana = await t.guest("Ana");
    expectError(await vote(ana, "no-such-comment", 1), 404, "not_found");
    const held = await t.post(author, "votes-refused", HELD);
    expect(held.status).toBe(202);
    expectError(await vote(ana, held.body.comment.id, 1), 404, "not_found");
    // Another site's comment is not this site's.
    const other = await t.otherSite("refused");
    const elsewhere = await t.guest("Else", { site: other });
    expectError(await elsewhere.put(`/api/v1/sites/${other}/comments/${id}/vote`, { value: 1 }), 404, "not_found");

    const suspended = await t.guest("Sus");
    const s = await t.owner.post(`${t.admin}/users/${suspended.user.id}/sanctions`, { type: "suspend", hours: 2, reason: "cool off" });
    expect(s.status).toBe(201);
    expect(expectError(await vote(suspended, id, 1), 403, "suspended").reason).toBe("cool off");
    const blocked = await t.guest("Blocked");
    const b = await t.owner.post(`${t.admin}/users/${blocked.user.id}/blocks`, { kind: "device", reason: "ring" });
    expect(b.status).toBe(201);
    expectError(await vote(blocked, id, 1), 403, "revoked");
    expect((await pageVotes("votes-refused")).body.counts).toEqual({});
  });

  it("counts concurrent votes exactly: many readers at once, and one reader flipping", async () => {
    const author = await t.guest("Author");
    const id = await published(author, "votes-race", clean("v5"));
    const readers: Commenter[] = [];
    for (let i = 0; i < 24; i++) readers.push(await t.guest(`R${i}`));
    const answers = await Promise.all(readers.map((r) => vote(r, id, 1)));
    expect(answers.map((a) => a.status)).toEqual(readers.map(() => 200));
    expect((await pageVotes("votes-race")).body.counts[id]).toEqual([24, 0]);

    // One reader's racing votes and clears: the counter always equals what the rows say. (A vote's
    // answer carries the comment's counts as of its commit; the page's counts are shared for a few seconds.)
    const flip = readers[0]!;
    await Promise.all(Array.from({ length: 12 }, (_, i) => vote(flip, id, i % 2 ? 0 : 1)));
    const mine = (await pageVotes("votes-race", flip)).body.mine[id] === 1 ? 1 : 0;
    const up = (await vote(readers[1]!, id, 1)).body.vote.upvotes;
    expect(up).toBe(23 + mine);
  });

  it("leaves the cached listing alone: its counts are as of its build, the page's counts are current", async () => {
    const author = await t.guest("Author");
    const ana = await t.guest("Ana");
    const id = await published(author, "votes-cache", clean("v6"));
    const before = await t.list("votes-cache");
    expect(before.body.comments[0].upvotes).toBe(0);
    await vote(ana, id, 1);
    const after = await t.list("votes-cache", "", t.caller());
    // The same cached build: same validator, same counts.
    expect(after.headers.get("etag")).toBe(before.headers.get("etag"));
    expect((await pageVotes("votes-cache", t.caller())).body.counts).toEqual({ [id]: [1, 0] });
    // A vote through this server updates the page's shared counts at once (another server's within seconds).
    const bo = await t.guest("Bo");
    await vote(bo, id, 1);
    expect((await pageVotes("votes-cache", t.caller())).body.counts).toEqual({ [id]: [2, 0] });
    const again = await t.caller().get(`${t.api}/votes?page=votes-cache`);
    expect(again.headers.get("cache-control")).toContain("max-age");
    const etag = again.headers.get("etag")!;
    expect((await t.caller().get(`${t.api}/votes?page=votes-cache`, { "If-None-Match": etag })).status).toBe(304);
  });
});

describe("best first", () => {
  it("orders by the confidence bound, not raw counts; ties and unvoted comments oldest first; pages with a cursor", async () => {
    const author = await t.guest("Author");
    const page = "votes-best";
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) ids.push(await published(author, page, clean(`best ${i}`)));
    const readers: Commenter[] = [];
    for (let i = 0; i < 6; i++) readers.push(await t.guest(`B${i}`));
    // ids[3]: 6 up. ids[1]: 2 up. ids[4]: 1 up.
    for (const r of readers) await vote(r, ids[3]!, 1);
    for (const r of readers.slice(0, 2)) await vote(r, ids[1]!, 1);
    await vote(readers[0]!, ids[4]!, 1);

    const res = await t.list(page, "&sort=best");
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.comments.map((c: any) => c.id)).toEqual([ids[3], ids[1], ids[4], ids[0], ids[2]]);
    expect(res.body.total).toBe(5);

    const first = await t.list(page, "&sort=best&limit=2");
    expect(first.body.comments.map((c: any) => c.id)).toEqual([ids[3], ids[1]]);
    const second = await t.list(page, `&sort=best&limit=2&cursor=${encodeURIComponent(first.body.nextCursor)}`);
    expect(second.body.comments.map((c: any) => c.id)).toEqual([ids[4], ids[0]]);
    const third = await t.list(page, `&sort=best&limit=2&cursor=${encodeURIComponent(second.body.nextCursor)}`);
    expect(third.body).toMatchObject({ comments: [{ id: ids[2] }], nextCursor: null });
    // A time-ordered listing's cursor is not a best-first one.
    const oldest = await t.list(page, "&limit=2");
    expectError(await t.list(page, `&sort=best&cursor=${encodeURIComponent(oldest.body.nextCursor)}`), 400, "validation_failed");
    expectError(await t.list(page, "&sort=top"), 400, "validation_failed");
  });

  it("puts the reader's own held comment first on their first best-first page", async () => {
    const author = await t.guest("Author");
    await published(author, "votes-best-own", clean("own 1"));
    const held = await t.post(author, "votes-best-own", HELD);
    expect(held.status).toBe(202);
    const mine = await t.list("votes-best-own", "&sort=best", author);
    expect(mine.body.comments.map((c: any) => c.status)).toEqual(["pending", "published"]);
    expect((await t.list("votes-best-own", "&sort=best")).body.comments).toHaveLength(1);
  });
});

describe("comment counts", () => {
  it("answers published comments for many pages in one request, cached and revalidated", async () => {
    const author = await t.guest("Author");
    await published(author, "count-a", clean("c1"));
    await published(author, "count-a", clean("c2"));
    await published(author, "https://news.example.com/a?x=1&y=2", clean("c3"));
    const held = await t.post(author, "count-a", HELD);
    expect(held.status).toBe(202);
    const q = ["count-a", "https://news.example.com/a?x=1&y=2", "count-none"].map((k) => `page=${encodeURIComponent(k)}`).join("&");
    const res = await t.caller().get(`${t.api}/counts?${q}`);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body).toEqual({ counts: { "count-a": 2, "https://news.example.com/a?x=1&y=2": 1, "count-none": 0 } });
    expect(res.headers.get("cache-control")).toMatch(/public, max-age=\d+/);
    const etag = res.headers.get("etag")!;
    expect((await t.caller().get(`${t.api}/counts?${q}`, { "If-None-Match": etag })).status).toBe(304);
    await published(author, "count-a", clean("c4"));
    const fresh = await t.caller().get(`${t.api}/counts?${q}`, { "If-None-Match": etag });
    expect(fresh.status).toBe(200);
    expect(fresh.body.counts["count-a"]).toBe(3);
  });

  it("refuses no page, too many pages, and bad keys", async () => {
    expect(expectError(await t.caller().get(`${t.api}/counts`), 400, "validation_failed").field).toBe("page");
    const many = Array.from({ length: 101 }, (_, i) => `page=p${i}`).join("&");
    expect(expectError(await t.caller().get(`${t.api}/counts?${many}`), 400, "validation_failed").field).toBe("page");
    expectError(await t.caller().get(`${t.api}/counts?page=a%0Ab`), 400, "validation_failed");
  });
});

describe("permalinks", () => {
  it("answers the whole thread that holds a comment, whatever page of the listing it is on", async () => {
    const author = await t.guest("Author");
    const page = "permalink";
    const roots: string[] = [];
    for (let i = 0; i < 5; i++) roots.push(await published(author, page, clean(`root ${i}`)));
    const reply = await published(author, page, clean("reply"), { parentId: roots[4] });
    const deeper = await published(author, page, clean("deeper"), { parentId: reply });
    expect((await t.list(page, "&limit=2")).body.comments.map((c: any) => c.id)).not.toContain(roots[4]);

    const res = await t.caller().get(`${t.comments}/${deeper}/thread`);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body).toMatchObject({
      commentId: deeper,
      thread: { id: roots[4], replies: [{ id: reply, replies: [{ id: deeper }] }] },
    });
    expect((await t.caller().get(`${t.comments}/${roots[0]}/thread`)).body.thread).toMatchObject({ id: roots[0], replies: [] });
  });

  it("is 404 for unknown comments, another site's, and held ones to anyone but their author", async () => {
    const author = await t.guest("Author");
    expectError(await t.caller().get(`${t.comments}/nope/thread`), 404, "not_found");
    const root = await published(author, "permalink-held", clean("held root"));
    const held = await t.post(author, "permalink-held", HELD, { parentId: root });
    expect(held.status).toBe(202);
    expectError(await t.caller().get(`${t.comments}/${held.body.comment.id}/thread`), 404, "not_found");
    const own = await author.get(`${t.comments}/${held.body.comment.id}/thread`);
    expect(own.body.thread.replies[0]).toMatchObject({ id: held.body.comment.id, status: "pending" });
    const other = await t.otherSite("permalink");
    expectError(await t.caller().get(`/api/v1/sites/${other}/comments/${root}/thread`), 404, "not_found");
  });
});
