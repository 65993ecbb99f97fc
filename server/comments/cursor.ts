import { asc, desc, sql } from "drizzle-orm";
import { comments } from "../../db/schema.ts";
import { ApiError } from "../errors.ts";
import { fromBase64Url, toBase64Url } from "../lib/crypto.ts";

/** A position in a keyset ordering: the last item's sort key, so inserts never shift pages. */
export interface Cursor {
  at: string;
  id: string;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

export function encodeCursor(cursor: Cursor): string {
  return toBase64Url(encoder.encode(JSON.stringify([cursor.at, cursor.id])));
}

export function decodeCursor(text: string, field = "cursor"): Cursor {
  try {
    const [at, id] = JSON.parse(decoder.decode(fromBase64Url(text))) as unknown[];
    if (typeof at === "string" && typeof id === "string") return { at, id };
  } catch {
    // fall through to the error below
  }
  throw new ApiError("validation_failed", "The cursor is not one this server gave out.", { field });
}

/**
 * Keyset paging over comments by (createdAt, id): the condition for "after the cursor" in the
 * chosen direction, and the matching order. New comments never shift a page already served.
 */
export function commentKeyset(sort: "oldest" | "newest", cursor: string | undefined) {
  const after = cursor ? decodeCursor(cursor) : null;
  const direction = sort === "oldest" ? asc : desc;
  // A row value: SQLite seeks to it in an index on (…, created_at, id); an OR of terms it cannot.
  const position = sql`(${comments.createdAt}, ${comments.id})`;
  return {
    where: after
      ? sort === "oldest"
        ? sql`${position} > (${after.at}, ${after.id})`
        : sql`${position} < (${after.at}, ${after.id})`
      : undefined,
    orderBy: [direction(comments.createdAt), direction(comments.id)],
  };
}
