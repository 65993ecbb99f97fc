/**
 * What the database knows that a single body does not: near-same bodies posted recently (by
 * band, then confirmed by Hamming distance), and the author's own recent comments. Every query
 * reads an index: comment_bands by its key, comments_author, and comments by primary key. One
 * statement each, run one after the other: on Workers the database client is shared by the
 * isolate's requests, and a request whose query waits in the client's queue behind another
 * request's is cancelled by the runtime as hung.
 */
import { readRows, type Db } from "../../../db/client.ts";
import { BAND_COUNT, bands, nearSame } from "./simhash.ts";

/**
 * Candidates read per band at most: the signal needs to see 3 pages or accounts, and in a wave
 * every post would otherwise read all of the wave's earlier copies (a write's cost growing with it).
 */
const CANDIDATES_PER_BAND = 50;

export interface Copies {
  /** Earlier near-same comments in the window (any status but deleted). */
  comments: number;
  /** Distinct pages and authors, counting the new comment's. */
  pages: number;
  authors: number;
}

interface CopyRow {
  id: string;
  fp: string | null;
  page: string;
  author: string;
}

// Each band's most recent candidates (a band shared by thousands of bodies says little anyway),
// then the comments they name. The SQL is a constant (built once, not per write).
const COPIES_SQL = `SELECT c."id" AS "id", c."fingerprint" AS "fp", c."page_key" AS "page", c."author_id" AS "author"
  FROM "comments" c WHERE c."id" IN (${Array.from(
    { length: BAND_COUNT },
    () => `SELECT "comment_id" FROM (SELECT "comment_id" FROM "comment_bands" WHERE "site_id" = ? AND "band" = ?
      AND "created_at" >= ? ORDER BY "created_at" DESC LIMIT ${CANDIDATES_PER_BAND})`,
  ).join(" UNION ")}) AND c."status" != 'deleted'`;

/** Near-same comments on the site since `since`, besides `exclude` (the comment being edited). */
export async function copiesOf(
  db: Db,
  q: { siteId: string; fingerprint: string; since: Date; pageKey: string; authorId: string; exclude?: string },
): Promise<Copies> {
  const since = q.since.toISOString();
  const rows = await readRows<CopyRow>(db, { sql: COPIES_SQL, args: bands(q.fingerprint).flatMap((band) => [q.siteId, band, since]) });
  const seen = new Set<string>();
  const pages = new Set([q.pageKey]);
  const authors = new Set([q.authorId]);
  for (const row of rows) {
    if (row.id === q.exclude || seen.has(row.id) || !row.fp || !nearSame(q.fingerprint, row.fp)) continue;
    seen.add(row.id);
    pages.add(row.page);
    authors.add(row.author);
  }
  return { comments: seen.size, pages: pages.size, authors: authors.size };
}

/** Earlier comments read for the author's habits. */
const HABIT_COMMENTS = 10;

export interface AuthorHistory {
  /** Comments since the burst window began. */
  recent: number;
  /** Whether they wrote any comment before (first comments are judged more strictly). */
  any: boolean;
  /**
   * Of their latest comments since the copy window began (at most HABIT_COMMENTS): how many, and
   * how many linked to another site. 0 when not asked for (`habits` false).
   */
  latest: number;
  linking: number;
}

/**
 * The author's comments since `burstSince`, whether they ever wrote one, and, when `habits` (the
 * body links anywhere: only then is a linking habit a signal), how their latest ones linked.
 */
export async function authorHistory(db: Db, authorId: string, burstSince: Date, windowSince: Date, habits = true): Promise<AuthorHistory> {
  const recent = [authorId, burstSince.toISOString(), authorId];
  const latest = [authorId, windowSince.toISOString()];
  const [row] = habits
    ? await readRows<HistoryRow>(db, { sql: HISTORY_SQL + HABITS_SQL, args: [...recent, ...latest, ...latest, FOREIGN_LINKS] })
    : await readRows<HistoryRow>(db, { sql: HISTORY_SQL, args: recent });
  return {
    recent: Number(row?.recent ?? 0),
    any: Number(row?.earlier ?? 0) === 1,
    latest: Number(row?.latest ?? 0),
    linking: Number(row?.linking ?? 0),
  };
}

interface HistoryRow {
  recent: number;
  earlier: number;
  latest?: number;
  linking?: number;
}

const HISTORY_SQL = `SELECT (SELECT count(*) FROM "comments" WHERE "author_id" = ? AND "created_at" >= ?) AS "recent",
  EXISTS (SELECT 1 FROM "comments" WHERE "author_id" = ?) AS "earlier"`;
const LATEST_SQL = `SELECT "signals" FROM "comments" WHERE "author_id" = ? AND "created_at" >= ? ORDER BY "created_at" DESC LIMIT ${HABIT_COMMENTS}`;
const HABITS_SQL = `, (SELECT count(*) FROM (${LATEST_SQL})) AS "latest",
  (SELECT count(*) FROM (${LATEST_SQL}) WHERE instr("signals", ?) > 0) AS "linking"`;

/** The start of the foreign-links signal's reason, as stored in comments.signals. */
export const FOREIGN_LINKS = "links to domains not on the site's list";
