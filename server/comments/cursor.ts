import { asc, desc, sql } from "drizzle-orm";
import { comments } from "../../db/schema.ts";
import { ApiError } from "../errors.ts";
import { hmac } from "@noble/hashes/hmac.js";
import { sha256 } from "@noble/hashes/sha2.js";
import { fromBase64Url, toBase64Url } from "../lib/crypto.ts";

/** A position in a keyset ordering: the last item's sort key, so inserts never shift pages. */
export interface Cursor {
  at: string;
  id: string;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** Cursors the server hands out, signed with its secret: any other is refused before it costs a query. */
export interface Cursors {
  encode(cursor: Cursor): string;
  /** The position a cursor names; `validation_failed` (naming `field`) for one this server did not give out. */
  decode(text: string, field?: string): Cursor;
}

/** HMAC-SHA-256 (pure JS, the same on Node and Workers), 16 bytes of it after the position. */
export function signedCursors(secret: string): Cursors {
  const key = encoder.encode(`parley cursor ${secret}`);
  const sign = (payload: string) => toBase64Url(hmac(sha256, key, encoder.encode(payload)).slice(0, 16));
  return {
    encode(cursor) {
      const payload = toBase64Url(encoder.encode(JSON.stringify([cursor.at, cursor.id])));
      return `${payload}.${sign(payload)}`;
    },
    decode(text, field = "cursor") {
      const [payload, signature, extra] = text.split(".");
      if (payload && signature && extra === undefined && sign(payload) === signature) {
        try {
          const [at, id] = JSON.parse(decoder.decode(fromBase64Url(payload))) as unknown[];
          if (typeof at === "string" && typeof id === "string") return { at, id };
        } catch {
          // fall through to the error below
        }
      }
      throw new ApiError("validation_failed", "The cursor is not one this server gave out.", { field });
    },
  };
}

/**
 * Keyset paging over comments by (createdAt, id): the condition for "after the cursor" in the
 * chosen direction, and the matching order. New comments never shift a page already served.
 */
export function commentKeyset(sort: "oldest" | "newest", after: Cursor | null) {
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
