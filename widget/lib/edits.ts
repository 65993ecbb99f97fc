/** A writer's changes to the comment trees on screen (in the writing chunk: only extras.ts needs them). */
import type { Comment, Sort } from "../api.ts";
import { mapTree } from "./thread.ts";

/** A new top-level comment: last for `oldest`, else first (best first, the reader's own heads the page, as the server lists it). */
export function addTop(list: readonly Comment[], c: Comment, sort: Sort): Comment[] {
  const item = { ...c, replies: c.replies ?? [] };
  return sort === "oldest" ? [...list, item] : [item, ...list];
}

/** Replace a comment's own fields, keeping the replies already shown. */
export function replaceComment(list: readonly Comment[], c: Comment): Comment[] {
  return mapTree(list, (p) => (p.id === c.id ? { ...p, ...c, replies: p.replies } : p));
}

/** Delete: a comment with replies stays as a placeholder, one without goes. */
export function removeComment(list: readonly Comment[], id: string): Comment[] {
  return mapTree(list, (p) => (p.id !== id ? p : p.replies?.length ? { ...p, status: "deleted", body: "", html: "" } : null));
}
