import { and, desc, eq, getTableColumns } from "drizzle-orm";
import type { Dossier } from "../../contract/wire.ts";
import type { Db } from "../../db/client.ts";
import { comments, strikes, users } from "../../db/schema.ts";
import { publicUser, toCommentJson } from "../comments/serialize.ts";
import { notFound } from "../errors.ts";
import { toSanctionJson } from "./sanctions.ts";
import { standingFrom, userSanctions } from "./standing.ts";

/** Everything a moderator needs to judge a commenter: standing, strikes, sanctions, recent comments. */
export async function userDossier(db: Db, siteId: string, userId: string, now: Date) {
  const user = await db.query.users.findFirst({ where: and(eq(users.id, userId), eq(users.siteId, siteId)) });
  if (!user) throw notFound("The user");
  const [sanctionRows, strikeRows, commentRows] = await Promise.all([
    userSanctions(db, userId),
    db.query.strikes.findMany({ where: eq(strikes.userId, userId), orderBy: desc(strikes.createdAt) }),
    db
      .select({ ...getTableColumns(comments), authorName: users.name })
      .from(comments)
      .innerJoin(users, eq(users.id, comments.authorId))
      .where(eq(comments.authorId, userId))
      .orderBy(desc(comments.createdAt))
      .limit(100),
  ]);
  const nowIso = now.toISOString();
  const active = strikeRows.filter((s) => s.expiresAt > nowIso).length;
  return {
    user: { ...publicUser(user), email: user.email, createdAt: user.createdAt },
    standing: standingFrom(sanctionRows, active, now),
    strikes: strikeRows.map((s) => ({ ...s, active: s.expiresAt > nowIso })),
    sanctions: sanctionRows.map(toSanctionJson),
    comments: commentRows.map((row) => ({ ...toCommentJson(row), page: row.pageKey, score: row.score, rule: row.rule })),
  } satisfies Dossier;
}
