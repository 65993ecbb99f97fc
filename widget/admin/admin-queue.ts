import { css, html, nothing, type PropertyValues } from "lit";
import { repeat } from "lit/directives/repeat.js";
import { Task, TaskStatus, initialState } from "@lit/task";
import { errorMessage, type AdminApi, type QueueItem as Item, type QueuePage, type QueueName } from "./lib/admin-api.ts";
import { DecisionsController } from "./controllers/decisions.ts";
import { PollController } from "./controllers/poll.ts";
import { AdminElement } from "./lib/base.ts";
import { formatDateTime } from "./lib/format.ts";
import { commandFor, move, type QueueCommand } from "./lib/keys.ts";
import { decidedSince, mergeQueue, removeDecided } from "./lib/queue.ts";
import { QUEUE_NAMES } from "../../contract/wire.ts";
import { adminStyles } from "./styles.ts";
import { t } from "./strings.ts";
import "./page-settings.ts";
import type { QueueItem } from "./queue-item.ts";
import type { RejectDialog } from "./reject-dialog.ts";

const PREFS = "parley-admin:queue";

/** A first page, and when it was asked for (decisions that landed since are kept out). */
interface Loaded {
  page: QueuePage;
  started: number;
}

/**
 * The moderation queues: pending (held by the detector or sent for review by their authors),
 * threats (refused as threats, to confirm), reported, rejected; counts on each tab; oldest or newest first; filtered by page. Keyboard
 * first (j/k, a, r, Shift+R, x, u, ?), with bulk actions and their progress. Polls for changes
 * every `pollSeconds` and never shows an item decided here as undecided again.
 */
export class AdminQueue extends AdminElement {
  static styles = [
    adminStyles,
    css`
      [role="tablist"] {
        display: flex;
        gap: 0.25rem;
        border-bottom: 1px solid var(--border);
        margin: 0.75rem 0;
      }
      [role="tab"] {
        border: 0;
        border-bottom: 3px solid transparent;
        border-radius: 0;
        background: none;
        padding: 0.4rem 0.8rem;
      }
      [role="tab"][aria-selected="true"] {
        border-bottom-color: var(--accent);
        font-weight: 700;
      }
      .count {
        display: inline-block;
        min-width: 1.5rem;
        border-radius: 999px;
        background: var(--surface);
        border: 1px solid var(--border);
        font-size: 0.8rem;
        padding: 0 0.35rem;
        margin-left: 0.3rem;
      }
      ol {
        list-style: none;
        padding: 0;
        display: flex;
        flex-direction: column;
        gap: 0.6rem;
      }
      .toolbar {
        margin-bottom: 0.6rem;
      }
      .bulk {
        position: sticky;
        top: 0;
        z-index: 2;
        background: var(--surface);
        padding: 0.4rem 0;
        margin-bottom: 0.4rem;
      }
      dl.keys {
        display: grid;
        grid-template-columns: max-content 1fr;
        gap: 0.3rem 1rem;
        margin: 1rem 0;
      }
      form.filter input {
        width: 16rem;
      }
    `,
  ];
  static properties = {
    ...AdminElement.properties,
    pollSeconds: { type: Number, attribute: "poll-seconds" },
    _queue: { state: true },
    _sort: { state: true },
    _pageFilter: { state: true },
    _items: { state: true },
    _counts: { state: true },
    _index: { state: true },
    _checked: { state: true },
    _next: { state: true },
    _more: { state: true },
  };
  declare pollSeconds: number;
  _queue: QueueName = "pending";
  _sort: "oldest" | "newest" = "oldest";
  _pageFilter = "";
  _items: Item[] = [];
  _counts: Record<QueueName, number> | null = null;
  _index = -1;
  _checked: Set<string> = new Set();
  _next: string | null = null;
  _more = false;
  _moreAbort: AbortController | null = null;
  _focusAfterUpdate = false;
  _pages = new Map<string, string>();
  /** The server's time of the counts on screen: "Reject all spam (n)" leaves later arrivals alone. */
  _countedAt: string | undefined;

  /** Decision-running: busy items, their errors, bulk progress, when each decision landed. */
  _decisions = new DecisionsController(this, (id, body) => this.api.decide(this.site, id, body), t.decideFailed);

  /** A fresh first page whenever the site, queue, sort or page filter changes (the Task aborts the older request). */
  _load: Task<readonly [AdminApi, string, QueueName, string, string], Loaded> = new Task(this, {
    args: () => [this.api, this.site, this._queue, this._sort, this._pageFilter] as const,
    task: async ([api, site], { signal }): Promise<Loaded | typeof initialState> => {
      if (!api || !site) return initialState;
      this._poll.cancel();
      this._moreAbort?.abort();
      this._items = [];
      this._checked = new Set();
      this._decisions.errors = new Map();
      this._index = -1;
      const started = performance.now();
      return { page: await api.queue(site, this._query(50), signal), started };
    },
    onComplete: (r) => {
      const merged = mergeQueue([], r.page.items, decidedSince(this._decisions.decided, r.started), null);
      this._items = merged.items;
      this._index = merged.selected;
      this._counts = r.page.counts;
      this._countedAt = r.page.asOf;
      this._next = r.page.nextCursor;
      this._rememberPages(r.page.items);
      this._poll.fresh();
    },
    onError: (): void => this._poll.schedule(),
  });

  /** The whole spam queue, rejected at once, as counted on screen. */
  async _rejectSpam() {
    const n = this._counts?.spam ?? 0;
    if (!confirm(t.rejectSpamConfirm(n))) return;
    try {
      const rejected = await this.api.rejectSpam(this.site, { before: this._countedAt });
      this.announce(t.rejectedSpam(rejected));
      this._load.run();
    } catch (e) {
      this.announce(errorMessage(e), "error");
    }
  }

  /** Refreshes what is on screen without a loading state; keeps the current item by id. */
  _poll: PollController = new PollController(this, {
    seconds: () => this.pollSeconds,
    busy: (): boolean => !!this._decisions.progress || this._load.status !== TaskStatus.COMPLETE,
    refresh: async (signal) => {
      const limit = Math.min(200, Math.max(50, this._items.length));
      const started = performance.now();
      const page = await this.api.queue(this.site, this._query(limit), signal);
      if (signal.aborted) return;
      const currentId = this._items[this._index]?.comment.id ?? null;
      const hadFocus = this._focusInList();
      // Items still being decided stay as they are on screen (busy), whatever the answer says.
      const merged = mergeQueue(this._items, page.items, decidedSince(this._decisions.decided, started), currentId);
      this._items = merged.items;
      this._index = merged.selected;
      this._counts = page.counts;
      this._countedAt = page.asOf;
      if (this._items.length <= limit) this._next = page.nextCursor;
      const present = new Set(merged.items.map((i) => i.comment.id));
      this._checked = new Set([...this._checked].filter((id) => present.has(id)));
      this._rememberPages(page.items);
      if (merged.added) this.announce(t.newItems(merged.added));
      if (hadFocus && currentId !== (this._items[this._index]?.comment.id ?? null)) this._focusAfterUpdate = true;
    },
  });

  constructor() {
    super();
    this.pollSeconds = 5;
    try {
      const p = JSON.parse(localStorage.getItem(PREFS) ?? "{}");
      if (QUEUE_NAMES.includes(p.queue)) this._queue = p.queue;
      if (p.sort === "newest" || p.sort === "oldest") this._sort = p.sort;
    } catch {
      /* defaults */
    }
  }

  _onKey = (e: KeyboardEvent) => this._key(e);

  connectedCallback() {
    super.connectedCallback();
    window.addEventListener("keydown", this._onKey);
  }

  disconnectedCallback() {
    super.disconnectedCallback();
    window.removeEventListener("keydown", this._onKey);
    this._moreAbort?.abort();
  }

  willUpdate(changed: PropertyValues) {
    if (changed.has("site")) {
      this._decisions.reset();
      this._pages.clear();
    }
  }

  updated() {
    if (this._focusAfterUpdate) {
      this._focusAfterUpdate = false;
      this._currentEl()?.focus();
    }
  }

  _savePrefs() {
    localStorage.setItem(PREFS, JSON.stringify({ queue: this._queue, sort: this._sort }));
  }

  _query(limit: number, cursor: string | null = null) {
    return { status: this._queue, sort: this._sort, page: this._pageFilter || undefined, limit, cursor };
  }

  _rememberPages(items: Item[]) {
    for (const i of items) this._pages.set(i.page, i.pageTitle || i.page);
  }

  async _loadMore() {
    if (!this._next) return;
    this._more = true;
    const ctrl = (this._moreAbort = new AbortController());
    try {
      const started = performance.now();
      const page = await this.api.queue(this.site, this._query(50, this._next), ctrl.signal);
      const have = new Set(this._items.map((i) => i.comment.id));
      const stale = decidedSince(this._decisions.decided, started);
      const first = this._items.length;
      this._items = [...this._items, ...page.items.filter((i) => !have.has(i.comment.id) && !stale.has(i.comment.id))];
      this._next = page.nextCursor;
      this._counts = page.counts;
      this._rememberPages(page.items);
      if (this._items.length > first) {
        this._index = first;
        this._focusAfterUpdate = true;
      }
    } catch (e) {
      if (!ctrl.signal.aborted) this.announce(errorMessage(e), "error");
    } finally {
      this._more = false;
    }
  }

  _focusInList(): boolean {
    const active = this.renderRoot instanceof ShadowRoot ? this.renderRoot.activeElement : null;
    return !!active && active.tagName === "QUEUE-ITEM";
  }

  _currentEl(): QueueItem | null {
    const id = this._items[this._index]?.comment.id;
    return id ? this.renderRoot.querySelector<QueueItem>(`queue-item[data-id="${CSS.escape(id)}"]`) : null;
  }

  _select(index: number, focus = true) {
    this._index = index;
    if (focus) this._focusAfterUpdate = true;
    this.updateComplete.then(() => this._currentEl()?.scrollIntoView({ block: "nearest" }));
  }

  _key(e: KeyboardEvent) {
    if (e.defaultPrevented || !this.isConnected) return;
    const command = commandFor({ key: e.key, ctrlKey: e.ctrlKey, metaKey: e.metaKey, altKey: e.altKey, path: e.composedPath() });
    if (!command) return;
    // Arrow keys only drive the list when focus is in it (elsewhere they scroll or move in widgets).
    if ((e.key.startsWith("Arrow") || e.key === "Home" || e.key === "End") && !this._focusInList()) return;
    e.preventDefault();
    this._run(command);
  }

  _run(command: QueueCommand) {
    const item = this._items[this._index];
    switch (command) {
      case "next":
      case "prev":
      case "first":
      case "last":
        if (this._items.length) this._select(move(this._index, this._items.length, command));
        return;
      case "approve":
        if (item) this._decideOne(item, "approve");
        return;
      case "reject":
        if (item) this._decideOne(item, "reject");
        return;
      case "rejectNoStrike":
        if (item && this._queue !== "rejected") this._decideOne(item, "reject-no-strike");
        return;
      case "select":
        if (item) this._toggle(item.comment.id, !this._checked.has(item.comment.id));
        return;
      case "user":
        if (item) this.openUser(item.author.id);
        return;
      case "refresh":
        this._poll.now();
        return;
      case "help":
        this.renderRoot.querySelector<HTMLDialogElement>("#keys")?.showModal();
        return;
    }
  }

  _toggle(id: string, on: boolean) {
    const next = new Set(this._checked);
    if (on) next.add(id);
    else next.delete(id);
    this._checked = next;
  }

  _rejectDialog() {
    return this.renderRoot.querySelector<RejectDialog>("reject-dialog")!;
  }

  async _decideOne(item: Item, action: "approve" | "reject" | "reject-no-strike") {
    if (this._decisions.busy.has(item.comment.id)) return;
    this._index = this._items.indexOf(item);
    if (action === "approve") return this._decide([item], "approve", null, "");
    if (action === "reject-no-strike") return this._decide([item], "reject", null, "");
    const choice = await this._rejectDialog().ask([item], true);
    if (choice) await this._decide([item], "reject", choice.rule, choice.note);
  }

  async _bulk(action: "approve" | "reject" | "reject-no-strike") {
    const items = this._items.filter((i) => this._checked.has(i.comment.id));
    if (!items.length) return;
    if (action === "approve") return this._decide(items, "approve", null, "");
    if (action === "reject-no-strike") return this._decide(items, "reject", null, "");
    const choice = await this._rejectDialog().ask(items, true);
    if (choice) await this._decide(items, "reject", choice.rule, choice.note);
  }

  /** Rejects the item's spam wave (every near-same comment on the site), then reloads the queue: the wave spans pages and queues. */
  async _rejectWave(item: Item) {
    try {
      const { rejected } = await this.api.wave(this.site, item.comment.id);
      this.announce(t.waveDone(rejected));
    } catch (e) {
      this.announce(t.waveFailed(errorMessage(e)), "error");
    }
    this._load.run();
  }

  /** Everything the item's author has published or waiting, rejected at once (no strike). */
  async _rejectAuthor(item: Item) {
    if (!confirm(t.rejectAllConfirm(item.author.name))) return;
    try {
      this.announce(t.rejectedAll(await this.api.rejectAll(this.site, item.author.id, {})));
    } catch (e) {
      this.announce(errorMessage(e), "error");
    }
    this._load.run();
  }

  /** Runs the decisions (DecisionsController), then takes the decided items off this queue and says what happened. */
  async _decide(items: Item[], action: "approve" | "reject", rule: string | null, note: string) {
    const many = items.length > 1;
    const hadFocus = this._focusInList() || document.activeElement === document.body;
    const shown = this._load.value;
    const label = action === "approve" ? `${t.approve}…` : t.rejecting;
    const { done, conflicts, last } = await this._decisions.run(items, action, rule, note, label);
    // Another queue (or filter) was loaded meanwhile: its items are the server's truth.
    if (this._load.value !== shown) return;
    const failed = items.length - done.size;
    const { items: kept, selected } = removeDecided(this._items, done, this._index);
    this._items = kept;
    this._index = selected;
    this._checked = new Set([...this._checked].filter((id) => !done.has(id)));
    if (this._counts) {
      const counts = { ...this._counts, [this._queue]: Math.max(0, this._counts[this._queue] - done.size) };
      // (threats are rejected already: confirming one leaves the rejected count as it is)
      if (action === "reject" && this._queue !== "rejected" && this._queue !== "threats") counts.rejected += done.size - conflicts;
      this._counts = counts;
    }
    if (many)
      this.announce(
        t.bulkDone(done.size - conflicts, failed) + (conflicts ? ` ${t.bulkConflicts(conflicts)}` : ""),
        failed ? "error" : "info",
      );
    else if (last) {
      const name = last.item.author.name;
      this.announce(
        last.conflict !== undefined
          ? t.decidedElsewhere(name, last.conflict)
          : action === "approve"
            ? t.approved(name)
            : rule
              ? t.struck(name, `${t.standing[last.standing!.status]}, ${t.strikes(last.standing!.strikes)}.`)
              : t.rejected(name),
      );
    } else this.announce(this._decisions.errors.get(items[0]!.comment.id) ?? "", "error");
    if (hadFocus) this._focusAfterUpdate = true;
    this.requestUpdate();
    this._poll.now();
  }

  _setQueue(q: QueueName, focusTab = false) {
    if (q === this._queue) return;
    this._queue = q;
    this._savePrefs();
    if (focusTab) this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`#tab-${q}`)?.focus());
  }

  _tabKey(e: KeyboardEvent) {
    const i = QUEUE_NAMES.indexOf(this._queue);
    const to = e.key === "ArrowRight" ? (i + 1) % 3 : e.key === "ArrowLeft" ? (i + 2) % 3 : e.key === "Home" ? 0 : e.key === "End" ? 2 : -1;
    if (to < 0) return;
    e.preventDefault();
    e.stopPropagation();
    this._setQueue(QUEUE_NAMES[to]!, true);
  }

  _filter(e: SubmitEvent) {
    e.preventDefault();
    const value = (this.renderRoot.querySelector<HTMLInputElement>("#page-filter")?.value ?? "").trim();
    // A page title typed from the suggestions means its key.
    const key = [...this._pages].find(([k, title]) => title === value || k === value)?.[0] ?? value;
    // Applying the same filter again reloads it.
    if (this._pageFilter === key) this._load.run();
    this._pageFilter = key;
  }

  render() {
    const counts = this._counts;
    const allChecked = this._items.length > 0 && this._items.every((i) => this._checked.has(i.comment.id));
    const n = this._checked.size;
    return html`<section aria-labelledby="q-h">
      <div class="row">
        <h2 id="q-h" tabindex="-1">${t.views.queue}</h2>
        <span class="spacer"></span>
        <button type="button" @click=${() => this._run("help")} aria-keyshortcuts="?">${t.shortcutsButton}</button>
      </div>
      <div role="tablist" aria-label=${t.views.queue} @keydown=${this._tabKey}>
        ${QUEUE_NAMES.map(
          (q) =>
            html`<button
              type="button"
              role="tab"
              id="tab-${q}"
              aria-selected=${q === this._queue ? "true" : "false"}
              aria-controls="q-panel"
              tabindex=${q === this._queue ? 0 : -1}
              @click=${() => this._setQueue(q)}
            >
              ${t.queues[q]} <span class="count">${counts ? counts[q] : "…"}</span>
            </button>`,
        )}
      </div>
      <div id="q-panel" role="tabpanel" aria-labelledby="tab-${this._queue}">
        <p class="help">${t.queueHelp[this._queue]}</p>
        <div class="row toolbar">
          <label for="sort">${t.sort}</label>
          <select
            id="sort"
            @change=${(e: Event) => {
              this._sort = (e.target as HTMLSelectElement).value as "oldest" | "newest";
              this._savePrefs();
            }}
          >
            <option value="oldest" ?selected=${this._sort === "oldest"}>${t.oldest}</option>
            <option value="newest" ?selected=${this._sort === "newest"}>${t.newest}</option>
          </select>
          <form class="row filter" @submit=${this._filter} role="search" aria-label=${t.pageFilterForm}>
            <label for="page-filter">${t.pageFilter}</label>
            <input
              id="page-filter"
              list="pages"
              .value=${this._pages.get(this._pageFilter) ?? this._pageFilter}
              placeholder=${t.pageFilterPlaceholder}
            />
            <datalist id="pages">${[...this._pages].map(([k, title]) => html`<option value=${title}>${k}</option>`)}</datalist>
            <button>${t.applyFilter}</button>
            ${
              this._pageFilter
                ? html`<button
                    type="button"
                    @click=${() => {
                      this._pageFilter = "";
                    }}
                  >
                    ${t.clearFilter}
                  </button>`
                : nothing
            }
          </form>
          <span class="spacer"></span>
          <span class="muted" aria-live="off"
            >${
              this._poll.stale
                ? html`<span class="error">${t.stale}</span>`
                : this._poll.updatedAt
                  ? t.updated(formatDateTime(this._poll.updatedAt))
                  : ""
            }</span
          >
          <button type="button" @click=${() => this._poll.now()} aria-keyshortcuts=".">${t.refresh}</button>
        </div>
        ${this._pageFilter ? html`<page-settings .api=${this.api} site=${this.site} page=${this._pageFilter}></page-settings>` : nothing}
        ${
          this._queue === "spam" && this._counts?.spam
            ? html`<p><button type="button" class="danger" @click=${this._rejectSpam}>${t.rejectSpam(this._counts.spam)}</button></p>`
            : nothing
        }
        ${
          this._load.status === TaskStatus.COMPLETE && this._items.length
            ? html`<div class="row bulk" role="group" aria-label=${t.selected(n)}>
                <div class="check">
                  <input
                    type="checkbox"
                    id="all"
                    .checked=${allChecked}
                    .indeterminate=${n > 0 && !allChecked}
                    @change=${(e: Event) => (this._checked = (e.target as HTMLInputElement).checked ? new Set(this._items.map((i) => i.comment.id)) : new Set())}
                  />
                  <label for="all">${t.selectAll}</label>
                </div>
                ${
                  n
                    ? html`<span>${t.selected(n)}</span>
                        <button type="button" class="primary" ?disabled=${!!this._decisions.progress} @click=${() => this._bulk("approve")}>
                          ${t.bulkApprove}
                        </button>
                        <button type="button" class="danger" ?disabled=${!!this._decisions.progress} @click=${() => this._bulk("reject")}>
                          ${t.bulkReject}
                        </button>
                        ${
                          this._queue !== "rejected"
                            ? html`<button
                                type="button"
                                ?disabled=${!!this._decisions.progress}
                                @click=${() => this._bulk("reject-no-strike")}
                              >
                                ${t.bulkRejectNoStrike}
                              </button>`
                            : nothing
                        }
                        <button type="button" class="link" @click=${() => (this._checked = new Set())}>${t.clearSelection}</button>`
                    : nothing
                }
                ${
                  this._decisions.progress
                    ? html`<div style="flex-basis:100%" role="status">
                        <label for="bulk-progress">${t.bulkProgress(this._decisions.progress.done, this._decisions.progress.total)}</label>
                        <progress
                          id="bulk-progress"
                          max=${this._decisions.progress.total}
                          .value=${this._decisions.progress.done}
                        ></progress>
                      </div>`
                    : nothing
                }
              </div>`
            : nothing
        }
        ${this._renderList()}
      </div>
      <reject-dialog .api=${this.api} .site=${this.site}></reject-dialog>
      <dialog id="keys" aria-labelledby="keys-h">
        <h2 id="keys-h">${t.shortcutsHeading}</h2>
        <dl class="keys">
          ${t.shortcuts.map(
            ([k, what]) =>
              html`<dt><kbd>${k}</kbd></dt>
                <dd>${what}</dd>`,
          )}
        </dl>
        <form method="dialog"><button class="primary">${t.close}</button></form>
      </dialog>
    </section>`;
  }

  _renderList() {
    const load = this._load;
    if (load.status === TaskStatus.ERROR)
      return html`<div class="state" role="alert">
        <p>${t.queueFailed} ${errorMessage(load.error)}</p>
        <button type="button" @click=${() => load.run()}>${t.retry}</button>
      </div>`;
    if (load.status !== TaskStatus.COMPLETE) return html`<p class="state" role="status">${t.queueLoading}</p>`;
    if (!this._items.length) return html`<p class="state" role="status">${t.queueEmpty(this._queue)}</p>`;
    return html`<ol aria-label=${t.itemsLabel(t.queues[this._queue]!)}>
        ${repeat(
          this._items,
          (i) => i.comment.id,
          (i, k) =>
            html`<li>
              <queue-item
                data-id=${i.comment.id}
                .item=${i}
                .queue=${this._queue}
                ?current=${k === this._index}
                .checked=${this._checked.has(i.comment.id)}
                .busy=${this._decisions.busy.get(i.comment.id) ?? ""}
                .error=${this._decisions.errors.get(i.comment.id) ?? ""}
                @pick=${() => (this._index = this._items.indexOf(i))}
                @toggle=${(e: CustomEvent) => this._toggle(i.comment.id, e.detail.checked)}
                @decide=${(e: CustomEvent) => this._decideOne(i, e.detail.action)}
                @wave=${() => this._rejectWave(i)}
                @reject-author=${() => this._rejectAuthor(i)}
                @open-user=${(e: CustomEvent) => {
                  e.stopPropagation();
                  this.openUser(e.detail.userId);
                }}
              ></queue-item>
            </li>`,
        )}
      </ol>
      ${
        this._next
          ? html`<p style="text-align:center;margin-top:1rem">
              <button type="button" ?disabled=${this._more} @click=${this._loadMore}>${this._more ? t.loading : t.loadMore}</button>
            </p>`
          : nothing
      }`;
  }
}

customElements.define("admin-queue", AdminQueue);
declare global {
  interface HTMLElementTagNameMap {
    "admin-queue": AdminQueue;
  }
}
