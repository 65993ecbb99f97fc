import type { LiveConnection, LiveHub, LiveSink } from "./hub.ts";

/** Chunks a connection may have waiting unread before it is dropped (the widget reconnects and resumes). */
const MAX_QUEUED = 256;

export const STREAM_HEADERS = {
  "Content-Type": "text/event-stream; charset=utf-8",
  "Cache-Control": "no-store",
  // nginx and similar proxies would otherwise buffer the stream
  "X-Accel-Buffering": "no",
};

/**
 * A Server-Sent Events response for one page, or null when the hub has no place for it. The
 * stream ends when the client goes away (`signal`, or the runtime cancelling the body).
 */
export function openStream(
  hub: LiveHub,
  stream: { siteId: string; pageKey: string; lastEventId: string | null; address: string },
  signal: AbortSignal,
): Response | null {
  let controller!: ReadableStreamDefaultController<Uint8Array>;
  let conn: LiveConnection | null = null;
  const end = () => {
    conn?.close();
    try {
      controller.close();
    } catch {
      // already closed or cancelled
    }
  };
  const body = new ReadableStream<Uint8Array>({
    start: (c) => void (controller = c),
    cancel: () => conn?.close(),
  });
  const sink: LiveSink = {
    write(chunk) {
      if ((controller.desiredSize ?? 0) < -MAX_QUEUED) return end();
      try {
        controller.enqueue(chunk);
      } catch {
        conn?.close();
      }
    },
    close: end,
  };
  conn = hub.open(stream.siteId, stream.pageKey, stream.lastEventId, sink, stream.address);
  if (!conn) return null;
  signal.addEventListener("abort", end, { once: true });
  return new Response(body, { headers: STREAM_HEADERS });
}
