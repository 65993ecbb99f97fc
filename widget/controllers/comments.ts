import type { ReactiveController } from "../element.ts";
import type { Comment, CommenterApi, Sort } from "../api.ts";
import { addReply, appendPage, descendants, findComment } from "../lib/thread.ts";

/** Threads per page, and replies sent with each thread (more on request). */
export const PAGE_SIZE = 20;
export const REPLIES = 3;
/**
 * Threads asked for (and rendered) first, with their replies up to 4 comments; the rest of the first
 * page right after. Two, not four: the first paint came ~13% sooner (npm run bench, same run); one,
 * not two: ~5% sooner again (A/B of 21 runs), with half the nodes to lay out (467, not 801).
 */
export const FIRST_SCREEN = 1;

/** A top-level comment of a listing asked with `replies=` (the reply-paging extension). */
/** A top-level comment; with paged replies it carries `replyCount` and `repliesCursor`. */
export type Thread = Comment;

/** A listing's query: `limit` threads (after `cursor`), each with its first REPLIES replies. */
export const listQuery = (page: string, sort: Sort, limit: number, cursor?: string | null) => ({
  page,
  sort,
  limit,
  replies: REPLIES,
  ...(cursor ? { cursor } : {}),
});
export type ListState = "loading" | "error" | "ready" | "more" | "more-error";

export interface CommentsHost {
  addController(c: ReactiveController): void;
  requestUpdate(): void;
  readonly updateComplete: Promise<boolean>;
}

/** Once the host's latest render is on screen: a frame, then the task after it (in a hidden tab: once it shows). */
const painted = (host: CommentsHost): Promise<unknown> =>
  host.updateComplete.then(() => new Promise((done) => (globalThis.requestAnimationFrame ?? setTimeout)(() => setTimeout(done))));

export interface ListSource {
  api: CommenterApi;
  page: string;
  sort: Sort;
}

/**
 * One page's comments: the listing (a newer request aborts an older one, so a late answer never
 * lands), further pages (a first page in two steps: the first screen, then the rest), a
 * thread's further replies. A 401 calls `unauthorized` and retries once
 * without the token.
 */
export class CommentsController implements ReactiveController {
  comments: Thread[] = [];
  next: string | null = null;
  total = 0;
  /** A moderator closed the page to new comments (the listing says so). */
  closed = false;
  state: ListState = "loading";
  /** Thread id → its "more replies" request, while busy or after it failed. */
  replies: Record<string, "busy" | "error"> = {};
  _abort?: AbortController;

  constructor(
    private host: CommentsHost,
    private source: () => ListSource,
    private unauthorized: () => void,
  ) {
    host.addController(this);
  }

  /** Nothing to start or stop: the list and its requests outlive a move of the element. */
  hostConnected(): void {}

  /**
   * The first page (again), or the next one; resolves to the comments that came in (null: none).
   * A first page comes in two requests: the first screen's threads, small and quick to render,
   * then at once the rest of the page, rendered once the first screen is painted (`after`).
   */
  async load(more = false, limit = more ? PAGE_SIZE : FIRST_SCREEN, after?: Promise<unknown>): Promise<Comment[] | null> {
    this._abort?.abort();
    const ctrl = (this._abort = new AbortController());
    this.state = more ? "more" : "loading";
    this.host.requestUpdate();
    const { api, page, sort } = this.source();
    try {
      const { data } = await api.list(listQuery(page, sort, limit, more ? this.next : null), ctrl.signal);
      await after;
      if (ctrl.signal.aborted) return null;
      const list = data.comments ?? [];
      this.comments = more ? appendPage(this.comments, list) : list;
      this.next = data.nextCursor ?? null;
      this.total = data.total ?? 0;
      this.closed = data.closed === true;
      this.state = "ready";
      if (!more && this.next) this.load(true, PAGE_SIZE - FIRST_SCREEN, painted(this.host));
      return list;
    } catch (e) {
      if (ctrl.signal.aborted) return null;
      if ((e as { status?: number }).status === 401) {
        this.unauthorized();
        return this.load(more, limit);
      }
      this.state = more ? "more-error" : "error";
      return null;
    } finally {
      this.host.requestUpdate();
    }
  }

  /** The next replies of thread `id`; resolves to the first new one's id. */
  async loadReplies(id: string): Promise<string | undefined> {
    const cursor = this.comments.find((c) => c.id === id)?.repliesCursor;
    if (cursor == null || this.replies[id] === "busy") return;
    this._setReplies(id, "busy");
    try {
      const { data } = await this.source().api.replies(id, { cursor, limit: 50 });
      let list = this.comments;
      const fresh = data.replies.filter((r) => !findComment(list, r.id));
      for (const r of fresh) list = addReply(list, r.parentId ?? id, r);
      this.comments = list.map((c) => (c.id === id ? { ...c, repliesCursor: data.nextCursor } : c));
      this._setReplies(id);
      return fresh[0]?.id;
    } catch {
      this._setReplies(id, "error");
    }
  }

  _setReplies(id: string, to?: "busy" | "error") {
    const r = { ...this.replies };
    if (to) r[id] = to;
    else delete r[id];
    this.replies = r;
    this.host.requestUpdate();
  }
}

/** How many of a thread's replies are not loaded yet. */
export const repliesLeft = (t: Thread): number => Math.max(0, (t.replyCount ?? 0) - descendants(t).length);
