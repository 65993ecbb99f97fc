/**
 * Data ownership (issue 14): the site export's lines, the import's summary, a reader's data
 * (GDPR articles 15, 17, 20). Types only.
 */

/** The first line of a site export (`GET /admin/sites/{site}/export`, `npm run export`). */
export interface ExportHeader {
  record: "header";
  format: "parley-export";
  /** Bumped when a line's shape changes incompatibly; importers refuse versions they do not know. */
  version: 1;
  exportedAt: string;
  /** The site's settings, without its SSO secret. */
  site: Record<string, unknown>;
}

/**
 * Every later line: one row of a table, its columns as stored (minus secrets and identifiers),
 * and `record` naming the table (no table has a column of that name; sanctions have a `type`).
 * Votes came later within version 1: a file without them imports with none.
 */
export type ExportRecordType = "policy" | "page" | "user" | "comment" | "vote" | "decision" | "sanction" | "strike";
export interface ExportRecord {
  record: ExportRecordType;
  [column: string]: unknown;
}

/** A vote line: one reader's vote on one comment (the user and comment ids of the same file). */
export interface ExportVote {
  record: "vote";
  commentId: string;
  userId: string;
  value: 1 | -1;
  createdAt: string;
}

export const IMPORT_SOURCES = ["disqus", "wordpress", "remark42", "parley"] as const;
export type ImportSource = (typeof IMPORT_SOURCES)[number];

/** What an import did (`POST /admin/sites/{site}/import`, `npm run import`). */
export interface ImportSummary {
  source: ImportSource;
  /** Pages the comments belong to (new or already there). */
  threads: number;
  /** Comments written now. */
  comments: number;
  users: number;
  /** Comments already imported by an earlier run of the same import: not written again. */
  alreadyImported: number;
  /** Votes written now (a Parley export's); the comments' counters are set from the vote rows. */
  votes: number;
  /** Comments (and other records) left out, by reason ("deleted", "spam", "orphan", "duplicate", "vote: no such user", ...). */
  skipped: Record<string, number>;
  /** Comments the detector scored (with `score`), for moderators to review; nothing is hidden. */
  scored: number;
  /** Of those, the ones at or above the policy's hold threshold: their `rule` is set, their status unchanged. */
  flagged: number;
}

/** `GET /admin/sites/{site}/users/{id}/data`: everything kept about one commenter. */
export interface ReaderData {
  exportedAt: string;
  user: Record<string, unknown>;
  comments: Record<string, unknown>[];
  votes: Record<string, unknown>[];
  reports: Record<string, unknown>[];
  subscriptions: Record<string, unknown>[];
  strikes: Record<string, unknown>[];
  sanctions: Record<string, unknown>[];
  /** Device ids and address hashes linked to the commenter (what erasure removes). */
  identifiers: { kind: string; value: string; createdAt: string; seenAt: string | null }[];
}

/** `POST /admin/sites/{site}/users/{id}/erase`. */
export interface EraseAnswer {
  erasure: "placeholder" | "remove";
  /** Comments turned into placeholders, or removed (with their replies). */
  comments: number;
}
