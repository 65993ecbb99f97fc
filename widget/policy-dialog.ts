import { ParleyElement, html, css, nothing, state, prop } from "./element.ts";
import type { Policy } from "./api.ts";
import { strings as t } from "./strings-extras.ts";
import { baseStyles } from "./styles.ts";
import { define, deepActive } from "./define.ts";

/**
 * The comment policy in a modal dialog (native `<dialog>`: focus stays inside, Escape
 * closes, focus returns to what opened it). `show(ruleId)` highlights and focuses a rule.
 *
 * @csspart dialog - the dialog box
 */
export class PolicyDialog extends ParleyElement {
  static properties = { policy: prop, _rule: state };
  static styles = [
    baseStyles,
    css`
      dialog {
        border: 1px solid var(--_border);
        border-radius: var(--_radius);
        background: var(--_bg);
        color: var(--_fg);
        padding: 0 1.25em 1.25em;
        width: min(40em, 100vw - 2em);
        max-height: calc(100vh - 2em);
      }
      dialog::backdrop {
        background: #0008;
      }
      header {
        display: flex;
        align-items: center;
        justify-content: space-between;
        position: sticky;
        top: 0;
        padding: 1em 0;
        background: var(--_bg);
      }
      .r {
        padding: 0;
        list-style: none;
        display: grid;
        gap: 0.5em;
        margin: 0.5em 0 1em;
      }
      .r li {
        border: 1px solid var(--_border);
        border-radius: var(--_radius);
        padding: 0.5em 0.75em;
      }
      .pre {
        white-space: pre-wrap;
      }
      .on {
        border-inline-start: 4px solid var(--_accent);
      }
    `,
  ];

  policy: Policy | null = null;
  _rule: string | null = null;
  _opener: HTMLElement | null = null;

  get _dialog(): HTMLDialogElement {
    return this.renderRoot.querySelector("dialog")!;
  }

  /** Open, optionally at one rule (highlighted and focused). */
  async show(rule: string | null = null): Promise<void> {
    this._opener = deepActive() as HTMLElement | null;
    this._rule = rule;
    await this.updateComplete;
    const d = this._dialog;
    if (!d.open) d.showModal();
    const q = (s: string) => this.renderRoot.querySelector<HTMLElement>(s);
    (q(`#rule-${CSS.escape(rule || "-")}`) ?? q("h2"))!.focus();
  }

  close(): void {
    this._dialog.close();
  }

  render() {
    const p = this.policy;
    return html`<dialog part="dialog" aria-labelledby="title" @close=${() => this._opener?.focus()}>
      <header>
        <h2 id="title" tabindex="-1">${p?.title || t.policyTitle}</h2>
        <button class="quiet" @click=${this.close}>${t.close}</button>
      </header>
      ${
        p
          ? html`${p.html ? html`<div class="md" .innerHTML=${p.html}></div>` : html`<div class="pre">${p.markdown}</div>`}
            ${
              p.rules?.length
                ? html`<h3>${t.rulesHeading}</h3>
                    <ul class="r">
                      ${p.rules.map(
                        (r) =>
                          html`<li id="rule-${r.id}" tabindex="-1" class=${r.id === this._rule ? "on" : ""}>
                            <strong>${r.title}</strong>
                            <div>${r.summary}</div>
                          </li>`,
                      )}
                    </ul>`
                : nothing
            }`
          : html`<p>${t.loadFailed}</p>`
      }
    </dialog>`;
  }
}
define("policy-dialog", PolicyDialog);

declare global {
  interface HTMLElementTagNameMap {
    "policy-dialog": PolicyDialog;
  }
}
