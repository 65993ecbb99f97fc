/**
 * The comment_bands rows of comments: each fingerprint's bands (simhash.ts), at the time its text
 * was written (the table's key, which the edit and erasure paths delete by), so near-same bodies
 * find it (history.ts, wave.ts). Posting, editing and importing all write them here, one statement
 * for any number of comments: a post writes one comment's, an import a chunk's.
 */
import type { InStatement } from "@libsql/client";
import { always, type Condition } from "../../../db/statements.ts";
import { bands } from "./simhash.ts";

export interface FingerprintedText {
  commentId: string;
  /** null for a body without words: it has no bands. */
  fingerprint: string | null;
  /** When the text was written (ISO): the comment's creation, or its last edit. */
  writtenAt: string;
}

// [[comment id, written at, [band, …]], …] expanded band by band; the SQL is a constant.
const INSERT_BANDS = `INSERT INTO "comment_bands" ("site_id", "band", "comment_id", "created_at")
  SELECT ?, b."value", c."value" ->> 0, c."value" ->> 1 FROM json_each(?) c, json_each(c."value", '$[2]') b WHERE `;

/** One INSERT of the texts' bands, when `when` holds (none for texts without a fingerprint). */
export function bandStatements(siteId: string, texts: FingerprintedText[], when: Condition = always): InStatement[] {
  const rows = texts.flatMap((t) => (t.fingerprint ? [[t.commentId, t.writtenAt, bands(t.fingerprint)]] : []));
  if (rows.length === 0) return [];
  return [{ sql: INSERT_BANDS + when.sql, args: [siteId, JSON.stringify(rows), ...when.args] }];
}
