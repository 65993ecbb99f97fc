/** Relative and exact times, through Intl (no strings of our own beyond "just now"). */

export type TimeUnit = "year" | "month" | "week" | "day" | "hour" | "minute";
/** Says `n` units from now (negative: ago), e.g. (-3, "minute") → "3 minutes ago", (-1, "day") → "yesterday". */
export type Ago = (n: number, unit: TimeUnit) => string;

const UNITS: [TimeUnit, number][] = [
  ["year", 365 * 24 * 3600],
  ["month", 30 * 24 * 3600],
  ["week", 7 * 24 * 3600],
  ["day", 24 * 3600],
  ["hour", 3600],
  ["minute", 60],
];

// Building an Intl formatter costs far more than formatting with one (tens of ms for the first, in
// Chromium): they are built once per locale and style.
const relative: Record<string, Intl.RelativeTimeFormat> = {};
const dates: Record<string, Intl.DateTimeFormat> = {};

/** "3 minutes ago", "yesterday", "in 2 hours", said by `ago`; under 45 s (or unparsable): `justNow`. */
export function relativeTime(iso: string, now: number, ago: Ago, justNow: string): string {
  const secs = (Date.parse(iso) - now) / 1000;
  const abs = Math.abs(secs);
  if (!(abs >= 45)) return justNow;
  const [unit, size] = UNITS.find(([, size]) => abs >= size * 0.95) ?? UNITS[5];
  return ago(Math.round(secs / size), unit);
}

/** An `Ago` through Intl, for a translation of the strings (English has its own, without Intl's start-up cost). */
export const intlAgo =
  (locale: string): Ago =>
  (n, unit) =>
    (relative[locale] ??= new Intl.RelativeTimeFormat(locale, { numeric: "auto" })).format(n, unit);

/** A formatted date: `full` for the tooltip of a relative time, `long` for "until DATE". */
export function formatDate(iso: string, locale: string, dateStyle: "full" | "long" = "full", timeZone?: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return (dates[[locale, dateStyle, timeZone].join()] ??= new Intl.DateTimeFormat(locale, {
    dateStyle,
    timeStyle: "short",
    timeZone,
  })).format(d);
}
