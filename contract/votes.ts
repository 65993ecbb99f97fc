/**
 * Readers' parts of issue 12: votes and the "best" order, comment counts for article lists, one
 * thread by a comment's id (permalinks). Wire shapes only; README "API extensions" says how.
 */
import type { Comment } from "./wire.ts";

/** The listing orders: by time either way, or by the votes' confidence bound (`best`). */
export const LISTING_SORTS = ["oldest", "newest", "best"] as const;
export type ListingSort = (typeof LISTING_SORTS)[number];

/** A reader's vote: +1, -1 (only where the site allows downvotes), 0 to clear it. */
export type VoteValue = 1 | -1 | 0;

/** `PUT /sites/{site}/comments/{id}/vote` */
export interface VoteRequest {
  value: VoteValue;
}

/** The comment's counts right after the vote, and the reader's vote now (0: none). */
export interface VoteAnswer {
  vote: { commentId: string; value: VoteValue; upvotes: number; downvotes: number };
}

/**
 * `GET /sites/{site}/votes?page=KEY`: the page's vote counts now (comment id → [up, down], only
 * comments with votes), and the reader's own votes on the page (empty without a session).
 */
export interface PageVotes {
  counts: Record<string, [number, number]>;
  mine: Record<string, 1 | -1>;
}

/** `GET /sites/{site}/counts?page=A&page=B…`: published comments per page key (0 for an unknown page). */
export interface CommentCounts {
  counts: Record<string, number>;
}

/** `GET /sites/{site}/comments/{id}/thread`: the whole thread that holds the comment, as the reader may see it. */
export interface ThreadAnswer {
  /** The top-level comment, with all its replies. */
  thread: Comment;
  /** The comment asked for (the top-level one or a reply in it). */
  commentId: string;
}

/** Page keys one counts request may name (more spans on a page take more requests). */
export const MAX_COUNTED_PAGES = 100;
