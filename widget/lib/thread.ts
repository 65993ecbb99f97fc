/** Comment trees: display threading (indent a few levels, then flatten) and updates. */
import type { Comment } from "../api.ts";

export interface ThreadNode {
  comment: Comment;
  /** Set when the comment is shown flattened below its parent's level: the parent's author. */
  replyingTo: string | null;
  children: ThreadNode[];
}

/**
 * Nest replies up to `maxDepth` levels (top level = 0); under a comment at `maxDepth`,
 * all its descendants form one flat list, in conversation order, each marked "replying to
 * NAME" (so the indentation stops at `maxDepth + 1`).
 */
export function thread(comments: readonly Comment[], maxDepth = 3): ThreadNode[] {
  const build = (list: readonly Comment[], depth: number): ThreadNode[] =>
    list.map((c) => ({
      comment: c,
      replyingTo: null,
      children: depth < maxDepth ? build(c.replies ?? [], depth + 1) : flat(c),
    }));
  // At the deepest level, every descendant becomes a sibling list under that node.
  const flat = (parent: Comment): ThreadNode[] => {
    const out: ThreadNode[] = [];
    const walk = (p: Comment) => {
      for (const r of p.replies ?? []) {
        out.push({ comment: r, replyingTo: p.author.name, children: [] });
        walk(r);
      }
    };
    walk(parent);
    return out;
  };
  return build(comments, 0);
}

/** Depth-first search. */
export function findComment(list: readonly Comment[], id: string): Comment | null {
  for (const c of list) {
    if (c.id === id) return c;
    const r = findComment(c.replies ?? [], id);
    if (r) return r;
  }
  return null;
}

export function mapTree(list: readonly Comment[], f: (c: Comment) => Comment | null): Comment[] {
  const out: Comment[] = [];
  for (const c of list) {
    const m = f(c);
    if (!m) continue;
    out.push(m.replies?.length ? { ...m, replies: mapTree(m.replies, f) } : m);
  }
  return out;
}

/** A new reply, appended under its parent (replies read oldest first). */
export function addReply(list: readonly Comment[], parentId: string, c: Comment): Comment[] {
  return mapTree(list, (p) => (p.id === parentId ? { ...p, replies: [...(p.replies ?? []), { ...c, replies: c.replies ?? [] }] } : p));
}

/** Append a further page, skipping any comment already shown (e.g. one just posted). */
export function appendPage(list: readonly Comment[], more: readonly Comment[]): Comment[] {
  return [...list, ...more.filter((c) => !findComment(list, c.id))];
}

/** Whether `userId` may edit `c` at `now`: their own, not deleted, within the edit window. */
export function canEdit(c: Comment, userId: string | null | undefined, editWindowMinutes: number, now: number): boolean {
  return !!userId && c.author?.id === userId && c.status !== "deleted" && now - Date.parse(c.createdAt) < editWindowMinutes * 60_000;
}

/** Up to two initials for an avatar ("Ana Lima" → "AL", "émile" → "É"). */
export function initials(name: string): string {
  const w = name.trim().split(/\s+/);
  const first = (s = "") => [...s][0] ?? "";
  return (first(w[0]) + (w.length > 1 ? first(w.at(-1)) : "") || "?").toUpperCase();
}

/** Every descendant of `c`, flat (each without its replies), oldest first (then by id). */
export function descendants(c: Comment): Comment[] {
  const out: Comment[] = [];
  const walk = (p: Comment) => p.replies?.forEach((r) => (out.push({ ...r, replies: [] }), walk(r)));
  walk(c);
  return out.sort((a, b) => (a.createdAt + a.id < b.createdAt + b.id ? -1 : 1));
}
