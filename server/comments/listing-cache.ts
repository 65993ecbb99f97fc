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
}

export interface Entry extends Cached {
  version: number;
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
 * served, whichever instance made the change.
 */
export class ListingCache {
  #entries = new Map<string, Entry>();
  constructor(private readonly maxEntries = 1000) {}

  get(key: string, version: number): Entry | undefined {
    const entry = this.#entries.get(key);
    if (!entry || entry.version !== version) return undefined;
    this.#entries.delete(key);
    this.#entries.set(key, entry);
    return entry;
  }

  async set(key: string, version: number, body: Uint8Array<ArrayBuffer>, layout?: ListingLayout): Promise<Entry> {
    const [etag, zipped] = await Promise.all([etagOf(body), gzip(body)]);
    const entry: Entry = { version, body, gzip: zipped, etag, layout };
    this.#entries.delete(key);
    this.#entries.set(key, entry);
    if (this.#entries.size > this.maxEntries) this.#entries.delete(this.#entries.keys().next().value!);
    return entry;
  }
}
