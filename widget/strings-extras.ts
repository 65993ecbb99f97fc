/**
 * The strings only the lazily loaded chunk says (writing, reports, the standing notice, the policy
 * dialog, error messages), in the page's language: i18n/extras/LANG.ts (English, the source of
 * the keys: i18n/extras/en.ts), fetched through `globalThis.parleyExtraStrings` (set by the
 * loader) when that chunk loads, never before the first paint. The section starts that fetch
 * beside the chunk's (comment-section.ts, `_loadExtras`); here it is awaited (top-level await)
 * and added to the shared `strings` object. Import `strings` from here in the chunk's modules: it
 * has every key.
 */
import { strings as initial, type Strings } from "./strings.ts";
import type english from "./i18n/extras/en.ts";

export type ExtraStrings = typeof english;
/** Every string of the widget: what a translation (both parts, i18n/LANG.ts and i18n/extras/LANG.ts) has. */
export type AllStrings = Strings & ExtraStrings;

export const strings: AllStrings = Object.assign(initial, await globalThis.parleyExtraStrings!());
