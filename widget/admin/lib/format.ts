/** Dates, scores and durations for moderators: exact, short, in the browser's time zone. */

export function formatDateTime(iso: string | null | undefined, locale = "en"): string {
  if (!iso) return "";
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return d.toLocaleString(locale, { year: "numeric", month: "short", day: "numeric", hour: "2-digit", minute: "2-digit" });
}

/** "3 min ago", "5 h ago", "2 d ago"; the exact time belongs in a title/datetime next to it. */
export function ago(iso: string | null | undefined, now = Date.now()): string {
  if (!iso) return "";
  const s = Math.round((now - new Date(iso).getTime()) / 1000);
  if (!Number.isFinite(s)) return "";
  if (s < 60) return "just now";
  if (s < 3600) return `${Math.floor(s / 60)} min ago`;
  if (s < 86400) return `${Math.floor(s / 3600)} h ago`;
  return `${Math.floor(s / 86400)} d ago`;
}

/** A detector score in [0, 1] as a percentage with no false precision. */
export function percent(p: number | null | undefined): string {
  if (p == null || !Number.isFinite(p)) return "–";
  return `${Math.round(p * 100)}%`;
}

/** 24 → "24 hours", 168 → "7 days", 2160 → "90 days", 1.5 → "1.5 hours". */
export function duration(hours: number | null | undefined): string {
  if (hours == null) return "";
  if (hours >= 24 && hours % 24 === 0) {
    const d = hours / 24;
    return d === 1 ? "1 day" : `${d} days`;
  }
  return hours === 1 ? "1 hour" : `${hours} hours`;
}

/** `<input type="date">` value → ISO time at the start (or end) of that day, local time. */
export function dateInputToIso(value: string, endOfDay = false): string | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return undefined;
  const [y, m, d] = value.split("-").map(Number) as [number, number, number];
  const date = endOfDay ? new Date(y, m - 1, d, 23, 59, 59, 999) : new Date(y, m - 1, d, 0, 0, 0, 0);
  return date.toISOString();
}

/** The embed snippet a publisher pastes. */
export function embedSnippet(origin: string, site: string): string {
  return `<script src="${origin.replace(/\/+$/, "")}/widget.js" data-site="${site}" async></script>`;
}

/** A link target only when it is http(s): page URLs come from commenters' requests. */
export function safeUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === "http:" || u.protocol === "https:" ? u.href : null;
  } catch {
    return null;
  }
}
