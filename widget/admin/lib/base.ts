/**
 * What every admin view shares: the API client, the current site, the signed-in admin, the
 * directory of moderators (ids → emails, for "who did this"), and two ways to talk to the shell:
 * `announce()` for the aria-live status line and `openUser()` for the user drawer.
 */
import { LitElement } from "lit";
import type { Admin, AdminApi } from "./admin-api.ts";

export type People = ReadonlyMap<string, string>;

export class AdminElement extends LitElement {
  static properties = {
    api: { attribute: false },
    site: {},
    me: { attribute: false },
    people: { attribute: false },
  };
  declare api: AdminApi;
  declare site: string;
  declare me: Admin | null;
  declare people: People;

  constructor() {
    super();
    this.site = "";
    this.me = null;
    this.people = new Map();
  }

  get isOwner(): boolean {
    return this.me?.role === "owner";
  }

  /** A short status for the shell's live region (screen readers hear it; everyone sees it). */
  announce(message: string, tone: "info" | "error" = "info"): void {
    this.dispatchEvent(new CustomEvent("announce", { detail: { message, tone }, bubbles: true, composed: true }));
  }

  openUser(userId: string): void {
    this.dispatchEvent(new CustomEvent("open-user", { detail: { userId }, bubbles: true, composed: true }));
  }

  /** Who did it: an email for a moderator id, a name for the system actors. */
  who(id: string | null | undefined, fallback: Record<string, string> = {}): string {
    if (!id) return fallback.system ?? "System";
    return this.people.get(id) ?? fallback[id] ?? id;
  }

  /** Move focus to the view's heading (after navigation), so screen readers start there. */
  focusHeading(): void {
    this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>("h2")?.focus());
  }
}
