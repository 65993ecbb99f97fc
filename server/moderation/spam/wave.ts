/**
 * Spam waves: every comment on a site whose body is near-same as one comment's (a shared band,
 * then Hamming distance), whatever page or account it came from and however old. Moderators see
 * a wave's size on each queue item and reject it in one action.
 */
import type { InStatement } from "@libsql/client";
import { sql } from "drizzle-orm";
import { runStatements, type Db } from "../../../db/client.ts";
import { compileInsert, type Condition } from "../../../db/statements.ts";
import { decisions } from "../../../db/schema.ts";
import type { WaveAnswer, WaveRequest } from "../../../contract/spam.ts";
import { touchPageStatement } from "../../comments/pages.ts";
import { ApiError, notFound } from "../../errors.ts";
import { newId } from "../../lib/crypto.ts";
import { auditStatement } from "../audit.ts";
import { currentPolicy } from "../policies.ts";
import { planStrike } from "../sanctions.ts";
import { bands, nearSame } from "./simhash.ts";

/** Comments read per band at most: a wave larger than this is rejected in several actions. */
const WAVE_LIMIT = 2000;

interface Member {
  id: string;
  fp: string | null;
  status: string;
  page: string;
  author: string;
  decidedAt: string | null;
}

/** The comments still standing (published or pending) that share any of these bands. */
async function standingInBands(db: Db, siteId: string, wanted: string[]): Promise<Map<string, Member & { bands: Set<string> }>> {
  const found = new Map<string, Member & { bands: Set<string> }>();
  if (wanted.length === 0) return found;
  const rows = await db.all<Member & { band: string }>(sql`SELECT b."band" AS "band", c."id" AS "id", c."fingerprint" AS "fp",
      c."status" AS "status", c."page_key" AS "page", c."author_id" AS "author", c."decided_at" AS "decidedAt"
    FROM "comment_bands" b JOIN "comments" c ON c."id" = b."comment_id"
    WHERE b."site_id" = ${siteId} AND b."band" IN (${sql.join(
      wanted.map((w) => sql`${w}`),
      sql`, `,
    )}) AND c."status" IN ('published', 'pending')
    LIMIT ${WAVE_LIMIT * wanted.length}`);
  for (const row of rows) {
    const member = found.get(row.id) ?? { ...row, bands: new Set<string>() };
    member.bands.add(row.band);
    found.set(row.id, member);
  }
  return found;
}

/** Each comment's wave size: the standing comments near-same as it (itself included when standing). */
export async function waveSizes(db: Db, siteId: string, items: { id: string; fingerprint: string | null }[]): Promise<Map<string, number>> {
  const sizes = new Map<string, number>();
  const withFp = items.filter((i): i is { id: string; fingerprint: string } => i.fingerprint !== null);
  const members = await standingInBands(db, siteId, [...new Set(withFp.flatMap((i) => bands(i.fingerprint)))]);
  for (const item of withFp) {
    const own = new Set(bands(item.fingerprint));
    let n = 0;
    for (const m of members.values()) {
      if (m.fp && [...m.bands].some((b) => own.has(b)) && nearSame(item.fingerprint, m.fp)) n++;
    }
    sizes.set(item.id, n);
  }
  return sizes;
}

const insertDecision = compileInsert(decisions);

/**
 * Rejects a comment's wave in one transaction: each comment only if its status is still the one
 * read (a moderator deciding one at the same moment wins it), each with its decision; one strike
 * per author when a rule is named, none otherwise; one audit entry with the count.
 */
export async function rejectWave(
  db: Db,
  siteId: string,
  commentId: string,
  input: WaveRequest,
  adminId: string,
  now: Date,
  /** Told the wave's ids once the rejection is committed (live updates). */
  changed?: (ids: string[]) => void,
) {
  const [comment] = await db.all<{ fp: string | null; status: string }>(
    sql`SELECT "fingerprint" AS "fp", "status" AS "status" FROM "comments" WHERE "id" = ${commentId} AND "site_id" = ${siteId}`,
  );
  if (!comment || comment.status === "deleted") throw notFound("The comment");
  const policy = await currentPolicy(db, siteId);
  if (input.rule && !policy.rules.some((r) => r.id === input.rule)) {
    throw new ApiError("validation_failed", `The policy (version ${policy.version}) has no rule "${input.rule}".`, { field: "rule" });
  }
  const fp = comment.fp;
  const wave = fp ? [...(await standingInBands(db, siteId, bands(fp))).values()].filter((m) => m.fp && nearSame(fp, m.fp)) : [];
  if (wave.length === 0) return { rejected: 0 } satisfies WaveAnswer;

  const decidedAt = now.toISOString();
  const statements: InStatement[] = [];
  const decisionIds = new Map<string, string>();
  for (const m of wave) {
    const decisionId = newId();
    decisionIds.set(m.id, decisionId);
    statements.push(
      {
        sql: `UPDATE "comments" SET "status" = 'rejected', "hold_reason" = NULL, "linked_sanction" = NULL, "decided_at" = ?,
              "report_count" = 0, "report_weight" = 0 WHERE "id" = ? AND "status" = ? AND "decided_at" IS ?`,
        args: [decidedAt, m.id, m.status, m.decidedAt],
      },
      insertDecision(
        {
          id: decisionId,
          siteId,
          commentId: m.id,
          actor: adminId,
          outcome: "reject",
          policyVersion: policy.version,
          rule: input.rule ?? null,
          score: null,
          note: input.note ?? "spam wave",
          createdAt: decidedAt,
        },
        { sql: "changes() = 1", args: [] },
      ),
    );
  }
  const decidedAny = (ids: string[]): Condition => ({
    sql: `EXISTS (SELECT 1 FROM "decisions" WHERE "id" IN (${ids.map(() => "?").join(", ")}))`,
    args: ids.map((id) => decisionIds.get(id)!),
  });
  for (const page of new Set(wave.map((m) => m.page))) {
    statements.push(touchPageStatement(siteId, page, now, {}, decidedAny(wave.filter((m) => m.page === page).map((m) => m.id))));
  }
  if (input.rule) {
    for (const author of new Set(wave.map((m) => m.author))) {
      const theirs = wave.filter((m) => m.author === author);
      const plan = await planStrike(
        db,
        { siteId, userId: author, commentId: theirs[0]!.id, rule: input.rule, policy, adminId, now },
        decidedAny([theirs[0]!.id]),
      );
      statements.push(...plan.statements);
    }
  }
  statements.push(
    auditStatement(
      {
        siteId,
        actorType: "admin",
        actorId: adminId,
        action: "comment.reject_wave",
        targetType: "comment",
        targetId: commentId,
        policyVersion: policy.version,
        rule: input.rule ?? null,
        detail: { count: wave.length, ...(input.note ? { note: input.note } : {}) },
        createdAt: now,
      },
      decidedAny(wave.map((m) => m.id)),
    ),
  );
  const results = await runStatements(db, statements);
  // the updates come first, each followed by its decision
  const rejected = wave.reduce((n, _, i) => n + (results[i * 2]!.rowsAffected > 0 ? 1 : 0), 0);
  changed?.(wave.map((m) => m.id));
  return { rejected } satisfies WaveAnswer;
}
