import { html, LitElement, type PropertyValues } from "lit";
import type { PolicyDraft } from "../../contract/policy.ts";
import { adminStyles } from "./styles.ts";
import { t } from "./strings.ts";

type Words = PolicyDraft["words"];

const lines = (text: string) =>
  text
    .split("\n")
    .map((l) => l.trim())
    .filter(Boolean);

/**
 * The policy's word lists, in the policy editor: words and phrases refused, words and phrases held,
 * and words the detector must not flag, one a line. Published and replayed with the policy.
 *
 * @fires words-change - detail: the lists as the textareas now say
 */
export class PolicyWords extends LitElement {
  static styles = [adminStyles];
  static properties = { words: { attribute: false }, error: {} };
  declare words: Words;
  declare error: string | null;
  /** The textareas' text as typed (blank lines and all), and the lists last sent up from it. */
  _text = { reject: "", hold: "", allow: "" };
  _sent: Words | null = null;

  constructor() {
    super();
    this.error = null;
  }

  willUpdate(changed: PropertyValues<this>) {
    // Lists from outside (a loaded or discarded draft) replace the text; our own echo does not.
    if (changed.has("words") && this.words !== this._sent) {
      const of = (action: "reject" | "hold") =>
        this.words.blocked
          .filter((w) => w.action === action)
          .map((w) => w.phrase)
          .join("\n");
      this._text = { reject: of("reject"), hold: of("hold"), allow: this.words.allowed.join("\n") };
    }
  }

  _change(key: keyof PolicyWords["_text"], e: Event) {
    this._text = { ...this._text, [key]: (e.target as HTMLTextAreaElement).value };
    this._sent = {
      blocked: [
        ...lines(this._text.reject).map((phrase) => ({ phrase, action: "reject" as const })),
        ...lines(this._text.hold).map((phrase) => ({ phrase, action: "hold" as const })),
      ],
      allowed: lines(this._text.allow),
    };
    this.dispatchEvent(new CustomEvent("words-change", { detail: this._sent }));
  }

  render() {
    const area = (key: keyof PolicyWords["_text"], label: string) =>
      html`<div class="field">
        <label for="w-${key}">${label}</label>
        <textarea
          id="w-${key}"
          rows="3"
          .value=${this._text[key]}
          @input=${(e: Event) => this._change(key, e)}
          aria-describedby="w-help"
        ></textarea>
      </div>`;
    return html`<fieldset>
      <legend>${t.wordsHeading}</legend>
      <p class="help" id="w-help">${t.wordsHelp}</p>
      ${area("reject", t.wordsRefused)} ${area("hold", t.wordsHeld)} ${area("allow", t.wordsAllowed)}
      ${this.error ? html`<span class="error" role="alert">${this.error}</span>` : ""}
    </fieldset>`;
  }
}
customElements.define("policy-words", PolicyWords);

declare global {
  interface HTMLElementTagNameMap {
    "policy-words": PolicyWords;
  }
}
