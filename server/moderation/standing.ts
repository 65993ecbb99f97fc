import type { Standing } from "../../contract/wire.ts";
import { and, count, desc, eq, gt, inArray, isNull, sql } from "drizzle-orm";
import { prepared, type Db } from "../../db/client.ts";
import { sanctions, strikes } from "../../db/schema.ts";
import { ApiError } from "../errors.ts";

export type SanctionRow = typeof sanctions.$inferSelect;

/** Whether a sanction is in force at `now`: not lifted, and not past its end. */
export function sanctionInForce(s: SanctionRow, now: Date): boolean {
  return s.liftedAt === null && (s.until === null || s.until > now.toISOString());
}

/** The strongest sanction in force: revoke outranks suspend outranks warn; of two, the one that ends last. */
export function decisiveSanction(list: SanctionRow[], now: Date): SanctionRow | undefined {
  const inForce = list.filter((s) => sanctionInForce(s, now));
  const pick = (type: SanctionRow["type"]) =>
    inForce.filter((s) => s.type === type).sort((a, b) => (b.until ?? "9999").localeCompare(a.until ?? "9999"))[0];
  return pick("revoke") ?? pick("suspend") ?? pick("warn");
}

/** The strongest sanction in force decides. */
export function standingFrom(userSanctions: SanctionRow[], activeStrikes: number, now: Date): Standing {
  const decisive = decisiveSanction(userSanctions, now);
  if (!decisive) return { status: "good", until: null, reason: null, strikes: activeStrikes };
  const status = decisive.type === "revoke" ? "revoked" : decisive.type === "suspend" ? "suspended" : "warned";
  return { status, until: decisive.until, reason: decisive.reason, strikes: activeStrikes };
}

const strikeCountQuery = (db: Db) =>
  db
    .select({ n: count() })
    .from(strikes)
    .where(and(eq(strikes.userId, sql.placeholder("userId")), gt(strikes.expiresAt, sql.placeholder("now"))))
    .prepare();

const openSanctionsQuery = (db: Db) =>
  db
    .select()
    .from(sanctions)
    .where(and(eq(sanctions.userId, sql.placeholder("userId")), isNull(sanctions.liftedAt)))
    .prepare();

export async function activeStrikeCount(db: Db, userId: string, now: Date): Promise<number> {
  const row = await prepared(db, strikeCountQuery).get({ userId, now: now.toISOString() });
  return row?.n ?? 0;
}

export async function userSanctions(db: Db, userId: string): Promise<SanctionRow[]> {
  return db.query.sanctions.findMany({ where: eq(sanctions.userId, userId), orderBy: desc(sanctions.createdAt) });
}

export async function standingOf(db: Db, userId: string, now: Date): Promise<Standing> {
  const [list, count] = await Promise.all([prepared(db, openSanctionsQuery).all({ userId }), activeStrikeCount(db, userId, now)]);
  return standingFrom(list, count, now);
}

/** A write by a user whose comment privileges are revoked. */
export class Revoked extends ApiError {
  constructor(standing: Standing) {
    super("revoked", "Your comment privileges have been revoked.", { reason: standing.reason });
  }
}

/** A write by a suspended user, with the end of the suspension. */
export class Suspended extends ApiError {
  constructor(standing: Standing) {
    super("suspended", `You can comment again after ${standing.until}.`, { until: standing.until, reason: standing.reason });
  }
}

/** Many users' standings in two queries (the queue shows each item's author). */
export async function standingsOf(db: Db, userIds: string[], now: Date): Promise<Map<string, Standing>> {
  if (userIds.length === 0) return new Map();
  const [open, strikeCounts] = await Promise.all([
    db
      .select()
      .from(sanctions)
      .where(and(inArray(sanctions.userId, userIds), isNull(sanctions.liftedAt))),
    db
      .select({ userId: strikes.userId, n: count() })
      .from(strikes)
      .where(and(inArray(strikes.userId, userIds), gt(strikes.expiresAt, now.toISOString())))
      .groupBy(strikes.userId),
  ]);
  const strikesOf = new Map(strikeCounts.map((s) => [s.userId, s.n]));
  return new Map(
    userIds.map((id) => [
      id,
      standingFrom(
        open.filter((s) => s.userId === id),
        strikesOf.get(id) ?? 0,
        now,
      ),
    ]),
  );
}

/** The error a suspended or revoked user gets on every write path. */
export function standingError(standing: Standing): ApiError | null {
  if (standing.status === "revoked") return new Revoked(standing);
  if (standing.status === "suspended") return new Suspended(standing);
  return null;
}
