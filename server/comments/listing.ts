import type { Db } from "../../db/client.ts";
import { notFound } from "../errors.ts";
import type { Cursor, Cursors } from "./cursor.ts";
import {
  commentLocation,
  listComments,
  viewerThreads,
  pageState,
  pageVersion,
  threadsOf,
  type ListQuery,
  type OwnPending,
} from "./list.ts";
import { etagOf, type Cached, type Entry, type ListingCache, type ListingLayout } from "./listing-cache.ts";
import type { Comment as CommentJson, CommentPage } from "../../contract/wire.ts";
import { compareTime, isAfter, pageThread, repliesAfter, START } from "./threads.ts";
import { BEST_REORDER_MS } from "./best.ts";

const encoder = new TextEncoder();

function concat(parts: Uint8Array[]): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

/** The listing's JSON (as JSON.stringify writes it), and where each thread lies in it. */
function encodeListing(
  threads: Uint8Array[],
  keys: { id: string; createdAt: string }[],
  nextCursor: string | null,
  total: number,
  closed: boolean,
) {
  const parts: Uint8Array[] = [encoder.encode('{"comments":[')];
  let at = parts[0]!.length;
  const layout: ListingLayout = { threads: [], nextCursor, total, closed };
  threads.forEach((bytes, i) => {
    if (i > 0) {
      parts.push(encoder.encode(","));
      at += 1;
    }
    parts.push(bytes);
    layout.threads.push({ ...keys[i]!, start: at, end: at + bytes.length });
    at += bytes.length;
  });
  parts.push(encoder.encode(`],"nextCursor":${JSON.stringify(nextCursor)},"total":${total}${closed ? ',"closed":true' : ""}}`));
  return { body: concat(parts), layout };
}

async function publicListing(db: Db, cache: ListingCache, query: ListQuery, cursors: Cursors): Promise<Entry> {
  const key = JSON.stringify(["listing", query]);
  const scope = JSON.stringify(["listing", query.siteId, query.pageKey, query.sort]);
  const { version, closed } = await pageState(db, query.siteId, query.pageKey);
  // Votes do not change the page's version: a best-first listing is also rebuilt when it is old.
  const hit = cache.get(key, version, query.sort === "best" ? BEST_REORDER_MS : undefined);
  if (hit) return hit;
  const page: CommentPage = await listComments(db, query, null, cursors);
  const { body, layout } = encodeListing(
    page.comments.map((c) => encoder.encode(JSON.stringify(c))),
    page.comments,
    page.nextCursor,
    page.total,
    closed,
  );
  if (!cache.keeps(scope, query.cursor)) return { version, body, gzip: null, etag: await etagOf(body), layout };
  cache.handedOut(scope, page.nextCursor);
  for (const thread of page.comments) cache.handedOut(JSON.stringify(["replies", query.siteId, thread.id]), thread.repliesCursor ?? null);
  return cache.set(key, version, body, layout);
}

/** Cheap, stable digest of the viewer's pending comments: part of their listing's ETag. */
function digestOwn(own: OwnPending[]): string {
  let h = 0x811c9dc5;
  for (const c of own) {
    for (const ch of `${c.id}|${c.editedAt ?? ""};`) h = Math.imul(h ^ ch.charCodeAt(0), 0x01000193);
  }
  return (h >>> 0).toString(36);
}

/**
 * A page's listing as the viewer sees it: the shared cached body, with the viewer's own pending
 * comments spliced in (their threads rebuilt from one indexed query). Nothing personal is cached.
 */
export async function viewerListing(
  db: Db,
  cache: ListingCache,
  query: ListQuery,
  viewerId: string | null,
  cursors: Cursors,
): Promise<Cached> {
  const [entry, mine] = await Promise.all([
    publicListing(db, cache, query, cursors),
    viewerId ? viewerThreads(db, query.siteId, query.pageKey, viewerId) : undefined,
  ]);
  const own = mine?.own ?? [];
  const layout = entry.layout!;
  const shown = new Set(layout.threads.map((t) => t.id));
  const best = query.sort === "best";
  const after = query.cursor && !best ? cursors.decode(query.cursor) : null;
  const last = layout.threads[layout.threads.length - 1];
  // In the listing's order: does `c` come after the cursor, and no later than the page's end?
  const beyond = (c: { createdAt: string; id: string }, k: Cursor) =>
    query.sort === "oldest" ? isAfter(c, k) : isAfter({ createdAt: k.at, id: k.id }, { at: c.createdAt, id: c.id });
  // Best first, the reader's own waiting comments (no votes yet) head the first page.
  const inWindow = (c: OwnPending) =>
    best
      ? !query.cursor
      : (!after || beyond(c, after)) && (layout.nextCursor === null || !last || !beyond(c, { at: last.createdAt, id: last.id }));
  const affected = new Set(
    own.filter((c) => (c.parentId === null ? inWindow(c) : shown.has(c.rootId))).map((c) => (c.parentId === null ? c.id : c.rootId)),
  );
  if (affected.size === 0) return entry;

  const rebuilt = new Map<string, CommentJson>();
  for (const id of affected) {
    const thread = mine!.threads.get(id);
    if (thread) rebuilt.set(id, query.replies === undefined ? thread : pageThread(thread, query.replies, cursors));
  }
  const items: { id: string; createdAt: string; bytes: Uint8Array }[] = layout.threads.map((t) => {
    const mine = rebuilt.get(t.id);
    return { id: t.id, createdAt: t.createdAt, bytes: mine ? encoder.encode(JSON.stringify(mine)) : entry.body.subarray(t.start, t.end) };
  });
  for (const [id, thread] of rebuilt) {
    if (!shown.has(id)) items.push({ id, createdAt: thread.createdAt, bytes: encoder.encode(JSON.stringify(thread)) });
  }
  if (best) items.unshift(...items.splice(layout.threads.length));
  else items.sort(query.sort === "oldest" ? compareTime : (a, b) => compareTime(b, a));
  const kept = best ? items : items.slice(0, query.limit);
  const end = kept[kept.length - 1];
  const nextCursor = !best && items.length > query.limit && end ? cursors.encode({ at: end.createdAt, id: end.id }) : layout.nextCursor;
  const { body } = encodeListing(
    kept.map((i) => i.bytes),
    kept,
    nextCursor,
    layout.total,
    layout.closed,
  );
  return { etag: `${entry.etag.slice(0, -1)}.${digestOwn(own)}"`, body, gzip: null };
}

export interface RepliesQuery {
  siteId: string;
  rootId: string;
  cursor?: string;
  limit: number;
}

/**
 * The next replies of one thread, flat and in time order. Public pages of replies are cached
 * like listings; a viewer with pending replies in the thread gets theirs included.
 */
export async function threadReplies(
  db: Db,
  cache: ListingCache,
  q: RepliesQuery,
  viewerId: string | null,
  cursors: Cursors,
): Promise<Cached> {
  const after = q.cursor ? cursors.decode(q.cursor) : START;
  const root = await commentLocation(db, q.rootId);
  if (!root || root.siteId !== q.siteId || root.parentId !== null) throw notFound("The comment");
  const [version, mine] = await Promise.all([
    pageVersion(db, q.siteId, root.pageKey),
    viewerId ? viewerThreads(db, q.siteId, root.pageKey, viewerId) : undefined,
  ]);
  const personal = mine?.own.some((c) => c.rootId === q.rootId && c.id !== q.rootId) ?? false;
  const key = JSON.stringify(["replies", q]);
  const scope = JSON.stringify(["replies", q.siteId, q.rootId]);
  const hit = personal ? undefined : cache.get(key, version);
  if (hit) return hit;
  const [thread] = personal ? [mine!.threads.get(q.rootId)] : await threadsOf(db, q.siteId, [q.rootId], null);
  if (!thread) throw notFound("The comment");
  const page = repliesAfter(thread, after, q.limit, cursors);
  const body = encoder.encode(JSON.stringify(page));
  if (personal || !cache.keeps(scope, q.cursor)) return { etag: await etagOf(body), body, gzip: null };
  cache.handedOut(scope, page.nextCursor);
  return cache.set(key, version, body);
}
