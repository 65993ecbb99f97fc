// The listing cache keeps what readers can reach and no more: invented cursors are answered but
// never kept, and the whole cache stays within its bytes.
import { describe, expect, it } from "vitest";
import { signedCursors } from "../../../server/comments/cursor.ts";
import { ListingCache } from "../../../server/comments/listing-cache.ts";
import { viewerListing } from "../../../server/comments/listing.ts";
import { guest, ownerOf, patchSite, stubApp } from "../support/setup.ts";

const bytes = (n: number) => new Uint8Array(n);

describe("the listing cache", () => {
  it("stays within its bytes, dropping the least recently used first", async () => {
    const cache = new ListingCache(10_000);
    await cache.set("a", 1, bytes(4000));
    await cache.set("b", 1, bytes(4000));
    cache.get("a", 1);
    await cache.set("c", 1, bytes(4000));
    expect(cache.get("b", 1)).toBeUndefined();
    expect(cache.get("a", 1)).toBeDefined();
    expect(cache.get("c", 1)).toBeDefined();
    expect(cache.size.bytes).toBeLessThanOrEqual(10_000);
  });

  it("keeps first pages and pages after cursors it handed out, and answers invented cursors without keeping them", async () => {
    const t = await stubApp();
    await patchSite(await ownerOf(t), { rateLimitPerMinute: 1000 });
    const ana = await guest(t, "Ana");
    for (let i = 0; i < 6; i++) await ana.postComment(`comment ${i}`);
    const cache = new ListingCache();
    const cursors = signedCursors(t.deps.secret);
    const query = { siteId: "demo", pageKey: "article-1", sort: "oldest" as const, limit: 2 };
    const first = JSON.parse(new TextDecoder().decode((await viewerListing(t.db, cache, query, null, cursors)).body));
    expect(cache.size.entries).toBe(1);
    await viewerListing(t.db, cache, { ...query, cursor: first.nextCursor }, null, cursors);
    expect(cache.size.entries).toBe(2);

    const before = cache.size;
    // Well-formed cursors this server signed but never handed out (as a leaked secret would allow).
    for (let i = 0; i < 250; i++) {
      const invented = cursors.encode({ at: `2026-01-01T00:00:${String(i % 60).padStart(2, "0")}.000Z`, id: `x${i}` });
      const answer = JSON.parse(
        new TextDecoder().decode((await viewerListing(t.db, cache, { ...query, cursor: invented }, null, cursors)).body),
      );
      expect(answer.comments.length).toBeGreaterThan(0);
    }
    expect(cache.size).toEqual(before);
  });
});
