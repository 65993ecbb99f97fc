import type { Comment, PublicUser } from "../../contract/wire.ts";
import type { CommentRow } from "../../db/rows.ts";
import type { users } from "../../db/schema.ts";

export type { CommentRow };
export type CommentWithAuthor = CommentRow & { authorName: string };

/** The contract's Comment; a deleted one keeps its place but shows nothing of what it said. */
export function toCommentJson(row: CommentWithAuthor, replies: Comment[] = []) {
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
  } satisfies Comment;
}

/**
 * Nests replies under their parents, oldest first, and drops deleted comments that have no
 * visible reply left under them.
 */
export function buildThreads(roots: CommentWithAuthor[], replies: CommentWithAuthor[]): Comment[] {
  const children = new Map<string, CommentWithAuthor[]>();
  for (const reply of replies) {
    const list = children.get(reply.parentId!) ?? [];
    list.push(reply);
    children.set(reply.parentId!, list);
  }
  const build = (row: CommentWithAuthor, depth: number): Comment | null => {
    const kids = (children.get(row.id) ?? [])
      .sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id))
      .map((child) => (depth < 10_000 ? build(child, depth + 1) : null))
      .filter((c): c is Comment => c !== null);
    if (row.status === "deleted" && kids.length === 0) return null;
    return toCommentJson(row, kids);
  };
  return roots.map((root) => build(root, 0)).filter((c): c is Comment => c !== null);
}

/** The contract's User: what anyone may see of a commenter. */
export function publicUser(user: Pick<typeof users.$inferSelect, "id" | "name" | "avatar" | "kind">) {
  return { id: user.id, name: user.name, ...(user.avatar ? { avatar: user.avatar } : {}), kind: user.kind } satisfies PublicUser;
}
