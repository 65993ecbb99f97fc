/**
 * Live updates (a lazily loaded chunk, started once the first comments are painted): a
 * Server-Sent Events stream where the server offers one, else conditional polling of the
 * listing (ETag, 304s) every `pollSeconds`, slower in a hidden tab, not while offline. New
 * comments and replies wait behind a "N new comments" bar (announced politely) rather than
 * moving the text under the reader; edits and removals apply in place. The reader's own posts
 * are shown by the answer to their POST, never announced.
 */
import { html, nothing, type ReactiveController } from "./element.ts";
import { queryString, sitePath, type Comment, type CommentPage } from "./api.ts";
import type { LiveEvent } from "../contract/live.ts";
import type { CommentSection } from "./comment-section.ts";
import { PAGE_SIZE, listQuery } from "./controllers/comments.ts";
import { addReply, findComment } from "./lib/thread.ts";
import { addTop, removeComment, replaceComment } from "./lib/edits.ts";
import { strings as t } from "./strings-extras.ts";

/** How much slower a hidden tab polls. */
const HIDDEN_FACTOR = 4;

/** Comments in a list, replies included. */
const count = (list: readonly Comment[]): number => list.reduce((n, c) => n + 1 + count(c.replies ?? []), 0);

/** `a` before `b` in the listing's order of top-level comments. */
const before = (a: Comment, b: Comment, newest: boolean) => a.createdAt + a.id < b.createdAt + b.id !== newest;

export class LiveController implements ReactiveController {
  /** New comments waiting behind the bar (top-level ones, and replies to shown comments). */
  _fresh: Comment[] = [];
  /** What the current connection or polling is for (API, site, page, sort); "" when stopped. */
  _key = "";
  _es?: EventSource;
  _timer?: ReturnType<typeof setTimeout>;
  _etag: string | null = null;

  constructor(private host: CommentSection) {
    host.addController(this);
    addEventListener("online", () => this._es || this._check());
    addEventListener("offline", () => clearTimeout(this._timer));
    document.addEventListener("visibilitychange", () => this._visibility());
    host.requestUpdate();
  }

  hostConnected(): void {
    this._sync();
  }

  hostDisconnected(): void {
    this._stop();
  }

  /** After each render: (re)start when the page, the sort or the site changed. */
  hostUpdated(): void {
    this._sync();
  }

  _sync() {
    const h = this.host;
    const key = [h.api, h.site, h.page, h._sort].join("\n");
    if (!h._info || !h.page || !h.isConnected || key === this._key) return;
    this._stop();
    this._key = key;
    if (h._info.live?.mode === "sse" && typeof EventSource == "function") this._stream();
    else this._schedule();
  }

  /**
   * A hidden tab gives its stream up and polls slowly: over HTTP/1.1 a browser keeps at most 6
   * connections to the API's origin, for every tab together. Shown again, it catches up with one
   * request of the listing and opens its stream again.
   */
  _visibility() {
    if (!this._key) return;
    if (this.host._info?.live?.mode !== "sse") return this._schedule();
    if (document.hidden) {
      this._es?.close();
      this._es = undefined;
      this._schedule();
    } else if (!this._es) {
      clearTimeout(this._timer);
      this._stream();
      this._check();
    }
  }

  _stop() {
    this._es?.close();
    this._es = undefined;
    clearTimeout(this._timer);
    this._key = "";
    this._etag = null;
    this._fresh = [];
  }

  _url(path: string, query: Record<string, string | number>) {
    const h = this.host;
    return `${(h.api || location.origin).replace(/\/+$/, "")}${sitePath(h.site)}${path}?${queryString(query)}`;
  }

  _stream() {
    const es = (this._es = new EventSource(this._url("/events", { page: this.host.page })));
    es.onmessage = (e) => this._apply(JSON.parse(e.data) as LiveEvent);
    // The browser reconnects by itself (with Last-Event-ID); a refusal (503: no room, or no stream here) closes it: poll.
    es.onerror = () => {
      if (es.readyState === EventSource.CLOSED && this._es === es) {
        this._es = undefined;
        this._schedule();
      }
    };
  }

  _schedule() {
    clearTimeout(this._timer);
    if (!this._key || !navigator.onLine) return;
    const seconds = (this.host._info?.live?.pollSeconds ?? 30) * (document.hidden ? HIDDEN_FACTOR : 1);
    this._timer = setTimeout(() => this._check(), seconds * 1000);
  }

  /** One conditional request of the first page, as anyone sees it (a 304 while nothing changed). */
  async _check() {
    const key = this._key;
    const h = this.host;
    if (!key) return;
    try {
      const res = await fetch(this._url("/comments", listQuery(h.page, h._sort, PAGE_SIZE)), {
        headers: this._etag ? { "if-none-match": this._etag, accept: "application/json" } : { accept: "application/json" },
        cache: "no-store",
      });
      if (key === this._key && res.status == 200) {
        const page = (await res.json()) as CommentPage;
        this._etag = res.headers.get("etag");
        this._diff(page);
      }
    } catch {
      // offline, or the server is away: try again at the next turn
    }
    if (key === this._key && !this._es) this._schedule();
  }

  /** Changes between the shown comments and a fresh first page, as the stream would have sent them. */
  _diff(page: CommentPage) {
    const h = this.host;
    const me = h._session.me?.user.id;
    const shown = h._list.comments;
    const seen = new Set<string>();
    const walk = (list: readonly Comment[]) => {
      for (const c of list) {
        seen.add(c.id);
        const was = findComment(shown, c.id);
        if (!was || was.status !== c.status || was.editedAt !== c.editedAt)
          this._apply({ type: "comment", comment: { ...c, replies: [] } });
        walk(c.replies ?? []);
      }
    };
    walk(page.comments);
    // Gone from what the page covers: top-level comments up to its last, and replies of threads it sent whole.
    const last = page.comments.at(-1);
    const newest = h._sort === "newest";
    const whole = new Set(page.comments.filter((c) => c.repliesCursor == null).map((c) => c.id));
    const gone = (c: Comment, root: Comment | null) =>
      !seen.has(c.id) &&
      c.status === "published" &&
      c.author?.id !== me &&
      (root ? whole.has(root.id) : !page.nextCursor || (last && !before(last, c, newest)));
    for (const root of shown) {
      if (gone(root, null)) this._apply({ type: "remove", id: root.id });
      const inner = (list: readonly Comment[]) =>
        list.forEach((r) => (gone(r, root) && this._apply({ type: "remove", id: r.id }), inner(r.replies ?? [])));
      inner(root.replies ?? []);
    }
  }

  _apply(e: LiveEvent) {
    const h = this.host;
    const l = h._list;
    const me = h._session.me?.user.id;
    if (e.type === "reset") {
      this._fresh = [];
      l.load();
      return;
    }
    const id = e.type === "remove" ? e.id : e.comment.id;
    const was = findComment(l.comments, id);
    if (e.type === "remove" || e.comment.status !== "published") {
      this._fresh = removeComment(this._fresh, id);
      // The reader's own comments change by the answers to their own requests (which may come after
      // this event), and a held one stays theirs to see.
      if (!was || was.author?.id === me) return h.requestUpdate();
      if (was.status === "published") l.total--;
      l.comments = removeComment(l.comments, id);
    } else if (was) {
      // Edited, or approved (a held comment of the reader's published by a moderator)
      if (was.status !== "published") l.total++;
      l.comments = replaceComment(l.comments, e.comment);
    } else {
      const c = { ...e.comment, replies: [] };
      if (c.author?.id === me) return;
      if (findComment(this._fresh, c.id)) this._fresh = replaceComment(this._fresh, c);
      else if (!c.parentId) this._fresh = [...this._fresh, c];
      else if (findComment(this._fresh, c.parentId)) this._fresh = addReply(this._fresh, c.parentId, c);
      // a reply whose thread is shown (one in a thread not loaded comes with it)
      else if (findComment(l.comments, c.parentId)) this._fresh = [...this._fresh, c];
    }
    h.requestUpdate();
  }

  /** Puts the waiting comments in their places, and moves focus to the first of them. */
  _show() {
    const h = this.host;
    const l = h._list;
    let list = l.comments;
    for (const c of this._fresh) list = c.parentId ? addReply(list, c.parentId, c) : addTop(list, c, h._sort);
    l.total += count(this._fresh);
    l.comments = list;
    const first = this._fresh[0];
    this._fresh = [];
    h.requestUpdate();
    if (first) h._focus(first.id);
  }

  /** The bar: a polite live region, always there so that screen readers hear it change. */
  _bar() {
    // (a listing loaded again since, after signing in or out, may show some of them already)
    const shown = this.host._list.comments;
    if (this._fresh.some((c) => findComment(shown, c.id))) this._fresh = this._fresh.filter((c) => !findComment(shown, c.id));
    const n = count(this._fresh);
    // (empty, it takes no room: the class comes with the button)
    return html`<div class=${n ? "row state" : ""} aria-live="polite">
      ${n ? html`<button class="primary" part="new-comments" @click=${() => this._show()}>${t.newComments(n)}</button>` : nothing}
    </div>`;
  }
}
