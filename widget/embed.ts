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
 *
 * Lazy loading: with `data-loading="lazy"`, and by default when the section lands below the
 * fold, nothing is fetched (no modules, no API request) until the section nears the viewport;
 * `data-loading="eager"` (or a permalink to a comment in the address) loads at once.
 */
import { pageKey, apiBase } from "./lib/page-key.ts";
import { startEarly } from "./lib/early.ts";
import { chooseLanguage } from "./lib/lang.ts";
import type { ExtraStrings } from "./strings-extras.ts";

declare const PARLEY_MODULES: string[];
/** The languages ("de|en|fr|…"), each two chunks: w/LANG-PARLEY_LANG_HASH.js and w/LANG-extras-PARLEY_LANG_HASH.js. */
declare const PARLEY_LANGS: string;
declare const PARLEY_LANG_HASH: string;

/** The modules, once: the longest way to the first paint. */
let loading = false;
function load(): void {
  if (loading || !from || customElements.get("comment-section")) return;
  loading = true;
  const [entry, ...deps] = PARLEY_MODULES.map((m) => new URL(m, from).href);
  for (const href of deps) document.head.append(Object.assign(document.createElement("link"), { rel: "modulepreload", href }));
  // The language: `data-lang` on the first widget tag, else the nearest `lang` (the element's own,
  // an ancestor's, <html lang>), else English. Its first-paint strings download beside the modules
  // (strings.ts awaits them, so the first paint is in that language); the rest when the section
  // loads its lazily loaded chunk (strings-extras.ts). A part that fails to load leaves English.
  const el = document.querySelector<HTMLElement>("script[data-site],comment-section");
  let lang =
    chooseLanguage(el?.dataset.lang || (el || document.documentElement).closest<HTMLElement>("[lang]")?.lang, PARLEY_LANGS) || "en";
  const part = (name: string) => import(new URL(`w/${name}-${PARLEY_LANG_HASH}.js`, from).href).then((m) => m.default);
  globalThis.parleyStrings = part(lang).catch(() => part((lang = "en")));
  let extras: Promise<ExtraStrings> | undefined;
  globalThis.parleyExtraStrings = () => (extras ??= part(lang + "-extras").catch(() => part("en-extras")));
  import(entry!);
}

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
  const site = d.site;
  const start = () => {
    load();
    // With single sign-on the session comes first (the listing then includes the reader's own).
    if (!d.sso) Object.assign(el, { parleyEarly: startEarly(api, site, page) });
  };
  // A tag in <head> has no visible place: the section goes at the end of <body>.
  const place = () => {
    script.closest("head") ? document.body.append(el) : script.after(el);
    const mode = d.loading;
    // Within the margin now, it starts now: an observer's first answer would wait for the page's first frame.
    if (mode == "eager" || location.hash.startsWith("#comment-") || (mode != "lazy" && el.getBoundingClientRect().top < innerHeight + 1500))
      return start();
    const seen = new IntersectionObserver((e) => e.some((x) => x.isIntersecting) && (seen.disconnect(), start()), {
      // A generous margin: the comments are usually there by the time the reader scrolls to them.
      rootMargin: "1500px 0px",
    });
    seen.observe(el);
  };
  document.body ? place() : addEventListener("DOMContentLoaded", place);
}

const current = document.currentScript as HTMLScriptElement | null;
const tags = [...document.querySelectorAll<HTMLScriptElement>("script[src]")].filter((s) => /\/widget\.js([?#]|$)/.test(s.src));

const from = current?.src || tags[0]?.src;

// The modules run only after this script, so a section mounted here is in the page (with its
// early requests) when they define it. Without a tag to mount (the element is used directly) they load at once.
const mounts = current?.dataset.site !== undefined ? [current] : tags.filter((s) => s.dataset.site !== undefined);
mounts.forEach(mount);
if (!mounts.length) load();
