/**
 * What a translation says through Intl: plurals (Intl.PluralRules: Polish, Ukrainian and Arabic
 * have several forms), numbers (Intl.NumberFormat) and relative times (Intl.RelativeTimeFormat).
 * Each language chunk inlines it.
 *
 * The formatters are built when the language's module runs, not on first use: building one costs
 * tens of ms (NumberFormat the most, RelativeTimeFormat up to ~100 ms for Arabic, in Chromium), and
 * the module runs while the first page of comments is still on its way, so that time overlaps the
 * wait instead of delaying the first paint (scripts/bench/first-paint-languages.ts).
 */
import { intlAgo } from "../lib/time.ts";

/** A phrase per plural category of the language (`other` always); `#` stands for the number, formatted. */
export type Forms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

export function intl(locale: string) {
  const rules = new Intl.PluralRules(locale);
  const numbers = new Intl.NumberFormat(locale);
  const ago = intlAgo(locale);
  ago(-1, "minute"); // builds (and keeps) its formatter now
  const num = (n: number): string => numbers.format(n);
  return {
    num,
    /** The phrase for `n` ("# Kommentare" → "1.234 Kommentare"). */
    plural: (n: number, forms: Forms): string => (forms[rules.select(n)] ?? forms.other).replace("#", num(n)),
    /** "vor 3 Minuten", "gestern". */
    ago,
  };
}
