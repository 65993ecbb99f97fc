import { and, eq, sql } from "drizzle-orm";
import type { AdminPage, PageChanges } from "../../contract/wire.ts";
import { runBatch, type Db } from "../../db/client.ts";
import { pages } from "../../db/schema.ts";
import { auditInsert } from "./audit.ts";

type PageRow = typeof pages.$inferSelect;

const toAdminPage = (key: string, row: PageRow | undefined): AdminPage => ({
  key,
  url: row?.url ?? null,
  title: row?.title ?? null,
  closed: row?.closed ?? false,
  moderationMode: row?.moderationMode ?? null,
});

/** A page's moderator settings (a page nobody has commented on yet is open, under the site's mode). */
export async function pageSettings(db: Db, siteId: string, key: string): Promise<AdminPage> {
  const row = await db.query.pages.findFirst({ where: and(eq(pages.siteId, siteId), eq(pages.key, key)) });
  return toAdminPage(key, row);
}

/**
 * Closes or opens a page, or overrides its moderation mode; a page without comments yet can be
 * set up in advance. The version bump drops cached listings, which say whether the page is closed.
 */
export async function updatePageSettings(db: Db, siteId: string, key: string, changes: PageChanges, adminId: string, now: Date) {
  const set = { ...changes, version: sql`${pages.version} + 1` };
  await runBatch(db, [
    db
      .insert(pages)
      .values({
        siteId,
        key,
        version: 1,
        createdAt: now.toISOString(),
        closed: changes.closed ?? false,
        moderationMode: changes.moderationMode ?? null,
      })
      .onConflictDoUpdate({ target: [pages.siteId, pages.key], set }),
    auditInsert(db, {
      siteId,
      actorType: "admin",
      actorId: adminId,
      action: "page.update",
      targetType: "page",
      targetId: key,
      detail: changes,
      createdAt: now,
    }),
  ]);
  return pageSettings(db, siteId, key);
}
