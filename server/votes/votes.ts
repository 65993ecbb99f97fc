import type { InStatement } from "@libsql/client";
import { and, eq, sql } from "drizzle-orm";
import type { PageVotes, VoteAnswer, VoteValue } from "../../contract/votes.ts";
import { prepared, type Db } from "../../db/client.ts";
import { comments, votes } from "../../db/schema.ts";
import type { Condition } from "../../db/statements.ts";
import { ApiError, forbidden, notFound } from "../errors.ts";
import { checkStanding, commit, type WriteContext } from "../moderation/phases.ts";

const votedCommentQuery = (db: Db) =>
  db
    .select({ status: comments.status, authorId: comments.authorId, pageKey: comments.pageKey })
    .from(comments)
    .where(and(eq(comments.id, sql.placeholder("id")), eq(comments.siteId, sql.placeholder("siteId"))))
    .prepare();

// The reader's earlier vote leaves the counters, then the new one (if any) joins them: each
// counter moves by what the `votes` rows say, in the same transaction, so concurrent votes
// (by one reader or many) never drift from the rows.
const MINE = `(SELECT count(*) FROM "votes" WHERE "comment_id" = ? AND "user_id" = ? AND "value" = ?)`;
const UNCOUNT = `UPDATE "comments" SET "upvotes" = "upvotes" - ${MINE}, "downvotes" = "downvotes" - ${MINE} WHERE "id" = ? AND `;
const UNVOTE = `DELETE FROM "votes" WHERE "comment_id" = ? AND "user_id" = ? AND `;
const VOTE = `INSERT INTO "votes" ("comment_id", "user_id", "site_id", "value", "created_at")
  SELECT ?, ?, ?, ?, ? WHERE EXISTS (SELECT 1 FROM "comments" WHERE "id" = ? AND "status" = 'published') AND `;
const COUNT = `UPDATE "comments" SET "upvotes" = "upvotes" + ${MINE}, "downvotes" = "downvotes" + ${MINE} WHERE "id" = ? AND `;

/** The statements of one vote (value 0: clearing it), each landing only when `within` holds. */
export function voteStatements(
  vote: { commentId: string; userId: string; siteId: string; value: VoteValue; createdAt: string },
  within: Condition,
): InStatement[] {
  const { commentId: c, userId: u } = vote;
  const mine = [c, u, 1, c, u, -1];
  return [
    { sql: UNCOUNT + within.sql, args: [...mine, c, ...within.args] },
    { sql: UNVOTE + within.sql, args: [c, u, ...within.args] },
    ...(vote.value === 0 ? [] : [{ sql: VOTE + within.sql, args: [c, u, vote.siteId, vote.value, vote.createdAt, c, ...within.args] }]),
    { sql: COUNT + within.sql + ` RETURNING "upvotes", "downvotes"`, args: [...mine, c, ...within.args] },
  ];
}

/**
 * A reader's vote on a published comment: +1, -1 (where the site allows downvotes) or 0 to clear
 * it. Refused on one's own comment and to sanctioned or blocked readers (the standing check of
 * every write), rate limited like the other writes. The page's version is not bumped: cached
 * listings stay, and counts reach readers through `pageVotes` (README, "Votes").
 */
export async function castVote(
  ctx: WriteContext,
  commentId: string,
  value: VoteValue,
): Promise<{ vote: VoteAnswer["vote"]; pageKey: string }> {
  const { db, site, writer, now } = ctx;
  if (value === -1 && !site.downvotes) {
    throw new ApiError("validation_failed", "This site does not take downvotes.", { field: "value" });
  }
  const comment = await prepared(db, votedCommentQuery).get({ id: commentId, siteId: site.id });
  if (!comment || comment.status !== "published") throw notFound("The comment");
  if (comment.authorId === writer.userId) throw forbidden("You cannot vote on your own comment.");
  await checkStanding(ctx);
  const results = await commit(ctx, "vote", (within) =>
    voteStatements({ commentId, userId: writer.userId, siteId: site.id, value, createdAt: now.toISOString() }, within),
  );
  const row = results[results.length - 1]!.rows[0];
  if (!row) throw notFound("The comment");
  return { vote: { commentId, value, upvotes: Number(row[0]), downvotes: Number(row[1]) }, pageKey: comment.pageKey };
}

const countsQuery = (db: Db) =>
  db
    .select({ id: comments.id, up: comments.upvotes, down: comments.downvotes })
    .from(comments)
    .where(
      and(
        eq(comments.siteId, sql.placeholder("siteId")),
        eq(comments.pageKey, sql.placeholder("pageKey")),
        eq(comments.status, "published"),
        sql`(${comments.upvotes} > 0 OR ${comments.downvotes} > 0)`,
      ),
    )
    .prepare();

const mineQuery = (db: Db) =>
  db
    .select({ id: votes.commentId, value: votes.value })
    .from(votes)
    .innerJoin(comments, eq(comments.id, votes.commentId))
    .where(
      and(
        eq(votes.userId, sql.placeholder("userId")),
        eq(comments.siteId, sql.placeholder("siteId")),
        eq(comments.pageKey, sql.placeholder("pageKey")),
      ),
    )
    .prepare();

/**
 * How long a page's counts are reused by this instance: one query per page every few seconds, not
 * one per reader. Votes through this instance update them at once; through another, within this.
 */
export const PAGE_COUNTS_TTL_MS = 3_000;

/**
 * A page's current vote counts, shared by every reader for PAGE_COUNTS_TTL_MS (bounded by
 * entries), beside the listing cache, which a vote leaves alone.
 */
export class PageCounts {
  // Answers, not promises: on Workers a promise started by one request must not be awaited by another.
  #entries = new Map<string, { at: number; counts: PageVotes["counts"] }>();
  constructor(private readonly maxEntries = 10_000) {}

  /** A vote through this instance: its page's shared counts take the comment's new ones at once. */
  update(siteId: string, pageKey: string, commentId: string, up: number, down: number): void {
    const counts = this.#entries.get(`${siteId}\n${pageKey}`)?.counts;
    if (!counts) return;
    if (up || down) counts[commentId] = [up, down];
    else delete counts[commentId];
  }

  async get(db: Db, siteId: string, pageKey: string): Promise<PageVotes["counts"]> {
    const key = `${siteId}\n${pageKey}`;
    const hit = this.#entries.get(key);
    if (hit && Date.now() - hit.at < PAGE_COUNTS_TTL_MS) return hit.counts;
    const at = Date.now();
    const rows = await prepared(db, countsQuery).all({ siteId, pageKey });
    const counts = Object.fromEntries(rows.map((r) => [r.id, [r.up, r.down] as [number, number]]));
    this.#entries.delete(key);
    this.#entries.set(key, { at, counts });
    if (this.#entries.size > this.maxEntries) this.#entries.delete(this.#entries.keys().next().value!);
    return counts;
  }
}

/** The page's counts (shared) and, for a signed-in reader, their own votes on it. */
export async function pageVotes(db: Db, shared: PageCounts, siteId: string, pageKey: string, viewerId: string | null): Promise<PageVotes> {
  const [counts, mine] = await Promise.all([
    shared.get(db, siteId, pageKey),
    viewerId ? prepared(db, mineQuery).all({ userId: viewerId, siteId, pageKey }) : [],
  ]);
  return { counts, mine: Object.fromEntries(mine.map((v) => [v.id, v.value === -1 ? -1 : 1])) };
}
