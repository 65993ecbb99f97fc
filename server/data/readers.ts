import type { InStatement, InValue } from "@libsql/client";
import { and, eq } from "drizzle-orm";
import type { EraseAnswer, ReaderData } from "../../contract/data.ts";
import { runStatements, type Db } from "../../db/client.ts";
import type { SiteRow } from "../../db/rows.ts";
import { comments, reports, sanctions, strikes, subscriptions, userIdentifiers, users, votes } from "../../db/schema.ts";
import { notFound } from "../errors.ts";
import { auditStatement } from "../moderation/audit.ts";
import { BAND_COUNT } from "../moderation/spam/simhash.ts";

type Statement = { sql: string; args: InValue[] };

const SLICES = Array.from({ length: BAND_COUNT }, (_, i) => `SELECT ${i} AS "slice"`).join(" UNION ALL ");

/**
 * Deletes the comment_bands rows of the comments `ids` selects, by the table's key (site, band,
 * time, comment): each band of the stored fingerprint as spam/simhash.ts `bands` spells it
 * ("2:9f3a"), at the comment's creation or last edit (when its bands were written, as the edit
 * path in moderation/comment-writes.ts deletes them). By comment id alone it would read the whole
 * table, which is keyed for the spam lookup.
 */
const deleteBands = (ids: string): string => `DELETE FROM "comment_bands" WHERE ("site_id", "band", "created_at", "comment_id") IN (
  SELECT c."site_id", s."slice" || ':' || substr(c."fingerprint", s."slice" * 4 + 1, 4),
    CASE WHEN e."edited" THEN coalesce(c."edited_at", c."created_at") ELSE c."created_at" END, c."id"
  FROM "comments" c, (${SLICES}) s, (SELECT 0 AS "edited" UNION ALL SELECT 1) e
  WHERE c."id" IN (${ids}) AND c."fingerprint" IS NOT NULL)`;

async function findUser(db: Db, siteId: string, userId: string) {
  const user = await db.query.users.findFirst({ where: and(eq(users.id, userId), eq(users.siteId, siteId)) });
  if (!user) throw notFound("The user");
  return user;
}

/**
 * Everything the site keeps about one commenter (GDPR articles 15 and 20), as JSON: their account,
 * every comment with its body, their votes, reports, subscriptions, strikes and sanctions, and the
 * device ids and address hashes linked to them. Session tokens are left out (hashes of secrets).
 */
export async function readerData(db: Db, siteId: string, userId: string, adminId: string, now: Date): Promise<ReaderData> {
  const user = await findUser(db, siteId, userId);
  const [commentRows, voteRows, reportRows, subscriptionRows, strikeRows, sanctionRows, identifierRows] = await Promise.all([
    db.select().from(comments).where(eq(comments.authorId, userId)).orderBy(comments.createdAt),
    db.select().from(votes).where(eq(votes.userId, userId)),
    db.select().from(reports).where(eq(reports.userId, userId)),
    db
      .select({ id: subscriptions.id, commentId: subscriptions.commentId, email: subscriptions.email, confirmedAt: subscriptions.confirmedAt, createdAt: subscriptions.createdAt })
      .from(subscriptions)
      .where(eq(subscriptions.userId, userId)),
    db.select().from(strikes).where(eq(strikes.userId, userId)),
    db.select().from(sanctions).where(eq(sanctions.userId, userId)),
    db
      .select({ kind: userIdentifiers.kind, value: userIdentifiers.value, createdAt: userIdentifiers.createdAt, seenAt: userIdentifiers.seenAt })
      .from(userIdentifiers)
      .where(eq(userIdentifiers.userId, userId)),
  ]);
  await runStatements(db, [
    auditStatement({ siteId, actorType: "admin", actorId: adminId, action: "user.export", targetType: "user", targetId: userId, userId, createdAt: now }),
  ]);
  return {
    exportedAt: now.toISOString(),
    user,
    comments: commentRows,
    votes: voteRows,
    reports: reportRows,
    subscriptions: subscriptionRows,
    strikes: strikeRows,
    sanctions: sanctionRows,
    identifiers: identifierRows,
  };
}

const MINE = `SELECT "id" FROM "comments" WHERE "author_id" = ?`;
// The commenter's comments and, below them, every reply: each step finds a comment's replies
// through comments_page_top (site, page, parent), as replies are on their parent's page.
const DOOMED = `WITH RECURSIVE doomed("id", "site_id", "page_key") AS (
    SELECT "id", "site_id", "page_key" FROM "comments" WHERE "author_id" = ?
    UNION SELECT c."id", c."site_id", c."page_key" FROM "comments" c JOIN doomed d ON c."site_id" = d."site_id" AND c."page_key" = d."page_key" AND c."parent_id" = d."id"
  ) SELECT "id" FROM doomed`;

/** The ids of the comments an erasure changes (one `?`: the commenter): theirs, or theirs with every reply below. */
const erasedComments = (erasure: SiteRow["erasure"]) => (erasure === "remove" ? DOOMED : MINE);

/**
 * The statements of an erasure (eraseReader, which adds the audit entry), for one transaction.
 * Every one reaches its rows through an index (tests/db/query-plans.test.ts reads them).
 */
export function erasureStatements(site: Pick<SiteRow, "id" | "erasure">, user: { id: string; email: string | null }, now: Date): Statement[] {
  const userId = user.id;
  const at = now.toISOString();
  const statements: Statement[] = [
    { sql: `UPDATE "pages" SET "version" = "version" + 1 WHERE "site_id" = ? AND "key" IN (SELECT DISTINCT "page_key" FROM "comments" WHERE "author_id" = ?)`, args: [site.id, userId] },
    // Votes: the counters they added are taken back with them.
    {
      sql: `UPDATE "comments" SET
              "upvotes" = "upvotes" - (SELECT count(*) FROM "votes" v WHERE v."comment_id" = "comments"."id" AND v."user_id" = ? AND v."value" > 0),
              "downvotes" = "downvotes" - (SELECT count(*) FROM "votes" v WHERE v."comment_id" = "comments"."id" AND v."user_id" = ? AND v."value" < 0)
            WHERE "id" IN (SELECT "comment_id" FROM "votes" WHERE "user_id" = ?)`,
      args: [userId, userId, userId],
    },
    { sql: `DELETE FROM "votes" WHERE "user_id" = ?`, args: [userId] },
    { sql: `DELETE FROM "subscriptions" WHERE "user_id" = ?`, args: [userId] },
    { sql: `DELETE FROM "sessions" WHERE "user_id" = ?`, args: [userId] },
    { sql: `DELETE FROM "user_identifiers" WHERE "user_id" = ?`, args: [userId] },
    { sql: `UPDATE "reports" SET "device" = NULL, "address_hash" = NULL, "note" = NULL WHERE "user_id" = ?`, args: [userId] },
    // A block stays (it protects the site), but no longer says whose device it was.
    { sql: `UPDATE "blocks" SET "user_id" = NULL WHERE "user_id" = ?`, args: [userId] },
    ...(user.email ? [{ sql: `DELETE FROM "deliveries" WHERE "channel" = 'email' AND "recipient" = ? AND "status" = 'queued'`, args: [user.email] }] : []),
    // Before the comments change: the bands' keys come from their fingerprints and times.
    { sql: deleteBands(erasedComments(site.erasure)), args: [userId] },
  ];
  if (site.erasure === "remove") {
    statements.push(
      { sql: `UPDATE "pages" SET "version" = "version" + 1 WHERE "site_id" = ? AND "key" IN (SELECT DISTINCT "page_key" FROM "comments" WHERE "id" IN (${DOOMED}))`, args: [site.id, userId] },
      ...["reports", "votes", "subscriptions", "decisions"].map((table) => ({
        sql: `DELETE FROM "${table}" WHERE "comment_id" IN (${DOOMED})`,
        args: [userId],
      })),
      { sql: `UPDATE "strikes" SET "comment_id" = NULL WHERE "comment_id" IN (${DOOMED})`, args: [userId] },
      { sql: `DELETE FROM "comments" WHERE "id" IN (${DOOMED})`, args: [userId] },
    );
  } else {
    statements.push({
      sql: `UPDATE "comments" SET "status" = 'deleted', "body" = '', "html" = '', "spans" = NULL, "fingerprint" = NULL, "signals" = NULL,
                "deleted_at" = coalesce("deleted_at", ?) WHERE "author_id" = ?`,
      args: [at, userId],
    });
  }
  statements.push({
    sql: `UPDATE "users" SET "name" = '[deleted]', "email" = NULL, "avatar" = NULL, "external_id" = NULL, "erased_at" = ? WHERE "id" = ?`,
    args: [at, userId],
  });
  return statements;
}

/**
 * Erases a commenter (GDPR article 17), in one transaction. Their comments become placeholders
 * that keep the threads (the site's `erasure` "placeholder"), or are removed with every reply
 * below them ("remove"). Their name, email, avatar and SSO id, device ids and address hashes,
 * sessions, votes, subscriptions and the identity of their reports go; the user row stays, marked
 * erased, so strikes, sanctions and the audit log keep pointing at an id that names no one. The
 * audit entry records the action and the counts, nothing personal. Import keys stay, so re-running
 * an import does not bring the comments back.
 */
export async function eraseReader(db: Db, site: SiteRow, userId: string, adminId: string, now: Date): Promise<EraseAnswer> {
  const user = await findUser(db, site.id, userId);
  const counted = await db.$client.execute({ sql: `SELECT count(*) AS n FROM (${erasedComments(site.erasure)})`, args: [userId] });
  const count = Number(counted.rows[0]?.n ?? 0);
  const statements: InStatement[] = erasureStatements(site, user, now);
  statements.push(
    auditStatement({
      siteId: site.id,
      actorType: "admin",
      actorId: adminId,
      action: "user.erase",
      targetType: "user",
      targetId: userId,
      userId,
      detail: { erasure: site.erasure, comments: count },
      createdAt: now,
    }),
  );
  await runStatements(db, statements);
  return { erasure: site.erasure, comments: count };
}
