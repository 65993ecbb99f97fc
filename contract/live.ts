/**
 * The live-updates part's shapes (README "Live updates"): what an open page hears about its
 * comments. Types and constants only. Events carry public data only: a comment anyone may see
 * now, or the id of one nobody but its author (or nobody) may see any more.
 */
import type { Comment } from "./wire.ts";

/** How a widget hears of changes: a Server-Sent Events stream, or polling the listing with its ETag. */
export type LiveMode = "sse" | "poll";

/** Extension of `GET /sites/{site}` (`live`): which mode this server offers, and the polling interval. */
export interface LiveInfo {
  mode: LiveMode;
  /** Seconds between two conditional requests of the listing while polling (slower in a hidden tab). */
  pollSeconds: number;
}

/**
 * One event's `data` (JSON) on `GET /sites/{site}/events?page=KEY`:
 * - `comment`: a published comment (new, approved, edited, or shown again), without its replies;
 * - `remove`: a comment others may no longer see (deleted, hidden, rejected, held); a deleted
 *   one with replies stays as a placeholder, as in listings;
 * - `reset`: the stream cannot say what changed since `Last-Event-ID`: fetch the listing again.
 */
export type LiveEvent = { type: "comment"; comment: Comment } | { type: "remove"; id: string } | { type: "reset" };

/** The polling interval a server without a stream offers. */
export const POLL_SECONDS = 30;
