import type { InValue } from "@libsql/client";
import type { AuditAction, AuditTargetType } from "../../contract/audit.ts";
import { runStatements, type Db } from "../../db/client.ts";
import { auditStatement } from "./audit.ts";
import { currentPolicy } from "./policies.ts";

/**
 * Rejects, in one transaction, every published or pending comment of the site that `where` picks
 * (SQL over "comments", with its arguments): a decision each, their pages' cached listings
 * dropped, one audit entry with the count. No strike: a moderator who wants one rejects a comment
 * naming the rule. Answers how many were rejected.
 */
export async function rejectWhere(
  db: Db,
  input: {
    siteId: string;
    where: { sql: string; args: InValue[] };
    note?: string;
    adminId: string;
    now: Date;
    audit: { action: AuditAction; targetType: AuditTargetType; targetId: string; userId?: string };
    /** Told the rejected comments' ids once they are committed (live updates). */
    changed?: (ids: string[]) => void;
  },
): Promise<number> {
  const { siteId, now } = input;
  const policy = await currentPolicy(db, siteId);
  const at = now.toISOString();
  const open = `"site_id" = ? AND "status" IN ('published', 'pending') AND (${input.where.sql})`;
  const picked = [siteId, ...input.where.args];
  const results = await runStatements(db, [
    {
      sql: `UPDATE "pages" SET "version" = "version" + 1 WHERE "site_id" = ? AND "key" IN (SELECT DISTINCT "page_key" FROM "comments" WHERE ${open})`,
      args: [siteId, ...picked],
    },
    {
      sql: `INSERT INTO "decisions" ("id", "site_id", "comment_id", "actor", "outcome", "policy_version", "rule", "score", "note", "created_at")
            SELECT lower(hex(randomblob(10))), "site_id", "id", ?, 'reject', ?, NULL, "score", ?, ? FROM "comments" WHERE ${open}`,
      args: [input.adminId, policy.version, input.note ?? null, at, ...picked],
    },
    {
      sql: `UPDATE "comments" SET "status" = 'rejected', "hold_reason" = NULL, "linked_sanction" = NULL, "decided_at" = ?, "report_count" = 0,
            "report_weight" = 0 WHERE ${open} RETURNING "id"`,
      args: [at, ...picked],
    },
    auditStatement({
      siteId,
      actorType: "admin",
      actorId: input.adminId,
      action: input.audit.action,
      targetType: input.audit.targetType,
      targetId: input.audit.targetId,
      userId: input.audit.userId ?? null,
      policyVersion: policy.version,
      detail: input.note ? { note: input.note } : undefined,
      createdAt: now,
    }),
  ]);
  const ids = results[2]!.rows.map((row) => String(row.id));
  input.changed?.(ids);
  return ids.length;
}
