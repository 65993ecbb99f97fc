import { and, desc, eq, getTableColumns } from "drizzle-orm";
import type { Dossier } from "../../contract/wire.ts";
import { runStatements, type Db } from "../../db/client.ts";
import { comments, strikes, users } from "../../db/schema.ts";
import { publicUser, toCommentJson } from "../comments/serialize.ts";
import { notFound } from "../errors.ts";
import { toSanctionJson } from "./sanctions.ts";
import { auditStatement } from "./audit.ts";
import { currentPolicy } from "./policies.ts";
import { standingFrom, userSanctions } from "./standing.ts";
import { trustOf } from "./trust.ts";
import { userBlocks } from "./blocks.ts";

/** Everything a moderator needs to judge a commenter: standing, strikes, sanctions, recent comments. */
export async function userDossier(db: Db, siteId: string, userId: string, now: Date) {
  const user = await db.query.users.findFirst({ where: and(eq(users.id, userId), eq(users.siteId, siteId)) });
  if (!user) throw notFound("The user");
  const [sanctionRows, strikeRows, commentRows, trust, blockList] = await Promise.all([
    userSanctions(db, userId),
    db.query.strikes.findMany({ where: eq(strikes.userId, userId), orderBy: desc(strikes.createdAt) }),
    db
      .select({ ...getTableColumns(comments), authorName: users.name })
      .from(comments)
      .innerJoin(users, eq(users.id, comments.authorId))
      .where(eq(comments.authorId, userId))
      .orderBy(desc(comments.createdAt))
      .limit(100),
    trustOf(db, userId, now),
    userBlocks(db, siteId, userId),
  ]);
  const nowIso = now.toISOString();
  const active = strikeRows.filter((s) => s.expiresAt > nowIso).length;
  return {
    user: { ...publicUser(user), email: user.email, createdAt: user.createdAt },
    standing: standingFrom(sanctionRows, active, now),
    trust,
    blocks: blockList,
    strikes: strikeRows.map((s) => ({ ...s, active: s.expiresAt > nowIso })),
    sanctions: sanctionRows.map(toSanctionJson),
    comments: commentRows.map((row) => ({ ...toCommentJson(row), page: row.pageKey, score: row.score, rule: row.rule })),
  } satisfies Dossier;
}

const OPEN = `"author_id" = ? AND "site_id" = ? AND "status" IN ('published', 'pending')`;

/**
 * Rejects everything a commenter has published or has waiting on the site, in one transaction:
 * a decision per comment, their pages' cached listings dropped, one audit entry. No strike: a
 * moderator who wants one rejects a comment naming the rule. Answers how many were rejected.
 */
export async function rejectAllBy(db: Db, input: { siteId: string; userId: string; note?: string; adminId: string; now: Date }) {
  const { siteId, userId, now } = input;
  const user = await db.query.users.findFirst({ where: and(eq(users.id, userId), eq(users.siteId, siteId)) });
  if (!user) throw notFound("The user");
  const policy = await currentPolicy(db, siteId);
  const at = now.toISOString();
  const who = [userId, siteId];
  const results = await runStatements(db, [
    {
      sql: `UPDATE "pages" SET "version" = "version" + 1 WHERE "site_id" = ? AND "key" IN (SELECT DISTINCT "page_key" FROM "comments" WHERE ${OPEN})`,
      args: [siteId, ...who],
    },
    {
      sql: `INSERT INTO "decisions" ("id", "site_id", "comment_id", "actor", "outcome", "policy_version", "rule", "score", "note", "created_at")
            SELECT lower(hex(randomblob(10))), "site_id", "id", ?, 'reject', ?, NULL, "score", ?, ? FROM "comments" WHERE ${OPEN}`,
      args: [input.adminId, policy.version, input.note ?? null, at, ...who],
    },
    {
      sql: `UPDATE "comments" SET "status" = 'rejected', "hold_reason" = NULL, "linked_sanction" = NULL, "decided_at" = ?, "report_count" = 0,
            "report_weight" = 0 WHERE ${OPEN}`,
      args: [at, ...who],
    },
    auditStatement({
      siteId,
      actorType: "admin",
      actorId: input.adminId,
      action: "user.reject_all",
      targetType: "user",
      targetId: userId,
      userId,
      policyVersion: policy.version,
      detail: input.note ? { note: input.note } : undefined,
      createdAt: now,
    }),
  ]);
  return results[2]!.rowsAffected;
}
