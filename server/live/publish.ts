import { and, eq, getTableColumns, inArray } from "drizzle-orm";
import type { LiveEvent } from "../../contract/live.ts";
import type { DomainEvent, EventSink } from "../../contract/notify.ts";
import type { Db } from "../../db/client.ts";
import { comments, users } from "../../db/schema.ts";
import { toCommentJson, type CommentWithAuthor } from "../comments/serialize.ts";
import type { LiveHub } from "./hub.ts";

const withAuthor = { ...getTableColumns(comments), authorName: users.name };

/** The comment a domain event changed for readers, if any (a held one is sent by id only). */
function changedComment(event: DomainEvent): string | null {
  switch (event.type) {
    case "comment.created":
    case "comment.published":
    case "comment.held":
    case "comment.rejected":
      return event.comment.id;
    case "comment.deleted":
      return event.commentId;
    case "report.created":
      return event.hidden ? event.report.commentId : null;
    default:
      return null;
  }
}

/**
 * Live updates' share of the domain events (the same events webhooks and emails are made from,
 * emitted after each commit): the comments they name, gathered for a turn of the event loop (a
 * bulk rejection emits hundreds at once) and published together. Free while no page of the site is open.
 */
export function liveEvents(deps: { db: Db; live: LiveHub; log?: (entry: Record<string, unknown>) => void }): EventSink {
  const waiting = new Map<string, Set<string>>();
  // One batch at a time: a later batch's read must not overtake an earlier one's, or readers
  // (and the ids they resume from) would see the changes out of order.
  let sent: Promise<void> = Promise.resolve();
  const flush = () => {
    for (const [siteId, ids] of waiting)
      sent = sent
        .then(() => publishChanges(deps, siteId, [...ids]))
        .catch((error) => deps.log?.({ level: "error", live: siteId, error: error instanceof Error ? error.stack : String(error) }));
    waiting.clear();
  };
  return {
    emit(event) {
      const id = changedComment(event);
      if (!id || !deps.live.watchesSite(event.siteId)) return;
      if (waiting.size === 0) setTimeout(flush, 0);
      const ids = waiting.get(event.siteId) ?? new Set();
      waiting.set(event.siteId, ids.add(id));
    },
  };
}

/**
 * Tells the pages that hold these comments what they are now, after a committed write: a
 * published comment as anyone sees it in a listing (without replies), anything else only by its
 * id. The comments are read back rather than taken from the writer's answer, so nothing an
 * author or a moderator may see (a pending body, a rejected one) can reach other readers.
 * Costs nothing when no page of the site is open.
 */
async function publishChanges(deps: { db: Db; live: LiveHub }, siteId: string, ids: string[]): Promise<void> {
  const hub = deps.live;
  if (ids.length === 0 || !hub.watchesSite(siteId)) return;
  const rows = (await deps.db
    .select(withAuthor)
    .from(comments)
    .innerJoin(users, eq(users.id, comments.authorId))
    .where(and(eq(comments.siteId, siteId), inArray(comments.id, [...new Set(ids)])))) as CommentWithAuthor[];
  // In the order the changes were made, not the order the database returns them.
  const order = new Map(ids.map((id, i) => [id, i]));
  rows.sort((a, b) => order.get(a.id)! - order.get(b.id)!);
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
