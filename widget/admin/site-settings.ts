import { css, html, nothing, type PropertyValues } from "lit";
import { ApiError, errorMessage, type SiteChanges, type SiteSettings as Site } from "./lib/admin-api.ts";
import { GUEST_CHALLENGES, MODERATION_MODES, type GuestChallenge, type ModerationMode, type ReportAction } from "../../contract/wire.ts";
import { AdminElement } from "./lib/base.ts";
import { loadStateView, type LoadState } from "./lib/load-state.ts";
import { embedSnippet } from "./lib/format.ts";
import { adminStyles } from "./styles.ts";
import { t } from "./strings.ts";
import "./site-data.ts";

const NUMBERS = [
  ["editWindowMinutes", "editWindow", 0, 43200],
  ["maxCommentLength", "maxLength", 1, 50000],
  ["rateLimitPerMinute", "rateLimit", 1, 10000],
  ["reportThreshold", "reportThreshold", 1, 1000],
  ["firstComments", "firstComments", 1, 100],
  ["retentionDays", "retentionDays", 1, 3650],
] as const;

/**
 * The chosen site's settings: name, allowed origins, guests, the SSO secret (write-only: it is
 * never shown, only replaced or removed), edit window, longest comment, rate limit, report
 * threshold and what reports do; the embed snippet to copy; and a form to add a site. Owners only can write.
 *
 * @fires sites-changed - detail: {select?: id}, after a save or a new site
 */
export class SiteSettings extends AdminElement {
  static styles = [
    adminStyles,
    css`
      .grid {
        display: grid;
        grid-template-columns: repeat(auto-fill, minmax(16rem, 1fr));
        gap: 0 1rem;
      }
      pre {
        white-space: pre-wrap;
        overflow-wrap: anywhere;
        background: var(--surface);
        padding: 0.6rem;
        border-radius: var(--radius);
        margin: 0.4rem 0;
      }
      section {
        margin-top: 1.25rem;
      }
    `,
  ];
  static properties = {
    ...AdminElement.properties,
    sites: { attribute: false },
    _current: { state: true },
    _state: { state: true },
    _error: { state: true },
    _saving: { state: true },
    _formError: { state: true },
    _field: { state: true },
    _clearSso: { state: true },
    _createError: { state: true },
  };
  declare sites: Site[];
  _current: Site | null = null;
  _state: LoadState = "loading";
  _error: string | null = null;
  _saving = false;
  _formError: string | null = null;
  _field: string | null = null;
  _clearSso = false;
  _createError: string | null = null;

  willUpdate(changed: PropertyValues) {
    if (changed.has("site") && this.site) this._load();
  }

  async _load() {
    this._state = "loading";
    try {
      this._current = await this.api.site(this.site);
      this._clearSso = false;
      this._state = "ready";
    } catch (e) {
      this._error = errorMessage(e);
      this._state = "error";
    }
  }

  async _save(e: SubmitEvent) {
    e.preventDefault();
    const form = e.target as HTMLFormElement;
    const s = this._current!;
    const v = (n: string) => form.elements.namedItem(n) as HTMLInputElement;
    const changes: SiteChanges = {};
    const name = v("name").value.trim();
    if (name !== s.name) changes.name = name;
    const origins = v("origins")
      .value.split(/\s+/)
      .map((o) => o.trim().replace(/\/+$/, ""))
      .filter(Boolean);
    if (JSON.stringify(origins) !== JSON.stringify(s.origins)) changes.origins = origins;
    if (v("allowGuests").checked !== s.allowGuests) changes.allowGuests = v("allowGuests").checked;
    if (v("downvotes").checked !== s.downvotes) changes.downvotes = v("downvotes").checked;
    for (const [key] of NUMBERS) {
      const n = Number(v(key).value);
      if (n !== s[key]) changes[key] = n;
    }
    const choice = <T extends string>(n: string) => (form.elements.namedItem(n) as HTMLSelectElement).value as T;
    const reportAction = choice<ReportAction>("reportAction");
    if (reportAction !== s.reportAction) changes.reportAction = reportAction;
    const moderationMode = choice<ModerationMode>("moderationMode");
    if (moderationMode !== s.moderationMode) changes.moderationMode = moderationMode;
    const erasure = choice<"placeholder" | "remove">("erasure");
    if (erasure !== s.erasure) changes.erasure = erasure;
    const guestChallenge = choice<GuestChallenge>("guestChallenge");
    if (guestChallenge !== s.guestChallenge) changes.guestChallenge = guestChallenge;
    const linkAllowlist = v("linkAllowlist")
      .value.split(/[\s,]+/)
      .map((d) => d.trim().toLowerCase())
      .filter(Boolean);
    if (JSON.stringify(linkAllowlist) !== JSON.stringify(s.linkAllowlist)) changes.linkAllowlist = linkAllowlist;
    const secret = v("ssoSecret").value;
    if (this._clearSso) changes.ssoSecret = null;
    else if (secret) changes.ssoSecret = secret;
    if (!Object.keys(changes).length) {
      this.announce(t.noChangesToSave);
      return;
    }
    this._saving = true;
    this._formError = null;
    this._field = null;
    try {
      this._current = await this.api.updateSite(this.site, changes);
      v("ssoSecret").value = "";
      this._clearSso = false;
      this.announce(t.saved);
      this.dispatchEvent(new CustomEvent("sites-changed", { detail: { select: this.site }, bubbles: true, composed: true }));
    } catch (err) {
      // The form keeps every value typed.
      this._formError = errorMessage(err);
      if (err instanceof ApiError && typeof err.details.field === "string") {
        this._field = err.details.field.split(/[.[]/)[0]!;
        await this.updateComplete;
        this.renderRoot.querySelector<HTMLElement>(`[name="${this._field}"]`)?.focus();
      }
    } finally {
      this._saving = false;
    }
  }

  async _copy() {
    const text = embedSnippet(location.origin, this.site);
    try {
      await navigator.clipboard.writeText(text);
      this.announce(t.copied);
    } catch {
      const pre = this.renderRoot.querySelector("#snippet");
      if (pre) getSelection()?.selectAllChildren(pre);
      this.announce(t.copyFailed, "error");
    }
  }

  async _create(e: SubmitEvent) {
    e.preventDefault();
    const form = e.target as HTMLFormElement;
    const id = (form.elements.namedItem("newId") as HTMLInputElement).value.trim();
    const name = (form.elements.namedItem("newName") as HTMLInputElement).value.trim();
    this._createError = null;
    try {
      const site = await this.api.createSite({ id, name });
      form.reset();
      this.announce(t.created(site.id));
      localStorage.setItem("parley-admin:site", site.id);
      this.dispatchEvent(new CustomEvent("sites-changed", { detail: { select: site.id }, bubbles: true, composed: true }));
    } catch (err) {
      this._createError = errorMessage(err);
    }
  }

  render() {
    return html`<h2 tabindex="-1">${t.sitesHeading}</h2>
      ${!this.isOwner ? html`<p class="notice" style="margin-top:.5rem">${t.ownerOnly}</p>` : nothing}
      ${loadStateView(this._state, this._error, this._load) ?? this._renderSite(this._current!)}
      ${
        this.isOwner
          ? html`<section aria-labelledby="new-h">
              <h3 id="new-h">${t.newSite}</h3>
              <form class="row card" @submit=${this._create} style="align-items:end;margin-top:.5rem">
                <div class="field">
                  <label for="new-id">${t.siteId}</label>
                  <input id="new-id" name="newId" required pattern="[a-z0-9][a-z0-9-]{0,62}" aria-describedby="new-id-help" />
                  <span class="help" id="new-id-help">${t.siteIdHelp}</span>
                </div>
                <div class="field">
                  <label for="new-name">${t.siteName}</label>
                  <input id="new-name" name="newName" required />
                </div>
                <button class="primary">${t.create}</button>
                <p class="error" role="alert" style="flex-basis:100%">${this._createError ?? ""}</p>
              </form>
            </section>`
          : nothing
      }`;
  }

  _renderSite(s: Site) {
    const ro = !this.isOwner;
    const inv = (n: string) => (this._field === n ? "true" : "false");
    return html`<section aria-labelledby="embed-h">
        <h3 id="embed-h">${t.embed}</h3>
        <p class="help">${t.embedHelp}</p>
        <pre id="snippet">${embedSnippet(location.origin, s.id)}</pre>
        <button type="button" @click=${this._copy}>${t.copy}</button>
      </section>
      <section aria-labelledby="set-h">
        <h3 id="set-h">${s.name} (${s.id})</h3>
        <form @submit=${this._save} class="card" style="margin-top:.5rem" novalidate>
          <fieldset ?disabled=${ro} style="border:0;padding:0;margin:0">
            <div class="field">
              <label for="name">${t.siteName}</label>
              <input id="name" name="name" .value=${s.name} required aria-invalid=${inv("name")} />
            </div>
            <div class="field">
              <label for="origins">${t.origins}</label>
              <textarea
                id="origins"
                name="origins"
                rows="3"
                .value=${s.origins.join("\n")}
                aria-describedby="origins-help"
                aria-invalid=${inv("origins")}
              ></textarea>
              <span class="help" id="origins-help">${t.originsHelp}</span>
            </div>
            <div class="check" style="margin-bottom:.75rem">
              <input type="checkbox" id="allowGuests" name="allowGuests" .checked=${s.allowGuests} />
              <label for="allowGuests">${t.allowGuests}</label>
            </div>
            <div class="check" style="margin-bottom:.75rem">
              <input type="checkbox" id="downvotes" name="downvotes" .checked=${s.downvotes} />
              <label for="downvotes">${t.downvotes}</label>
            </div>
            <div class="grid">
              ${NUMBERS.map(
                ([key, label, min, max]) =>
                  html`<div class="field">
                    <label for=${key}>${t[label]}</label>
                    <input
                      id=${key}
                      name=${key}
                      type="number"
                      min=${min}
                      max=${max}
                      step="1"
                      .value=${String(s[key])}
                      required
                      aria-invalid=${inv(key)}
                    />
                  </div>`,
              )}
            </div>
            <div class="field">
              <label for="reportAction">${t.reportAction}</label>
              <select id="reportAction" name="reportAction" aria-describedby="report-action-help" aria-invalid=${inv("reportAction")}>
                ${(["hide", "queue"] as const).map((a) => html`<option value=${a} ?selected=${s.reportAction === a}>${t.reportActions[a]}</option>`)}
              </select>
              <span class="help" id="report-action-help">${t.reportActionHelp}</span>
            </div>
            <div class="field">
              <label for="moderationMode">${t.moderationMode}</label>
              <select id="moderationMode" name="moderationMode" aria-describedby="mode-help" aria-invalid=${inv("moderationMode")}>
                ${MODERATION_MODES.map((m) => html`<option value=${m} ?selected=${s.moderationMode === m}>${t.moderationModes[m]}</option>`)}
              </select>
              <span class="help" id="mode-help">${t.moderationModeHelp}</span>
            </div>
            <div class="field">
              <label for="guestChallenge">${t.guestChallenge}</label>
              <select id="guestChallenge" name="guestChallenge" aria-describedby="challenge-help" aria-invalid=${inv("guestChallenge")}>
                ${GUEST_CHALLENGES.map((c) => html`<option value=${c} ?selected=${s.guestChallenge === c}>${t.guestChallenges[c]}</option>`)}
              </select>
              <span class="help" id="challenge-help">${t.guestChallengeHelp}</span>
            </div>
            <div class="field">
              <label for="linkAllowlist">${t.linkAllowlist}</label>
              <textarea
                id="linkAllowlist"
                name="linkAllowlist"
                rows="3"
                aria-describedby="links-help"
                aria-invalid=${inv("linkAllowlist")}
                .value=${s.linkAllowlist.join("\n")}
              ></textarea>
              <span class="help" id="links-help">${t.linkAllowlistHelp}</span>
            </div>
            <div class="field">
              <label for="erasure">${t.erasure}</label>
              <select id="erasure" name="erasure" aria-invalid=${inv("erasure")}>
                ${(["placeholder", "remove"] as const).map((m) => html`<option value=${m} ?selected=${s.erasure === m}>${t.erasures[m]}</option>`)}
              </select>
            </div>
            <div class="field">
              <label for="ssoSecret">${t.sso}</label>
              <span class="help" id="sso-help">${s.ssoConfigured ? t.ssoSet : t.ssoUnset}</span>
              <input
                id="ssoSecret"
                name="ssoSecret"
                type="password"
                autocomplete="new-password"
                minlength="32"
                placeholder=${t.ssoPlaceholder}
                aria-describedby="sso-help"
                aria-invalid=${inv("ssoSecret")}
                ?disabled=${this._clearSso}
              />
              ${
                s.ssoConfigured
                  ? html`<div class="check">
                      <input
                        type="checkbox"
                        id="sso-clear"
                        .checked=${this._clearSso}
                        @change=${(e: Event) => (this._clearSso = (e.target as HTMLInputElement).checked)}
                      />
                      <label for="sso-clear">${t.ssoClear}</label>
                    </div>`
                  : nothing
              }
            </div>
            <p class="error" role="alert">${this._formError ?? ""}</p>
            <button class="primary" ?disabled=${this._saving}>${this._saving ? t.saving : t.save}</button>
          </fieldset>
        </form>
      </section>
      ${this.isOwner ? html`<site-data .api=${this.api} site=${this.site} .me=${this.me}></site-data>` : nothing}`;
  }
}

customElements.define("site-settings", SiteSettings);
declare global {
  interface HTMLElementTagNameMap {
    "site-settings": SiteSettings;
  }
}
