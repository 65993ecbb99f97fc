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
  /** +1, -1, or 0 to clear the reader's vote. */
  vote(c: Comment, value: 1 | -1 | 0): void;
}

/** A comment's counts and the reader's own vote (0: none). */
export type Votes = [up: number, down: number, mine: number];

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
    votes: prop,
    tools: prop,
    downvotes: prop,
    editing: { type: Boolean },
    linked: { type: Boolean },
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
      [aria-pressed="true"] {
        color: var(--_accent);
        font-weight: 700;
      }
      .linked {
        outline: 2px solid var(--_accent);
        outline-offset: 4px;
        border-radius: 2px;
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
  can: Partial<Record<"own" | "reply" | "edit" | "delete" | "report" | "vote", boolean>> = {};
  editing = false;
  /** Counts newer than the comment's (the page's votes, a vote just cast). */
  votes: Votes | null = null;
  /** The site takes downvotes. */
  downvotes = false;
  /** Opened by its permalink: marked (in words too) and focused. */
  linked = false;
  /** A writer's buttons (reply, edit, delete, report), or with `panel` the open delete or report panel: the writing chunk's. */
  tools: ((item: CommentItem, panel?: boolean) => unknown) | null = null;

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
    const [up, down, mine] = this.votes ?? [c.upvotes ?? 0, c.downvotes ?? 0, 0];
    // The name says the count in words ("Upvote (3)"); the sign and the number are what one sees.
    const vote = (v: 1 | -1, n: number, label: string, sign: string) =>
      html`<button class="quiet" aria-pressed=${mine === v} ?disabled=${!this.can.vote} @click=${() => a.vote(c, mine === v ? 0 : v)}>
        <span aria-hidden="true">${sign} ${n}</span><span class="sr">${label}</span>
      </button>`;
    return html`<article
      part="comment"
      tabindex="-1"
      aria-labelledby="n"
      id=${"comment-" + c.id}
      class="${pending ? "pending" : ""} ${this.linked ? "linked" : ""}"
      data-status=${c.status}
    >
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
          ${this.linked ? html`<span class="badge" part="badge">${t.linked}</span>` : nothing}
        </header>
        ${pending ? html`<p class="small muted">${this.heldReason ? this.heldReason + " " : ""}${t.heldNotice}</p>` : nothing}
        ${this.editing ? html`<slot name="editor"></slot>` : gone ? nothing : html`<div class="md" part="body" dir="auto" .innerHTML=${c.html}></div>`}
        ${
          gone || this.editing || !a
            ? nothing
            : html`<div class="row acts" part="actions">
                ${pending ? nothing : [vote(1, up, t.upvote(up), "▲"), this.downvotes ? vote(-1, down, t.downvote(down), "▼") : nothing]}
                <a class="quiet" href=${"#comment-" + c.id}>${t.permalink}</a>
                ${this.tools?.(this)}
              </div>`
        }
        ${this._mode ? this.tools?.(this, true) : nothing}
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
