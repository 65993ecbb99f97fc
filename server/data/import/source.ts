import type { ExportVote } from "../../../contract/data.ts";
import { ApiError } from "../../errors.ts";

/**
 * What every importer reads a file into, whatever its format: threads (pages), their comments,
 * and, from Parley's own export, users, votes and the moderation records that go with them.
 */
export interface SourceThread {
  kind: "thread";
  id: string;
  /** The page's address as the old system knew it; the page key is derived from it. */
  url: string | null;
  /** A page key given as such (Parley's export): used as it is. */
  key?: string;
  title: string | null;
  line: number;
}

export interface SourceAuthor {
  /** Identifies the author within the source: a username, a user id, or the name and address. */
  key: string;
  name: string;
  email: string | null;
  avatar?: string | null;
}

export type SourceState = "published" | "pending" | "rejected" | "deleted" | "spam";

export interface SourceComment {
  kind: "comment";
  id: string;
  thread: string;
  parent: string | null;
  author: SourceAuthor;
  /** The body as the source stores it: HTML (converted to markdown) or markdown. */
  html?: string;
  markdown?: string;
  /** For HTML that is text with tags (WordPress): newlines are line breaks. */
  newlinesAreBreaks?: boolean;
  createdAt: string;
  editedAt?: string | null;
  state: SourceState;
  /** Parley's own export: the moderation columns, kept as they were. */
  moderation?: Record<string, unknown>;
  line: number;
}

/** Parley's own export: a user as it was (kind and SSO id kept). */
export interface SourceUser {
  kind: "user";
  id: string;
  userKind: "guest" | "sso";
  externalId: string | null;
  name: string;
  email: string | null;
  avatar: string | null;
  createdAt: string;
  erasedAt: string | null;
  line: number;
}

/** Parley's own export: decisions, sanctions, strikes and policies, with ids to remap. */
export interface SourceRow {
  kind: "row";
  table: "decision" | "sanction" | "strike" | "policy";
  row: Record<string, unknown>;
  line: number;
}

/** Parley's own export: a reader's vote (its line as exported), by the file's user and comment ids. */
export type SourceVote = Omit<ExportVote, "record"> & { kind: "vote"; line: number };

export type SourceRecord = SourceThread | SourceComment | SourceUser | SourceRow | SourceVote;

/** A file the importer cannot read: `validation_failed` naming the file and the line. */
export function badFile(message: string, line?: number): ApiError {
  return new ApiError("validation_failed", line ? `Line ${line}: ${message}` : message, { field: "file", ...(line ? { line } : {}) });
}

/** An ISO 8601 UTC time from a date the source wrote, or null when it is no date. */
export function isoDate(value: string | undefined | null): string | null {
  if (!value) return null;
  const time = Date.parse(value);
  return Number.isNaN(time) ? null : new Date(time).toISOString();
}
