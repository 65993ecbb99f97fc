import type { CommentPage } from "../../contract/wire.ts";

interface Entry {
  version: number;
  /** UTF-8, encoded once: a large string body would be re-encoded on every response. */
  body: Uint8Array<ArrayBuffer>;
  etag: string;
}

/**
 * Serialised public listings, keyed by query and validated by the page's version: any write to
 * the page bumps the version in the database, so a stale entry is never served, whichever
 * instance made the change.
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

  async set(key: string, version: number, page: CommentPage): Promise<Entry> {
    const body = new TextEncoder().encode(JSON.stringify(page));
    const digest = await crypto.subtle.digest("SHA-1", body);
    const hash = Array.from(new Uint8Array(digest).slice(0, 12), (b) => b.toString(16).padStart(2, "0")).join("");
    const entry = { version, body, etag: `"${hash}"` };
    this.#entries.set(key, entry);
    if (this.#entries.size > this.maxEntries) this.#entries.delete(this.#entries.keys().next().value!);
    return entry;
  }
}
