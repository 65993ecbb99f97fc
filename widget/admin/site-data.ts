import { css, html, nothing } from "lit";
import { errorMessage, type ImportSummary } from "./lib/admin-api.ts";
import { AdminElement } from "./lib/base.ts";
import { adminStyles } from "./styles.ts";
import { t } from "./strings.ts";

/**
 * In the site settings (owners): the site's export to download, and an import form that uploads
 * a Disqus, WordPress, Remark42 or Parley file (a few tens of MB; larger ones go through
 * `npm run import`) and shows what it did.
 */
export class SiteData extends AdminElement {
  static styles = [
    adminStyles,
    css`
      section {
        margin-top: 1.25rem;
      }
    `,
  ];
  static properties = {
    ...AdminElement.properties,
    _working: { state: true },
    _error: { state: true },
    _summary: { state: true },
  };
  _working = false;
  _error: string | null = null;
  _summary: ImportSummary | null = null;

  async _import(e: SubmitEvent) {
    e.preventDefault();
    const form = e.target as HTMLFormElement;
    const field = <T extends Element>(n: string) => form.elements.namedItem(n) as T;
    const file = field<HTMLInputElement>("file").files?.[0];
    if (!file) {
      this._error = t.importNoFile;
      field<HTMLInputElement>("file").focus();
      return;
    }
    const domains = field<HTMLTextAreaElement>("domains")
      .value.split(/\s+/)
      .filter((d) => d.includes("="));
    const query: Record<string, string> = { from: field<HTMLSelectElement>("from").value };
    if (domains.length) query.domains = domains.join(",");
    if (field<HTMLInputElement>("spam").checked) query.spam = "rejected";
    if (field<HTMLInputElement>("score").checked) query.score = "1";
    this._working = true;
    this._error = null;
    this._summary = null;
    try {
      this._summary = await this.api.importFile(this.site, file, query);
      const skipped = Object.values(this._summary.skipped).reduce((a, b) => a + b, 0);
      this.announce(t.importDone(this._summary.comments, skipped));
    } catch (err) {
      this._error = errorMessage(err);
    } finally {
      this._working = false;
    }
  }

  render() {
    const s = this._summary;
    return html`<section aria-labelledby="data-h">
      <h2 id="data-h">${t.dataHeading}</h2>
      <p><a id="export-site" href=${this.api.exportUrl(this.site)} download>${t.exportSite}</a></p>
      <p class="help">${t.exportHelp}</p>
      <form class="card" id="import-form" @submit=${this._import} novalidate>
        <h3>${t.importHeading}</h3>
        <fieldset ?disabled=${this._working || !this.isOwner} style="border:0;padding:0;margin:0">
          <div class="row">
            <div class="field">
              <label for="import-from">${t.importFrom}</label>
              <select id="import-from" name="from">
                ${Object.entries(t.importSources).map(([k, label]) => html`<option value=${k}>${label}</option>`)}
              </select>
            </div>
            <div class="field">
              <label for="import-file">${t.importFile}</label>
              <input id="import-file" name="file" type="file" accept=".xml,.json,.jsonl,.gz,.txt" />
            </div>
          </div>
          <div class="field">
            <label for="import-domains">${t.importDomains}</label>
            <textarea id="import-domains" name="domains" rows="2" aria-describedby="import-domains-help"></textarea>
            <span class="help" id="import-domains-help">${t.importDomainsHelp}</span>
          </div>
          <div class="check"><input type="checkbox" id="import-spam" name="spam" /><label for="import-spam">${t.importSpam}</label></div>
          <div class="check">
            <input type="checkbox" id="import-score" name="score" /><label for="import-score">${t.importScore}</label>
          </div>
          <p class="error" role="alert">${this._error ?? ""}</p>
          <button class="primary">${this._working ? t.importing : t.importRun}</button>
        </fieldset>
        ${
          s
            ? html`<div id="import-summary" role="status">
                <p>${t.importSummary(s)}</p>
                ${
                  Object.keys(s.skipped).length
                    ? html`<p>
                        ${t.skippedReasons}:
                        ${Object.entries(s.skipped)
                          .map(([reason, n]) => `${reason} ${n}`)
                          .join(", ")}
                      </p>`
                    : nothing
                }
              </div>`
            : nothing
        }
      </form>
    </section>`;
  }
}

customElements.define("site-data", SiteData);
declare global {
  interface HTMLElementTagNameMap {
    "site-data": SiteData;
  }
}
