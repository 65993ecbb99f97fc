import { css, html, LitElement, nothing } from "lit";
import { unsafeHTML } from "lit/directives/unsafe-html.js";
import type { QueueItem as Item } from "./lib/admin-api.ts";
import { ago, formatDateTime, percent, safeUrl } from "./lib/format.ts";
import { flagged, segments } from "../lib/spans.ts";
import { adminStyles } from "./styles.ts";
import { t } from "./strings.ts";
import { describeFlag } from "../../contract/targets.ts";

/**
 * One comment in a queue, in context: its page (title and link), the comment it replies to,
 * its author with standing and strikes, the detector's score with the flagged words marked in
 * the author's own text, and readers' reports with their reasons.
 *
 * @fires decide - detail: {id, action: 'approve' | 'reject' | 'reject-no-strike'}
 * @fires wave - detail: {id}: reject every near-same comment on the site (the spam wave)
 * @fires reject-author - detail: {id}: reject everything the author has published or waiting
 * @fires toggle - detail: {id, checked}: selected for a bulk action
 * @fires pick - detail: {id}: the item was clicked or focused (becomes the current item)
 * @fires open-user - detail: {userId}
 * @csspart item - the article
 */
export class QueueItem extends LitElement {
  static styles = [
    adminStyles,
    css`
      article {
        border: 1px solid var(--border);
        border-left: 4px solid transparent;
        border-radius: var(--radius);
        background: var(--bg);
        padding: 0.75rem 1rem;
        display: grid;
        grid-template-columns: auto 1fr;
        gap: 0.25rem 0.75rem;
      }
      article.current {
        border-left-color: var(--accent);
        background: var(--selected);
      }
      article:focus {
        outline: 2px solid var(--accent);
        outline-offset: 1px;
      }
      .pick {
        padding-top: 0.2rem;
      }
      .pick input {
        width: 1.1rem;
        height: 1.1rem;
      }
      .meta {
        font-size: 0.875rem;
        color: var(--muted);
      }
      .body {
        white-space: pre-wrap;
        overflow-wrap: anywhere;
        margin: 0.4rem 0;
        font-size: 1rem;
      }
      blockquote {
        margin: 0.3rem 0;
        padding: 0.3rem 0.75rem;
        border-left: 3px solid var(--border);
        color: var(--muted);
        font-size: 0.9rem;
        max-height: 8rem;
        overflow: auto;
      }
      blockquote :is(p, ul, ol) {
        margin: 0 0 0.3rem;
      }
      dl {
        display: grid;
        grid-template-columns: max-content 1fr;
        gap: 0.1rem 0.75rem;
        font-size: 0.875rem;
        margin: 0.4rem 0;
      }
      dt {
        color: var(--muted);
      }
      meter {
        width: 6rem;
        vertical-align: middle;
      }
      .actions {
        margin-top: 0.5rem;
      }
      .reports,
      .signals {
        padding-left: 1.2rem;
        margin: 0;
      }
      .busy {
        opacity: 0.6;
      }
    `,
  ];
  static properties = {
    item: { attribute: false },
    current: { type: Boolean, reflect: true },
    checked: { type: Boolean },
    busy: {},
    error: {},
    queue: {},
  };
  declare item: Item;
  declare current: boolean;
  declare checked: boolean;
  /** A short label of the decision in flight ("Approving…"), or empty. */
  declare busy: string;
  declare error: string;
  declare queue: string;

  constructor() {
    super();
    this.current = false;
    this.checked = false;
    this.busy = "";
    this.error = "";
    this.queue = "pending";
  }

  focus() {
    this.renderRoot.querySelector<HTMLElement>("article")?.focus();
  }

  _emit(type: string, detail: object) {
    this.dispatchEvent(new CustomEvent(type, { detail: { id: this.item.comment.id, ...detail }, bubbles: true, composed: true }));
  }

  render() {
    const it = this.item;
    const c = it.comment;
    const id = c.id;
    const score = it.scores?.["personal-attacks"] ?? Object.values(it.scores ?? {})[0] ?? null;
    const marks = flagged(c.body, it.spans);
    const st = it.author.standing;
    const href = safeUrl(it.pageUrl);
    return html`<article
      part="item"
      class=${this.current ? "current" : ""}
      tabindex=${this.current ? 0 : -1}
      aria-labelledby="who-${id}"
      aria-describedby="body-${id}"
      aria-busy=${this.busy ? "true" : "false"}
      data-comment=${id}
      @focusin=${() => this._emit("pick", {})}
      @click=${(e: Event) => {
        if (!(e.target as HTMLElement).closest("button, input, a")) this._emit("pick", {});
      }}
    >
      <div class="pick">
        <input
          type="checkbox"
          .checked=${this.checked}
          aria-label=${t.selectItem(it.author.name)}
          @change=${(e: Event) => this._emit("toggle", { checked: (e.target as HTMLInputElement).checked })}
        />
      </div>
      <div class=${this.busy ? "busy" : ""}>
        <div class="meta">
          ${t.onPage}
          ${
            href
              ? html`<a href=${href} target="_blank" rel="noopener noreferrer">${it.pageTitle || it.page}</a>`
              : html`<strong>${it.pageTitle || it.page}</strong>`
          }
          ·
          <time datetime=${c.createdAt} title=${formatDateTime(c.createdAt)}>${ago(c.createdAt)}</time
          >${c.editedAt ? html` · ${t.edited}` : nothing} ${it.policyVersion ? html` · ${t.policyVersion(it.policyVersion)}` : nothing}
        </div>
        ${
          it.parent
            ? html`<blockquote aria-label=${t.inReplyTo(it.parent.author.name)}>
                <div class="meta">${t.inReplyTo(it.parent.author.name)}</div>
                ${unsafeHTML(it.parent.html)}
              </blockquote>`
            : c.parentId
              ? html`<p class="meta">${t.parentGone}</p>`
              : nothing
        }
        <h3 id="who-${id}" class="row">
          <button type="button" class="link" @click=${() => this._emit("open-user", { userId: it.author.id })} title=${t.openUser}>
            ${it.author.name}
          </button>
          <span class="badge" data-status=${st.status}>${t.standing[st.status] ?? st.status}</span>
          <span class="muted">${t.strikes(st.strikes)}</span>
          ${c.status !== "pending" && this.queue !== c.status ? html`<span class="badge" data-status=${c.status}>${t.statuses[c.status]}</span>` : nothing}
        </h3>
        <p class="body" id="body-${id}">${segments(c.body, it.spans).map((s) => (s.mark ? html`<mark>${s.text}</mark>` : s.text))}</p>
        <dl>
          <dt>${t.score}</dt>
          <dd>
            <meter min="0" max="1" low="0.5" high="0.8" optimum="0" .value=${score ?? 0} aria-label=${t.score}></meter>
            ${t.scoreValue(percent(score), it.rule)}
          </dd>
          ${
            marks.length
              ? html`<dt>${t.flagged}</dt>
                  <dd>${marks.map((m, i) => html`${i ? ", " : ""}“${m}”`)}</dd>`
              : nothing
          }
          ${
            it.rule && it.target
              ? html`<dt>${t.flaggedAs}</dt>
                  <dd class="target">${describeFlag(it.rule, it.target)}</dd>`
              : nothing
          }
          ${
            it.signals?.length
              ? html`<dt>${t.spamScore}</dt>
                  <dd class="spam-score">${percent(it.spamScore)}</dd>
                  <dt>${t.spamSignals}</dt>
                  <dd>
                    <ul class="signals">
                      ${it.signals.map((s) => html`<li>${s}</li>`)}
                    </ul>
                  </dd>`
              : nothing
          }
          ${
            it.holdReason
              ? html`<dt>${t.heldWhy}</dt>
                  <dd>${t.holdReasons[it.holdReason] ?? it.holdReason}</dd>`
              : nothing
          }
          ${
            it.linkedSanction
              ? html`<dt>${t.linkedSanction}</dt>
                  <dd class="linked-sanction">
                    ${t.linkedSanctionText(it.linkedSanction.type, it.linkedSanction.reason)}
                    <button type="button" class="link" @click=${() => this._emit("open-user", { userId: it.linkedSanction!.userId })}>
                      ${t.openLinkedUser}
                    </button>
                  </dd>`
              : nothing
          }
          ${
            it.reports
              ? html`<dt>${t.reports(it.reports)}</dt>
                  <dd>
                    <ul class="reports">
                      ${it.reportReasons.map(
                        (r) =>
                          html`<li>
                            ${t.reportReasons[r.reason] ?? r.reason}${r.note ? html`: “${r.note}”` : nothing}
                            <span class="muted">(${ago(r.createdAt)}${r.weight === 1 ? "" : `, ${t.reportWeight(r.weight)}`})</span>
                          </li>`,
                      )}
                    </ul>
                  </dd>`
              : nothing
          }
        </dl>
        <div class="row actions">
          <button
            type="button"
            class="primary"
            ?disabled=${!!this.busy}
            @click=${() => this._emit("decide", { action: "approve" })}
            aria-keyshortcuts="a"
          >
            ${t.approve}
          </button>
          <button
            type="button"
            class="danger"
            ?disabled=${!!this.busy}
            @click=${() => this._emit("decide", { action: "reject" })}
            aria-keyshortcuts="r"
          >
            ${t.reject}
          </button>
          ${
            this.queue !== "rejected"
              ? html`<button
                  type="button"
                  ?disabled=${!!this.busy}
                  @click=${() => this._emit("decide", { action: "reject-no-strike" })}
                  aria-keyshortcuts="Shift+R"
                >
                  ${t.rejectNoStrike}
                </button>`
              : nothing
          }
          ${
            (it.wave ?? 0) >= 2 && this.queue !== "rejected"
              ? html`<button
                  type="button"
                  class="danger"
                  ?disabled=${!!this.busy}
                  title=${t.rejectWaveHelp}
                  @click=${() => this._emit("wave", {})}
                >
                  ${t.rejectWave(it.wave)}
                </button>`
              : nothing
          }
          ${
            this.queue !== "rejected"
              ? html`<button type="button" class="danger" ?disabled=${!!this.busy} @click=${() => this._emit("reject-author", {})}>
                  ${t.rejectAllBy(it.author.name)}
                </button>`
              : nothing
          }
          ${this.busy ? html`<span class="muted" role="status">${this.busy}</span>` : nothing}
          ${this.error ? html`<span class="error" role="alert">${this.error}</span>` : nothing}
        </div>
      </div>
    </article>`;
  }
}

customElements.define("queue-item", QueueItem);
declare global {
  interface HTMLElementTagNameMap {
    "queue-item": QueueItem;
  }
}
