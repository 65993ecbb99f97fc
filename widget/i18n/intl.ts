/**
 * What a translation says through Intl: plurals (Intl.PluralRules: Polish, Ukrainian and Arabic
 * have several forms), numbers (Intl.NumberFormat) and relative times (Intl.RelativeTimeFormat).
 * Each language chunk inlines it. A formatter is built on first use (building one costs tens of
 * ms), once per language.
 */
import { intlAgo } from "../lib/time.ts";

/** A phrase per plural category of the language (`other` always); `#` stands for the number, formatted. */
export type Forms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

export function intl(locale: string) {
  let rules: Intl.PluralRules | undefined;
  let numbers: Intl.NumberFormat | undefined;
  const num = (n: number): string => (numbers ??= new Intl.NumberFormat(locale)).format(n);
  return {
    num,
    /** The phrase for `n` ("# Kommentare" → "1.234 Kommentare"). */
    plural: (n: number, forms: Forms): string =>
      (forms[(rules ??= new Intl.PluralRules(locale)).select(n)] ?? forms.other).replace("#", num(n)),
    /** "vor 3 Minuten", "gestern". */
    ago: intlAgo(locale),
  };
}
