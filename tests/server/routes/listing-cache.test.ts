import { gunzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { Client } from "../../helpers/client.ts";
import { guest, listing, ownerOf, patchSite, stubApp } from "../support/setup.ts";

const LIST = "/api/v1/sites/demo/comments?page=article-1";

/** Published top-level comments p1, p2, p3 by Bob, 10 s apart, and Ana (a reader). */
async function page() {
  const t = await stubApp();
  await patchSite(await ownerOf(t), { rateLimitPerMinute: 10_000 });
  const bob = await guest(t, "Bob");
  const ana = await guest(t, "Ana");
  const published: string[] = [];
  for (const n of [1, 2, 3]) {
    t.clock.advance(10_000);
    published.push((await bob.postComment(`p${n}`)).body.comment.id);
  }
  return { t, bob, ana, published };
}

const ids = (res: { body: { comments: { id: string }[] } }) => res.body.comments.map((c) => c.id);

describe("a signed-in reader's listing", () => {
  it("is the shared public listing with their own pending comments in place, pages and cursors included", async () => {
    const { t, bob, ana, published } = await page();
    const [p1, p2, p3] = published;
    const anon = Client.over(t.app);
    // Ana's comment waits for a moderator; it falls between p1 and p2.
    t.clock.advance(-15_000);
    const held = await ana.postComment("HOLDME between the first two");
    expect(held.status).toBe(202);
    const mine = held.body.comment.id;

    const full = await listing(ana, "article-1");
    expect(ids(full)).toEqual([p1, mine, p2, p3]);
    expect(full.body.total).toBe(3);
    // Two a page: her comment takes a place on the first, and the cursor moves with it.
    const first = await listing(ana, "article-1", "&limit=2");
    expect(ids(first)).toEqual([p1, mine]);
    const second = await listing(ana, "article-1", `&limit=2&cursor=${encodeURIComponent(first.body.nextCursor)}`);
    expect(ids(second)).toEqual([p2, p3]);
    expect(second.body.nextCursor).toBeNull();
    const newest = await listing(ana, "article-1", "&sort=newest&limit=2");
    expect(ids(newest)).toEqual([p3, p2]);
    const older = await listing(ana, "article-1", `&sort=newest&limit=2&cursor=${encodeURIComponent(newest.body.nextCursor)}`);
    expect(ids(older)).toEqual([mine, p1]);

    for (const other of [anon, bob]) {
      expect(ids(await listing(other, "article-1"))).toEqual([p1, p2, p3]);
      expect(ids(await listing(other, "article-1", "&limit=2"))).toEqual([p1, p2]);
    }
    // Apart from her comment, she gets the very threads everyone gets.
    const shared = await listing(anon, "article-1");
    expect(full.body.comments.filter((c: { id: string }) => c.id !== mine)).toEqual(shared.body.comments);
    expect(full.headers.get("etag")).not.toBe(shared.headers.get("etag"));
  });

  it("shows their pending reply inside the thread, paged replies included, to them only", async () => {
    const { t, bob, ana, published } = await page();
    t.clock.advance(1000);
    const reply = await bob.postComment("a published reply", { parentId: published[0] });
    t.clock.advance(1000);
    const held = await ana.postComment("HOLDME a reply", { parentId: published[0] });
    expect(held.status).toBe(202);
    const own = (await listing(ana, "article-1", "&replies=1")).body.comments[0];
    expect(own).toMatchObject({ replyCount: 2, replies: [{ id: reply.body.comment.id }] });
    expect(own.repliesCursor).toEqual(expect.any(String));
    const whole = (await listing(ana, "article-1")).body.comments[0];
    expect(whole.replies.map((r: { id: string }) => r.id)).toEqual([reply.body.comment.id, held.body.comment.id]);
    const publicThread = (await listing(Client.over(t.app), "article-1", "&replies=1")).body.comments[0];
    expect(publicThread).toMatchObject({ replyCount: 1, repliesCursor: null });
  });
});

describe("conditional and compressed listings", () => {
  it("answers If-None-Match with 304 in the route, with the headers a 200 would have", async () => {
    const { t, bob } = await page();
    const first = await t.app.request(LIST);
    const etag = first.headers.get("etag")!;
    const again = await t.app.request(LIST, { headers: { "If-None-Match": etag } });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe("");
    expect(again.headers.get("etag")).toBe(etag);
    // The ETag middleware's own 304 keeps only the ETag: these show the route answered.
    expect(again.headers.get("cache-control")).toBe("private, no-cache");
    expect(again.headers.get("vary")).toContain("Authorization, Accept-Encoding");
    await bob.postComment("a change");
    expect((await t.app.request(LIST, { headers: { "If-None-Match": etag } })).status).toBe(200);
  });

  it("still gives other GETs an ETag and a 304", async () => {
    const { t } = await page();
    const policy = await t.app.request("/api/v1/sites/demo/policy");
    const etag = policy.headers.get("etag")!;
    expect(etag).toMatch(/^"/);
    expect((await t.app.request("/api/v1/sites/demo/policy", { headers: { "If-None-Match": etag } })).status).toBe(304);
  });

  it("sends gzip to clients that take it, the same JSON once decompressed", async () => {
    const { t, ana } = await page();
    const plain = await t.app.request(LIST);
    const plainText = await plain.text();
    expect(plain.headers.get("content-encoding")).toBeNull();
    const zipped = await t.app.request(LIST, { headers: { "Accept-Encoding": "br, gzip, deflate" } });
    expect(zipped.status).toBe(200);
    expect(zipped.headers.get("content-encoding")).toBe("gzip");
    expect(zipped.headers.get("vary")).toContain("Accept-Encoding");
    expect(gunzipSync(Buffer.from(await zipped.arrayBuffer())).toString("utf8")).toBe(plainText);
    // Each coding has its own validator, and either revalidates.
    const gzEtag = zipped.headers.get("etag")!;
    expect(gzEtag).not.toBe(plain.headers.get("etag"));
    const revalidated = await t.app.request(LIST, { headers: { "Accept-Encoding": "gzip", "If-None-Match": gzEtag } });
    expect(revalidated.status).toBe(304);
    // q=0 refuses gzip.
    const refused = await t.app.request(LIST, { headers: { "Accept-Encoding": "gzip;q=0" } });
    expect(refused.headers.get("content-encoding")).toBeNull();

    // A personal listing is compressed on the way out.
    await ana.postComment("HOLDME mine");
    const auth = { Authorization: `Bearer ${ana.token}` };
    const mineText = await (await t.app.request(LIST, { headers: auth })).text();
    const mineZipped = await t.app.request(LIST, { headers: { ...auth, "Accept-Encoding": "gzip" } });
    expect(mineZipped.headers.get("content-encoding")).toBe("gzip");
    const decoded = gunzipSync(Buffer.from(await mineZipped.arrayBuffer())).toString("utf8");
    expect(decoded).toBe(mineText);
    expect(decoded).toContain("HOLDME mine");
  });
});
