import type { InStatement } from "@libsql/client";
import { and, eq } from "drizzle-orm";
import type { EraseAnswer, ReaderData } from "../../contract/data.ts";
import { runStatements, type Db } from "../../db/client.ts";
import type { SiteRow } from "../../db/rows.ts";
import { comments, reports, sanctions, strikes, subscriptions, userIdentifiers, users, votes } from "../../db/schema.ts";
import { notFound } from "../errors.ts";
import { auditStatement } from "../moderation/audit.ts";

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
  const at = now.toISOString();
  const mine = `SELECT "id" FROM "comments" WHERE "author_id" = ?`;
  // The comments removed: the commenter's and, below them, every reply.
  const doomed = `WITH RECURSIVE doomed("id") AS (${mine} UNION SELECT c."id" FROM "comments" c JOIN doomed d ON c."parent_id" = d."id") SELECT "id" FROM doomed`;
  const remove = site.erasure === "remove";
  const target = remove ? doomed : mine;
  const counted = await db.$client.execute({ sql: `SELECT count(*) AS n FROM (${target})`, args: [userId] });
  const count = Number(counted.rows[0]?.n ?? 0);
  const statements: InStatement[] = [
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
  ];
  if (remove) {
    statements.push(
      { sql: `UPDATE "pages" SET "version" = "version" + 1 WHERE "site_id" = ? AND "key" IN (SELECT DISTINCT "page_key" FROM "comments" WHERE "id" IN (${doomed}))`, args: [site.id, userId] },
      ...["reports", "votes", "subscriptions", "comment_bands", "decisions"].map((table) => ({
        sql: `DELETE FROM "${table}" WHERE "comment_id" IN (${doomed})`,
        args: [userId],
      })),
      { sql: `UPDATE "strikes" SET "comment_id" = NULL WHERE "comment_id" IN (${doomed})`, args: [userId] },
      { sql: `DELETE FROM "comments" WHERE "id" IN (${doomed})`, args: [userId] },
    );
  } else {
    statements.push(
      { sql: `DELETE FROM "comment_bands" WHERE "comment_id" IN (${mine})`, args: [userId] },
      {
        sql: `UPDATE "comments" SET "status" = 'deleted', "body" = '', "html" = '', "spans" = NULL, "fingerprint" = NULL, "signals" = NULL,
                "deleted_at" = coalesce("deleted_at", ?) WHERE "author_id" = ?`,
        args: [at, userId],
      },
    );
  }
  statements.push(
    {
      sql: `UPDATE "users" SET "name" = '[deleted]', "email" = NULL, "avatar" = NULL, "external_id" = NULL, "erased_at" = ? WHERE "id" = ?`,
      args: [at, userId],
    },
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
