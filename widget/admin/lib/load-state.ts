import { html } from "lit";
import { t } from "../strings.ts";

export type LoadState = "loading" | "ready" | "error";

/** A view's loading and failed states (with a retry); null once it is ready to show its content. */
export function loadStateView(state: LoadState, error: string | null, retry: () => void) {
  if (state === "loading") return html`<p class="state" role="status">${t.loading}</p>`;
  if (state === "error")
    return html`<div class="state" role="alert">
      <p>${error}</p>
      <button type="button" @click=${retry}>${t.retry}</button>
    </div>`;
  return null;
}
