import { ParleyElement, html, css, nothing, state, prop } from "./element.ts";
import type { Comment } from "./api.ts";
import { strings as t } from "./strings.ts";
import { baseStyles } from "./styles.ts";
import { define } from "./define.ts";
import { relativeTime, formatDate } from "./lib/time.ts";
import { initials } from "./lib/thread.ts";

/** What a comment item may do, provided by its owner (`<comment-section>`). */
export interface ItemActions {
  reply(c: Comment): void;
  edit(c: Comment): void;
  /** The delete confirmation and the report form, from the lazily loaded chunk (extras.ts). */
  panel(): Promise<(item: CommentItem) => unknown>;
}

/**
 * One comment: avatar (initials), author, relative time (exact on hover), the body
 * (server-sanitised HTML), "held for review" for its author, and the reader's actions
 * (reply, edit, delete with confirmation, report with a reason).
 *
 * @slot editor - replaces the body while the author edits
 * @slot reply - a reply composer under the actions
 * @csspart comment, avatar, author, meta, body, actions, badge
 */
export class CommentItem extends ParleyElement {
  static properties = {
    comment: prop,
    actions: prop,
    now: prop,
    replyingTo: prop,
    heldReason: prop,
    can: prop,
    editing: { type: Boolean },
    _mode: state,
    _busy: state,
    _msg: state,
  };
  static styles = [
    baseStyles,
    css`
      article {
        display: grid;
        grid-template-columns: 2.5em 1fr;
        gap: 0 0.75em;
        padding: 0.75em 0;
      }
      .av {
        width: 2.5em;
        height: 2.5em;
        border-radius: 50%;
        display: grid;
        place-items: center;
        font-weight: 700;
        font-size: 0.9em;
        background: var(--_accent);
        color: var(--_accent-fg);
      }
      .main {
        min-width: 0;
        display: grid;
        gap: 0.25em;
      }
      header {
        display: flex;
        flex-wrap: wrap;
        align-items: baseline;
        gap: 0 0.5em;
      }
      .name {
        font-weight: 700;
      }
      .pending {
        border-inline-start: 3px solid var(--_warn-fg);
        padding-inline-start: 0.75em;
      }
      .badge {
        background: var(--_warn-bg);
        color: var(--_warn-fg);
        border-radius: 1em;
        padding: 0 0.625em;
        font-size: 0.8em;
        font-weight: 600;
      }
      .acts {
        margin-inline-start: -0.5em;
        gap: 0;
      }
      form {
        margin-top: 0.5em;
        padding: 0.75em;
        border: 1px solid var(--_border);
        border-radius: var(--_radius);
      }
      input {
        flex: 1 1 12em;
      }
    `,
  ];

  comment!: Comment;
  actions: ItemActions | null = null;
  now = Date.now();
  replyingTo: string | null = null;
  /** The reason the server gave when it held this comment (202). */
  heldReason: string | null = null;
  /** What the reader may do here; `own`: it is their comment. */
  can: Partial<Record<"own" | "reply" | "edit" | "delete" | "report", boolean>> = {};
  editing = false;

  _mode: "" | "delete" | "report" = "";
  _busy = false;
  _msg: { text: string; error?: boolean } | null = null;
  _id = "";

  willUpdate(): void {
    // The element may be reused for another comment: forget this one's local state.
    if (this.comment?.id !== this._id) {
      this._id = this.comment?.id;
      this._mode = "";
      this._msg = null;
    }
  }

  /** Focus the comment itself (after posting), or the control named `what`. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- widens HTMLElement.focus to take a control name
  override focus(what?: any): void {
    this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(what ? `[data-a="${what}"]` : "article")?.focus());
  }

  _set(mode: typeof this._mode, focus?: string) {
    this._mode = mode;
    this._msg = null;
    if (focus) this.focus(focus);
  }

  /** Opens the delete or report panel (or closes it) once the chunk that draws them is here. */
  async _open(mode: typeof this._mode, focus?: string) {
    this._panel ??= await this.actions!.panel();
    this._set(mode, focus);
  }
  _panel?: (item: CommentItem) => unknown;

  /** The exact time as a tooltip, built on first hover: formatting dates cost the first paint tens of ms. */
  _exactTime(e: PointerEvent) {
    const time = e.currentTarget as HTMLTimeElement;
    time.title ||= formatDate(time.dateTime, t.locale);
  }

  render() {
    const c = this.comment;
    if (!c) return nothing;
    const gone = c.status === "deleted";
    const pending = c.status === "pending";
    const name = c.author?.name || "?";
    const a = this.actions!;
    const btn = (key: string, label: string, go: () => void, more?: unknown) =>
      html`<button class="quiet" data-a=${key} aria-expanded=${more ?? nothing} @click=${go}>${label}</button>`;
    return html`<article part="comment" tabindex="-1" aria-labelledby="n" class=${pending ? "pending" : ""} data-status=${c.status}>
      <div class="av" part="avatar" aria-hidden="true">${gone ? "" : initials(name)}</div>
      <div class="main">
        <header part="meta">
          <span class="name" part="author" id="n" dir="auto">${gone ? t.deleted : name}</span>
          ${this.can.own && !gone ? html`<span class="muted small">${t.you}</span>` : nothing}
          ${this.replyingTo ? html`<span class="muted small">${t.replyingTo(this.replyingTo)}</span>` : nothing}
          <time class="muted small" datetime=${c.createdAt} @pointerenter=${this._exactTime}
            >${relativeTime(c.createdAt, this.now, t.ago, t.justNow)}</time
          >
          ${c.editedAt && !gone ? html`<span class="muted small">${t.edited_}</span>` : nothing}
          ${pending ? html`<span class="badge" part="badge">${t.held}</span>` : nothing}
        </header>
        ${pending ? html`<p class="small muted">${this.heldReason ? this.heldReason + " " : ""}${t.heldNotice}</p>` : nothing}
        ${this.editing ? html`<slot name="editor"></slot>` : gone ? nothing : html`<div class="md" part="body" dir="auto" .innerHTML=${c.html}></div>`}
        ${
          gone || this.editing || !a
            ? nothing
            : html`<div class="row acts" part="actions">
                ${this.can.reply ? btn("reply", t.reply, () => a.reply(c)) : nothing}
                ${this.can.edit ? btn("edit", t.edit, () => a.edit(c)) : nothing}
                ${this.can.delete ? btn("delete", t.delete, () => this._open("delete", "confirm")) : nothing}
                ${this.can.report ? btn("report", t.report, () => this._open(this._mode ? "" : "report", this._mode ? undefined : "reason"), this._mode === "report") : nothing}
              </div>`
        }
        ${this._mode && this._panel ? this._panel(this) : nothing}
        ${this._msg ? html`<p class="small ${this._msg.error ? "error" : "muted"}" role="status">${this._msg.text}</p>` : nothing}
        <slot name="reply"></slot>
      </div>
    </article>`;
  }
}
define("comment-item", CommentItem);

declare global {
  interface HTMLElementTagNameMap {
    "comment-item": CommentItem;
  }
}
