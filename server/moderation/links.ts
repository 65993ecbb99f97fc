import { and, eq, getTableColumns, gt, inArray, isNull, ne, or, sql } from "drizzle-orm";
import { unionAll } from "drizzle-orm/sqlite-core";
import type { LinkedSanction, Standing } from "../../contract/wire.ts";
import { prepared, type Db } from "../../db/client.ts";
import { blocks, sanctions, userIdentifiers } from "../../db/schema.ts";
import { ApiError } from "../errors.ts";
import { decisiveSanction, standingError, standingFrom, type SanctionRow } from "./standing.ts";

// Sanctions follow the person: a write is checked against every identity it links to.
//
//   the user itself (and so the SSO subject: one sub is one user)   refuses, with the user's own reason
//   another user seen with the same device id                       refuses, generically: no one else's reason
//   another user seen at the same address within ADDRESS_LINK_DAYS  holds the comment for a moderator
//   a moderator's block of the device or of either address          refuses, generically (blocks.ts)
//
// An address is shared by offices, schools and carriers' NATs: a match alone is a signal, not an
// identity, and it fades (a link counts while the sanctioned user was seen there recently).

/** How long an address seen with a sanctioned commenter holds newcomers' comments. */
export const ADDRESS_LINK_DAYS = 30;

/** The identities one write (or a new session) links to. */
export interface Identity {
  siteId: string;
  /** Empty for a session not yet made. */
  userId: string;
  /** The device id the session was opened with. */
  device: string | null;
  /** Keyed address hashes: where the session was opened, and where this request comes from. */
  addresses: (string | null)[];
}

export interface WriteStanding {
  /** The user's own standing (its strikes not counted). */
  own: Standing;
  /** A suspension or revocation of another user on the same device: the write is refused. */
  device: Standing;
  /** The sanction of another user seen at the same address: the comment is held. */
  address: LinkedSanction | null;
}

/**
 * One query, each part an index lookup: the user's open sanctions (primary key of sanctions_user),
 * and the suspensions and revocations of every other user linked by device or by a recent address
 * (the primary key of user_identifiers, a row-value IN over it, then sanctions_user).
 */
const linkedSanctionsQuery = (db: Db) => {
  const columns = getTableColumns(sanctions);
  const own = db
    .select({ link: sql<string>`'self'`.as("link"), ...columns })
    .from(sanctions)
    .where(and(eq(sanctions.userId, sql.placeholder("userId")), isNull(sanctions.liftedAt)));
  const linked = db
    .select({ link: sql<string>`${userIdentifiers.kind}`.as("link"), ...columns })
    .from(userIdentifiers)
    .innerJoin(
      sanctions,
      and(eq(sanctions.userId, userIdentifiers.userId), isNull(sanctions.liftedAt), inArray(sanctions.type, ["suspend", "revoke"])),
    )
    .where(
      and(
        eq(userIdentifiers.siteId, sql.placeholder("siteId")),
        sql`(${userIdentifiers.kind}, ${userIdentifiers.value}) in (values ('device', ${sql.placeholder("device")}), ('address', ${sql.placeholder("address1")}), ('address', ${sql.placeholder("address2")}))`,
        ne(userIdentifiers.userId, sql.placeholder("userId")),
        or(eq(userIdentifiers.kind, "device"), gt(userIdentifiers.seenAt, sql.placeholder("since"))),
      ),
    );
  // A moderator's block of the device or an address: refused like a device-linked revocation
  // (or suspension, until the block ends), generically.
  const blocked = db
    .select({
      link: sql<string>`'device'`.as("link"),
      id: blocks.id,
      siteId: blocks.siteId,
      userId: sql<string>`coalesce(${blocks.userId}, '')`.as("user_id"),
      type: sql<"suspend" | "revoke">`case when ${blocks.until} is null then 'revoke' else 'suspend' end`.as("type"),
      until: blocks.until,
      reason: blocks.reason,
      rule: sql<string | null>`null`.as("rule"),
      policyVersion: sql<number | null>`null`.as("policy_version"),
      createdBy: blocks.createdBy,
      createdAt: blocks.createdAt,
      liftedAt: blocks.liftedAt,
      liftedBy: blocks.liftedBy,
    })
    .from(blocks)
    .where(
      and(
        eq(blocks.siteId, sql.placeholder("siteId")),
        sql`(${blocks.kind}, ${blocks.value}) in (values ('device', ${sql.placeholder("device")}), ('address', ${sql.placeholder("address1")}), ('address', ${sql.placeholder("address2")}))`,
        isNull(blocks.liftedAt),
      ),
    );
  return unionAll(own, linked, blocked).prepare();
};

/** What the sanctions in force on the identities of a write say about it. */
export async function writeStanding(db: Db, identity: Identity, now: Date): Promise<WriteStanding> {
  const [address1 = null, address2 = null] = identity.addresses;
  const rows = await prepared(db, linkedSanctionsQuery).all({
    userId: identity.userId,
    siteId: identity.siteId,
    device: identity.device,
    address1,
    address2: address2 ?? address1,
    since: new Date(now.getTime() - ADDRESS_LINK_DAYS * 86_400_000).toISOString(),
  });
  const of = (link: string): SanctionRow[] => rows.filter((r) => r.link === link);
  const byAddress = decisiveSanction(of("address"), now);
  return {
    own: standingFrom(of("self"), 0, now),
    device: standingFrom(of("device"), 0, now),
    address: byAddress && byAddress.type !== "warn" ? linkedSanction(byAddress) : null,
  };
}

function linkedSanction(s: SanctionRow): LinkedSanction {
  return { userId: s.userId, sanctionId: s.id, type: s.type as LinkedSanction["type"], until: s.until, reason: s.reason };
}

/**
 * The refusal a write gets, if any: the user's own sanction with its reason; else a device's,
 * generic, with no reason (it is someone else's, as far as the server can tell).
 */
export function writeRefusal(standing: WriteStanding): ApiError | null {
  return standingError(standing.own) ?? deviceRefusal(standing.device);
}

function deviceRefusal(device: Standing): ApiError | null {
  if (device.status === "revoked")
    return new ApiError("revoked", "Comments cannot be posted from this device or network.", { reason: null });
  if (device.status === "suspended") {
    return new ApiError("suspended", `Comments can be posted from this device or network again after ${device.until}.`, {
      until: device.until,
      reason: null,
    });
  }
  return null;
}

/** A commenter's standing as they see it (GET /me): their own, or their device's, without its reason. */
export function shownStanding(standing: WriteStanding, strikes: number): Standing {
  const barred = standingError(standing.own) === null && deviceRefusal(standing.device) !== null;
  return barred ? { ...standing.device, reason: null, strikes } : { ...standing.own, strikes };
}
