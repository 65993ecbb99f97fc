/**
 * The live-updates hub: which open pages listen, and what each has heard lately. Runtime-agnostic
 * (no timers of its own, an injected clock): the Node entry creates one and calls `tick()`; the
 * Workers entry has none, and widgets there poll the listing instead.
 *
 * Each event is framed and encoded once, then the same bytes go to every connection on the page:
 * a comment reaching 1,000 readers costs one serialisation and 1,000 socket writes.
 */
import type { LiveEvent } from "../../contract/live.ts";

/** Where a connection's bytes go (the SSE response's stream). */
export interface LiveSink {
  write(chunk: Uint8Array): void;
  close(): void;
}

export interface LiveConnection {
  close(): void;
}

export interface LiveHubOptions {
  /** Open streams this process holds at most; past it `open` refuses and the widget polls. */
  maxConnections: number;
  /** Open streams one client address may hold (one per open page: tabs, or readers behind one NAT); default 100. */
  maxPerAddress?: number;
  /** A comment line is sent to a connection silent this long (proxies drop idle connections). */
  heartbeatMs?: number;
  /** Events each page keeps for readers who come back with `Last-Event-ID`. */
  bufferSize?: number;
  /** How long a page nobody listens to any more keeps its events (a reload, a network blip). */
  keepMs?: number;
  /** Milliseconds now; tests move it. */
  now?: () => number;
}

interface Connection {
  sink: LiveSink;
  address: string;
  page: PageState;
  lastWrite: number;
}

interface PageState {
  key: string;
  site: string;
  connections: Set<Connection>;
  /** The latest events, oldest first. */
  events: { seq: number; chunk: Uint8Array }[];
  /** Every event of this page after `floor` is in `events`. */
  floor: number;
  /** When the last connection left (null while any is open). */
  idleSince: number | null;
}

const encoder = new TextEncoder();
const HEARTBEAT = encoder.encode(":\n\n");

export class LiveHub {
  /** Ids of another process's life (a restart) are not this one's: such a reader is told to reset. */
  readonly epoch = crypto.randomUUID().slice(0, 8);
  readonly maxConnections: number;
  readonly maxPerAddress: number;
  private readonly heartbeatMs: number;
  private readonly bufferSize: number;
  private readonly keepMs: number;
  private readonly now: () => number;
  private seq = 0;
  private readonly pages = new Map<string, PageState>();
  /** Page states per site: a write on a site nobody watches costs nothing. */
  private readonly sites = new Map<string, number>();
  private open_ = 0;
  private readonly perAddress = new Map<string, number>();

  constructor(options: LiveHubOptions) {
    this.maxConnections = options.maxConnections;
    this.maxPerAddress = options.maxPerAddress ?? 100;
    this.heartbeatMs = options.heartbeatMs ?? 25_000;
    this.bufferSize = options.bufferSize ?? 100;
    this.keepMs = options.keepMs ?? 120_000;
    this.now = options.now ?? Date.now;
  }

  /** Open streams now. */
  get size(): number {
    return this.open_;
  }

  /** Whether any page of the site is listened to (or was, lately enough to resume). */
  watchesSite(siteId: string): boolean {
    return (this.sites.get(siteId) ?? 0) > 0;
  }

  watchesPage(siteId: string, pageKey: string): boolean {
    return this.pages.has(pageId(siteId, pageKey));
  }

  /**
   * A reader's stream for one page, or null when the process, or the client's address, holds its
   * maximum (so one client cannot take every place). With `lastEventId`, the events since then
   * follow at once, or a `reset` when they are not all kept.
   */
  open(siteId: string, pageKey: string, lastEventId: string | null, sink: LiveSink, address = ""): LiveConnection | null {
    const mine = this.perAddress.get(address) ?? 0;
    if (this.open_ >= this.maxConnections || mine >= this.maxPerAddress) return null;
    const page = this.pageState(siteId, pageKey);
    const conn: Connection = { sink, address, page, lastWrite: this.now() };
    page.connections.add(conn);
    page.idleSince = null;
    this.open_++;
    this.perAddress.set(address, mine + 1);
    // Reconnect after 3 s when the connection drops; the comment flushes the headers.
    let first = "retry: 3000\n:\n\n";
    if (lastEventId !== null) {
      const since = this.seqOf(lastEventId);
      const last = page.events.at(-1)?.seq ?? page.floor;
      if (since === null || since < page.floor || since > last) first += frame(`${this.epoch}-${last}`, { type: "reset" });
    }
    sink.write(encoder.encode(first));
    if (lastEventId !== null) {
      const since = this.seqOf(lastEventId);
      if (since !== null && since >= page.floor) for (const e of page.events) if (e.seq > since) sink.write(e.chunk);
    }
    let closed = false;
    return {
      close: () => {
        if (closed) return;
        closed = true;
        this.drop(conn);
      },
    };
  }

  /** Sends events to every stream open on the page, and keeps them for readers who come back. */
  publish(siteId: string, pageKey: string, events: LiveEvent[]): void {
    const page = this.pages.get(pageId(siteId, pageKey));
    if (!page || events.length === 0) return;
    const parts: Uint8Array[] = [];
    for (const event of events) {
      const seq = ++this.seq;
      const chunk = encoder.encode(frame(`${this.epoch}-${seq}`, event));
      page.events.push({ seq, chunk });
      if (page.events.length > this.bufferSize) page.floor = page.events.shift()!.seq;
      parts.push(chunk);
    }
    const chunk = parts.length === 1 ? parts[0]! : concat(parts);
    const now = this.now();
    for (const conn of page.connections) {
      conn.lastWrite = now;
      conn.sink.write(chunk);
    }
  }

  /** Every open page of the site fetches its listing again (an import or an erasure: too much for events). */
  resetSite(siteId: string): void {
    if (!this.watchesSite(siteId)) return;
    for (const page of [...this.pages.values()]) if (page.site === siteId) this.publish(siteId, page.key, [{ type: "reset" }]);
  }

  /** Heartbeats to connections silent for `heartbeatMs`; forgets pages idle for `keepMs`. Call every few seconds. */
  tick(): void {
    const now = this.now();
    for (const [id, page] of this.pages) {
      for (const conn of page.connections) {
        if (now - conn.lastWrite < this.heartbeatMs) continue;
        conn.lastWrite = now;
        conn.sink.write(HEARTBEAT);
      }
      if (page.idleSince !== null && now - page.idleSince >= this.keepMs) {
        this.pages.delete(id);
        this.sites.set(page.site, this.sites.get(page.site)! - 1);
      }
    }
  }

  /** Ends every stream (the server is shutting down). */
  closeAll(): void {
    for (const page of this.pages.values()) for (const conn of [...page.connections]) conn.sink.close();
  }

  private pageState(siteId: string, pageKey: string): PageState {
    const id = pageId(siteId, pageKey);
    let page = this.pages.get(id);
    if (!page) {
      // A fresh floor: whatever happened to the page before is not kept, so older ids reset.
      page = { key: pageKey, site: siteId, connections: new Set(), events: [], floor: ++this.seq, idleSince: null };
      this.pages.set(id, page);
      this.sites.set(siteId, (this.sites.get(siteId) ?? 0) + 1);
    }
    return page;
  }

  private drop(conn: Connection): void {
    const page = conn.page;
    if (!page.connections.delete(conn)) return;
    this.open_--;
    const left = this.perAddress.get(conn.address)! - 1;
    if (left > 0) this.perAddress.set(conn.address, left);
    else this.perAddress.delete(conn.address);
    if (page.connections.size === 0) page.idleSince = this.now();
  }

  /** The sequence number of one of this process's event ids, or null. */
  private seqOf(id: string): number | null {
    const [epoch, seq] = id.split("-");
    const n = Number(seq);
    return epoch === this.epoch && Number.isSafeInteger(n) && n >= 0 ? n : null;
  }
}

const pageId = (siteId: string, pageKey: string) => `${siteId}\n${pageKey}`;

/** One Server-Sent Event: its id and its JSON data (JSON has no raw newlines). */
const frame = (id: string, event: LiveEvent) => `id: ${id}\ndata: ${JSON.stringify(event)}\n\n`;

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
