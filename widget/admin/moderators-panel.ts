import { html, nothing } from "lit";
import { errorMessage, type Admin, type Role } from "./lib/admin-api.ts";
import { AdminElement } from "./lib/base.ts";
import { loadStateView, type LoadState } from "./lib/load-state.ts";
import { removeButton } from "./lib/remove-button.ts";
import { formatDateTime } from "./lib/format.ts";
import { adminStyles } from "./styles.ts";
import { t } from "./strings.ts";

/**
 * Moderator accounts. Everyone sees who moderates; an owner adds moderators (email, a password
 * of at least 12 characters, role) and removes them; the audit log records both under the
 * owner's name.
 *
 * @fires people-changed - after an account is added or removed
 */
export class ModeratorsPanel extends AdminElement {
  static styles = [adminStyles];
  static properties = {
    ...AdminElement.properties,
    _list: { state: true },
    _state: { state: true },
    _error: { state: true },
    _formError: { state: true },
    _busy: { state: true },
  };
  _list: Admin[] = [];
  _state: LoadState = "loading";
  _error: string | null = null;
  _formError: string | null = null;
  _busy: string | null = null;

  connectedCallback() {
    super.connectedCallback();
    this._load();
  }

  async _load() {
    this._state = "loading";
    try {
      this._list = await this.api.moderators();
      this._state = "ready";
    } catch (e) {
      this._error = errorMessage(e);
      this._state = "error";
    }
  }

  _changed() {
    this.dispatchEvent(new CustomEvent("people-changed", { bubbles: true, composed: true }));
  }

  async _add(e: SubmitEvent) {
    e.preventDefault();
    const form = e.target as HTMLFormElement;
    const v = (n: string) => (form.elements.namedItem(n) as HTMLInputElement).value;
    this._formError = null;
    this._busy = "add";
    try {
      const m = await this.api.addModerator({ email: v("email").trim(), password: v("password"), role: v("role") as Role });
      form.reset();
      this._list = [...this._list, m];
      this.announce(t.addedOk(m.email));
      this._changed();
    } catch (err) {
      this._formError = errorMessage(err);
    } finally {
      this._busy = null;
    }
  }

  async _remove(m: Admin) {
    if (!confirm(t.removeConfirm(m.email))) return;
    this._busy = m.id;
    try {
      await this.api.removeModerator(m.id);
      this._list = this._list.filter((x) => x.id !== m.id);
      this.announce(t.removedOk(m.email));
      this._changed();
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>("h2")?.focus();
    } catch (err) {
      this.announce(errorMessage(err), "error");
    } finally {
      this._busy = null;
    }
  }

  render() {
    const owner = this.isOwner;
    return html`<h2 tabindex="-1">${t.moderatorsHeading}</h2>
      ${!owner ? html`<p class="notice" style="margin-top:.5rem">${t.ownerOnly}</p>` : nothing}
      ${
        loadStateView(this._state, this._error, this._load) ??
        html`<table style="margin-top:.75rem">
          <thead>
            <tr>
              ${t.moderatorCols.map((c) => html`<th scope="col">${c}</th>`)}
            </tr>
          </thead>
          <tbody>
            ${this._list.map(
              (m) =>
                html`<tr data-moderator=${m.email}>
                  <td>${m.email} ${m.id === this.me?.id ? t.you : ""}</td>
                  <td>${t.roles[m.role] ?? m.role}</td>
                  <td>${formatDateTime(m.createdAt)}</td>
                  <td>
                    ${
                      owner && m.id !== this.me?.id
                        ? removeButton({ label: `${t.remove} ${m.email}`, disabled: this._busy === m.id, onClick: () => this._remove(m) })
                        : nothing
                    }
                  </td>
                </tr>`,
            )}
          </tbody>
        </table>`
      }
      ${
        owner
          ? html`<section aria-labelledby="add-h" style="margin-top:1.25rem">
              <h3 id="add-h">${t.addModerator}</h3>
              <form class="card" @submit=${this._add} style="margin-top:.5rem">
                <div class="row" style="align-items:start">
                  <div class="field">
                    <label for="m-email">${t.email}</label>
                    <input id="m-email" name="email" type="email" autocomplete="off" required />
                  </div>
                  <div class="field">
                    <label for="m-password">${t.password}</label>
                    <input
                      id="m-password"
                      name="password"
                      type="password"
                      autocomplete="new-password"
                      minlength="12"
                      required
                      aria-describedby="m-pw-help"
                    />
                    <span class="help" id="m-pw-help">${t.passwordHelp}</span>
                  </div>
                  <div class="field">
                    <label for="m-role">${t.role}</label>
                    <select id="m-role" name="role">
                      <option value="moderator">${t.roles.moderator}</option>
                      <option value="owner">${t.roles.owner}</option>
                    </select>
                  </div>
                </div>
                <p class="error" role="alert">${this._formError ?? ""}</p>
                <button class="primary" ?disabled=${this._busy === "add"}>${t.add}</button>
              </form>
            </section>`
          : nothing
      }`;
  }
}

customElements.define("moderators-panel", ModeratorsPanel);
declare global {
  interface HTMLElementTagNameMap {
    "moderators-panel": ModeratorsPanel;
  }
}
