/** Flagged spans (UTF-16 offsets into a comment body) cut the text into plain and marked segments. */

export interface Span {
  start: number;
  end: number;
}
export interface Segment {
  text: string;
  mark: boolean;
}

/** Clamp to the text, drop empty spans, sort, merge overlapping or touching ones. */
export function normaliseSpans(spans: readonly Span[] | null | undefined, length: number): Span[] {
  const out: Span[] = [];
  const clamp = (n: number) => Math.max(0, Math.min(length, Math.floor(Number.isFinite(n) ? n : 0)));
  const sorted = (spans ?? [])
    .map((s) => ({ start: clamp(s.start), end: clamp(s.end) }))
    .filter((s) => s.end > s.start)
    .sort((a, b) => a.start - b.start || a.end - b.end);
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else out.push({ ...s });
  }
  return out;
}

/** Alternating segments; joined, they give `text` back exactly. */
export function segments(text: string, spans: readonly Span[] | null | undefined): Segment[] {
  const out: Segment[] = [];
  let at = 0;
  for (const s of normaliseSpans(spans, text.length)) {
    if (s.start > at) out.push({ text: text.slice(at, s.start), mark: false });
    out.push({ text: text.slice(s.start, s.end), mark: true });
    at = s.end;
  }
  if (at < text.length || out.length === 0) out.push({ text: text.slice(at), mark: false });
  return out;
}

/** The flagged passages themselves, for a screen-reader summary. */
export function flagged(text: string, spans: readonly Span[] | null | undefined): string[] {
  return normaliseSpans(spans, text.length).map((s) => text.slice(s.start, s.end));
}
