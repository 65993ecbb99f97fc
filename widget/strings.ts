/**
 * The widget's user-facing strings for the first paint and reading, in the page's language. The
 * modules carry none: every language, English included, is a chunk of its own (i18n/LANG.ts; the
 * English source, i18n/en.ts, defines the keys), which the loader (embed.ts) fetches beside the
 * modules and hands over in `globalThis.parleyStrings`. They wait for it (top-level await), so
 * nothing renders before the strings are there. What only the lazily loaded chunk says is in
 * strings-extras.ts (and i18n/extras/LANG.ts), added to this same object when that chunk loads.
 */
import type english from "./i18n/en.ts";

export type Strings = typeof english;

export const strings: Strings = await globalThis.parleyStrings!;
