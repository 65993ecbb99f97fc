import { and, count, eq, inArray } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import { comments, pages } from "../../db/schema.ts";

export { MAX_COUNTED_PAGES } from "../../contract/votes.ts";

/**
 * Published comments per page, for article lists: the pages' versions in one query (every change
 * to a page bumps it), and a count query only for the pages whose version this instance has not
 * counted yet. Answers the counts and the versions (the answer's validator).
 */
export class CommentCounts {
  #known = new Map<string, { version: number; count: number }>();
  constructor(private readonly maxEntries = 100_000) {}

  async get(db: Db, siteId: string, keys: string[]): Promise<{ counts: Record<string, number>; versions: string }> {
    const rows = await db
      .select({ key: pages.key, version: pages.version })
      .from(pages)
      .where(and(eq(pages.siteId, siteId), inArray(pages.key, keys)));
    const versions = new Map(rows.map((r) => [r.key, r.version]));
    const slot = (key: string) => `${siteId}\n${key}`;
    const stale = keys.filter((k) => versions.has(k) && this.#known.get(slot(k))?.version !== versions.get(k));
    if (stale.length > 0) {
      const counted = await db
        .select({ key: comments.pageKey, n: count() })
        .from(comments)
        .where(and(eq(comments.siteId, siteId), inArray(comments.pageKey, stale), eq(comments.status, "published")))
        .groupBy(comments.pageKey);
      const byKey = new Map(counted.map((r) => [r.key, r.n]));
      for (const k of stale) this.#remember(slot(k), { version: versions.get(k)!, count: byKey.get(k) ?? 0 });
    }
    const counts: Record<string, number> = {};
    for (const k of keys) counts[k] = versions.has(k) ? (this.#known.get(slot(k))?.count ?? 0) : 0;
    return { counts, versions: keys.map((k) => versions.get(k) ?? 0).join(".") };
  }

  #remember(slot: string, value: { version: number; count: number }) {
    this.#known.delete(slot);
    this.#known.set(slot, value);
    if (this.#known.size > this.maxEntries) this.#known.delete(this.#known.keys().next().value!);
  }
}
