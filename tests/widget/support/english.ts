/**
 * The English strings handed to the widget's modules as the loader (widget/embed.ts) hands a
 * page's language over: the modules carry no strings and wait for these. Import this first, before
 * any widget module that says something (strings.ts, strings-extras.ts and what imports them).
 */
import first from "../../../widget/i18n/en.ts";
import extras from "../../../widget/i18n/extras/en.ts";

globalThis.parleyStrings = Promise.resolve({ ...first });
globalThis.parleyExtraStrings = () => Promise.resolve(extras);
