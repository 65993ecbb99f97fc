// One reply chain must not break a page: replies nest no deeper than MAX_REPLY_DEPTH when they
// are written, and a chain from before that limit (however long) still lists.
import { describe, expect, it } from "vitest";
import type { Comment } from "../../../contract/wire.ts";
import { comments, pages } from "../../../db/schema.ts";
import { MAX_REPLY_DEPTH } from "../../../server/comments/serialize.ts";
import { Client } from "../../helpers/client.ts";
import { guest, ownerOf, patchSite, stubApp } from "../support/setup.ts";

const depthOf = (list: Comment[]): number => {
  let deepest = 0;
  const walk = (cs: Comment[], d: number) => {
    for (const c of cs) {
      deepest = Math.max(deepest, d);
      walk(c.replies, d + 1);
    }
  };
  walk(list, 0);
  return deepest;
};
const count = (list: Comment[]): number => list.reduce((n, c) => n + 1 + count(c.replies), 0);

describe("deep reply chains", () => {
  it(`files a reply to a comment at depth ${MAX_REPLY_DEPTH} beside it, so chains stop growing deeper`, async () => {
    const t = await stubApp();
    await patchSite(await ownerOf(t), { rateLimitPerMinute: 1000 });
    const ana = await guest(t, "Ana");
    let parent = (await ana.postComment("depth 0")).body.comment.id;
    const parents = [parent];
    for (let depth = 1; depth <= MAX_REPLY_DEPTH + 3; depth++) {
      const res = await ana.postComment(`depth ${depth}`, { parentId: parent });
      expect(res.status).toBe(201);
      const expectedParent = depth <= MAX_REPLY_DEPTH ? parent : parents[MAX_REPLY_DEPTH - 1];
      expect(res.body.comment.parentId, `reply ${depth}`).toBe(expectedParent);
      parent = res.body.comment.id;
      parents.push(parent);
    }
    const listed = (await Client.over(t.app).get("/api/v1/sites/demo/comments?page=article-1")).body;
    expect(depthOf(listed.comments)).toBe(MAX_REPLY_DEPTH);
    expect(count(listed.comments)).toBe(MAX_REPLY_DEPTH + 4);
  });

  it("lists a page holding a 10,000-deep chain written straight into the database, whole and no deeper than the limit", async () => {
    const t = await stubApp();
    await patchSite(await ownerOf(t), { rateLimitPerMinute: 1000 });
    const ana = await guest(t, "Ana");
    const page = "deep-chain";
    const root = (await ana.postComment("the first comment", { page })).body.comment.id;
    const rows: (typeof comments.$inferInsert)[] = [];
    for (let i = 1, parentId = root; i <= 10_000; i++) {
      const id = `deep-${String(i).padStart(5, "0")}`;
      const at = new Date(Date.UTC(2026, 0, 1) + i * 1000).toISOString();
      rows.push({
        id,
        siteId: "demo",
        pageKey: page,
        parentId,
        rootId: root,
        authorId: ana.userId,
        body: `reply ${i}`,
        html: `<p>reply ${i}</p>`,
        status: "published",
        createdAt: at,
      });
      parentId = id;
    }
    for (let i = 0; i < rows.length; i += 500) await t.db.insert(comments).values(rows.slice(i, i + 500));
    await t.db.update(pages).set({ version: 999 });

    const reader = Client.over(t.app);
    const full = await reader.get(`/api/v1/sites/demo/comments?page=${page}`);
    expect(full.status).toBe(200);
    expect(full.body.total).toBe(10_001);
    expect(depthOf(full.body.comments)).toBe(MAX_REPLY_DEPTH);
    expect(count(full.body.comments)).toBe(10_001);

    // The widget's request pages the replies; the rest come from the replies endpoint.
    const paged = await reader.get(`/api/v1/sites/demo/comments?page=${page}&replies=3`);
    expect(paged.status).toBe(200);
    expect(paged.body.comments[0]).toMatchObject({ replyCount: 10_000, repliesCursor: expect.any(String) });
    const next = await reader.get(
      `/api/v1/sites/demo/comments/${root}/replies?cursor=${encodeURIComponent(paged.body.comments[0].repliesCursor)}&limit=200`,
    );
    expect(next.status).toBe(200);
    expect(next.body.replies).toHaveLength(200);
    expect(next.body.replies[0].body).toBe("reply 4");

    // Replying at the bottom of the old chain files the reply where the listing shows the chain:
    // under its ancestor one level above the limit, at the limit's depth.
    const reply = await ana.postComment("a reply at the bottom", { page, parentId: "deep-10000" });
    expect(reply.status).toBe(201);
    expect(reply.body.comment.parentId).toBe(`deep-${String(MAX_REPLY_DEPTH - 1).padStart(5, "0")}`);
  });
});
