import type { comments } from "../../db/schema.ts";

export type CommentRow = typeof comments.$inferSelect;
export type CommentWithAuthor = CommentRow & { authorName: string };

export interface CommentJson {
  id: string;
  parentId: string | null;
  author: { id: string; name: string };
  html: string;
  body: string;
  createdAt: string;
  editedAt: string | null;
  status: CommentRow["status"];
  replies: CommentJson[];
  /** With paged replies (`replies=R` on a listing): every reply the reader may see, and where the unsent ones start. */
  replyCount?: number;
  repliesCursor?: string | null;
}

/** The contract's Comment; a deleted one keeps its place but shows nothing of what it said. */
export function toCommentJson(row: CommentWithAuthor, replies: CommentJson[] = []): CommentJson {
  const deleted = row.status === "deleted";
  return {
    id: row.id,
    parentId: row.parentId,
    author: deleted ? { id: "", name: "" } : { id: row.authorId, name: row.authorName },
    html: deleted ? "" : row.html,
    body: deleted ? "" : row.body,
    createdAt: row.createdAt,
    editedAt: row.editedAt,
    status: row.status,
    replies,
  };
}

/**
 * Nests replies under their parents, oldest first, and drops deleted comments that have no
 * visible reply left under them.
 */
export function buildThreads(roots: CommentWithAuthor[], replies: CommentWithAuthor[]): CommentJson[] {
  const children = new Map<string, CommentWithAuthor[]>();
  for (const reply of replies) {
    const list = children.get(reply.parentId!) ?? [];
    list.push(reply);
    children.set(reply.parentId!, list);
  }
  const build = (row: CommentWithAuthor, depth: number): CommentJson | null => {
    const kids = (children.get(row.id) ?? [])
      .sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id))
      .map((child) => (depth < 10_000 ? build(child, depth + 1) : null))
      .filter((c): c is CommentJson => c !== null);
    if (row.status === "deleted" && kids.length === 0) return null;
    return toCommentJson(row, kids);
  };
  return roots.map((root) => build(root, 0)).filter((c): c is CommentJson => c !== null);
}
