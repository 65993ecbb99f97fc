/**
 * /count.js, for article lists: fills every `<span data-parley-count="PAGE-KEY">` on the page with
 * the number of published comments on that page, from one request for all of them
 * (`GET …/counts?page=A&page=B…`, cached by the browser for a minute, then revalidated by ETag).
 *
 *   <script src="https://HOST/count.js" data-site="demo" async></script>
 *
 * `data-api` sets the API origin (default: where the script came from). A span keeps its own text
 * until the answer comes (and when it fails). The widget itself is not loaded.
 */
import { sitePath } from "./api.ts";
import { MAX_COUNTED_PAGES as MAX_COUNTED } from "../contract/votes.ts";

const script = (document.currentScript ?? document.querySelector('script[src*="/count.js"]')) as HTMLScriptElement | null;

function fill(): void {
  const site = script?.dataset.site;
  if (!site) return;
  const api = (script!.dataset.api || new URL(script!.src).origin).replace(/\/+$/, "");
  const spans = [...document.querySelectorAll<HTMLElement>("[data-parley-count]")];
  const keys = [...new Set(spans.map((s) => s.dataset.parleyCount!.trim()))].filter(Boolean);
  for (let i = 0; i < keys.length; i += MAX_COUNTED) {
    const query = new URLSearchParams();
    for (const key of keys.slice(i, i + MAX_COUNTED)) query.append("page", key);
    fetch(api + sitePath(site) + "/counts?" + query, { credentials: "omit" })
      .then((r) => (r.ok ? r.json() : null))
      .then((answer: { counts: Record<string, number> } | null) => {
        for (const s of spans) {
          const n = answer?.counts[s.dataset.parleyCount!.trim()];
          if (n !== undefined) s.textContent = String(n);
        }
      })
      .catch(() => {});
  }
}

if (document.readyState === "loading") addEventListener("DOMContentLoaded", fill);
else fill();
