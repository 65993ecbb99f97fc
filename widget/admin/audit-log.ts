import { css, html, nothing, type PropertyValues } from "lit";
import { AUDIT_ACTIONS, isAuditAction } from "../../contract/audit.ts";
import { errorMessage, type AuditEntry, type AuditFilters } from "./lib/admin-api.ts";
import { AdminElement } from "./lib/base.ts";
import { loadStateView, type LoadState } from "./lib/load-state.ts";
import { dateInputToIso, formatDateTime, percent } from "./lib/format.ts";
import { adminStyles } from "./styles.ts";
import { t } from "./strings.ts";

/** `from`/`to` in the form are dates (yyyy-mm-dd); the API takes ISO times. */
interface FormFilters {
  actor: string;
  action: string;
  user: string;
  from: string;
  to: string;
}
const EMPTY: FormFilters = { actor: "", action: "", user: "", from: "", to: "" };

/**
 * The audit log, newest first: every action, automatic or human, with who, what, on which
 * comment or commenter, under which policy version and rule. Filters by actor, action, commenter
 * and dates are kept in the address (#audit?user=…), so a filtered view can be shared.
 */
export class AuditLog extends AdminElement {
  static styles = [
    adminStyles,
    css`
      form.filters {
        align-items: end;
        margin: 0.75rem 0;
      }
      form.filters .field {
        margin: 0;
      }
      td code {
        font-size: 0.8rem;
      }
      .detail {
        font-size: 0.85rem;
        color: var(--muted);
        max-width: 24rem;
        overflow-wrap: anywhere;
      }
      .table {
        overflow-x: auto;
        background: var(--bg);
        border: 1px solid var(--border);
        border-radius: var(--radius);
      }
    `,
  ];
  static properties = {
    ...AdminElement.properties,
    initial: { attribute: false },
    _filters: { state: true },
    _entries: { state: true },
    _next: { state: true },
    _state: { state: true },
    _error: { state: true },
    _more: { state: true },
  };
  declare initial: Record<string, string>;
  _filters: FormFilters = { ...EMPTY };
  _entries: AuditEntry[] = [];
  _next: string | null = null;
  _state: LoadState = "loading";
  _error: string | null = null;
  _more = false;
  _gen = 0;

  willUpdate(changed: PropertyValues) {
    if (changed.has("initial") && this.initial) {
      const i = this.initial;
      this._filters = { actor: i.actor ?? "", action: i.action ?? "", user: i.user ?? "", from: i.from ?? "", to: i.to ?? "" };
    }
    if ((changed.has("site") || changed.has("initial")) && this.site) this._load();
  }

  _query(): AuditFilters {
    const f = this._filters;
    return {
      actor: f.actor || undefined,
      action: isAuditAction(f.action) ? f.action : undefined,
      user: f.user.trim() || undefined,
      from: f.from ? dateInputToIso(f.from) : undefined,
      to: f.to ? dateInputToIso(f.to, true) : undefined,
    };
  }

  async _load(more = false) {
    const gen = more ? this._gen : ++this._gen;
    if (more) this._more = true;
    else this._state = "loading";
    try {
      const page = await this.api.audit(this.site, { ...this._query(), limit: 50, cursor: more ? this._next : undefined });
      if (gen !== this._gen) return;
      this._entries = more ? [...this._entries, ...page.entries] : page.entries;
      this._next = page.nextCursor;
      this._state = "ready";
      if (!more) this.announce(t.entries(page.entries.length) + (page.nextCursor ? "+" : ""));
    } catch (e) {
      if (gen !== this._gen) return;
      if (more) this.announce(errorMessage(e), "error");
      else {
        this._error = errorMessage(e);
        this._state = "error";
      }
    } finally {
      this._more = false;
    }
  }

  _apply(e: SubmitEvent) {
    e.preventDefault();
    const form = e.target as HTMLFormElement;
    const v = (n: string) => (form.elements.namedItem(n) as HTMLInputElement).value;
    this._filters = { actor: v("actor"), action: v("action"), user: v("user").trim(), from: v("from"), to: v("to") };
    this._syncHash();
    this._load();
  }

  _clear() {
    this._filters = { ...EMPTY };
    this._syncHash();
    this._load();
  }

  _syncHash() {
    const q = new URLSearchParams(Object.entries(this._filters).filter(([, v]) => v));
    const hash = `#audit${q.toString() ? `?${q}` : ""}`;
    // replaceState: no hashchange, so the view is not rebuilt.
    if (location.hash !== hash) history.replaceState(null, "", hash);
  }

  render() {
    const f = this._filters;
    const actors = [...this.people].sort((a, b) => a[1].localeCompare(b[1]));
    return html`<h2 tabindex="-1">${t.auditHeading}</h2>
      <form class="row filters" @submit=${this._apply} aria-label=${t.filter}>
        <div class="field">
          <label for="f-actor">${t.actor}</label>
          <select id="f-actor" name="actor">
            <option value="" ?selected=${!f.actor}>${t.anyone}</option>
            ${actors.map(([id, email]) => html`<option value=${id} ?selected=${f.actor === id}>${email}</option>`)}
            <option value="policy" ?selected=${f.actor === "policy"}>${t.actors.policy}</option>
          </select>
        </div>
        <div class="field">
          <label for="f-action">${t.action}</label>
          <select id="f-action" name="action">
            <option value="" ?selected=${!f.action}>${t.anyAction}</option>
            ${AUDIT_ACTIONS.map((k) => html`<option value=${k} ?selected=${f.action === k}>${t.actions[k]}</option>`)}
          </select>
        </div>
        <div class="field">
          <label for="f-user">${t.user}</label>
          <input id="f-user" name="user" .value=${f.user} size="24" />
        </div>
        <div class="field">
          <label for="f-from">${t.from}</label>
          <input id="f-from" name="from" type="date" .value=${f.from} />
        </div>
        <div class="field">
          <label for="f-to">${t.to}</label>
          <input id="f-to" name="to" type="date" .value=${f.to} />
        </div>
        <button class="primary">${t.filter}</button>
        <button type="button" @click=${this._clear}>${t.clear}</button>
      </form>
      ${this._renderTable()}`;
  }

  _actor(e: AuditEntry) {
    if (e.actorType === "admin") return this.who(e.actorId);
    if (e.actorType === "detector") return t.actors.detector;
    if (e.actorId === "policy") return t.actors.policy;
    return e.actorId ? this.who(e.actorId, t.actors) : (t.actors[e.actorType] ?? e.actorType);
  }

  _detail(e: AuditEntry) {
    const d = e.detail ?? {};
    const parts: string[] = [];
    if (e.score != null) parts.push(`score ${percent(e.score)}`);
    for (const [k, v] of Object.entries(d)) {
      if (k === "spans" || k === "ladderStep" || v == null) continue;
      parts.push(`${k}: ${typeof v === "object" ? JSON.stringify(v) : String(v)}`);
    }
    return parts.join(" · ");
  }

  _renderTable() {
    const unready = loadStateView(this._state, this._error, () => this._load());
    if (unready) return unready;
    if (!this._entries.length) return html`<p class="state" role="status">${t.auditEmpty}</p>`;
    return html`<div class="table">
        <table aria-label=${t.auditHeading}>
          <thead>
            <tr>
              ${t.auditCols.map((c) => html`<th scope="col">${c}</th>`)}
            </tr>
          </thead>
          <tbody>
            ${this._entries.map(
              (e) =>
                html`<tr data-action=${e.action}>
                  <td><time datetime=${e.createdAt}>${formatDateTime(e.createdAt)}</time></td>
                  <td>${this._actor(e)}</td>
                  <td>${t.actions[e.action] ?? e.action}</td>
                  <td>${e.targetType ? html`${e.targetType} <code>${e.targetId}</code>` : nothing}</td>
                  <td>
                    ${e.userId ? html`<button type="button" class="link" @click=${() => this.openUser(e.userId!)}><code>${e.userId}</code></button>` : nothing}
                  </td>
                  <td>${e.policyVersion ? `v${e.policyVersion}` : ""}${e.rule ? ` · ${e.rule}` : ""}</td>
                  <td class="detail">${this._detail(e)}</td>
                </tr>`,
            )}
          </tbody>
        </table>
      </div>
      ${
        this._next
          ? html`<p style="text-align:center;margin-top:1rem">
              <button type="button" ?disabled=${this._more} @click=${() => this._load(true)}>${this._more ? t.loading : t.loadMore}</button>
            </p>`
          : nothing
      }`;
  }
}

customElements.define("audit-log", AuditLog);
declare global {
  interface HTMLElementTagNameMap {
    "audit-log": AuditLog;
  }
}
