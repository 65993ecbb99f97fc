import type { Cursor, Cursors } from "./cursor.ts";
import type { Comment as CommentJson } from "../../contract/wire.ts";

/** Where a replies cursor starts when none of a thread's replies were sent yet. */
export const START: Cursor = { at: "", id: "" };

/** Time order, ties by id, comparing code units as SQLite compares text (not by locale, and faster). */
export function compareTime(a: { createdAt: string; id: string }, b: { createdAt: string; id: string }): number {
  if (a.createdAt !== b.createdAt) return a.createdAt < b.createdAt ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** (createdAt, id) strictly after the cursor. */
export function isAfter(c: { createdAt: string; id: string }, cursor: Cursor): boolean {
  return c.createdAt > cursor.at || (c.createdAt === cursor.at && c.id > cursor.id);
}

/** A built thread's descendants, flat and in time order, each without its own replies. */
export function flattenReplies(thread: CommentJson): CommentJson[] {
  const flat: CommentJson[] = [];
  const walk = (list: CommentJson[]) => {
    for (const c of list) {
      flat.push({ ...c, replies: [] });
      walk(c.replies);
    }
  };
  walk(thread.replies);
  return flat.sort(compareTime);
}

/** Nests a time-ordered prefix of a thread's replies again: a reply's parent is always earlier. */
function nest(rootId: string, flat: CommentJson[]): CommentJson[] {
  const byId = new Map<string, CommentJson>();
  const top: CommentJson[] = [];
  for (const reply of flat) {
    const copy = { ...reply, replies: [] as CommentJson[] };
    byId.set(copy.id, copy);
    if (copy.parentId === rootId) top.push(copy);
    else byId.get(copy.parentId!)?.replies.push(copy);
  }
  return top;
}

/**
 * The thread with only its first `replies` descendants (in time order), how many the reader may
 * see in all, and where the rest start.
 */
export function pageThread(thread: CommentJson, replies: number, cursors: Cursors): CommentJson {
  const flat = flattenReplies(thread);
  const shown = flat.slice(0, replies);
  const last = shown[shown.length - 1];
  return {
    ...thread,
    replies: nest(thread.id, shown),
    replyCount: flat.length,
    repliesCursor: flat.length > replies ? cursors.encode(last ? { at: last.createdAt, id: last.id } : START) : null,
  };
}

/** The replies after `cursor`, at most `limit`, flat, and the cursor for the next ones. */
export function repliesAfter(thread: CommentJson, cursor: Cursor, limit: number, cursors: Cursors) {
  const rest = flattenReplies(thread).filter((c) => isAfter(c, cursor));
  const page = rest.slice(0, limit);
  const last = page[page.length - 1];
  return { replies: page, nextCursor: rest.length > limit && last ? cursors.encode({ at: last.createdAt, id: last.id }) : null };
}
