// Helpers for the tests that drive the real server process over HTTP (server-process,
// concurrency, durability). Loopback only.
import { expect } from "vitest";
import { Client } from "../helpers/client.ts";
import type { RunningServer } from "../helpers/server.ts";

export const SITE = "demo";

/** Signs in as the owner the helper created (its password, not the in-process tests' one). */
export async function owner(server: RunningServer, password = server.adminPassword): Promise<Client> {
  const admin = Client.http(server.url);
  await admin.loginAdmin(server.adminEmail, password);
  return admin;
}

/** Raises the demo site's per-minute write limit, so that the limiter is not what a test measures. */
/**
 * The demo site set up for a load of writers: `perMinute` comments each, and no robot check (a
 * hundred guests joining in a minute is exactly the spam wave that turns it on under "auto").
 */
export async function siteForLoad(server: RunningServer, perMinute: number): Promise<void> {
  const admin = await owner(server);
  const res = await admin.patch(`/api/v1/admin/sites/${SITE}`, { rateLimitPerMinute: perMinute, guestChallenge: "off" });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  expect(res.body.site).toMatchObject({ rateLimitPerMinute: perMinute, guestChallenge: "off" });
}

/**
 * A guest session whose requests all come from `address` (the server must run with TRUST_PROXY=1):
 * sessions are limited per client address, so many guests need many addresses.
 */
export class Guest {
  readonly client: Client;
  user!: { id: string; name: string };
  constructor(
    readonly url: string,
    readonly address: string,
  ) {
    this.client = Client.http(url);
  }

  get headers() {
    return { "X-Forwarded-For": this.address };
  }

  async join(name: string): Promise<this> {
    const res = await this.client.post(`/api/v1/sites/${SITE}/sessions`, { name }, this.headers);
    if (res.status !== 201) throw new Error(`guest session failed: ${res.status} ${JSON.stringify(res.body)}`);
    this.client.token = res.body.token;
    this.user = res.body.user;
    return this;
  }

  post(page: string, body: string, parentId?: string) {
    return this.client.post(`/api/v1/sites/${SITE}/comments`, { page, body, ...(parentId ? { parentId } : {}) }, this.headers);
  }
}

/** Rate-limit windows are fixed minutes: waits, when needed, so that `seconds` fit before the next boundary. */
export async function clearOfMinuteBoundary(seconds: number): Promise<void> {
  const intoMinute = Date.now() % 60_000;
  if (intoMinute > 60_000 - seconds * 1000) await new Promise((r) => setTimeout(r, 60_500 - intoMinute));
}

export function addressOf(i: number): string {
  return `198.51.${100 + Math.floor(i / 250)}.${(i % 250) + 1}`;
}

export interface ListedComment {
  id: string;
  parentId: string | null;
  body: string;
  status: string;
  author: { id: string; name: string };
  replies: ListedComment[];
}

/**
 * Walks a page's public listing with cursors and returns every comment (replies flattened) in
 * the order met, the number of top-level comments, the `total` the server reported, and how
 * many requests it took.
 */
export async function walkListing(client: Client, page: string, limit: number, maxRequests = 100) {
  const all: ListedComment[] = [];
  let cursor: string | null = null;
  let topLevel = 0;
  let total = -1;
  let requests = 0;
  const flatten = (c: ListedComment) => {
    all.push(c);
    for (const r of c.replies) flatten(r);
  };
  do {
    if (++requests > maxRequests) throw new Error(`listing of ${page} did not end after ${maxRequests} requests`);
    const query: string = `page=${encodeURIComponent(page)}&limit=${limit}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ""}`;
    const res = await client.get(`/api/v1/sites/${SITE}/comments?${query}`);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.comments.length).toBeLessThanOrEqual(limit);
    if (total === -1) total = res.body.total;
    else expect(res.body.total).toBe(total);
    topLevel += res.body.comments.length;
    for (const c of res.body.comments as ListedComment[]) {
      expect(c.parentId).toBeNull();
      flatten(c);
    }
    cursor = res.body.nextCursor;
  } while (cursor);
  return { all, topLevel, total, requests };
}

/** Counts how often each value occurs and returns those seen more than once. */
export function duplicates(values: string[]): string[] {
  const seen = new Map<string, number>();
  for (const v of values) seen.set(v, (seen.get(v) ?? 0) + 1);
  return [...seen].filter(([, n]) => n > 1).map(([v]) => v);
}
