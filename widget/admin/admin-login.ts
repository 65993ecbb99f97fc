import { css, html, LitElement, nothing } from "lit";
import { errorMessage, type Admin, type AdminApi } from "./lib/admin-api.ts";
import { adminStyles } from "./styles.ts";
import { t } from "./strings.ts";

/**
 * The sign-in form. The first owner comes from the server's environment (ADMIN_EMAIL /
 * ADMIN_PASSWORD); owners add more moderators in the Moderators view.
 *
 * @fires signed-in - detail: the Admin, after a successful login (the API client keeps the CSRF token)
 */
export class AdminLogin extends LitElement {
  static styles = [
    adminStyles,
    css`
      .first {
        margin-top: 1rem;
      }
    `,
  ];
  static properties = {
    api: { attribute: false },
    message: {},
    _busy: { state: true },
    _error: { state: true },
  };
  declare api: AdminApi;
  declare message: string;
  _busy = false;
  _error: string | null = null;

  render() {
    return html`<form
      class="card"
      @submit=${this._submit}
      novalidate
      aria-labelledby="login-h"
      aria-describedby=${this.message ? "login-msg" : nothing}
    >
      <h2 id="login-h" tabindex="-1">${t.signInHeading}</h2>
      ${this.message ? html`<p id="login-msg" class="notice warn">${this.message}</p>` : nothing}
      <div class="field first">
        <label for="email">${t.email}</label>
        <input
          id="email"
          name="email"
          type="email"
          autocomplete="username"
          required
          aria-invalid=${this._error ? "true" : "false"}
          aria-describedby="login-err"
        />
      </div>
      <div class="field">
        <label for="password">${t.password}</label>
        <input
          id="password"
          name="password"
          type="password"
          autocomplete="current-password"
          required
          aria-invalid=${this._error ? "true" : "false"}
          aria-describedby="login-err"
        />
      </div>
      <p id="login-err" class="error" role="alert">${this._error ?? ""}</p>
      <button class="primary" ?disabled=${this._busy}>${this._busy ? t.signingIn : t.signIn}</button>
    </form>`;
  }

  focus() {
    this.updateComplete.then(() => this.renderRoot.querySelector<HTMLInputElement>("#email")?.focus());
  }

  async _submit(e: SubmitEvent) {
    e.preventDefault();
    const form = e.target as HTMLFormElement;
    const email = (form.elements.namedItem("email") as HTMLInputElement).value.trim();
    const password = (form.elements.namedItem("password") as HTMLInputElement).value;
    if (!email || !password) {
      this._error = t.fillBoth;
      return;
    }
    this._busy = true;
    this._error = null;
    try {
      const admin: Admin = await this.api.login(email, password);
      (form.elements.namedItem("password") as HTMLInputElement).value = "";
      this.dispatchEvent(new CustomEvent("signed-in", { detail: admin, bubbles: true, composed: true }));
    } catch (err) {
      this._error = (err as { status?: number }).status === 401 ? t.badLogin : errorMessage(err);
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLInputElement>("#password")?.focus();
    } finally {
      this._busy = false;
    }
  }
}

customElements.define("admin-login", AdminLogin);
declare global {
  interface HTMLElementTagNameMap {
    "admin-login": AdminLogin;
  }
}
