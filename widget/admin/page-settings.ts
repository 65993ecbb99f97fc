import { html, nothing, type PropertyValues } from "lit";
import { Task, TaskStatus } from "@lit/task";
import { MODERATION_MODES, type ModerationMode } from "../../contract/wire.ts";
import { errorMessage, type AdminPage, type PageChanges } from "./lib/admin-api.ts";
import { AdminElement } from "./lib/base.ts";
import { adminStyles } from "./styles.ts";
import { t } from "./strings.ts";

/**
 * A page's own settings, in the queue when it is filtered to that page: closed to new comments,
 * and a moderation mode of its own (a heated article switched to pre-moderation). Each change
 * is saved at once.
 */
export class PageSettings extends AdminElement {
  static styles = [adminStyles];
  static properties = { ...AdminElement.properties, page: {}, _saving: { state: true }, _saved: { state: true } };
  declare page: string;
  _saving = false;
  /** What the last save answered, until another page is shown. */
  _saved: AdminPage | null = null;

  willUpdate(changed: PropertyValues<this>) {
    if (changed.has("page") || changed.has("site")) this._saved = null;
  }

  _settings = new Task(this, {
    args: () => [this.api, this.site, this.page] as const,
    task: ([api, site, page]) => api.page(site, page),
  });

  async _save(changes: PageChanges) {
    this._saving = true;
    try {
      const saved = (this._saved = await this.api.updatePage(this.site, this.page, changes));
      this.announce(t.pageSaved(saved.closed, saved.moderationMode ? t.moderationModes[saved.moderationMode]! : t.siteMode));
    } catch (e) {
      this.announce(errorMessage(e), "error");
    } finally {
      this._saving = false;
    }
  }

  render() {
    const p = this._saved ?? this._settings.value;
    if (this._settings.status === TaskStatus.ERROR) return html`<p class="error">${errorMessage(this._settings.error)}</p>`;
    if (!p) return nothing;
    return html`<fieldset class="row" aria-label=${t.pageSettings(p.title ?? p.key)} ?disabled=${this._saving}>
      <label class="row">
        <input
          type="checkbox"
          name="closed"
          .checked=${p.closed}
          @change=${(e: Event) => this._save({ closed: (e.target as HTMLInputElement).checked })}
        />
        ${t.pageClosed}
      </label>
      <label for="page-mode">${t.pageMode}</label>
      <select
        id="page-mode"
        @change=${(e: Event) => this._save({ moderationMode: ((e.target as HTMLSelectElement).value || null) as ModerationMode | null })}
      >
        <option value="" ?selected=${!p.moderationMode}>${t.siteMode}</option>
        ${MODERATION_MODES.map((m) => html`<option value=${m} ?selected=${p.moderationMode === m}>${t.moderationModes[m]}</option>`)}
      </select>
    </fieldset>`;
  }
}
customElements.define("page-settings", PageSettings);

declare global {
  interface HTMLElementTagNameMap {
    "page-settings": PageSettings;
  }
}
