/**
 * What a translation says through Intl: plurals (Intl.PluralRules: Polish, Ukrainian and Arabic
 * have several forms), numbers (Intl.NumberFormat) and relative times (Intl.RelativeTimeFormat).
 * Each language chunk inlines it (both parts of a language: the first paint's, LANG.ts, and the
 * lazily loaded chunk's, extras/LANG.ts; only the first builds a RelativeTimeFormat).
 *
 * Building a formatter costs Chromium milliseconds to tens of them per page (measured in isolation:
 * PluralRules 2-4 ms, RelativeTimeFormat 2-5 ms, 115 ms for Arabic, NumberFormat 30-70 ms). So the
 * plural rules and the relative times are built when the language's module runs, while the first
 * page of comments is still on its way, not during the first render; and a language written in
 * Latin digits (`latinDigits`) says whole numbers under 1,000 without a NumberFormat, as it would
 * format them the same (grouping starts at 1,000), so most pages never build one.
 */
import { intlAgo } from "../lib/time.ts";

/** A phrase per plural category of the language (`other` always); `#` stands for the number, formatted. */
export type Forms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

export function intl(locale: string, { latinDigits = false } = {}) {
  const rules = new Intl.PluralRules(locale);
  let numbers: Intl.NumberFormat | undefined = latinDigits ? undefined : new Intl.NumberFormat(locale);
  const num = (n: number): string =>
    latinDigits && Number.isInteger(n) && n >= 0 && n < 1000 ? String(n) : (numbers ??= new Intl.NumberFormat(locale)).format(n);
  return {
    num,
    /** The phrase for `n` ("# Kommentare" → "1.234 Kommentare"). */
    plural: (n: number, forms: Forms): string => (forms[rules.select(n)] ?? forms.other).replace("#", num(n)),
  };
}

/** Relative times ("vor 3 Minuten", "gestern"), the formatter built (and kept) now. */
export function agoIn(locale: string) {
  const ago = intlAgo(locale);
  ago(-1, "minute");
  return ago;
}
