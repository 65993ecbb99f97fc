/** Turning flagged spans (UTF-16 offsets into a body) into text segments for marking. */
import type { Span } from "../../contract/wire.ts";

export interface Segment {
  text: string;
  mark: boolean;
}

/** Clamp to the text, drop empty spans, sort, and merge overlapping or touching ones. */
export function normaliseSpans(spans: readonly Span[] | null | undefined, length: number): Span[] {
  const out: Span[] = [];
  const sorted = (spans ?? [])
    .map((s) => ({ start: Math.max(0, Math.min(length, Math.floor(s.start))), end: Math.max(0, Math.min(length, Math.floor(s.end))) }))
    .filter((s) => s.end > s.start)
    .sort((a, b) => a.start - b.start || a.end - b.end);
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else out.push({ ...s });
  }
  return out;
}

/** The text cut into alternating plain and marked segments; concatenated, they give `text` back. */
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

/** The flagged passages themselves, for a screen-reader-friendly list. */
export function flagged(text: string, spans: readonly Span[] | null | undefined): string[] {
  return normaliseSpans(spans, text.length).map((s) => text.slice(s.start, s.end));
}
