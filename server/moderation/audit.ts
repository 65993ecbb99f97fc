import type { Db } from "../../db/client.ts";
import { auditLog } from "../../db/schema.ts";
import type { AuditAction, AuditActorType, AuditTargetType } from "../../contract/audit.ts";
import { compileInsert, type Condition } from "../../db/statements.ts";
import { newId } from "../lib/crypto.ts";

/** What one audit row says; `action` is one of the contract's, so the admin app can label it. */
export interface NewAuditEntry {
  siteId: string | null;
  actorType: AuditActorType;
  actorId: string | null;
  action: AuditAction;
  targetType?: AuditTargetType;
  targetId?: string;
  userId?: string | null;
  policyVersion?: number | null;
  rule?: string | null;
  score?: number | null;
  detail?: Record<string, unknown>;
  createdAt: Date;
}

/**
 * The audit log is append-only: this builds the one statement that writes to it, to be batched
 * with the change it records so that neither lands without the other.
 */
export function auditInsert(db: Db, entry: NewAuditEntry) {
  return db.insert(auditLog).values(auditRow(entry));
}

const insertAudit = compileInsert(auditLog);

/** The same row as a statement compiled once, written only when `when` holds (see db/statements.ts). */
export function auditStatement(entry: NewAuditEntry, when?: Condition) {
  return insertAudit(auditRow(entry), when);
}

function auditRow(entry: NewAuditEntry): typeof auditLog.$inferInsert {
  return {
    id: newId(),
    siteId: entry.siteId,
    actorType: entry.actorType,
    actorId: entry.actorId,
    action: entry.action,
    targetType: entry.targetType ?? null,
    targetId: entry.targetId ?? null,
    userId: entry.userId ?? null,
    policyVersion: entry.policyVersion ?? null,
    rule: entry.rule ?? null,
    score: entry.score ?? null,
    detail: entry.detail ?? null,
    createdAt: entry.createdAt.toISOString(),
  };
}
