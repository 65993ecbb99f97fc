import { ParleyElement, html, css, nothing, state, type PropertyValues } from "./element.ts";
import {
  ApiError,
  commenterApi,
  createClient,
  type CommenterApi,
  type Comment,
  type Me,
  type Policy,
  type SiteInfo,
  type Sort,
  type Standing,
} from "./api.ts";
import { strings as t } from "./strings.ts";
import { themeStyles, baseStyles } from "./styles.ts";
import { define, fire } from "./define.ts";
import { siteStore, deviceId, draftKey, type Store } from "./lib/storage.ts";
import {
  thread,
  addTop,
  addReply,
  replaceComment,
  removeComment,
  appendPage,
  findComment,
  canEdit,
  type ThreadNode,
} from "./lib/thread.ts";
import { formatDate } from "./lib/time.ts";
import { stripUrl } from "./lib/page-key.ts";
import type { ItemActions } from "./comment-item.ts";
import type { PolicyDialog } from "./policy-dialog.ts";
import "./comment-item.ts";
import "./comment-composer.ts";
import "./policy-dialog.ts";

const PAGE_SIZE = 20;
const MAX_DEPTH = 3;

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
 * @csspart root, header, count, sort, policy-link, join, account, notice, list, load-more
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
    _me: state,
    _standing: state,
    _comments: state,
    _next: state,
    _total: state,
    _sort: state,
    _state: state,
    _replyTo: state,
    _editing: state,
    _held: state,
    _joining: state,
    _joinError: state,
    _now: state,
    _live: state,
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
  _me: Me | null = null;
  _standing: Standing | null = null;
  _comments: Comment[] = [];
  _next: string | null = null;
  _total = 0;
  _sort: Sort = "oldest";
  /** boot: site settings/policy loading; fail: they failed; then the list's own states. */
  _state: "boot" | "fail" | "loading" | "error" | "ready" | "more" | "more-error" = "boot";
  _replyTo: string | null = null;
  _editing: string | null = null;
  _held: Record<string, string> = {};
  _joining = false;
  _joinError: string | null = null;
  _now = Date.now();
  _live = "";

  _store: Store = siteStore("");
  _api!: CommenterApi;
  _token: string | null = null;
  _ssoUsed: string | null = null;
  _gen = 0;
  _clock: ReturnType<typeof setInterval> | undefined;

  connectedCallback(): void {
    super.connectedCallback();
    addEventListener("parley-sso", this._onSso);
    this._clock = setInterval(() => (this._now = Date.now()), 30_000);
  }

  disconnectedCallback(): void {
    super.disconnectedCallback();
    removeEventListener("parley-sso", this._onSso);
    clearInterval(this._clock);
  }

  _onSso = (e: Event) => {
    const d = (e as CustomEvent).detail;
    this.sso = (d && typeof d === "object" ? d.token : d) || null;
  };

  willUpdate(changed: PropertyValues): void {
    if (changed.has("site") || changed.has("api")) {
      this._store = siteStore(this.site);
      this._token = this._store.get("token");
      this._sort = this._store.get("sort") === "newest" ? "newest" : "oldest";
      this._api = commenterApi(createClient(this.api || location.origin, { token: () => this._token }), this.site);
    }
  }

  updated(changed: PropertyValues): void {
    if (!this.site) return;
    if (changed.has("site") || changed.has("api")) this.reload();
    else if (changed.has("page")) this._loadList();
    else if (changed.has("sso") && this._info) this._applySso();
  }

  /** (Re)load everything: site settings, policy and the reader's standing, then comments. */
  async reload(): Promise<void> {
    const gen = ++this._gen;
    this._state = "boot";
    try {
      const [site, policy] = await Promise.all([this._api.site(), this._api.policy()]);
      this._info = site.data.site;
      this._policy = policy.data;
    } catch {
      if (gen === this._gen) this._state = "fail";
      return;
    }
    await this._refreshMe();
    if (this.sso) await this._applySso(true);
    if (gen === this._gen) await this._loadList();
  }

  async _loadList(more = false): Promise<void> {
    const gen = more ? this._gen : ++this._gen;
    this._state = more ? "more" : "loading";
    try {
      const { data } = await this._api.list({ page: this.page, sort: this._sort, limit: PAGE_SIZE, cursor: more ? this._next : null });
      if (gen !== this._gen) return;
      const list = data.comments ?? [];
      this._comments = more ? appendPage(this._comments, list) : list;
      this._next = data.nextCursor ?? null;
      this._total = data.total ?? 0;
      this._state = "ready";
      // Keyboard users land on the first newly loaded comment.
      if (more && list[0]) this._focus(list[0].id);
    } catch (e) {
      if (gen !== this._gen) return;
      if ((e as ApiError).status === 401) {
        this._endSession();
        return this._loadList(more);
      }
      this._state = more ? "more-error" : "error";
    }
  }

  _setSort(e: Event) {
    this._sort = (e.target as HTMLSelectElement).value as Sort;
    this._store.set("sort", this._sort);
    this._loadList();
  }

  // ---- identity --------------------------------------------------------------------

  async _refreshMe(): Promise<void> {
    if (!this._token) return;
    try {
      const { data } = await this._api.me();
      this._me = data;
      this._standing = data.standing;
    } catch (e) {
      if ((e as ApiError).status === 401) this._endSession();
      else this._takeStanding(e);
    }
  }

  /** A `suspended` / `revoked` error becomes the reader's standing; true when it was one. */
  _takeStanding(e: unknown): boolean {
    if (!(e instanceof ApiError) || (e.code !== "suspended" && e.code !== "revoked")) return false;
    const d = e.details;
    this._standing = {
      status: e.code as "revoked",
      until: d.until ?? null,
      reason: d.reason ?? null,
      strikes: this._standing?.strikes ?? 0,
    };
    this._replyTo = this._editing = null;
    return true;
  }

  async _startSession(body: { name: string; device: string } | { sso: string }): Promise<boolean> {
    this._joining = true;
    this._joinError = null;
    try {
      const { data } = await this._api.session(body);
      this._token = data.token;
      this._store.set("token", data.token);
      this._store.set("sso", "sso" in body ? "1" : null);
      this._me = { user: data.user, standing: { status: "good", until: null, reason: null, strikes: 0 } };
      this._standing = this._me.standing;
      await this._refreshMe();
      return true;
    } catch (e) {
      if (!this._takeStanding(e)) this._joinError = (e as ApiError).code === "network" ? t.networkError : (e as Error).message;
      return false;
    } finally {
      this._joining = false;
    }
  }

  async _joinGuest(e: SubmitEvent) {
    e.preventDefault();
    const input = (e.target as HTMLFormElement).elements.namedItem("name") as HTMLInputElement;
    const name = input.value.trim();
    if (!name) {
      this._joinError = t.nameRequired;
      return input.focus();
    }
    this._store.set("name", name);
    if (await this._startSession({ name, device: deviceId(this._store) })) {
      this._announce(t.signedInAs(name));
      this._focusSel("comment-composer");
    }
  }

  async _applySso(booting = false): Promise<void> {
    const jwt = this.sso;
    if (!jwt) {
      if (this._ssoUsed && this._store.get("sso")) this._signOut();
      this._ssoUsed = null;
    } else if (jwt !== this._ssoUsed) {
      this._ssoUsed = jwt;
      // The reader's own held comments are listed only with their token.
      if ((await this._startSession({ sso: jwt })) && !booting) this._loadList();
    }
  }

  _endSession() {
    this._token = this._me = this._standing = this._replyTo = this._editing = null;
    this._store.set("token", null);
    this._store.set("sso", null);
  }

  _signOut() {
    const sso = !!this._store.get("sso");
    // Ends the session on the server too; the token goes from this browser either way.
    this._api.signOut().catch(() => {});
    this._endSession();
    this._held = {};
    fire(this, "parley-signout", { sso });
    this._loadList();
    this._focusSel("h2");
  }

  // ---- writing ---------------------------------------------------------------------

  get _writable(): boolean {
    const s = this._standing?.status;
    return !!this._me && s != "suspended" && s != "revoked";
  }

  _sender(parentId?: string, editId?: string) {
    return async (body: string, acknowledge: boolean) => {
      const ack = acknowledge ? { acknowledge } : {};
      try {
        const { status, data } = editId
          ? await this._api.edit(editId, { body, ...ack })
          : await this._api.create({
              page: this.page,
              url: stripUrl(location.href),
              title: document.title || undefined,
              body,
              ...(parentId ? { parentId } : {}),
              ...ack,
            });
        const c = data.comment;
        const held = status === 202 || c.status === "pending";
        if (held) this._held = { ...this._held, [c.id]: data.reason ?? "" };
        const pub = c.status === "published" ? 1 : 0;
        if (editId) {
          this._total += pub - (findComment(this._comments, c.id)?.status === "published" ? 1 : 0);
          this._comments = replaceComment(this._comments, c);
          this._editing = null;
        } else {
          this._comments = parentId ? addReply(this._comments, parentId, c) : addTop(this._comments, c, this._sort);
          this._total += pub;
          this._replyTo = null;
          if (this._state !== "ready") this._state = "ready";
        }
        this._announce(held ? `${t.held}. ${t.heldNotice}` : editId ? t.edited : t.posted);
        this._focus(c.id);
        this._refreshMe();
      } catch (e) {
        if (this._takeStanding(e)) this._focusSel(".notice");
        else if ((e as ApiError).code === "policy_violation") this._refreshMe();
        else if ((e as ApiError).status === 401) this._endSession();
        throw e;
      }
    };
  }

  _actions: ItemActions = {
    reply: (c) => {
      this._editing = null;
      this._replyTo = c.id;
      this._focusSel("[slot=reply]");
    },
    edit: (c) => {
      this._replyTo = null;
      this._editing = c.id;
      this._focusSel("[slot=editor]");
    },
    remove: async (c) => {
      await this._api.remove(c.id);
      if (c.status === "published") this._total--;
      this._comments = removeComment(this._comments, c.id);
      this._announce(t.deleted);
      if (findComment(this._comments, c.id)) this._focus(c.id);
      else this._focusSel("h2");
    },
    report: async (c, reason, note) => {
      await this._api.report(c.id, { reason, ...(note ? { note } : {}) });
    },
  };

  _cancel(kind: "reply" | "edit", id: string) {
    if (kind === "reply") this._replyTo = null;
    else this._editing = null;
    this._focus(id, kind);
  }

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
  openPolicy(rule: string | null = null): void {
    this.renderRoot.querySelector<PolicyDialog>("policy-dialog")?.show(rule);
  }

  // ---- rendering -------------------------------------------------------------------

  _renderStanding() {
    const s = this._standing;
    if (!s || s.status === "good") return nothing;
    const title =
      s.status === "warned" ? t.warned : s.status === "revoked" ? t.revoked : t.suspended(s.until && formatDate(s.until, t.locale, "long"));
    return html`<div class="notice" part="notice" tabindex="-1" role="status" data-standing=${s.status}>
      <strong>${title}</strong>
      ${s.reason ? html`<span>${t.reason(s.reason)}</span>` : nothing}
      <button class="link" @click=${() => this.openPolicy()}>${t.readPolicy}</button>
    </div>`;
  }

  _renderCompose() {
    const info = this._info;
    if (!info || this._state === "boot") return nothing;
    if (!this._me) {
      if (this._standing) return this._renderStanding();
      return html`<form class="join" part="join" @submit=${this._joinGuest} aria-labelledby="jh" novalidate>
        <h3 id="jh">${t.joinHeading}</h3>
        ${
          info.allowGuests
            ? html`<div class="row">
                <label for="name">${t.nameLabel}</label>
                <input id="name" name="name" autocomplete="nickname" maxlength="60" .value=${this._store.get("name") ?? ""} />
                <button class="primary" ?disabled=${this._joining}>${t.joinAsGuest}</button>
              </div>`
            : html`<p>${t.guestsNotAllowed}</p>`
        }
        ${this._joinError ? html`<p class="error" role="alert">${this._joinError}</p>` : nothing}
      </form>`;
    }
    return html`<div class="row acct small" part="account">
        <span class="muted">${t.signedInAs(this._me.user.name)}</span>
        <button class="quiet" @click=${this._signOut}>${t.signOut}</button>
      </div>
      ${this._renderStanding()}
      ${
        this._writable
          ? html`<comment-composer
              exportparts="composer,textarea,button"
              .store=${this._store}
              .draftKey=${draftKey(this.page)}
              .max=${info.maxCommentLength}
              .rules=${this._policy?.rules ?? []}
              .send=${this._sender()}
              .check=${this._check}
            ></comment-composer>`
          : nothing
      }`;
  }

  _check = async (body: string) => (await this._api.preview(body)).data;

  _composer(slot: string, c: Comment, label: string, submit: string, send: unknown, kind: "reply" | "edit") {
    return html`<comment-composer
      slot=${slot}
      cancellable
      label=${label}
      submit-label=${submit}
      .initial=${kind === "edit" ? c.body : ""}
      .store=${kind === "reply" ? this._store : null}
      .draftKey=${kind === "reply" ? draftKey(this.page, c.id) : null}
      .max=${this._info!.maxCommentLength}
      .rules=${this._policy?.rules ?? []}
      .send=${send}
      .check=${this._check}
      @cancel=${() => this._cancel(kind, c.id)}
    ></comment-composer>`;
  }

  _renderNode(n: ThreadNode): unknown {
    const c = n.comment;
    const uid = this._me?.user.id;
    const own = !!uid && c.author?.id === uid;
    const w = this._writable;
    const editing = this._editing === c.id;
    return html`<li>
      <comment-item
        data-id=${c.id}
        exportparts="comment,avatar,author,meta,body,actions,badge"
        .comment=${c}
        .actions=${this._actions}
        .now=${this._now}
        .replyingTo=${n.replyingTo}
        .heldReason=${this._held[c.id] || null}
        .can=${{
          own,
          reply: w,
          edit: w && canEdit(c, uid, this._info!.editWindowMinutes, this._now),
          delete: w && own,
          report: w && !own && c.status === "published",
        }}
        ?editing=${editing}
      >
        ${editing ? this._composer("editor", c, t.editLabel, t.save, this._sender(undefined, c.id), "edit") : nothing}
        ${this._replyTo === c.id ? this._composer("reply", c, t.replyLabel(c.author?.name ?? ""), t.postReply, this._sender(c.id), "reply") : nothing}
      </comment-item>
      ${
        n.children.length
          ? html`<ul>
              ${n.children.map((k) => this._renderNode(k))}
            </ul>`
          : nothing
      }
    </li>`;
  }

  _renderList() {
    const s = this._state;
    if (s === "boot" || s === "loading") return html`<p class="state muted" role="status">${t.loading}</p>`;
    if (s === "fail" || s === "error")
      return html`<div class="notice state" role="alert">
        <span>${t.loadFailed} ${navigator.onLine ? "" : t.offline}</span>
        <button @click=${() => (s === "fail" ? this.reload() : this._loadList())}>${t.retry}</button>
      </div>`;
    if (!this._comments.length) return html`<p class="state muted">${t.empty}</p>`;
    return html`<ul class="list" part="list" aria-label=${t.heading}>
        ${thread(this._comments, MAX_DEPTH).map((n) => this._renderNode(n))}
      </ul>
      ${
        this._next
          ? html`<div class="row state">
              <button part="load-more" ?disabled=${s === "more"} @click=${() => this._loadList(true)}>
                ${s === "more" ? t.loading : t.loadMore}
              </button>
              ${s === "more-error" ? html`<span class="error" role="alert">${t.loadFailed}</span>` : nothing}
            </div>`
          : nothing
      }`;
  }

  render() {
    const s = this._state;
    const counted = s === "ready" || s === "more" || s === "more-error";
    return html`<section class="root" part="root" aria-labelledby="h" @open-rule=${(e: CustomEvent) => this.openPolicy(e.detail)}>
      <div class="row top" part="header">
        <h2 id="h" tabindex="-1" part="count">${counted ? t.count(this._total) : t.heading}</h2>
        <span class="row small">
          <label for="sort">${t.sortLabel}</label>
          <select id="sort" part="sort" @change=${this._setSort}>
            <option value="oldest" ?selected=${this._sort === "oldest"}>${t.sortOldest}</option>
            <option value="newest" ?selected=${this._sort === "newest"}>${t.sortNewest}</option>
          </select>
        </span>
      </div>
      <p><button class="link" part="policy-link" aria-haspopup="dialog" @click=${() => this.openPolicy()}>${t.policyLine}</button></p>
      ${this._renderCompose()}
      <div aria-busy=${s === "loading" || s === "more"}>${this._renderList()}</div>
      <policy-dialog exportparts="dialog" .policy=${this._policy}></policy-dialog>
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
