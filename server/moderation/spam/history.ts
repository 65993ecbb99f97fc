/**
 * What the database knows that a single body does not: near-same bodies posted recently (by
 * band, then confirmed by Hamming distance), and the author's own recent comments. Every query
 * reads an index: comment_bands by its key, comments_author, and comments by primary key. One
 * statement each, run one after the other: on Workers the database client is shared by the
 * isolate's requests, and a request whose query waits in the client's queue behind another
 * request's is cancelled by the runtime as hung.
 */
import { sql } from "drizzle-orm";
import type { Db } from "../../../db/client.ts";
import { bands, nearSame } from "./simhash.ts";

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

// Each band's most recent candidates (a band shared by thousands of bodies says little anyway).
const inBand = (siteId: string, band: string, since: string) =>
  sql`SELECT "comment_id" FROM (SELECT "comment_id" FROM "comment_bands" WHERE "site_id" = ${siteId} AND "band" = ${band}
      AND "created_at" >= ${since} ORDER BY "created_at" DESC LIMIT ${CANDIDATES_PER_BAND})`;

/** Near-same comments on the site since `since`, besides `exclude` (the comment being edited). */
export async function copiesOf(
  db: Db,
  q: { siteId: string; fingerprint: string; since: Date; pageKey: string; authorId: string; exclude?: string },
): Promise<Copies> {
  const since = q.since.toISOString();
  const candidates = sql.join(
    bands(q.fingerprint).map((band) => inBand(q.siteId, band, since)),
    sql` UNION `,
  );
  const rows = await db.all<CopyRow>(sql`SELECT c."id" AS "id", c."fingerprint" AS "fp", c."page_key" AS "page",
      c."author_id" AS "author" FROM "comments" c WHERE c."id" IN (${candidates}) AND c."status" != 'deleted'`);
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
  const latest = sql`SELECT "signals" FROM "comments" WHERE "author_id" = ${authorId} AND "created_at" >= ${windowSince.toISOString()}
    ORDER BY "created_at" DESC LIMIT ${HABIT_COMMENTS}`;
  const linking = habits
    ? sql`, (SELECT count(*) FROM (${latest})) AS "latest", (SELECT count(*) FROM (${latest}) WHERE instr("signals", ${FOREIGN_LINKS}) > 0) AS "linking"`
    : sql``;
  const [row] = await db.all<{ recent: number; earlier: number; latest?: number; linking?: number }>(sql`SELECT
      (SELECT count(*) FROM "comments" WHERE "author_id" = ${authorId} AND "created_at" >= ${burstSince.toISOString()}) AS "recent",
      EXISTS (SELECT 1 FROM "comments" WHERE "author_id" = ${authorId}) AS "earlier"${linking}`);
  return {
    recent: Number(row?.recent ?? 0),
    any: Number(row?.earlier ?? 0) === 1,
    latest: Number(row?.latest ?? 0),
    linking: Number(row?.linking ?? 0),
  };
}

/** The start of the foreign-links signal's reason, as stored in comments.signals. */
export const FOREIGN_LINKS = "links to domains not on the site's list";
