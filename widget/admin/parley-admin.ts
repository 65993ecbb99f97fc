import { css, html, LitElement, nothing, type PropertyValues } from "lit";
import { adminApi, errorMessage, type Admin, type AdminApi, type SiteSettings } from "./lib/admin-api.ts";
import { adminStyles } from "./styles.ts";
import { t } from "./strings.ts";
import type { AdminLogin } from "./admin-login.ts";
import type { UserDrawer } from "./user-drawer.ts";

const VIEWS = ["queue", "policy", "audit", "sites", "moderators", "notifications"] as const;
type View = (typeof VIEWS)[number];
const SITE_KEY = "parley-admin:site";

function parseHash(hash: string): { view: View; params: URLSearchParams } {
  const [path = "", query = ""] = hash.replace(/^#\/?/, "").split("?");
  const view = (VIEWS as readonly string[]).includes(path) ? (path as View) : "queue";
  return { view, params: new URLSearchParams(query) };
}

/**
 * The moderators' app at /admin: signs in, then hosts the views (queues, policy, audit log,
 * sites, moderators) for the chosen site, a user drawer any view can open, and one live region
 * for status messages. Routes are hashes (#queue, #audit?user=ID, …). When the session ends
 * mid-work (401), it asks for the password in a dialog over the page, so nothing typed is lost.
 */
export class ParleyAdmin extends LitElement {
  static styles = [
    adminStyles,
    css`
      :host {
        min-height: 100vh;
        background: var(--surface);
      }
      .skip {
        position: absolute;
        left: -999px;
      }
      .skip:focus {
        left: 0.5rem;
        top: 0.5rem;
        z-index: 10;
        background: var(--bg);
        padding: 0.5rem;
      }
      header {
        background: var(--bg);
        border-bottom: 1px solid var(--border);
        padding: 0.5rem 1rem;
      }
      h1 {
        font-size: 1.1rem;
      }
      nav ul {
        list-style: none;
        padding: 0;
        display: flex;
        flex-wrap: wrap;
        gap: 0.25rem;
      }
      nav a {
        display: block;
        padding: 0.35rem 0.75rem;
        border-radius: var(--radius);
        text-decoration: none;
        color: var(--fg);
      }
      nav a[aria-current="page"] {
        background: var(--accent);
        color: var(--accent-fg);
      }
      main {
        padding: 1rem;
        max-width: 80rem;
        margin: 0 auto;
      }
      main:focus {
        outline: none;
      }
      .login {
        max-width: 26rem;
        margin: 10vh auto 0;
      }
      .brand {
        margin-bottom: 1rem;
        text-align: center;
      }
      .status {
        position: fixed;
        bottom: 1rem;
        right: 1rem;
        max-width: min(30rem, 90vw);
        z-index: 5;
        box-shadow: 0 2px 10px rgb(0 0 0 / 0.2);
      }
      .status:empty {
        display: none;
      }
    `,
  ];

  static properties = {
    _state: { state: true },
    _me: { state: true },
    _sites: { state: true },
    _site: { state: true },
    _view: { state: true },
    _initial: { state: true },
    _people: { state: true },
    _reauth: { state: true },
    _status: { state: true },
    _error: { state: true },
  };

  _api: AdminApi = adminApi({ onSignedOut: () => this._sessionEnded() });
  _state: "boot" | "signed-out" | "ready" | "error" = "boot";
  _me: Admin | null = null;
  _sites: SiteSettings[] = [];
  _site = "";
  _view: View = "queue";
  /** The route's query (#audit?user=…), one object per navigation. */
  _initial: Record<string, string> = {};
  _people: Map<string, string> = new Map();
  _reauth = false;
  _status: { message: string; tone: string } | null = null;
  _error: string | null = null;
  _navigated = false;
  _statusTimer = 0;

  _onHash = () => {
    const { view, params } = parseHash(location.hash);
    this._view = view;
    this._initial = Object.fromEntries(params);
    this._navigated = true;
  };

  connectedCallback() {
    super.connectedCallback();
    window.addEventListener("hashchange", this._onHash);
    const { view, params } = parseHash(location.hash);
    this._view = view;
    this._initial = Object.fromEntries(params);
    this.addEventListener("announce", (e) => this._announce((e as CustomEvent).detail));
    this.addEventListener("open-user", (e) => this._drawer()?.open((e as CustomEvent).detail.userId));
    this.addEventListener("people-changed", () => this._loadPeople());
    this.addEventListener("sites-changed", (e) => this._loadSites((e as CustomEvent).detail?.select));
    this._boot();
  }

  disconnectedCallback() {
    super.disconnectedCallback();
    window.removeEventListener("hashchange", this._onHash);
  }

  async _boot() {
    this._state = "boot";
    try {
      this._me = await this._api.me();
    } catch (e) {
      if ((e as { status?: number }).status === 401) {
        this._state = "signed-out";
        return;
      }
      this._error = errorMessage(e);
      this._state = "error";
      return;
    }
    await this._afterSignIn();
  }

  async _afterSignIn() {
    try {
      await Promise.all([this._loadSites(), this._loadPeople()]);
      this._state = "ready";
    } catch (e) {
      this._error = errorMessage(e);
      this._state = "error";
    }
  }

  async _loadSites(select?: string) {
    this._sites = await this._api.sites();
    const stored = select ?? localStorage.getItem(SITE_KEY) ?? this._site;
    this._site = this._sites.find((s) => s.id === stored)?.id ?? this._sites[0]?.id ?? "";
  }

  async _loadPeople() {
    try {
      const list = await this._api.moderators();
      this._people = new Map(list.map((m) => [m.id, m.email]));
    } catch {
      /* names fall back to ids */
    }
  }

  _sessionEnded() {
    if (this._state === "ready") this._reauth = true;
  }

  updated(changed: PropertyValues) {
    if (changed.has("_reauth") && this._reauth) {
      const dialog = this.renderRoot.querySelector<HTMLDialogElement>("#reauth");
      if (dialog && !dialog.open) dialog.showModal();
      this.renderRoot.querySelector<AdminLogin>("#reauth admin-login")?.focus();
    }
    if (changed.has("_state") && this._state === "signed-out") this.renderRoot.querySelector<AdminLogin>("admin-login")?.focus();
    if (changed.has("_view") && this._navigated) {
      this._navigated = false;
      const view = this.renderRoot.querySelector("main > *") as (HTMLElement & { focusHeading?: () => void }) | null;
      view?.focusHeading?.();
    }
  }

  _announce(detail: { message: string; tone: string }) {
    // Cleared first so the same message twice is announced twice.
    this._status = null;
    requestAnimationFrame(() => (this._status = detail));
    clearTimeout(this._statusTimer);
    this._statusTimer = window.setTimeout(() => (this._status = null), detail.tone === "error" ? 15000 : 6000);
  }

  _drawer() {
    return this.renderRoot.querySelector<UserDrawer>("user-drawer");
  }

  async _signedIn(e: CustomEvent<Admin>) {
    const wasReauth = this._reauth;
    this._me = e.detail;
    if (wasReauth) {
      this._reauth = false;
      this.renderRoot.querySelector<HTMLDialogElement>("#reauth")?.close();
      this._announce({ message: t.signedInAs(e.detail.email, e.detail.role), tone: "info" });
      return;
    }
    this._state = "boot";
    await this._afterSignIn();
    this._navigated = true;
    this.requestUpdate("_view");
  }

  async _signOut() {
    try {
      await this._api.logout();
    } catch {
      /* signed out locally either way */
    }
    this._me = null;
    this._state = "signed-out";
    this._announce({ message: t.signedOut, tone: "info" });
  }

  _pickSite(e: Event) {
    this._site = (e.target as HTMLSelectElement).value;
    localStorage.setItem(SITE_KEY, this._site);
  }

  render() {
    const status = html`<div
      class="status notice ${this._status?.tone === "error" ? "bad" : ""}"
      role="status"
      aria-live="polite"
      aria-atomic="true"
    >
      ${this._status?.message ?? ""}
    </div>`;
    if (this._state === "boot")
      return html`<p class="state" role="status">${t.loading}</p>
        ${status}`;
    if (this._state === "error")
      return html`<div class="state" role="alert">
          <p>${this._error ?? t.loadFailed}</p>
          <button @click=${this._boot}>${t.retry}</button>
        </div>
        ${status}`;
    if (this._state === "signed-out")
      return html`<main class="login">
          <h1 class="brand">${t.appName}</h1>
          <admin-login .api=${this._api} @signed-in=${this._signedIn}></admin-login>
        </main>
        ${status}`;
    const me = this._me!;
    return html`<header>
        <button type="button" class="skip" @click=${() => this.renderRoot.querySelector<HTMLElement>("main")?.focus()}>${t.skip}</button>
        <div class="row">
          <h1>${t.appName}</h1>
          <label for="site">${t.siteLabel}</label>
          <select id="site" @change=${this._pickSite} .value=${this._site}>
            ${this._sites.map((s) => html`<option value=${s.id} ?selected=${s.id === this._site}>${s.name} (${s.id})</option>`)}
          </select>
          <span class="spacer"></span>
          <span class="muted">${t.signedInAs(me.email, t.roles[me.role] ?? me.role)}</span>
          <button type="button" @click=${this._signOut}>${t.signOut}</button>
        </div>
        <nav aria-label=${t.nav} style="margin-top:.5rem">
          <ul>
            ${VIEWS.map((v) => html`<li><a href="#${v}" aria-current=${this._view === v ? "page" : nothing}>${t.views[v]}</a></li>`)}
          </ul>
        </nav>
      </header>
      <main id="main" tabindex="-1">
        ${this._site || this._view === "sites" || this._view === "moderators" ? this._renderView() : html`<p class="state">${t.noSites}</p>`}
      </main>
      <user-drawer .api=${this._api} .site=${this._site} .me=${me} .people=${this._people}></user-drawer>
      <dialog id="reauth" aria-labelledby="reauth-h" @cancel=${(e: Event) => e.preventDefault()}>
        <h2 id="reauth-h" class="sr">${t.signInHeading}</h2>
        ${this._reauth ? html`<admin-login .api=${this._api} message=${t.signInAgain} @signed-in=${this._signedIn}></admin-login>` : nothing}
      </dialog>
      ${status}`;
  }

  _renderView() {
    const common = { api: this._api, site: this._site, me: this._me, people: this._people };
    switch (this._view) {
      case "policy":
        return html`<policy-editor .api=${common.api} .site=${common.site} .me=${common.me} .people=${common.people}></policy-editor>`;
      case "audit":
        return html`<audit-log
          .api=${common.api}
          .site=${common.site}
          .me=${common.me}
          .people=${common.people}
          .initial=${this._initial}
        ></audit-log>`;
      case "sites":
        return html`<site-settings
          .api=${common.api}
          .site=${common.site}
          .me=${common.me}
          .people=${common.people}
          .sites=${this._sites}
        ></site-settings>`;
      case "moderators":
        return html`<moderators-panel
          .api=${common.api}
          .site=${common.site}
          .me=${common.me}
          .people=${common.people}
        ></moderators-panel>`;
      case "notifications":
        return html`<notifications-panel
          .api=${common.api}
          .site=${common.site}
          .me=${common.me}
          .people=${common.people}
        ></notifications-panel>`;
      default:
        return html`<admin-queue .api=${common.api} .site=${common.site} .me=${common.me} .people=${common.people}></admin-queue>`;
    }
  }
}

customElements.define("parley-admin", ParleyAdmin);
declare global {
  interface HTMLElementTagNameMap {
    "parley-admin": ParleyAdmin;
  }
}
