import type { CommentPage } from "../../contract/wire.ts";
import { and, count, eq, exists, getTableColumns, inArray, isNull, ne, or, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import { prepared, type Db } from "../../db/client.ts";
import { comments, pages, users } from "../../db/schema.ts";
import { commentKeyset, encodeCursor } from "./cursor.ts";
import { buildThreads, type CommentWithAuthor } from "./serialize.ts";

export interface ListQuery {
  siteId: string;
  pageKey: string;
  sort: "oldest" | "newest";
  limit: number;
  cursor?: string;
}

const withAuthor = { ...getTableColumns(comments), authorName: users.name };

/**
 * A page's comments: `limit` top-level comments in keyset order, each with its whole thread.
 * Published comments, the viewer's own pending ones, and deleted ones that still hold replies.
 */
export async function listComments(db: Db, query: ListQuery, viewerId: string | null): Promise<CommentPage> {
  const { siteId, pageKey, sort, limit } = query;
  const visibleToViewer = viewerId
    ? or(eq(comments.status, "published"), and(eq(comments.status, "pending"), eq(comments.authorId, viewerId)))
    : eq(comments.status, "published");
  const reply = alias(comments, "reply");
  const holdsReplies = exists(
    db
      .select({ one: sql`1` })
      .from(reply)
      .where(and(eq(reply.rootId, comments.id), ne(reply.id, comments.id), eq(reply.status, "published"))),
  );
  const keyset = commentKeyset(sort, query.cursor);

  const [roots, [totals]] = await Promise.all([
    db
      .select(withAuthor)
      .from(comments)
      .innerJoin(users, eq(users.id, comments.authorId))
      .where(
        and(
          eq(comments.siteId, siteId),
          eq(comments.pageKey, pageKey),
          isNull(comments.parentId),
          or(visibleToViewer, and(eq(comments.status, "deleted"), holdsReplies)),
          keyset.where,
        ),
      )
      .orderBy(...keyset.orderBy)
      .limit(limit + 1),
    db
      .select({ total: count() })
      .from(comments)
      .where(and(eq(comments.siteId, siteId), eq(comments.pageKey, pageKey), eq(comments.status, "published"))),
  ]);

  const pageRoots = roots.slice(0, limit) as CommentWithAuthor[];
  const replies = pageRoots.length
    ? ((await db
        .select(withAuthor)
        .from(comments)
        .innerJoin(users, eq(users.id, comments.authorId))
        .where(
          and(
            inArray(
              comments.rootId,
              pageRoots.map((r) => r.id),
            ),
            sql`${comments.parentId} IS NOT NULL`,
            or(visibleToViewer, eq(comments.status, "deleted")),
          ),
        )) as CommentWithAuthor[])
    : [];
  const last = pageRoots[pageRoots.length - 1];
  return {
    comments: buildThreads(pageRoots, replies),
    nextCursor: roots.length > limit && last ? encodeCursor({ at: last.createdAt, id: last.id }) : null,
    total: totals?.total ?? 0,
  };
}

function versionQuery(db: Db) {
  return db
    .select({ version: pages.version })
    .from(pages)
    .where(and(eq(pages.siteId, sql.placeholder("siteId")), eq(pages.key, sql.placeholder("pageKey"))))
    .prepare();
}

/**
 * The page's change counter (0 when nobody has commented yet): the listing cache's validator.
 * Asked on every public listing, so the query is built once per database.
 */
export async function pageVersion(db: Db, siteId: string, pageKey: string): Promise<number> {
  const row = await prepared(db, versionQuery).get({ siteId, pageKey });
  return row?.version ?? 0;
}

export async function hasPendingOnPage(db: Db, siteId: string, pageKey: string, userId: string): Promise<boolean> {
  const [row] = await db
    .select({ id: comments.id })
    .from(comments)
    .where(and(eq(comments.authorId, userId), eq(comments.siteId, siteId), eq(comments.pageKey, pageKey), eq(comments.status, "pending")))
    .limit(1);
  return row !== undefined;
}
