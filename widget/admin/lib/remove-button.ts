import { html } from "lit";
import { t } from "../strings.ts";

/**
 * A "remove" button of a list (a moderator, a webhook, a policy rule or ladder step): danger-styled,
 * named for what it removes (`label`), since a screen reader lists many buttons that only read "Remove".
 */
export function removeButton(o: { label: string; onClick: () => void; disabled?: boolean; class?: string }) {
  return html`<button
    type="button"
    class="danger ${o.class ?? ""}"
    ?disabled=${o.disabled ?? false}
    @click=${o.onClick}
    aria-label=${o.label}
  >
    ${t.remove}
  </button>`;
}
