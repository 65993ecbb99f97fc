import { sql } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import { pages } from "../../db/schema.ts";
import { compileInsert, type Condition } from "../../db/statements.ts";

/**
 * Bumps the page's version, so cached listings of it are dropped everywhere. A page's URL and
 * title are what its first write said: later commenters cannot rename what moderators see.
 */
export function touchPage(db: Db, siteId: string, pageKey: string, now: Date, meta: { url?: string; title?: string } = {}) {
  return db
    .insert(pages)
    .values({ siteId, key: pageKey, url: meta.url ?? null, title: meta.title ?? null, version: 1, createdAt: now.toISOString() })
    .onConflictDoUpdate({
      target: [pages.siteId, pages.key],
      set: {
        version: sql`${pages.version} + 1`,
        url: sql`coalesce(${pages.url}, excluded.url)`,
        title: sql`coalesce(${pages.title}, excluded.title)`,
      },
    });
}

const bumpPage = compileInsert(
  pages,
  `ON CONFLICT ("site_id", "key") DO UPDATE SET "version" = "version" + 1,
    "url" = coalesce("url", excluded."url"), "title" = coalesce("title", excluded."title")`,
);

/** touchPage as a statement compiled once, applied only when `when` holds (see db/statements.ts). */
export function touchPageStatement(siteId: string, pageKey: string, now: Date, meta: { url?: string; title?: string }, when: Condition) {
  return bumpPage(
    { siteId, key: pageKey, url: meta.url ?? null, title: meta.title ?? null, version: 1, createdAt: now.toISOString() },
    when,
  );
}
