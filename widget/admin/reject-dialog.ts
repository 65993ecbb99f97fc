import { css, html, LitElement, nothing } from "lit";
import { errorMessage, type AdminApi, type AdminPolicy, type QueueItem } from "./lib/admin-api.ts";
import { deepActive } from "./lib/dom.ts";
import type { StrikeOutcome } from "../../contract/ladder.ts";
import { bulkStrikeOutcomes, severity } from "./lib/ladder.ts";
import { adminStyles } from "./styles.ts";
import { t } from "./strings.ts";

export interface RejectChoice {
  rule: string | null;
  note: string;
}

/**
 * Rejecting one or more comments. With a rule, each rejection is a strike: before the moderator
 * confirms, the dialog shows what the policy's ladder will do to each author, computed from the
 * current policy and each author's current strike count (both fetched when the dialog opens).
 * `ask()` resolves with the choice, or null when cancelled.
 */
export class RejectDialog extends LitElement {
  static styles = [
    adminStyles,
    css`
      .outcome {
        margin: 0.75rem 0;
      }
      .outcome[data-sanction="revoke"],
      .outcome[data-sanction="suspend"] {
        background: var(--warn-bg);
        color: var(--warn-fg);
      }
      ul.outcomes {
        padding-left: 1.2rem;
        max-height: 12rem;
        overflow: auto;
      }
      .choices label {
        font-weight: 400;
      }
    `,
  ];
  static properties = {
    api: { attribute: false },
    site: {},
    _items: { state: true },
    _policy: { state: true },
    _strikes: { state: true },
    _withRule: { state: true },
    _rule: { state: true },
    _loadError: { state: true },
  };
  declare api: AdminApi;
  declare site: string;
  _items: QueueItem[] = [];
  _policy: AdminPolicy | null = null;
  /** author id → active strikes, fetched fresh */
  _strikes: Map<string, number> | null = null;
  _withRule = true;
  _rule = "";
  _loadError: string | null = null;
  _resolve: ((c: RejectChoice | null) => void) | null = null;
  _opener: HTMLElement | null = null;

  /** Opens the dialog for `items`; `withRule` preselects a strike (r) or no strike. */
  ask(items: QueueItem[], withRule = true): Promise<RejectChoice | null> {
    this._resolve?.(null);
    this._opener = deepActive();
    this._items = items;
    this._withRule = withRule;
    this._policy = null;
    this._strikes = null;
    this._loadError = null;
    this._rule = "";
    this._load();
    this.updateComplete.then(() => {
      const d = this._dialog();
      if (!d.open) d.showModal();
      const note = this.renderRoot.querySelector<HTMLTextAreaElement>("#note");
      if (note) note.value = "";
      this.renderRoot.querySelector<HTMLElement>("input[name=kind]:checked")?.focus();
    });
    return new Promise((resolve) => (this._resolve = resolve));
  }

  async _load() {
    const items = this._items;
    try {
      const authors = [...new Set(items.map((i) => i.author.id))];
      const [policy, ...dossiers] = await Promise.all([this.api.policy(this.site), ...authors.map((a) => this.api.user(this.site, a))]);
      if (items !== this._items) return;
      this._policy = policy;
      this._strikes = new Map(authors.map((a, i) => [a, dossiers[i]!.standing.strikes]));
      const suggested = items.find((i) => i.rule && policy.rules.some((r) => r.id === i.rule))?.rule;
      this._rule = suggested ?? policy.rules[0]?.id ?? "";
    } catch (e) {
      if (items === this._items) this._loadError = errorMessage(e);
    }
  }

  _dialog() {
    return this.renderRoot.querySelector("dialog")!;
  }

  _finish(choice: RejectChoice | null) {
    const resolve = this._resolve;
    this._resolve = null;
    const d = this._dialog();
    if (d.open) d.close();
    this._opener?.focus?.();
    resolve?.(choice);
  }

  _outcomes(): Map<string, StrikeOutcome> | null {
    if (!this._policy || !this._strikes) return null;
    return bulkStrikeOutcomes(
      this._policy.ladder,
      this._policy.strikeDays,
      this._items.map((i) => ({
        id: i.comment.id,
        authorId: i.author.id,
        activeStrikes: this._strikes!.get(i.author.id) ?? i.author.standing.strikes,
      })),
    );
  }

  _submit(e: SubmitEvent) {
    e.preventDefault();
    if (this._withRule && (!this._policy || !this._strikes || !this._rule)) return;
    const note = this.renderRoot.querySelector<HTMLTextAreaElement>("#note")?.value.trim() ?? "";
    this._finish({ rule: this._withRule ? this._rule : null, note });
  }

  render() {
    const n = this._items.length;
    const outcomes = this._withRule ? this._outcomes() : null;
    const single = n === 1 ? this._items[0]! : null;
    const worst = outcomes
      ? ([...outcomes.values()].sort((a, b) => severity(b.step?.sanction) - severity(a.step?.sanction))[0] ?? null)
      : null;
    const ready = !this._withRule || (!!outcomes && !!this._rule);
    return html`<dialog
      aria-labelledby="rj-h"
      @cancel=${(e: Event) => {
        e.preventDefault();
        this._finish(null);
      }}
    >
      <form @submit=${this._submit}>
        <h2 id="rj-h">${single ? t.rejectHeading : t.rejectHeadingBulk(n)}</h2>
        ${single ? html`<p class="muted">${single.author.name}: “${single.comment.body.slice(0, 140)}${single.comment.body.length > 140 ? "…" : ""}”</p>` : nothing}
        <fieldset class="choices" style="margin-top:.75rem">
          <legend>${t.reject.replace("…", "")}</legend>
          <div class="check">
            <input type="radio" id="k-rule" name="kind" value="rule" .checked=${this._withRule} @change=${() => (this._withRule = true)} />
            <label for="k-rule">${t.rejectWithRule}</label>
          </div>
          <div class="check">
            <input
              type="radio"
              id="k-none"
              name="kind"
              value="none"
              .checked=${!this._withRule}
              @change=${() => (this._withRule = false)}
            />
            <label for="k-none">${t.rejectWithoutRule}</label>
          </div>
        </fieldset>
        ${
          this._withRule
            ? html`<div class="field">
                <label for="rule">${t.ruleLabel}</label>
                <select
                  id="rule"
                  .value=${this._rule}
                  ?disabled=${!this._policy}
                  @change=${(e: Event) => (this._rule = (e.target as HTMLSelectElement).value)}
                >
                  ${(this._policy?.rules ?? []).map((r) => html`<option value=${r.id} ?selected=${r.id === this._rule}>${r.title} (${r.id})</option>`)}
                </select>
              </div>`
            : nothing
        }
        <div class="field">
          <label for="note">${t.noteLabel}</label>
          <textarea id="note" rows="2" maxlength="2000"></textarea>
        </div>
        <section aria-labelledby="rj-what" aria-live="polite">
          <h3 id="rj-what">${t.consequence}</h3>
          ${
            this._loadError
              ? html`<p class="notice bad" role="alert">
                  ${this._loadError} <button type="button" @click=${() => ((this._loadError = null), this._load())}>${t.retry}</button>
                </p>`
              : !this._withRule
                ? html`<p class="notice outcome">${t.noStrikeOutcome}</p>`
                : !outcomes || !this._policy
                  ? html`<p class="notice outcome">${t.computing}</p>`
                  : single
                    ? html`<p
                        class="notice outcome"
                        data-sanction=${outcomes.get(single.comment.id)!.step?.sanction ?? "none"}
                        id="outcome"
                      >
                        ${t.outcome(single.author.name, outcomes.get(single.comment.id)!, this._policy.strikeDays)}
                      </p>`
                    : html`<ul class="outcomes outcome" id="outcome">
                        ${this._items.map((i) => html`<li>${i.author.name}: strike ${outcomes.get(i.comment.id)!.strikes}, ${t.outcomeShort(outcomes.get(i.comment.id)!)}</li>`)}
                      </ul>`
          }
        </section>
        <div class="row" style="margin-top:1rem">
          <span class="spacer"></span>
          <button type="button" @click=${() => this._finish(null)}>${t.cancel}</button>
          <button class="primary danger" ?disabled=${!ready}>
            ${this._withRule ? t.confirmStrike(single && outcomes ? outcomes.get(single.comment.id)! : worst) : t.confirmReject}
          </button>
        </div>
      </form>
    </dialog>`;
  }
}

customElements.define("reject-dialog", RejectDialog);
declare global {
  interface HTMLElementTagNameMap {
    "reject-dialog": RejectDialog;
  }
}
