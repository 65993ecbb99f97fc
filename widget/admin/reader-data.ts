import { html, nothing } from "lit";
import { Task, TaskStatus } from "@lit/task";
import { errorMessage, type Dossier } from "./lib/admin-api.ts";
import { AdminElement } from "./lib/base.ts";
import { adminStyles } from "./styles.ts";
import { t } from "./strings.ts";

/**
 * In the user drawer: a commenter's data to download (GDPR art. 15 and 20), and erasing them
 * (art. 17) as the site's `erasure` setting says; owners only erase.
 *
 * @fires sanctions-changed - detail: {userId}, after an erasure (the drawer reloads)
 */
export class ReaderData extends AdminElement {
  static styles = [adminStyles];
  static properties = {
    ...AdminElement.properties,
    dossier: { attribute: false },
  };
  declare dossier: Dossier;

  /** Erasing, after a confirmation that says what the site's setting will do; a failure is announced. */
  _erase = new Task(this, {
    autoRun: false,
    task: async ([user]: readonly [Dossier["user"]]) => {
      const { erasure } = await this.api.site(this.site);
      if (!confirm(t.readerEraseConfirm(user.name, t.erasures[erasure] ?? ""))) return;
      const answer = await this.api.erase(this.site, user.id);
      this.announce(t.readerErased(answer.comments));
      this.dispatchEvent(new CustomEvent("sanctions-changed", { detail: { userId: user.id }, bubbles: true, composed: true }));
    },
    onError: (e) => this.announce(errorMessage(e), "error"),
  });

  render() {
    const user = this.dossier.user;
    return html`<section aria-labelledby="u-data" style="margin-top:1.25rem">
      <h3 id="u-data">${t.readerHeading}</h3>
      <div class="row">
        <a id="reader-export" href=${this.api.readerDataUrl(this.site, user.id)} download>${t.readerExport}</a>
        ${
          this.isOwner
            ? html`<button
                type="button"
                id="reader-erase"
                class="danger"
                ?disabled=${this._erase.status === TaskStatus.PENDING}
                @click=${() => this._erase.run([user])}
              >
                ${t.readerErase}
              </button>`
            : nothing
        }
      </div>
    </section>`;
  }
}

customElements.define("reader-data", ReaderData);
declare global {
  interface HTMLElementTagNameMap {
    "reader-data": ReaderData;
  }
}
