import { ParleyElement, html, css, nothing, state, type PropertyValues } from "./element.ts";
import {
  commenterApi,
  createClient,
  type CommenterApi,
  type Comment,
  type PageVotes,
  type Policy,
  type SiteInfo,
  type Sort,
} from "./api.ts";
import { strings as t } from "./strings.ts";
import { themeStyles, baseStyles } from "./styles.ts";
import { define } from "./define.ts";
import { siteStore, type Store } from "./lib/storage.ts";
import { thread, canEdit, type ThreadNode } from "./lib/thread.ts";
import { earlyFetch, storedSort, type Early } from "./lib/early.ts";
import type { ItemActions, Votes } from "./comment-item.ts";
import type { PolicyDialog } from "./policy-dialog.ts";
import type * as Extras from "./extras.ts";
import type * as Readers from "./readers.ts";
import { SessionController } from "./controllers/session.ts";
import { CommentsController, repliesLeft, type Thread } from "./controllers/comments.ts";
import "./comment-item.ts";

const MAX_DEPTH = 3;
/** How long the section stays blank (not "Loading…") while the loader's early answers are on their way. */
const QUIET_MS = 400;

/** The `detail` of a `parley-sso` event: `{ token: JWT }` (or the JWT); `{ token: null }` signs out. */
export type SsoEventDetail = { token: string | null } | string | null;

/**
 * The comment section for one page of one site.
 *
 * Attributes/properties: `site`, `page`, `api` (API origin; default: this page's origin),
 * `sso` (a publisher-signed JWT: signs the reader in; removing it signs them out),
 * `theme` (`light` | `dark`; default follows `prefers-color-scheme`).
 * Single sign-on by event: `window.dispatchEvent(new CustomEvent('parley-sso',
 * { detail: { token: JWT } }))` (or a bubbling one on any element).
 *
 * @fires parley-signout - the reader signed out; `detail.sso`: the session was SSO
 * @csspart root, header, count, sort, policy-link, join, account, notice, list, load-more, more-replies
 * @csspart comment, avatar, author, meta, body, actions, badge - of each comment
 * @csspart composer, textarea, button - of the main composer
 * @csspart dialog - the policy dialog
 */
export class CommentSection extends ParleyElement {
  static properties = {
    site: {},
    page: {},
    api: {},
    sso: {},
    _info: state,
    _policy: state,
    _boot: state,
    _sort: state,
    _replyTo: state,
    _editing: state,
    _held: state,
    _now: state,
    _live: state,
    _extras: state,
    _votes: state,
    _linked: state,
  };
  static styles = [
    themeStyles,
    baseStyles,
    css`
      .root {
        background: var(--_bg);
        padding: var(--parley-padding, 1.25em);
        border-radius: var(--_radius);
        display: grid;
        gap: 1em;
      }
      .top {
        justify-content: space-between;
        border-bottom: 1px solid var(--_border);
        padding-bottom: 0.625em;
      }
      h2 {
        font-size: 1.25em;
      }
      .join {
        display: grid;
        gap: 0.5em;
        padding: 1em;
        border-radius: var(--_radius);
        background: var(--_surface);
      }
      .acct {
        justify-content: space-between;
      }
      ul {
        list-style: none;
        padding: 0;
      }
      ul ul {
        margin-inline-start: 1.25em;
        padding-inline-start: 0.875em;
        border-inline-start: 2px solid var(--_border);
      }
      .list > li + li {
        border-top: 1px solid var(--_border);
      }
      .more {
        padding: 0 0 0.75em;
        padding-inline-start: 3.25em;
      }
      .state {
        padding: 1.5em;
        text-align: center;
        justify-items: center;
      }
    `,
  ];

  site = "";
  page = "";
  api = "";
  sso: string | null = null;

  _info: SiteInfo | null = null;
  _policy: Policy | null = null;
  /** Site settings and policy: asked for alongside the comments, needed only to write. */
  _boot: "loading" | "fail" | "ok" = "loading";
  _sort: Sort = "oldest";
  _replyTo: string | null = null;
  _editing: string | null = null;
  _held: Record<string, string> = {};
  _now = Date.now();
  _live = "";
  /** The lazily loaded chunk (composer, policy dialog) is defined. */
  _extras = false;
  /** The page's current vote counts and the reader's votes (readers.ts), once asked for. */
  _votes: PageVotes | null = null;
  /** The comment a permalink (`#comment-ID`) opened. */
  _linked: string | null = null;
  /** For which page and session `_votes` was asked. */
  _votesKey = "";

  _store: Store = siteStore("");
  /** Set by the loader before the element is defined (so not a field with an initialiser). */
  declare parleyEarly: Early | null | undefined;
  _api!: CommenterApi;
  _clock: ReturnType<typeof setInterval> | undefined;
  _session = new SessionController(this);
  _list = new CommentsController(
    this,
    () => ({ api: this._api, page: this.page, sort: this._sort }),
    () => this._session.end(),
  );

  connectedCallback(): void {
    super.connectedCallback();
    this._clock = setInterval(() => (this._now = Date.now()), 30_000);
    addEventListener("hashchange", this._onHash);
  }

  disconnectedCallback(): void {
    super.disconnectedCallback();
    clearInterval(this._clock);
    removeEventListener("hashchange", this._onHash);
  }

  /** A permalink to a comment (`#comment-ID`): the chunk that finds it loads alongside the comments. */
  _onHash = () => {
    if (this.site && location.hash.startsWith("#comment-")) this._readers().then((m) => m.openLinked(this));
  };

  /** The readers' chunk: vote counts, voting, permalinks (after the first paint, or alongside it for a permalink). */
  _readers(): Promise<typeof Readers> {
    return (this._readersP ??= import("./readers.ts"));
  }
  _readersP?: Promise<typeof Readers>;
  /** The strings, for readers.ts (which imports no shared module, so that they stay one chunk). */
  get _t() {
    return t;
  }

  willUpdate(changed: PropertyValues): void {
    if (changed.has("site") || changed.has("api")) {
      this._store = siteStore(this.site);
      this._sort = storedSort(this._store);
      const early = this.parleyEarly;
      this.parleyEarly = null; // the loader's answers are for the first site and API only
      if ((this._quiet = !!early)) setTimeout(() => this._quiet && ((this._quiet = false), this.requestUpdate()), QUIET_MS);
      const client = createClient(this.api || location.origin, { token: () => this._session.token, fetch: earlyFetch(early) });
      this._api = commenterApi(client, this.site);
      this._session.use(this._store, this._api);
      // Asked for before the first render, not after it.
      if (this.site) {
        this.reload();
        this._onHash();
      }
    } else if (changed.has("page") && this.site) this._list.load();
    // The blank wait ends for good once the list has come in (or failed).
    if (this._list.state !== "loading") this._quiet = false;
  }

  updated(changed: PropertyValues): void {
    if (!this.site) return;
    if (changed.has("sso") && !changed.has("site") && !changed.has("api")) this._applySso();
    // A signed-in reader will write (and one with a standing sees its notice): fetch the chunk now.
    if (this._session.me || this._session.standing) this._loadExtras();
    // The page's current vote counts (the listing's are as of its cached build), and the reader's
    // own votes: once the comments are painted, and again for another page or session.
    const key = this.page + " " + this._session.token;
    if (this._list.state === "ready" && this._votesKey !== key) {
      this._votesKey = key;
      this._readers().then((m) => m.refreshVotes(this));
    }
    // Live updates (in the lazily loaded chunk), once the first comments are painted.
    if (this._info && this._list.state == "ready") this._loadExtras().then(() => (this._lc ??= new this._ext!.LiveController(this)));
  }
  _lc?: Extras.LiveController;

  /** (Re)load everything at once: site settings, policy, the reader's standing and the comments. */
  async reload(): Promise<void> {
    const api = this._api;
    this._boot = "loading";
    // The comments first (the first paint needs only them; the server answers in order), unless
    // single sign-on must start the session first: the reader's own held comments are listed only with it.
    const sso = this.sso && this._applySso(true);
    if (!sso) this._list.load();
    Promise.all([api.site(), api.policy()]).then(
      ([site, policy]) => {
        if (api !== this._api) return;
        this._info = site.data.site;
        this._policy = policy.data;
        this._boot = "ok";
      },
      () => api === this._api && (this._boot = "fail"),
    );
    if (!sso) return this._session.refreshMe();
    await sso;
    this._list.load();
  }

  /** Load the chunk with the composer, the policy dialog and the standing notice (once), and its strings beside it (not after it). */
  _loadExtras(): Promise<unknown> {
    return (this._extrasP ??= (globalThis.parleyExtraStrings!(), import("./extras.ts")).then(
      (m) => ((this._ext = m), (this._extras = true)),
    ));
  }
  _extrasP?: Promise<unknown>;
  _ext?: typeof Extras;

  _setSort(e: Event) {
    this._sort = (e.target as HTMLSelectElement).value as Sort;
    this._store.set("sort", this._sort);
    this._list.load();
  }

  async _more() {
    const list = await this._list.load(true);
    // Keyboard users land on the first newly loaded comment.
    if (list?.[0]) this._focus(list[0].id);
  }

  async _moreReplies(id: string) {
    const first = await this._list.loadReplies(id);
    if (first) this._focus(first);
  }

  // ---- identity (the session controller) -------------------------------------------

  /** A `suspended` / `revoked` answer: the reader's standing, and no open composer. */
  _takeStanding(e: unknown): boolean {
    const taken = this._session.takeStanding(e);
    if (taken) this._replyTo = this._editing = null;
    return taken;
  }

  /** Joining as a guest, from the form (in the lazily loaded chunk, like everything a writer needs). */
  async _joinGuest(e: SubmitEvent) {
    e.preventDefault();
    const form = e.target as HTMLFormElement; // (an event's target is gone after it is dispatched)
    await this._loadExtras();
    return this._ext!.joinGuest(this, form);
  }

  async _prepareJoin() {
    (await this._loadExtras(), this._ext!).prepareJoin(this);
  }

  async _applySso(booting = false): Promise<void> {
    const s = this._session;
    const r = await s.applySso();
    if (r === "out") this._loadExtras().then(() => this._ext!.signOut(this));
    else if (r === "in" && !booting) this._list.load();
    // A refused token (not a sanction): said in the join form, in the widget's words.
    else if (this.sso && s.error && !s.standing) (await this._loadExtras(), this._ext!).ssoFailed(this);
  }

  // ---- writing ---------------------------------------------------------------------

  _actions: ItemActions = {
    reply: async (c) => {
      this._editing = null;
      this._replyTo = c.id;
      await this._loadExtras();
      this._focusSel("[slot=reply]");
    },
    edit: async (c) => {
      this._replyTo = null;
      this._editing = c.id;
      await this._loadExtras();
      this._focusSel("[slot=editor]");
    },
    vote: async (c, value) => (await this._readers()).vote(this, c, value),
  };

  // ---- focus and announcements -----------------------------------------------------

  async _focusSel(sel: string) {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(sel)?.focus();
  }

  async _focus(id: string, control?: string) {
    await this.updateComplete;
    const el = this.renderRoot.querySelector<HTMLElement & { focus(w?: string): void }>(`comment-item[data-id="${CSS.escape(id)}"]`);
    el?.focus(control);
  }

  _announce(text: string) {
    this._live = "";
    setTimeout(() => (this._live = text), 50);
  }

  /** Open the policy dialog, optionally at one rule. */
  async openPolicy(rule: string | null = null): Promise<void> {
    await this._loadExtras();
    await this.updateComplete;
    this.renderRoot.querySelector<PolicyDialog>("policy-dialog")?.show(rule);
  }

  // ---- rendering -------------------------------------------------------------------

  /** The warned/suspended/revoked notice (in the lazily loaded chunk: only a writer gets one). */
  _renderStanding() {
    const s = this._session.standing;
    return s && this._ext ? this._ext.standingNotice(s, () => this.openPolicy()) : nothing;
  }

  _renderCompose() {
    const info = this._info;
    const s = this._session;
    // (When the comments failed too, their notice says so.)
    if (this._boot === "fail" && this._list.state !== "error")
      return html`<button class="notice" role="alert" @click=${this.reload}>${t.loadFailed} ${t.retry}</button>`;
    if (!info) return nothing;
    if (this._list.closed) return html`<p class="muted" role="status">${t.closed}</p>`;
    if (!s.me) {
      if (s.standing) return this._renderStanding();
      // Focusing it loads the writing chunk, which starts any proof of work the site asks for.
      return html`<form class="join" part="join" @submit=${this._joinGuest} @focusin=${this._prepareJoin} aria-labelledby="jh" novalidate>
        <h3 id="jh">${t.joinHeading}</h3>
        ${
          info.allowGuests
            ? html`<div class="row">
                <label for="name">${t.nameLabel}</label>
                <input id="name" name="name" autocomplete="nickname" maxlength="60" .value=${this._store.get("name") ?? ""} />
                <input class="sr" name="website" tabindex="-1" autocomplete="off" aria-hidden="true" />
                <button class="primary" ?disabled=${s.joining}>${t.joinAsGuest}</button>
              </div>`
            : html`<p>${t.guestsNotAllowed}</p>`
        }
        ${s.joinError ? html`<p class="error" role="alert">${s.joinError}</p>` : s.joinNote ? html`<p role="status">${s.joinNote}</p>` : nothing}
      </form>`;
    }
    // Signed in: the account line, the standing notice and the composer (the writing chunk's).
    return this._ext?.account(this) ?? nothing;
  }

  /** A comment's counts as the page's votes say now (none there: none now), else as listed. */
  _voteOf(c: Comment): Votes | null {
    const v = this._votes;
    return v && [v.counts[c.id]?.[0] ?? 0, v.counts[c.id]?.[1] ?? 0, v.mine[c.id] ?? 0];
  }

  _renderNode(n: ThreadNode, top = false): unknown {
    const c = n.comment;
    const s = this._session;
    const uid = s.me?.user.id;
    const own = !!uid && c.author?.id === uid;
    const w = s.writable;
    const editing = this._editing === c.id;
    const more = top && (c as Thread).repliesCursor != null;
    const loading = this._list.replies[c.id];
    return html`<li>
      <comment-item
        data-id=${c.id}
        exportparts="comment,avatar,author,meta,body,actions,badge"
        .comment=${c}
        .actions=${this._actions}
        .now=${this._now}
        .replyingTo=${n.replyingTo}
        .heldReason=${this._held[c.id] || null}
        .votes=${this._voteOf(c)}
        .tools=${this._ext?.itemTools(this)}
        .downvotes=${!!this._info?.downvotes}
        ?linked=${this._linked === c.id}
        .can=${{
          own,
          reply: w && !this._list.closed,
          edit: w && !!this._info && canEdit(c, uid, this._info.editWindowMinutes, this._now),
          delete: w && own,
          report: w && !own && c.status === "published",
          // Not signed in: the buttons ask the reader to join. Suspended or revoked: no vote.
          vote: !own && (w || !s.standing),
        }}
        ?editing=${editing}
      >
        ${editing || this._replyTo === c.id ? this._ext?.composers(this, c, editing) : nothing}
      </comment-item>
      ${
        n.children.length
          ? html`<ul>
              ${n.children.map((k) => this._renderNode(k))}
            </ul>`
          : nothing
      }
      ${
        more
          ? html`<div class="row more">
              <button class="quiet" part="more-replies" ?disabled=${loading === "busy"} @click=${() => this._moreReplies(c.id)}>
                ${loading === "busy" ? t.loading : t.moreReplies(repliesLeft(c))}
              </button>
              ${loading === "error" ? html`<span class="error" role="alert">${t.loadFailed}</span>` : nothing}
            </div>`
          : nothing
      }
    </li>`;
  }

  _renderList() {
    const l = this._list;
    const s = l.state;
    if (s === "loading") return html`<p class="state muted" role="status">${t.loading}</p>`;
    if (s === "error")
      return html`<div class="notice state" role="alert">
        <span>${t.loadFailed} ${navigator.onLine ? "" : t.offline}</span>
        <button @click=${() => this.reload()}>${t.retry}</button>
      </div>`;
    if (!l.comments.length) return html`<p class="state muted">${t.empty}</p>`;
    return html`<ul class="list" part="list" aria-label=${t.heading}>
        ${thread(l.comments, MAX_DEPTH).map((n) => this._renderNode(n, true))}
      </ul>
      ${
        l.next
          ? html`<div class="row state">
              <button part="load-more" ?disabled=${s === "more"} @click=${this._more}>${s === "more" ? t.loading : t.loadMore}</button>
              ${s === "more-error" ? html`<span class="error" role="alert">${t.loadFailed}</span>` : nothing}
            </div>`
          : nothing
      }`;
  }

  /**
   * While the loader's answers are on their way (usually in already), nothing is drawn for up to
   * QUIET_MS: a "Loading…" frame laid out and painted just before the first screen would delay it.
   */
  _quiet = false;
  render() {
    const s = this._list.state;
    if (s === "loading" && this._quiet) return nothing;
    const counted = s !== "loading" && s !== "error";
    // The widget's language and direction (its own, whatever the page's: a fallback to English is marked so).
    return html`<section
      class="root"
      part="root"
      lang=${t.locale}
      dir=${t.dir}
      aria-labelledby="h"
      @open-rule=${(e: CustomEvent) => this.openPolicy(e.detail)}
    >
      <div class="row top" part="header">
        <h2 id="h" tabindex="-1" part="count">${counted ? t.count(this._list.total) : t.heading}</h2>
        <span class="row small">
          <label for="sort">${t.sortLabel}</label>
          <select id="sort" part="sort" @change=${this._setSort}>
            <option value="oldest" ?selected=${this._sort === "oldest"}>${t.sortOldest}</option>
            <option value="newest" ?selected=${this._sort === "newest"}>${t.sortNewest}</option>
            <option value="best" ?selected=${this._sort === "best"}>${t.sortBest}</option>
          </select>
        </span>
      </div>
      <p><button class="link" part="policy-link" aria-haspopup="dialog" @click=${() => this.openPolicy()}>${t.policyLine}</button></p>
      ${this._renderCompose()}
      <div aria-busy=${s === "loading" || s === "more"}>${this._lc?._bar()}${this._renderList()}</div>
      ${this._extras ? html`<policy-dialog exportparts="dialog" .policy=${this._policy}></policy-dialog>` : nothing}
      <div class="sr" role="status">${this._live}</div>
    </section>`;
  }
}
define("comment-section", CommentSection);

declare global {
  interface HTMLElementTagNameMap {
    "comment-section": CommentSection;
  }
}
