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
    upvotes: deleted ? 0 : row.upvotes,
    downvotes: deleted ? 0 : row.downvotes,
  } satisfies Comment;
}

/** How deep replies nest: a reply to a comment this deep is filed beside it (moderation/comment-writes.ts). */
export const MAX_REPLY_DEPTH = 8;

const byTime = (a: CommentWithAuthor, b: CommentWithAuthor) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id);

/**
 * Nests replies under their parents, oldest first, and drops deleted comments that have no
 * visible reply left under them. Built without recursion, and no deeper than MAX_REPLY_DEPTH:
 * whatever lies below a comment one level above it (a chain from before the limit, however
 * long) is listed flat under that comment, oldest first, so no thread can break a page.
 */
export function buildThreads(roots: CommentWithAuthor[], replies: CommentWithAuthor[]): Comment[] {
  const children = new Map<string, CommentWithAuthor[]>();
  for (const reply of replies) {
    const list = children.get(reply.parentId!) ?? [];
    list.push(reply);
    children.set(reply.parentId!, list);
  }
  for (const list of children.values()) list.sort(byTime);
  const built = new Map<string, Comment | null>();
  const below = (row: CommentWithAuthor): Comment[] => {
    const all: CommentWithAuthor[] = [];
    const pending = [...(children.get(row.id) ?? [])];
    for (let next = pending.pop(); next; next = pending.pop()) {
      if (next.status !== "deleted") all.push(next);
      pending.push(...(children.get(next.id) ?? []));
    }
    return all.sort(byTime).map((r) => toCommentJson(r));
  };
  const build = (root: CommentWithAuthor): Comment | null => {
    // Post-order: a comment is built once its replies are.
    const stack: { row: CommentWithAuthor; depth: number; expanded: boolean }[] = [{ row: root, depth: 0, expanded: false }];
    while (stack.length > 0) {
      const top = stack[stack.length - 1]!;
      const kids = children.get(top.row.id) ?? [];
      const nests = top.depth < MAX_REPLY_DEPTH - 1;
      if (!top.expanded && nests) {
        top.expanded = true;
        for (const kid of kids) stack.push({ row: kid, depth: top.depth + 1, expanded: false });
        continue;
      }
      stack.pop();
      const replies = nests ? kids.map((kid) => built.get(kid.id)).filter((c): c is Comment => c != null) : below(top.row);
      built.set(top.row.id, top.row.status === "deleted" && replies.length === 0 ? null : toCommentJson(top.row, replies));
    }
    return built.get(root.id) ?? null;
  };
  return roots.map(build).filter((c): c is Comment => c !== null);
}

/** The contract's User: what anyone may see of a commenter. */
export function publicUser(user: Pick<typeof users.$inferSelect, "id" | "name" | "avatar" | "kind">) {
  return { id: user.id, name: user.name, ...(user.avatar ? { avatar: user.avatar } : {}), kind: user.kind } satisfies PublicUser;
}
