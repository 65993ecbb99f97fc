import { gzip } from "../lib/gzip.ts";

/** A serialised answer, ready to send: UTF-8 bytes, and the same bytes gzipped once. */
export interface Cached {
  etag: string;
  body: Uint8Array<ArrayBuffer>;
  /** Made once when cached; a one-off answer leaves it to the sender. */
  gzip: Uint8Array<ArrayBuffer> | null;
}

/** Where each top-level comment's JSON lies in a cached listing, for splicing in a reader's own comments. */
export interface ListingLayout {
  threads: { id: string; createdAt: string; start: number; end: number }[];
  nextCursor: string | null;
  total: number;
  closed: boolean;
}

export interface Entry extends Cached {
  version: number;
  /** When it was built (Date.now()): a best-first listing is rebuilt after a while (votes/best.ts). */
  builtAt?: number;
  layout?: ListingLayout;
}

/** A short hex SHA-1 of the bytes, quoted: the answer's ETag. */
export async function etagOf(body: Uint8Array<ArrayBuffer>): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-1", body);
  return `"${Array.from(new Uint8Array(digest).slice(0, 12), (b) => b.toString(16).padStart(2, "0")).join("")}"`;
}

/**
 * Serialised public answers (listings, reply pages), keyed by query and validated by the page's
 * version: any write to the page bumps the version in the database, so a stale entry is never
 * served, whichever instance made the change. Bounded by bytes, and it keeps only pages anyone
 * can reach: first pages, and pages after a cursor that a cached page handed out. Invented
 * cursors are answered, never kept, so they cannot fill memory.
 */
export class ListingCache {
  #entries = new Map<string, Entry>();
  #bytes = 0;
  /** `scope|cursor` of the cursors cached pages handed out, oldest first. */
  #cursors = new Set<string>();
  constructor(
    private readonly maxBytes = 64 * 1024 * 1024,
    private readonly maxCursors = 10_000,
  ) {}

  /** Remembers a cursor a cached page handed out, so the page after it may be cached too. */
  handedOut(scope: string, cursor: string | null): void {
    if (cursor === null) return;
    const key = `${scope}|${cursor}`;
    this.#cursors.delete(key);
    this.#cursors.add(key);
    if (this.#cursors.size > this.maxCursors) this.#cursors.delete(this.#cursors.values().next().value!);
  }

  /** Whether the page after `cursor` (none: the first page) may be kept. */
  keeps(scope: string, cursor: string | undefined): boolean {
    return cursor === undefined || this.#cursors.has(`${scope}|${cursor}`);
  }

  get size(): { entries: number; bytes: number } {
    return { entries: this.#entries.size, bytes: this.#bytes };
  }

  /** The entry built at `version`, and, with `maxAgeMs`, no longer ago than that. */
  get(key: string, version: number, maxAgeMs?: number): Entry | undefined {
    const entry = this.#entries.get(key);
    if (!entry || entry.version !== version) return undefined;
    if (maxAgeMs !== undefined && Date.now() - (entry.builtAt ?? 0) >= maxAgeMs) return undefined;
    this.#entries.delete(key);
    this.#entries.set(key, entry);
    return entry;
  }

  async set(key: string, version: number, body: Uint8Array<ArrayBuffer>, layout?: ListingLayout): Promise<Entry> {
    const [etag, zipped] = await Promise.all([etagOf(body), gzip(body)]);
    const entry: Entry = { version, body, gzip: zipped, etag, layout, builtAt: Date.now() };
    this.#drop(key);
    this.#entries.set(key, entry);
    this.#bytes += sizeOf(entry);
    while (this.#bytes > this.maxBytes && this.#entries.size > 1) this.#drop(this.#entries.keys().next().value!);
    return entry;
  }

  #drop(key: string): void {
    const old = this.#entries.get(key);
    if (!old) return;
    this.#entries.delete(key);
    this.#bytes -= sizeOf(old);
  }
}

const sizeOf = (entry: Entry) => entry.body.byteLength + (entry.gzip?.byteLength ?? 0);
