import { eq, inArray } from "drizzle-orm";
import { noEvents, type EventComment, type EventSanction, type EventSink } from "../../contract/notify.ts";
import type { Db } from "../../db/client.ts";
import type { CommentRow } from "../../db/rows.ts";
import { comments, users } from "../../db/schema.ts";

// Helpers for the domain events (contract/notify.ts) the write paths emit after their commit.

export function eventComment(row: Pick<CommentRow, keyof Omit<EventComment, "authorName">>, authorName: string): EventComment {
  return {
    id: row.id,
    pageKey: row.pageKey,
    parentId: row.parentId,
    authorId: row.authorId,
    authorName,
    status: row.status,
    holdReason: row.holdReason,
    body: row.body,
    createdAt: row.createdAt,
  };
}

export function eventSanction(s: {
  id: string;
  userId: string;
  type: EventSanction["type"];
  until: string | null;
  reason: string;
  rule: string | null;
}): EventSanction {
  return { id: s.id, userId: s.userId, type: s.type, until: s.until, reason: s.reason, rule: s.rule };
}

/** One `comment.rejected` per comment a bulk rejection took (read back by id, after the commit). */
export async function emitBulkRejected(
  db: Db,
  events: EventSink,
  input: { siteId: string; ids: string[]; rule: string | null; note: string | null; now: Date },
): Promise<void> {
  if (events === noEvents) return;
  for (let i = 0; i < input.ids.length; i += 200) {
    const rows = await db
      .select({ comment: comments, authorName: users.name })
      .from(comments)
      .innerJoin(users, eq(users.id, comments.authorId))
      .where(inArray(comments.id, input.ids.slice(i, i + 200)));
    for (const r of rows) {
      events.emit({
        type: "comment.rejected",
        siteId: input.siteId,
        at: input.now.toISOString(),
        comment: eventComment(r.comment, r.authorName),
        rule: input.rule,
        note: input.note,
        bulk: true,
      });
    }
  }
}
