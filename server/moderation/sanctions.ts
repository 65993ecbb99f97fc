import { noEvents, type EventSink } from "../../contract/notify.ts";
import { eventSanction } from "./events.ts";
import { and, eq } from "drizzle-orm";
import { sanctionEnd, strikeOutcome } from "../../contract/ladder.ts";
import type { Policy } from "../../contract/policy.ts";
import type { Sanction } from "../../contract/wire.ts";
import type { InStatement } from "@libsql/client";
import { runBatch, type BatchItem, type Db } from "../../db/client.ts";
import { sanctions, strikes, users } from "../../db/schema.ts";
import { ApiError, notFound } from "../errors.ts";
import { newId } from "../lib/crypto.ts";
import { compileInsert, type Condition } from "../../db/statements.ts";
import { auditInsert, auditStatement } from "./audit.ts";
import { currentPolicy } from "./policies.ts";
import { activeStrikeCount, type SanctionRow } from "./standing.ts";

export function toSanctionJson(s: SanctionRow) {
  return {
    id: s.id,
    type: s.type,
    until: s.until,
    reason: s.reason,
    rule: s.rule,
    policyVersion: s.policyVersion,
    createdAt: s.createdAt,
    createdBy: s.createdBy,
    liftedAt: s.liftedAt,
    liftedBy: s.liftedBy,
  } satisfies Sanction;
}

export interface StrikePlan {
  statements: InStatement[];
  sanction: SanctionRow | null;
  strikeCount: number;
}

const insertStrike = compileInsert(strikes, "ON CONFLICT DO NOTHING");
const insertSanction = compileInsert(sanctions);
const exists = (table: string, id: string): Condition => ({ sql: `EXISTS (SELECT 1 FROM "${table}" WHERE "id" = ?)`, args: [id] });

/**
 * A strike under `rule`, and the sanction the policy's ladder attaches to the new strike count,
 * as statements to run in the transaction of the decision that caused them, when `when` holds.
 * A comment has one strike at most (a unique index): if another decision gave it one first,
 * nothing here lands.
 */
export async function planStrike(
  db: Db,
  input: { siteId: string; userId: string; commentId: string | null; rule: string; policy: Policy; adminId: string; now: Date },
  when: Condition,
): Promise<StrikePlan> {
  const { siteId, userId, rule, policy, now } = input;
  const { strikes: strikeCount, step } = strikeOutcome(policy.ladder, await activeStrikeCount(db, userId, now), policy.strikeDays);
  const strikeId = newId();
  const struck = exists("strikes", strikeId);
  const statements: InStatement[] = [
    insertStrike(
      {
        id: strikeId,
        siteId,
        userId,
        commentId: input.commentId,
        rule,
        policyVersion: policy.version,
        createdBy: input.adminId,
        createdAt: now.toISOString(),
        expiresAt: new Date(now.getTime() + policy.strikeDays * 86_400_000).toISOString(),
      },
      when,
    ),
    auditStatement(
      {
        siteId,
        actorType: "admin",
        actorId: input.adminId,
        action: "strike.add",
        targetType: "user",
        targetId: userId,
        userId,
        policyVersion: policy.version,
        rule,
        detail: { strikeId, commentId: input.commentId, strikes: strikeCount },
        createdAt: now,
      },
      struck,
    ),
  ];
  if (!step) return { statements, sanction: null, strikeCount };
  const ruleTitle = policy.rules.find((r) => r.id === rule)?.title ?? rule;
  const verb =
    step.sanction === "warn" ? "a warning" : step.sanction === "suspend" ? `a ${step.hours}-hour suspension` : "revoked comment privileges";
  const sanction: SanctionRow = {
    id: newId(),
    siteId,
    userId,
    type: step.sanction,
    until: sanctionEnd(step, now, policy.strikeDays),
    reason: `${strikeCount} ${strikeCount === 1 ? "strike" : "strikes"} for breaking the rule "${ruleTitle}": ${verb}, as the comment policy says.`,
    rule,
    policyVersion: policy.version,
    createdBy: "policy",
    createdAt: now.toISOString(),
    liftedAt: null,
    liftedBy: null,
  };
  statements.push(
    insertSanction(sanction, struck),
    auditStatement(
      {
        siteId,
        actorType: "system",
        actorId: "policy",
        action: `sanction.${sanction.type}`,
        targetType: "sanction",
        targetId: sanction.id,
        userId,
        policyVersion: policy.version,
        rule,
        detail: { strikes: strikeCount, until: sanction.until, ladderStep: step },
        createdAt: now,
      },
      struck,
    ),
  );
  return { statements, sanction, strikeCount };
}

/** A moderator's own sanction, outside the ladder, on a user of the site; written with its audit entry. */
export async function imposeSanction(
  db: Db,
  input: { siteId: string; userId: string; type: SanctionRow["type"]; hours?: number; reason: string; adminId: string; now: Date },
  events: EventSink = noEvents,
): Promise<SanctionRow> {
  const user = await db.query.users.findFirst({ where: and(eq(users.id, input.userId), eq(users.siteId, input.siteId)) });
  if (!user) throw notFound("The user");
  const { sanction, statements } = manualSanction(db, { ...input, policy: await currentPolicy(db, input.siteId) });
  await runBatch(db, statements);
  events.emit({
    type: "sanction.applied",
    siteId: input.siteId,
    at: input.now.toISOString(),
    sanction: eventSanction(sanction),
    byPolicy: false,
  });
  return sanction;
}

/** Lifts a sanction in force on a user of the site; answers it as lifted. */
export async function liftSanction(
  db: Db,
  target: { siteId: string; userId: string; sanctionId: string },
  adminId: string,
  now: Date,
  events: EventSink = noEvents,
): Promise<SanctionRow> {
  const sanction = await db.query.sanctions.findFirst({
    where: and(eq(sanctions.id, target.sanctionId), eq(sanctions.userId, target.userId), eq(sanctions.siteId, target.siteId)),
  });
  if (!sanction) throw notFound("The sanction");
  if (sanction.liftedAt) throw new ApiError("conflict", "This sanction has already been lifted.");
  await runBatch(db, liftSanctionStatements(db, sanction, adminId, now));
  events.emit({ type: "sanction.lifted", siteId: target.siteId, at: now.toISOString(), sanction: eventSanction(sanction) });
  return { ...sanction, liftedAt: now.toISOString(), liftedBy: adminId };
}

function manualSanction(
  db: Db,
  input: {
    siteId: string;
    userId: string;
    type: SanctionRow["type"];
    hours?: number;
    reason: string;
    adminId: string;
    policy: Policy;
    now: Date;
  },
) {
  const { now } = input;
  const hours = input.type === "suspend" ? input.hours! : input.type === "warn" ? (input.hours ?? input.policy.strikeDays * 24) : null;
  const sanction: SanctionRow = {
    id: newId(),
    siteId: input.siteId,
    userId: input.userId,
    type: input.type,
    until: hours === null ? null : new Date(now.getTime() + hours * 3_600_000).toISOString(),
    reason: input.reason,
    rule: null,
    policyVersion: input.policy.version,
    createdBy: input.adminId,
    createdAt: now.toISOString(),
    liftedAt: null,
    liftedBy: null,
  };
  const statements: BatchItem[] = [
    db.insert(sanctions).values(sanction),
    auditInsert(db, {
      siteId: input.siteId,
      actorType: "admin",
      actorId: input.adminId,
      action: `sanction.${input.type}`,
      targetType: "sanction",
      targetId: sanction.id,
      userId: input.userId,
      policyVersion: input.policy.version,
      detail: { until: sanction.until, reason: input.reason },
      createdAt: now,
    }),
  ];
  return { sanction, statements };
}

function liftSanctionStatements(db: Db, sanction: SanctionRow, adminId: string, now: Date): BatchItem[] {
  return [
    db
      .update(sanctions)
      .set({ liftedAt: now.toISOString(), liftedBy: adminId })
      .where(and(eq(sanctions.id, sanction.id))),
    auditInsert(db, {
      siteId: sanction.siteId,
      actorType: "admin",
      actorId: adminId,
      action: "sanction.lift",
      targetType: "sanction",
      targetId: sanction.id,
      userId: sanction.userId,
      policyVersion: sanction.policyVersion,
      rule: sanction.rule,
      detail: { type: sanction.type },
      createdAt: now,
    }),
  ];
}
