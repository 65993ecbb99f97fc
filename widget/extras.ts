/**
 * What the section loads only when needed (a lazily loaded chunk): writing (the composer), the
 * policy dialog, and the standing notice (a reader gets one only by writing).
 */
import { html, nothing } from "./element.ts";
import type { Standing } from "./api.ts";
import { strings as t } from "./strings.ts";
import { formatDate } from "./lib/time.ts";
import "./comment-composer.ts";
import "./policy-dialog.ts";

export function standingNotice(s: Standing, openPolicy: () => void) {
  if (s.status === "good") return nothing;
  const title =
    s.status === "warned" ? t.warned : s.status === "revoked" ? t.revoked : t.suspended(s.until && formatDate(s.until, t.locale, "long"));
  return html`<div class="notice" part="notice" tabindex="-1" role="status" data-standing=${s.status}>
    <strong>${title}</strong>
    ${s.reason ? html`<span>${t.reason(s.reason)}</span>` : nothing}
    <button class="link" @click=${openPolicy}>${t.readPolicy}</button>
  </div>`;
}
