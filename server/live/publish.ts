import { and, eq, getTableColumns, inArray } from "drizzle-orm";
import type { LiveEvent } from "../../contract/live.ts";
import type { Db } from "../../db/client.ts";
import { comments, users } from "../../db/schema.ts";
import { toCommentJson, type CommentWithAuthor } from "../comments/serialize.ts";
import type { LiveHub } from "./hub.ts";

const withAuthor = { ...getTableColumns(comments), authorName: users.name };

/**
 * Tells the pages that hold these comments what they are now, after a committed write: a
 * published comment as anyone sees it in a listing (without replies), anything else only by its
 * id. The comments are read back rather than taken from the writer's answer, so nothing an
 * author or a moderator may see (a pending body, a rejected one) can reach other readers.
 * Costs nothing when no page of the site is open.
 */
export async function publishChanges(deps: { db: Db; live?: LiveHub }, siteId: string, ids: string[]): Promise<void> {
  const hub = deps.live;
  if (!hub || ids.length === 0 || !hub.watchesSite(siteId)) return;
  const rows = (await deps.db
    .select(withAuthor)
    .from(comments)
    .innerJoin(users, eq(users.id, comments.authorId))
    .where(and(eq(comments.siteId, siteId), inArray(comments.id, [...new Set(ids)])))) as CommentWithAuthor[];
  const byPage = new Map<string, LiveEvent[]>();
  for (const row of rows) {
    if (!hub.watchesPage(siteId, row.pageKey)) continue;
    const events = byPage.get(row.pageKey) ?? [];
    events.push(row.status === "published" ? { type: "comment", comment: toCommentJson(row) } : { type: "remove", id: row.id });
    byPage.set(row.pageKey, events);
  }
  for (const [page, events] of byPage) hub.publish(siteId, page, events);
}

/** A page whose listing changed as a whole (closed, reopened): its readers fetch it again. */
export function publishReset(hub: LiveHub | undefined, siteId: string, pageKey: string): void {
  hub?.publish(siteId, pageKey, [{ type: "reset" }]);
}
