import { and, eq, sql } from "drizzle-orm";
import type { Comment } from "../../contract/wire.ts";
import type { ThreadAnswer } from "../../contract/votes.ts";
import { prepared, type Db } from "../../db/client.ts";
import { comments } from "../../db/schema.ts";
import { notFound } from "../errors.ts";
import { threadsOf } from "./list.ts";

const rootOfQuery = (db: Db) =>
  db
    .select({ rootId: comments.rootId })
    .from(comments)
    .where(and(eq(comments.id, sql.placeholder("id")), eq(comments.siteId, sql.placeholder("siteId"))))
    .prepare();

function holds(c: Comment, id: string): boolean {
  const stack = [c];
  for (let next = stack.pop(); next; next = stack.pop()) {
    if (next.id === id) return true;
    stack.push(...next.replies);
  }
  return false;
}

/**
 * The whole thread that holds a comment, as the viewer may see it (a permalink to a comment on
 * any page of the listing): 404 when the comment is not there for them (unknown, another site's,
 * held for someone else, rejected, or deleted without replies).
 */
export async function threadOf(db: Db, siteId: string, commentId: string, viewerId: string | null): Promise<ThreadAnswer> {
  const row = await prepared(db, rootOfQuery).get({ id: commentId, siteId });
  if (!row) throw notFound("The comment");
  const [thread] = await threadsOf(db, siteId, [row.rootId], viewerId);
  if (!thread || !holds(thread, commentId)) throw notFound("The comment");
  return { thread, commentId };
}
