/**
 * The script-tag loader, built into /widget.js:
 *
 *   <script src="https://HOST/widget.js" data-site="demo" async></script>
 *
 * mounts `<comment-section>` right after the tag. `data-page` sets the page key (default:
 * the canonical URL, else location, without query and fragment), `data-api` the API
 * origin (default: where the script came from); `data-theme`, `data-sso`,
 * pass through as attributes.
 *
 * Built as a classic script (IIFE): `document.currentScript` finds the tag, also when
 * `async`; when run as a module (no currentScript) every unmounted tag is mounted. The element
 * itself comes from ES modules next to this script (/w/NAME-HASH.js, code-split by the build):
 * their names are filled in by the build (PARLEY_MODULES: the entry, then what it imports, preloaded
 * at once so that there is no waterfall). The section upgrades when they arrive; meanwhile the
 * requests its first paint needs are on their way (widget/lib/early.ts).
 */
import { pageKey, apiBase } from "./lib/page-key.ts";
import { startEarly } from "./lib/early.ts";
import { chooseLanguage } from "./lib/lang.ts";

declare const PARLEY_MODULES: string[];
/** The languages with a chunk ("de|fr|…"; English is in the modules), each w/LANG-PARLEY_LANG_HASH.js. */
declare const PARLEY_LANGS: string;
declare const PARLEY_LANG_HASH: string;

function mount(script: HTMLScriptElement): void {
  const d = script.dataset;
  if (d.parleyMounted) return;
  d.parleyMounted = "1";
  if (!d.site) return;
  const el = document.createElement("comment-section");
  const api = apiBase(d.api, script.src, location.href);
  const page = pageKey({
    dataPage: d.page,
    canonical: document.querySelector('link[rel="canonical"]')?.getAttribute("href"),
    location: location.href,
  });
  el.setAttribute("api", api);
  el.setAttribute("page", page);
  for (const a of ["theme", "sso"]) {
    const v = script.getAttribute("data-" + a);
    if (v) el.setAttribute(a, v);
  }
  el.setAttribute("site", d.site);
  // With single sign-on the session comes first (the listing then includes the reader's own).
  if (!d.sso) Object.assign(el, { parleyEarly: startEarly(api, d.site, page) });
  // A tag in <head> has no visible place: the section goes at the end of <body>.
  const place = () => (script.closest("head") ? document.body.append(el) : script.after(el));
  document.body ? place() : addEventListener("DOMContentLoaded", place);
}

const current = document.currentScript as HTMLScriptElement | null;
const tags = [...document.querySelectorAll<HTMLScriptElement>("script[src]")].filter((s) => /\/widget\.js([?#]|$)/.test(s.src));

// The modules first, the longest way to the first paint; they run only after this script, so
// the section mounted below is in the page (with its early requests) when they define it.
const from = current?.src || tags[0]?.src;
if (from && !customElements.get("comment-section")) {
  const [entry, ...deps] = PARLEY_MODULES.map((m) => new URL(m, from).href);
  for (const href of deps) document.head.append(Object.assign(document.createElement("link"), { rel: "modulepreload", href }));
  // The language: `data-lang` on the first widget tag, else the nearest `lang` (the element's own,
  // an ancestor's, <html lang>). Its chunk downloads beside the modules; strings.ts awaits it, so
  // the first paint is in that language (a chunk that fails to load leaves English).
  const el = document.querySelector<HTMLElement>("script[data-site],comment-section");
  const lang = chooseLanguage(el?.dataset.lang || (el || document.documentElement).closest<HTMLElement>("[lang]")?.lang, PARLEY_LANGS);
  globalThis.parleyStrings = lang
    ? import(new URL(`w/${lang}-${PARLEY_LANG_HASH}.js`, from).href).then(
        (m) => m.default,
        () => {}, // English, then
      )
    : undefined;
  import(entry!);
}

if (current?.dataset.site !== undefined) mount(current);
else for (const s of tags) if (s.dataset.site !== undefined) mount(s);
