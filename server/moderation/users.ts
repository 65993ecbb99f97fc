import { and, desc, eq, getTableColumns } from "drizzle-orm";
import type { Dossier } from "../../contract/wire.ts";
import type { Db } from "../../db/client.ts";
import { comments, strikes, users } from "../../db/schema.ts";
import { publicUser, toCommentJson } from "../comments/serialize.ts";
import { notFound } from "../errors.ts";
import { toSanctionJson } from "./sanctions.ts";
import { rejectWhere } from "./bulk.ts";
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

/** Rejects everything a commenter has published or waiting on the site, at once, without a strike. */
export async function rejectAllBy(
  db: Db,
  input: { siteId: string; userId: string; note?: string; adminId: string; now: Date; changed?: (ids: string[]) => void },
) {
  const user = await db.query.users.findFirst({ where: and(eq(users.id, input.userId), eq(users.siteId, input.siteId)) });
  if (!user) throw notFound("The user");
  return rejectWhere(db, {
    ...input,
    where: { sql: `"author_id" = ?`, args: [input.userId] },
    audit: { action: "user.reject_all", targetType: "user", targetId: input.userId, userId: input.userId },
  });
}
