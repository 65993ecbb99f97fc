import type { Comment as CommentJson, CommentPage, ModerationMode } from "../../contract/wire.ts";
import { and, count, eq, exists, getTableColumns, inArray, isNull, ne, or, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import { prepared, type Db } from "../../db/client.ts";
import { comments, pages, users } from "../../db/schema.ts";
import { commentKeyset, type Cursors } from "./cursor.ts";
import { buildThreads, type CommentWithAuthor } from "./serialize.ts";
import { pageThread } from "./threads.ts";
import type { ListingSort } from "../../contract/votes.ts";
import { ApiError } from "../errors.ts";
import { bestCursorAt, bestKey, compareBest, parseBestCursor } from "./best.ts";

export interface ListQuery {
  siteId: string;
  pageKey: string;
  sort: ListingSort;
  limit: number;
  cursor?: string;
  /** Send at most this many replies per thread (the rest by `threadReplies`); all when absent. */
  replies?: number;
}

const withAuthor = { ...getTableColumns(comments), authorName: users.name };

/** Comments with their author's name: what every listing query starts from. */
const withAuthors = (db: Db) => db.select(withAuthor).from(comments).innerJoin(users, eq(users.id, comments.authorId));

/** Published comments, and the viewer's own pending ones. */
function visibleTo(viewerId: string | null) {
  return viewerId
    ? or(eq(comments.status, "published"), and(eq(comments.status, "pending"), eq(comments.authorId, viewerId)))
    : eq(comments.status, "published");
}

/** What a viewer may see of a thread: published comments, deleted placeholders, their own pending ones. */
const visibleToViewer = or(
  eq(comments.status, "published"),
  eq(comments.status, "deleted"),
  and(eq(comments.status, "pending"), eq(comments.authorId, sql.placeholder("viewerId"))),
);

const threadQuery = (db: Db) =>
  withAuthors(db)
    .where(and(eq(comments.rootId, sql.placeholder("rootId")), eq(comments.siteId, sql.placeholder("siteId")), visibleToViewer))
    .prepare();

/**
 * Whole threads by their top-level comments' ids, as `viewerId` sees them; a thread the viewer
 * may not see (or a deleted one with nothing left under it) is missing from the answer.
 */
export async function threadsOf(db: Db, siteId: string, rootIds: string[], viewerId: string | null): Promise<CommentJson[]> {
  const threads = await Promise.all(
    rootIds.map(async (rootId) => {
      // No author has the empty id: without a viewer, no pending comment matches.
      const rows = (await prepared(db, threadQuery).all({ rootId, siteId, viewerId: viewerId ?? "" })) as CommentWithAuthor[];
      return buildThreads(
        rows.filter((r) => r.parentId === null),
        rows.filter((r) => r.parentId !== null),
      );
    }),
  );
  return threads.flat();
}

/**
 * A page's comments: `limit` top-level comments in keyset order, each with its whole thread.
 * Published comments, the viewer's own pending ones, and deleted ones that still hold replies.
 */
export async function listComments(db: Db, query: ListQuery, viewerId: string | null, cursors: Cursors): Promise<CommentPage> {
  const { siteId, pageKey, sort, limit } = query;
  const visibleToViewer = visibleTo(viewerId);
  const reply = alias(comments, "reply");
  const holdsReplies = exists(
    db
      .select({ one: sql`1` })
      .from(reply)
      .where(and(eq(reply.rootId, comments.id), ne(reply.id, comments.id), eq(reply.status, "published"))),
  );
  const topLevel = and(
    eq(comments.siteId, siteId),
    eq(comments.pageKey, pageKey),
    isNull(comments.parentId),
    or(visibleToViewer, and(eq(comments.status, "deleted"), holdsReplies)),
  );
  const after = query.cursor ? cursors.decode(query.cursor) : null;
  const keyset = commentKeyset(sort === "newest" ? "newest" : "oldest", sort === "best" ? null : after);

  const [roots, [totals]] = await Promise.all([
    sort === "best"
      ? bestRoots(db, topLevel, after, limit)
      : withAuthors(db)
          .where(and(topLevel, keyset.where))
          .orderBy(...keyset.orderBy)
          .limit(limit + 1),
    db
      .select({ total: count() })
      .from(comments)
      .where(and(eq(comments.siteId, siteId), eq(comments.pageKey, pageKey), eq(comments.status, "published"))),
  ]);

  const pageRoots = roots.slice(0, limit) as CommentWithAuthor[];
  const replies = pageRoots.length
    ? ((await withAuthors(db).where(
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
  const threads = buildThreads(pageRoots, replies);
  return {
    comments: query.replies === undefined ? threads : threads.map((t) => pageThread(t, query.replies!, cursors)),
    nextCursor:
      roots.length > limit && last
        ? cursors.encode(sort === "best" ? { at: bestCursorAt(bestKey(last)), id: last.id } : { at: last.createdAt, id: last.id })
        : null,
    total: totals?.total ?? 0,
  };
}

/**
 * The page's top-level comments best first (votes/best.ts), after the cursor: ranked from a
 * narrow query of every top-level comment's counts, then the `limit + 1` wanted read whole. The
 * order is the votes' as of this build (the listing cache rebuilds a best listing at most every
 * BEST_REORDER_MS), so a later page may repeat or miss a comment whose votes moved meanwhile.
 */
async function bestRoots(db: Db, topLevel: ReturnType<typeof and>, after: { at: string; id: string } | null, limit: number) {
  const from = after ? parseBestCursor(after.at, after.id) : null;
  if (after && !from) throw new ApiError("validation_failed", "The cursor is not one of a best-first listing.", { field: "cursor" });
  const ranked = (
    await db
      .select({ id: comments.id, createdAt: comments.createdAt, upvotes: comments.upvotes, downvotes: comments.downvotes })
      .from(comments)
      .where(topLevel)
  )
    .map(bestKey)
    .sort(compareBest)
    .filter((k) => !from || compareBest(from, k) < 0)
    .slice(0, limit + 1);
  if (ranked.length === 0) return [];
  const rows = await withAuthors(db).where(
    inArray(
      comments.id,
      ranked.map((k) => k.id),
    ),
  );
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ranked.map((k) => byId.get(k.id)).filter((r) => r !== undefined);
}

function pageStateQuery(db: Db) {
  return db
    .select({ version: pages.version, closed: pages.closed, moderationMode: pages.moderationMode })
    .from(pages)
    .where(and(eq(pages.siteId, sql.placeholder("siteId")), eq(pages.key, sql.placeholder("pageKey"))))
    .prepare();
}

export interface PageState {
  /** The page's change counter (0 when nobody has commented yet): the listing cache's validator. */
  version: number;
  /** Closed by a moderator: no new comments. */
  closed: boolean;
  /** A moderator's override of the site's moderation mode; null: the site's. */
  moderationMode: ModerationMode | null;
}

/** A page's counter and a moderator's settings for it. Asked on every listing and write: built once per database. */
export async function pageState(db: Db, siteId: string, pageKey: string): Promise<PageState> {
  const row = await prepared(db, pageStateQuery).get({ siteId, pageKey });
  return { version: row?.version ?? 0, closed: row?.closed ?? false, moderationMode: row?.moderationMode ?? null };
}

export async function pageVersion(db: Db, siteId: string, pageKey: string): Promise<number> {
  return (await pageState(db, siteId, pageKey)).version;
}

export interface OwnPending {
  id: string;
  parentId: string | null;
  rootId: string;
  createdAt: string;
  editedAt: string | null;
}

const mine = alias(comments, "mine");
const viewerThreadsQuery = (db: Db) =>
  withAuthors(db)
    .where(
      and(
        inArray(
          comments.rootId,
          db
            .select({ rootId: mine.rootId })
            .from(mine)
            .where(
              and(
                eq(mine.siteId, sql.placeholder("siteId")),
                eq(mine.pageKey, sql.placeholder("pageKey")),
                eq(mine.status, "pending"),
                eq(mine.authorId, sql.placeholder("viewerId")),
              ),
            ),
        ),
        // No site test here: the threads are the page's already, and one would lead SQLite to
        // walk the site's comments instead of the threads.
        visibleToViewer,
      ),
    )
    .prepare();

/**
 * The viewer's pending comments on a page, and, built as the viewer sees them, the whole threads
 * they are in: what their listing adds to the public one, in one query (none when nothing waits).
 */
export async function viewerThreads(db: Db, siteId: string, pageKey: string, viewerId: string) {
  const rows = (await prepared(db, viewerThreadsQuery).all({ siteId, pageKey, viewerId })) as CommentWithAuthor[];
  const own: OwnPending[] = rows.filter((r) => r.status === "pending" && r.authorId === viewerId);
  const threads = buildThreads(
    rows.filter((r) => r.parentId === null),
    rows.filter((r) => r.parentId !== null),
  );
  return { own, threads: new Map(threads.map((t) => [t.id, t])) };
}

const locationQuery = (db: Db) =>
  db
    .select({ siteId: comments.siteId, pageKey: comments.pageKey, parentId: comments.parentId })
    .from(comments)
    .where(eq(comments.id, sql.placeholder("id")))
    .prepare();

/** Where a comment lives (site, page, parent), or undefined. */
export async function commentLocation(db: Db, id: string) {
  return prepared(db, locationQuery).get({ id });
}
