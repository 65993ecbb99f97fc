/** Relative and exact times, through Intl (no strings of our own beyond "just now"). */

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ["year", 365 * 24 * 3600],
  ["month", 30 * 24 * 3600],
  ["week", 7 * 24 * 3600],
  ["day", 24 * 3600],
  ["hour", 3600],
  ["minute", 60],
];

// Building an Intl formatter costs far more than formatting with one (tens of ms for the first, in
// Chromium): each comment asks for two, so they are built once per locale and style.
const relative: Record<string, Intl.RelativeTimeFormat> = {};
const dates: Record<string, Intl.DateTimeFormat> = {};

/** "3 minutes ago", "yesterday", "in 2 hours"; under 45 s (or unparsable): `justNow`. */
export function relativeTime(iso: string, now: number, locale: string, justNow: string): string {
  const secs = (Date.parse(iso) - now) / 1000;
  const abs = Math.abs(secs);
  if (!(abs >= 45)) return justNow;
  const [unit, size] = UNITS.find(([, size]) => abs >= size * 0.95) ?? UNITS[5];
  return (relative[locale] ??= new Intl.RelativeTimeFormat(locale, { numeric: "auto" })).format(Math.round(secs / size), unit);
}

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
