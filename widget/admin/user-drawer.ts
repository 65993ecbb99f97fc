import { css, html, nothing } from "lit";
import { errorMessage, type Dossier, type Sanction } from "./lib/admin-api.ts";
import { AdminElement } from "./lib/base.ts";
import { deepActive } from "./lib/dom.ts";
import { formatDateTime } from "./lib/format.ts";
import { adminStyles } from "./styles.ts";
import { t } from "./strings.ts";
import "./user-blocks.ts";
import "./reader-data.ts";

/**
 * A commenter, opened from anywhere (`open(userId)`): standing, trust, strikes, sanctions with who,
 * when and why, blocks (user-blocks.ts), every recent comment with its status; warn, suspend for hours or revoke with a
 * reason the commenter sees; lift a sanction. A modal side sheet; focus returns to the opener.
 *
 * @fires sanctions-changed - detail: {userId}, after a sanction is applied or lifted
 */
export class UserDrawer extends AdminElement {
  static styles = [
    adminStyles,
    css`
      dialog {
        margin: 0 0 0 auto;
        height: 100vh;
        max-height: 100vh;
        max-width: min(36rem, 100vw);
        border-radius: 0;
        border-width: 0 0 0 1px;
        overflow: auto;
      }
      section {
        margin-top: 1.25rem;
      }

      .lifted {
        opacity: 0.7;
      }
      .body {
        white-space: pre-wrap;
        overflow-wrap: anywhere;
      }
      dl {
        display: grid;
        grid-template-columns: max-content 1fr;
        gap: 0.1rem 0.75rem;
      }
      dt {
        color: var(--muted);
      }
      .head {
        position: sticky;
        top: -1.25rem;
        background: var(--bg);
        padding: 0.25rem 0 0.5rem;
        z-index: 1;
      }
    `,
  ];
  static properties = {
    ...AdminElement.properties,
    _userId: { state: true },
    _data: { state: true },
    _error: { state: true },
    _type: { state: true },
    _formError: { state: true },
    _working: { state: true },
  };
  _userId: string | null = null;
  _data: Dossier | null = null;
  _error: string | null = null;
  _type: Sanction["type"] = "warn";
  _formError: string | null = null;
  _working: string | null = null;
  _opener: HTMLElement | null = null;
  _gen = 0;

  async open(userId: string) {
    this._opener = deepActive();
    this._userId = userId;
    this._data = null;
    this._error = null;
    this._formError = null;
    await this.updateComplete;
    const d = this.renderRoot.querySelector("dialog")!;
    if (!d.open) d.showModal();
    this.renderRoot.querySelector<HTMLElement>("h2")?.focus();
    await this._load();
  }

  close() {
    this.renderRoot.querySelector("dialog")?.close();
  }

  _closed() {
    this._userId = null;
    this._opener?.focus?.();
  }

  async _load() {
    if (!this._userId) return;
    const gen = ++this._gen;
    try {
      const data = await this.api.user(this.site, this._userId);
      if (gen === this._gen) {
        this._data = data;
        this._error = null;
      }
    } catch (e) {
      if (gen === this._gen) this._error = errorMessage(e);
    }
  }

  _changed() {
    this.dispatchEvent(new CustomEvent("sanctions-changed", { detail: { userId: this._userId }, bubbles: true, composed: true }));
  }

  async _lift(s: Sanction) {
    if (!confirm(t.liftConfirm(t.sanctionTypes[s.type]!))) return;
    this._working = s.id;
    try {
      await this.api.lift(this.site, this._userId!, s.id);
      this.announce(t.liftedOk);
      this._changed();
      await this._load();
    } catch (e) {
      this.announce(errorMessage(e), "error");
    } finally {
      this._working = null;
    }
  }

  async _sanction(e: SubmitEvent) {
    e.preventDefault();
    const form = e.target as HTMLFormElement;
    const reason = (form.elements.namedItem("reason") as HTMLTextAreaElement).value.trim();
    const hoursField = form.elements.namedItem("hours") as HTMLInputElement | null;
    const hours = hoursField ? Number(hoursField.value) : undefined;
    if (!reason) {
      this._formError = t.reasonMissing;
      (form.elements.namedItem("reason") as HTMLElement).focus();
      return;
    }
    if (this._type === "suspend" && !(hours && hours > 0)) {
      this._formError = t.hoursMissing;
      hoursField?.focus();
      return;
    }
    if (this._type === "revoke" && !confirm(t.confirmRevoke)) return;
    this._formError = null;
    this._working = "form";
    try {
      await this.api.sanction(this.site, this._userId!, { type: this._type, reason, ...(this._type === "suspend" ? { hours } : {}) });
      form.reset();
      this.announce(t.sanctionedOk(t.sanctionTypes[this._type] ?? ""));
      this._type = "warn";
      this._changed();
      await this._load();
    } catch (err) {
      // The form keeps what was typed.
      this._formError = errorMessage(err);
    } finally {
      this._working = null;
    }
  }

  render() {
    const d = this._data;
    return html`<dialog aria-labelledby="u-h" @close=${this._closed}>
      <div class="row head">
        <h2 id="u-h" tabindex="-1">${d ? t.userHeading(d.user.name) : t.userLoading}</h2>
        <span class="spacer"></span>
        <button type="button" @click=${() => this.close()}>${t.close}</button>
      </div>
      ${
        this._error
          ? html`<div class="notice bad" role="alert">${this._error} <button type="button" @click=${this._load}>${t.retry}</button></div>`
          : !d
            ? html`<p class="state" role="status">${t.loading}</p>`
            : this._renderUser(d)
      }
    </dialog>`;
  }

  _renderUser(d: Dossier) {
    const s = d.standing;
    const now = new Date().toISOString();
    const inForce = (x: Sanction) => !x.liftedAt && (!x.until || x.until > now);
    return html`<dl>
        <dt>${t.standingLabel}</dt>
        <dd>
          <span class="badge" data-status=${s.status} id="standing">${t.standing[s.status]}</span>
          ${s.until ? html` ${t.until(formatDateTime(s.until))}` : nothing} · ${t.strikes(s.strikes)}
          ${s.reason ? html`<div class="muted">${s.reason}</div>` : nothing}
        </dd>
        <dt>${t.trustLabel}</dt>
        <dd>
          <span class="badge" id="trust" data-trust=${d.trust.level}>${t.trustLevels[d.trust.level]}</span>
          <span class="muted">${t.trustRecord(d.trust.published, d.trust.rejected, d.trust.days)}</span>
        </dd>
        <dt>${t.userId}</dt>
        <dd><code>${d.user.id}</code></dd>
        ${
          d.user.email
            ? html`<dt>${t.email}</dt>
                <dd>${d.user.email}</dd>`
            : nothing
        }
        ${
          d.user.createdAt
            ? html`<dt>${t.joined}</dt>
                <dd>${formatDateTime(d.user.createdAt)}</dd>`
            : nothing
        }
      </dl>
      <p style="margin-top:.5rem">
        <a href="#audit?user=${encodeURIComponent(d.user.id)}" @click=${() => this.close()}>${t.auditForUser}</a>
      </p>

      <section aria-labelledby="u-sanction">
        <h3 id="u-sanction">${t.actionHeading}</h3>
        <form @submit=${this._sanction} novalidate class="card" style="margin-top:.5rem">
          <div class="row">
            <div class="field">
              <label for="s-type">${t.sanctionType}</label>
              <select
                id="s-type"
                name="type"
                .value=${this._type}
                @change=${(e: Event) => (this._type = (e.target as HTMLSelectElement).value as Sanction["type"])}
              >
                ${(["warn", "suspend", "revoke"] as const).map((k) => html`<option value=${k} ?selected=${k === this._type}>${t.sanctionOptions[k]}</option>`)}
              </select>
            </div>
            ${
              this._type === "suspend"
                ? html`<div class="field">
                    <label for="s-hours">${t.hours}</label>
                    <input id="s-hours" name="hours" type="number" min="1" step="1" value="24" required style="width:7rem" />
                  </div>`
                : nothing
            }
          </div>
          <div class="field">
            <label for="s-reason">${t.reasonLabel}</label>
            <textarea
              id="s-reason"
              name="reason"
              rows="2"
              maxlength="1000"
              required
              aria-describedby="s-err"
              aria-invalid=${this._formError === t.reasonMissing ? "true" : "false"}
            ></textarea>
          </div>
          <p id="s-err" class="error" role="alert">${this._formError ?? ""}</p>
          <button class=${this._type === "revoke" ? "primary danger" : "primary"} ?disabled=${this._working === "form"}>
            ${this._working === "form" ? t.saving : t.apply}
          </button>
        </form>
      </section>

      <section aria-labelledby="u-sanctions">
        <h3 id="u-sanctions">${t.sanctionsHeading}</h3>
        ${
          d.sanctions.length
            ? html`<ul class="plain" style="margin-top:.5rem">
                ${d.sanctions.map(
                  (x) =>
                    html`<li
                      class="card ${x.liftedAt ? "lifted" : ""}"
                      data-sanction=${x.id}
                      data-type=${x.type}
                      data-in-force=${inForce(x) ? "true" : "false"}
                    >
                      <div class="row">
                        <strong>${t.sanctionTypes[x.type]}</strong>
                        <span class="badge" data-status=${inForce(x) ? x.type : ""}
                          >${inForce(x) ? t.inForce : x.liftedAt ? t.lifted(formatDateTime(x.liftedAt), this.who(x.liftedBy)) : t.ended}</span
                        >
                        <span class="spacer"></span>
                        ${
                          inForce(x)
                            ? html`<button
                                type="button"
                                ?disabled=${this._working === x.id}
                                @click=${() => this._lift(x)}
                                aria-label="${t.lift}: ${t.sanctionTypes[x.type]}, ${formatDateTime(x.createdAt)}"
                              >
                                ${t.lift}
                              </button>`
                            : nothing
                        }
                      </div>
                      <div class="muted">
                        ${formatDateTime(x.createdAt)} ·
                        ${t.by(x.createdBy === "policy" ? t.byPolicy : this.who(x.createdBy))}${x.until ? html` · ${t.until(formatDateTime(x.until))}` : nothing}${
                          x.policyVersion ? html` · ${t.policyVersion(x.policyVersion)}` : nothing
                        }
                      </div>
                      <div>${x.reason}</div>
                    </li>`,
                )}
              </ul>`
            : html`<p class="muted">${t.noSanctions}</p>`
        }
      </section>

      <user-blocks .api=${this.api} site=${this.site} .people=${this.people} .dossier=${d} @sanctions-changed=${this._load}></user-blocks>
      <reader-data .api=${this.api} site=${this.site} .me=${this.me} .dossier=${d} @sanctions-changed=${this._load}></reader-data>

      <section aria-labelledby="u-strikes">
        <h3 id="u-strikes">${t.strikesHeading}</h3>
        ${
          d.strikes.length
            ? html`<ul class="plain" style="margin-top:.5rem">
                ${d.strikes.map(
                  (x) =>
                    html`<li class="card">
                      <strong>${x.rule}</strong> <span class="badge">${x.active ? t.active : t.expired}</span>
                      <div class="muted">
                        ${formatDateTime(x.createdAt)} · ${t.by(this.who(x.createdBy))} · ${t.policyVersion(x.policyVersion)} ·
                        ${t.expires(formatDateTime(x.expiresAt))}
                      </div>
                    </li>`,
                )}
              </ul>`
            : html`<p class="muted">${t.noStrikes}</p>`
        }
      </section>

      <section aria-labelledby="u-comments">
        <h3 id="u-comments">${t.commentsHeading}</h3>
        ${
          d.comments.length
            ? html`<ul class="plain" style="margin-top:.5rem">
                ${d.comments.map(
                  (c) =>
                    html`<li class="card" data-comment=${c.id}>
                      <div class="row">
                        <span class="badge" data-status=${c.status}>${t.statuses[c.status]}</span>
                        <span class="muted"
                          >${formatDateTime(c.createdAt)} ·
                          ${c.page}${c.rule ? html` · ${c.rule}` : nothing}${c.score != null ? html` · ${Math.round(c.score * 100)}%` : nothing}</span
                        >
                      </div>
                      <div class="body">${c.body || html`<em class="muted">${t.statuses.deleted}</em>`}</div>
                    </li>`,
                )}
              </ul>`
            : html`<p class="muted">${t.noComments}</p>`
        }
      </section>`;
  }
}

customElements.define("user-drawer", UserDrawer);
declare global {
  interface HTMLElementTagNameMap {
    "user-drawer": UserDrawer;
  }
}
