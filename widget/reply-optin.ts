/**
 * "Email me replies" under the composer, in the lazily loaded chunk (extras.ts imports the
 * composer, which imports this): a checkbox, "all my comments" as an option, and an address field
 * for guests (a signed-in reader's address comes from their sign-on). After the comment is
 * sent, the reader is subscribed (README, "Notifications"); a guest is sent a link to confirm.
 */
import { html, nothing } from "./element.ts";
import { sitePath, type Comment } from "./api.ts";
import type { CommentSection } from "./comment-section.ts";
import { strings } from "./strings-extras.ts";

const s = strings.optin;

/** The comment each section posted last (set by extras.send), so the opt-in knows what to follow. */
const posted = new WeakMap<CommentSection, Comment>();
export const notePosted = (section: CommentSection, c: Comment) => posted.set(section, c);

export class ReplyOptin {
  on = false;
  all = false;
  email = "";
  msg: { text: string; error?: boolean } | null = null;
  /** A signed-in reader whose sign-on carries no email is asked for one, as guests are. */
  needEmail = false;
  constructor(private readonly update: () => void) {}

  view(section: CommentSection | null) {
    const guest = this.needEmail || section?._session.me?.user.kind !== "sso";
    const set = (k: "on" | "all", e: Event) => ((this[k] = (e.target as HTMLInputElement).checked), this.update());
    return html`<div class="row small optin" part="optin">
      <label><input type="checkbox" name="optin" .checked=${this.on} @change=${(e: Event) => set("on", e)} /> ${s.label}</label>
      ${
        this.on
          ? html`<label
                ><input type="checkbox" name="optin-all" .checked=${this.all} @change=${(e: Event) => set("all", e)} /> ${s.all}</label
              >
              ${
                guest
                  ? html`<label for="optin-email" class="sr">${s.email}</label
                      ><input
                        id="optin-email"
                        name="optin-email"
                        type="email"
                        autocomplete="email"
                        placeholder=${s.email}
                        .value=${this.email}
                        @input=${(e: Event) => (this.email = (e.target as HTMLInputElement).value)}
                      />`
                  : nothing
              }`
          : nothing
      }
      ${this.msg ? html`<span role="status" class=${this.msg.error ? "error" : "muted"}>${this.msg.text}</span>` : nothing}
      ${this.msg?.error ? html`<button type="button" @click=${() => this.after(section)}>${s.retry}</button>` : nothing}
    </div>`;
  }

  /** After a post: subscribes when asked to; says what happened next to the checkbox. */
  async after(section: CommentSection | null): Promise<void> {
    const c = section && posted.get(section);
    if (!this.on || !section || !c) return;
    const base = (section.api || location.origin).replace(/\/+$/, "");
    const token = section._session.token;
    try {
      const res = await fetch(base + sitePath(section.site) + "/subscriptions", {
        method: "POST",
        headers: { "content-type": "application/json", ...(token ? { authorization: "Bearer " + token } : {}) },
        body: JSON.stringify({ commentId: this.all ? null : c.id, ...(this.email.trim() ? { email: this.email.trim() } : {}) }),
      });
      const data = await res.json().catch(() => null);
      if (data?.error?.field === "email") this.needEmail = true;
      if (!res.ok) throw new Error(data?.error?.message ?? "HTTP " + res.status);
      this.msg = { text: data.subscription.confirmed ? s.on : s.confirm };
      this.on = false;
    } catch (e) {
      this.msg = { text: `${s.failed} ${(e as Error).message}`, error: true };
    }
    this.update();
  }
}
