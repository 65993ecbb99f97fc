import { css, html, nothing } from "lit";
import { Task, TaskStatus } from "@lit/task";
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
    _noFile: { state: true },
  };
  /** The form was sent without a file. */
  _noFile = false;

  /** The upload: its summary, or why it failed, is what the form shows. */
  _import = new Task(this, {
    autoRun: false,
    task: async ([file, query, ssoUsers]: readonly [File, Record<string, string>, File | undefined]): Promise<ImportSummary> => {
      const summary = await this.api.importFile(this.site, file, query, ssoUsers);
      const skipped = Object.values(summary.skipped).reduce((a, b) => a + b, 0);
      this.announce(t.importDone(summary.comments, skipped));
      return summary;
    },
  });

  _submit(e: SubmitEvent) {
    e.preventDefault();
    const form = e.target as HTMLFormElement;
    const field = <T extends Element>(n: string) => form.elements.namedItem(n) as T;
    const file = field<HTMLInputElement>("file").files?.[0];
    this._noFile = !file;
    if (!file) {
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
    return this._import.run([file, query, field<HTMLInputElement>("ssoUsers").files?.[0]]);
  }

  render() {
    const { status } = this._import;
    const working = status === TaskStatus.PENDING;
    const s = status === TaskStatus.COMPLETE ? this._import.value : undefined;
    const error = this._noFile ? t.importNoFile : status === TaskStatus.ERROR ? errorMessage(this._import.error) : "";
    return html`<section aria-labelledby="data-h">
      <h2 id="data-h">${t.dataHeading}</h2>
      <p><a id="export-site" href=${this.api.exportUrl(this.site)} download>${t.exportSite}</a></p>
      <p class="help">${t.exportHelp}</p>
      <form class="card" id="import-form" @submit=${this._submit} novalidate>
        <h3>${t.importHeading}</h3>
        <fieldset ?disabled=${working || !this.isOwner} style="border:0;padding:0;margin:0">
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
          <div class="field">
            <label for="import-sso">${t.importSsoUsers}</label>
            <input id="import-sso" name="ssoUsers" type="file" accept=".json,application/json" aria-describedby="import-sso-help" />
            <span class="help" id="import-sso-help">${t.importSsoUsersHelp}</span>
          </div>
          <div class="check"><input type="checkbox" id="import-spam" name="spam" /><label for="import-spam">${t.importSpam}</label></div>
          <div class="check">
            <input type="checkbox" id="import-score" name="score" /><label for="import-score">${t.importScore}</label>
          </div>
          <p class="error" role="alert">${error}</p>
          <button class="primary">${working ? t.importing : t.importRun}</button>
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
