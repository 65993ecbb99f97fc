import { and, desc, eq, gt, inArray, isNull, or } from "drizzle-orm";
import type { Block } from "../../contract/wire.ts";
import { runBatch, type Db } from "../../db/client.ts";
import { blocks, userIdentifiers, users } from "../../db/schema.ts";
import { ApiError, notFound } from "../errors.ts";
import { newId } from "../lib/crypto.ts";
import { auditInsert } from "./audit.ts";
import { ADDRESS_LINK_DAYS } from "./links.ts";

type BlockRow = typeof blocks.$inferSelect;

export const toBlockJson = ({ siteId: _site, value: _value, ...rest }: BlockRow): Block => rest;

/**
 * Blocks every device the commenter used, or every address they were seen at recently (an old
 * address has likely passed to someone else). Writes and new sessions from them are refused
 * (links.ts), whoever comes. Answers the new blocks; none when each is already blocked.
 */
export async function blockUser(
  db: Db,
  input: { siteId: string; userId: string; kind: Block["kind"]; hours?: number; reason: string; adminId: string; now: Date },
): Promise<BlockRow[]> {
  const { siteId, userId, kind, now } = input;
  const user = await db.query.users.findFirst({ where: and(eq(users.id, userId), eq(users.siteId, siteId)) });
  if (!user) throw notFound("The user");
  const since = new Date(now.getTime() - ADDRESS_LINK_DAYS * 86_400_000).toISOString();
  const links = await db
    .select({ value: userIdentifiers.value })
    .from(userIdentifiers)
    .where(
      and(
        eq(userIdentifiers.userId, userId),
        eq(userIdentifiers.siteId, siteId),
        eq(userIdentifiers.kind, kind),
        kind === "address" ? gt(userIdentifiers.seenAt, since) : undefined,
      ),
    );
  if (!links.length) {
    throw new ApiError("conflict", `No ${kind === "device" ? "device" : "recent address"} is known for this commenter.`, { field: "kind" });
  }
  const active = await activeBlocks(
    db,
    siteId,
    kind,
    links.map((l) => l.value),
    now,
  );
  const until = input.hours ? new Date(now.getTime() + input.hours * 3_600_000).toISOString() : null;
  const rows: BlockRow[] = links
    .filter((l) => !active.has(l.value))
    .map((l) => ({
      id: newId(),
      siteId,
      kind,
      value: l.value,
      userId,
      reason: input.reason,
      createdBy: input.adminId,
      createdAt: now.toISOString(),
      until,
      liftedAt: null,
      liftedBy: null,
    }));
  if (!rows.length) return [];
  await runBatch(db, [
    db.insert(blocks).values(rows),
    ...rows.map((b) =>
      auditInsert(db, {
        siteId,
        actorType: "admin",
        actorId: input.adminId,
        action: "block.create",
        targetType: "block",
        targetId: b.id,
        userId,
        detail: { kind, until, reason: input.reason },
        createdAt: now,
      }),
    ),
  ]);
  return rows;
}

async function activeBlocks(db: Db, siteId: string, kind: Block["kind"], values: string[], now: Date): Promise<Set<string>> {
  const rows = await db
    .select({ value: blocks.value })
    .from(blocks)
    .where(
      and(
        eq(blocks.siteId, siteId),
        eq(blocks.kind, kind),
        inArray(blocks.value, values),
        isNull(blocks.liftedAt),
        or(isNull(blocks.until), gt(blocks.until, now.toISOString())),
      ),
    );
  return new Set(rows.map((r) => r.value));
}

export async function liftBlock(db: Db, siteId: string, blockId: string, adminId: string, now: Date): Promise<BlockRow> {
  const block = await db.query.blocks.findFirst({ where: and(eq(blocks.id, blockId), eq(blocks.siteId, siteId)) });
  if (!block) throw notFound("The block");
  if (block.liftedAt) throw new ApiError("conflict", "This block has already been lifted.");
  const lifted = { liftedAt: now.toISOString(), liftedBy: adminId };
  await runBatch(db, [
    db
      .update(blocks)
      .set(lifted)
      .where(and(eq(blocks.id, blockId), isNull(blocks.liftedAt))),
    auditInsert(db, {
      siteId,
      actorType: "admin",
      actorId: adminId,
      action: "block.lift",
      targetType: "block",
      targetId: blockId,
      userId: block.userId,
      createdAt: now,
    }),
  ]);
  return { ...block, ...lifted };
}

/** The blocks a moderator placed on a commenter's devices and addresses, newest first. */
export async function userBlocks(db: Db, siteId: string, userId: string): Promise<Block[]> {
  const rows = await db.query.blocks.findMany({
    where: and(eq(blocks.userId, userId), eq(blocks.siteId, siteId)),
    orderBy: desc(blocks.createdAt),
  });
  return rows.map(toBlockJson);
}
