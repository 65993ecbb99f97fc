import { ParleyElement, html, css, nothing, state, prop } from "./element.ts";
import { ApiError, type PreviewResult, type Rule, type Span } from "./api.ts";
import { strings as t } from "./strings-extras.ts";
import { baseStyles } from "./styles.ts";
import { define, fire } from "./define.ts";
import { segments, flagged } from "./lib/spans.ts";
import type { Store } from "./lib/storage.ts";
import type { Target } from "../contract/targets.ts";
import { describeFlag } from "./lib/flag-text.ts";
import { ReplyOptin } from "./reply-optin.ts";
import type { CommentSection } from "./comment-section.ts";

interface Flag {
  body: string;
  rule: string | null;
  spans: Span[];
  /** Whom the server read the flagged words as aimed at. */
  target?: Target;
  /** Set for a refusal (422): whether "submit for review anyway" is offered. */
  ack?: boolean;
}

/** How long the author must pause before the text is checked against the policy. */
const PAUSE_MS = 700;

/**
 * A markdown composer: label, textarea with flagged spans marked in place (a mirrored
 * backdrop under a transparent textarea), character counter, formatting help, server
 * preview, the before-you-post policy check, the 422 "revise or submit for review
 * anyway" choice, draft kept in storage, Ctrl/Cmd+Enter to send.
 *
 * The owner supplies `send(body, acknowledge, website)` (resolves on 201/202, throws `ApiError`
 * with the message to show the reader;
 * `website` is a honeypot field people never see, so a bot's filled one is a spam signal)
 * and `check(body)` (the preview endpoint).
 *
 * @fires cancel - the author closed the composer
 * @fires open-rule - `detail`: a rule id (or null) to show in the policy dialog
 * @csspart composer - the form
 * @csspart textarea - the text field
 * @csspart button - the submit button
 */
export class CommentComposer extends ParleyElement {
  static properties = {
    label: {},
    submitLabel: { attribute: "submit-label" },
    max: prop,
    cancellable: { type: Boolean },
    store: prop,
    draftKey: prop,
    initial: prop,
    rules: prop,
    send: prop,
    check: prop,
    _value: state,
    _busy: state,
    _error: state,
    _flag: state,
    _preview: state,
  };
  static styles = [
    baseStyles,
    css`
      form {
        display: grid;
        gap: 0.5em;
      }
      .field {
        position: relative;
        border: 1px solid var(--_border);
        border-radius: var(--_radius);
        background: var(--_bg);
      }
      .field:focus-within {
        outline: 2px solid var(--_accent);
        outline-offset: 1px;
      }
      textarea,
      .bd {
        display: block;
        width: 100%;
        margin: 0;
        border: 0;
        padding: 0.625em 0.75em;
        font: inherit;
        white-space: pre-wrap;
        overflow-wrap: break-word;
        scrollbar-gutter: stable;
      }
      textarea {
        position: relative;
        background: none;
        min-height: 6.5em;
        max-height: 24em;
        resize: vertical;
        field-sizing: content;
        outline: 0;
      }
      .bd {
        position: absolute;
        inset: 0;
        overflow: hidden;
        color: transparent;
      }
      mark {
        color: transparent;
        background: var(--_mark);
        border-radius: 3px;
        box-shadow: 0 2px var(--_danger);
      }
      .end {
        margin-inline-start: auto;
      }
      .pv {
        border: 1px dashed var(--_border);
        border-radius: var(--_radius);
        padding: 0.625em 0.75em;
      }
    `,
  ];

  label = t.composerLabel;
  submitLabel = t.post;
  max = 10000;
  cancellable = false;
  store: Store | null = null;
  draftKey: string | null = null;
  initial = "";
  rules: Rule[] = [];
  /** `website`: the honeypot field's value, empty from a person. */
  send: (body: string, acknowledge: boolean, website?: string) => Promise<void> = async () => {};
  check: ((body: string) => Promise<PreviewResult>) | null = null;

  _value = "";
  _busy = false;
  _error: string | null = null;
  /** The policy warning (from a check) or refusal (from posting) for one exact body. */
  _flag: Flag | null = null;
  /** Open when set; `html` null while loading; `failed` when the preview errored. */
  _preview: { html: string | null; failed?: boolean } | null = null;

  _loaded = false;
  _timer: ReturnType<typeof setTimeout> | undefined;

  willUpdate(): void {
    if (!this._loaded && (this.store || this.initial)) {
      this._loaded = true;
      this._value = (this.draftKey && this.store?.get(this.draftKey)) || this.initial;
    }
  }

  get _ta(): HTMLTextAreaElement {
    return this.renderRoot.querySelector("textarea")!;
  }

  override focus(): void {
    this.updateComplete.then(() => this._ta?.focus());
  }

  _ruleTitle(id: string | null): string {
    return (id && this.rules.find((r) => r.id === id)?.title) || (id === "blocked-words" ? t.blockedWords : id) || "";
  }

  _onInput(e: Event) {
    this._value = (e.target as HTMLTextAreaElement).value;
    if (this.draftKey) this.store?.set(this.draftKey, this._value);
    this._error = null;
    this._preview &&= { html: null };
    clearTimeout(this._timer);
    this._timer = setTimeout(() => this._runCheck(), PAUSE_MS);
  }

  _onKey(e: KeyboardEvent) {
    if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      this.submit(false);
    }
  }

  /** Ask the preview endpoint about the current text: the warning and the preview. */
  async _runCheck() {
    const body = this._value;
    if (!this.check || !body.trim() || body.length > this.max) return;
    try {
      const r = await this.check(body);
      if (this._value !== body) return;
      if (!this._flag?.ack || this._flag.body !== body)
        this._flag = r.decision === "publish" ? null : { body, rule: r.rule, spans: r.spans ?? [], target: r.target };
      if (this._preview) this._preview = { html: r.html };
    } catch {
      if (this._preview && this._value === body) this._preview = { html: null, failed: true };
    }
  }

  _togglePreview() {
    this._preview = this._preview ? null : { html: null };
    if (this._preview) this._runCheck();
  }

  get _ok(): boolean {
    return !this._busy && !!this._value.trim() && this._value.length <= this.max;
  }

  /** Send the text (`acknowledge`: "submit for review anyway"). */
  async submit(acknowledge: boolean): Promise<void> {
    if (!this._ok) return;
    const body = this._value;
    this._busy = true;
    this._error = null;
    clearTimeout(this._timer);
    try {
      await this.send(body, acknowledge, this.renderRoot.querySelector<HTMLInputElement>("[name=website]")?.value);
      if (!this.initial) void this._optin.after(this._section);
      this._value = "";
      if (this.draftKey) this.store?.set(this.draftKey, null);
      this._flag = this._preview = null;
    } catch (e) {
      const err = e instanceof ApiError ? e : new ApiError(0, "", t.serverError);
      const d = err.details;
      // Any other refusal comes with the owner's words for it (extras.ts: the widget's, not the server's).
      this._error =
        err.code === "policy_violation"
          ? ((this._flag = { body, rule: d.rule ?? null, spans: d.spans ?? [], target: d.target, ack: d.canAcknowledge !== false }), null)
          : err.message || t.serverError;
    } finally {
      this._busy = false;
    }
  }

  /** "Email me replies" (not when editing). */
  _optin = new ReplyOptin(() => this.requestUpdate());
  get _section(): CommentSection | null {
    const host = (this.getRootNode() as ShadowRoot).host;
    return host?.localName === "comment-section" ? (host as CommentSection) : null;
  }

  _revise() {
    const s = this._flag?.spans[0];
    this._ta.focus();
    if (s) this._ta.setSelectionRange(s.start, s.end);
  }

  _notice(f: Flag) {
    const rule = this._ruleTitle(f.rule);
    const parts = flagged(f.body, f.spans);
    return html`${parts.length ? html`<span>${t.flagged(describeFlag(f.rule, f.target))} ${parts.map((p, i) => html`${i ? ", " : ""}“${p}”`)}</span>` : nothing}
      <button type="button" class="link" @click=${() => fire(this, "open-rule", f.rule)}>
        ${rule ? t.ruleLink(rule) : t.readPolicy}
      </button>`;
  }

  render() {
    const v = this._value;
    const over = v.length - this.max;
    const f = this._flag?.body === v ? this._flag : null;
    const p = this._preview;
    return html`<form part="composer" @submit=${(e: Event) => (e.preventDefault(), this.submit(false))} aria-busy=${this._busy}>
      <label for="text">${this.label}</label>
      <div class="field">
        <div class="bd" aria-hidden="true">
          ${f ? segments(v, f.spans).map((s) => (s.mark ? html`<mark>${s.text}</mark>` : s.text)) : nothing}${"\n"}
        </div>
        <textarea
          id="text"
          part="textarea"
          rows="4"
          .value=${v}
          aria-describedby="count hint"
          aria-invalid=${over > 0 || f?.ack != null}
          ?readonly=${this._busy}
          @input=${this._onInput}
          @keydown=${this._onKey}
          @scroll=${(e: Event) => ((e.target as Element).previousElementSibling!.scrollTop = (e.target as Element).scrollTop)}
        ></textarea>
      </div>
      <input class="sr" name="website" tabindex="-1" autocomplete="off" aria-hidden="true" />
      ${
        p
          ? html`<section id="pv" class="pv" aria-label=${t.preview}>
              ${p.html ? html`<div class="md" dir="auto" .innerHTML=${p.html}></div>` : html`<p class="muted">${p.failed ? t.networkError : v.trim() ? "…" : t.previewEmpty}</p>`}
            </section>`
          : nothing
      }
      ${this.initial ? nothing : this._optin.view(this._section)}
      <div class="row">
        <span id="count" class="small ${over > 0 ? "error" : "muted"}"
          >${t.counter(v.length, this.max)}<span class="sr">${t.counterHelp(this.max)}</span> ${over > 0 ? t.tooLong(over) : ""}</span
        >
        <span class="row end">
          <button type="button" aria-expanded=${!!p} aria-controls="pv" @click=${this._togglePreview}>${t.preview}</button>
          ${this.cancellable ? html`<button type="button" @click=${() => this.dispatchEvent(new Event("cancel"))}>${t.cancel}</button>` : nothing}
          <button part="button" class="primary" ?disabled=${!this._ok}>${this._busy ? t.posting : this.submitLabel}</button>
        </span>
      </div>
      <p id="hint" class="muted small">${t.shortcut}</p>
      <div aria-live="polite">
        ${
          f && f.ack == null
            ? html`<div class="notice small"><strong>${t.mayBreak(this._ruleTitle(f.rule))}</strong>${this._notice(f)}</div>`
            : nothing
        }
      </div>
      ${
        f?.ack != null
          ? html`<div class="notice" role="alert">
              <strong>${(f.ack ? t.rejected : t.refusedForReview)(this._ruleTitle(f.rule))}</strong>
              ${this._notice(f)}
              <span class="row">
                <button type="button" @click=${this._revise}>${t.revise}</button>
                ${f.ack ? html`<button type="button" class="primary" @click=${() => this.submit(true)}>${t.submitAnyway}</button>` : nothing}
              </span>
            </div>`
          : nothing
      }
      ${this._error ? html`<p class="error" role="alert">${this._error}</p>` : nothing}
    </form>`;
  }
}
define("comment-composer", CommentComposer);

declare global {
  interface HTMLElementTagNameMap {
    "comment-composer": CommentComposer;
  }
}
