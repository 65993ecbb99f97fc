import { noEvents, type EventSink } from "../../contract/notify.ts";
import { and, desc, eq, sql } from "drizzle-orm";
import { prepared, runBatch, type Db } from "../../db/client.ts";
import { policies } from "../../db/schema.ts";
import { notFound } from "../errors.ts";
import { renderDocument } from "../render/markdown.ts";
import { auditInsert } from "./audit.ts";
import { withTargetRules, type Policy, type PolicyDraft } from "../../contract/policy.ts";
import type { PublicPolicy } from "../../contract/wire.ts";

type PolicyRow = typeof policies.$inferSelect;

function toPolicy(row: PolicyRow): Policy {
  return {
    version: row.version,
    title: row.title,
    markdown: row.markdown,
    rules: row.rules,
    thresholds: withTargetRules(row.thresholds),
    strikeDays: row.strikeDays,
    ladder: row.ladder,
    words: row.words ?? { blocked: [], allowed: [] },
    publishedBy: row.publishedBy,
    publishedAt: row.publishedAt,
  };
}

const currentPolicyQuery = (db: Db) =>
  db
    .select()
    .from(policies)
    .where(eq(policies.siteId, sql.placeholder("siteId")))
    .orderBy(desc(policies.version))
    .limit(1)
    .prepare();

const CACHE_MS = 5_000;
const cache = new WeakMap<Db, Map<string, { policy: Policy; at: number }>>();

/**
 * The version every write is judged under. Like the site's settings it is kept a few seconds:
 * a version published through this instance applies at once, one published through another
 * within CACHE_MS; each decision records the version it applied either way.
 */
export async function currentPolicy(db: Db, siteId: string): Promise<Policy> {
  let perDb = cache.get(db);
  if (!perDb) cache.set(db, (perDb = new Map()));
  const hit = perDb.get(siteId);
  if (hit && Date.now() - hit.at < CACHE_MS) return hit.policy;
  const row = await prepared(db, currentPolicyQuery).get({ siteId });
  if (!row) throw notFound("The site's policy");
  const policy = toPolicy(row);
  perDb.set(siteId, { policy, at: Date.now() });
  return policy;
}

export async function policyVersion(db: Db, siteId: string, version: number): Promise<Policy | undefined> {
  const row = await db.query.policies.findFirst({
    where: and(eq(policies.siteId, siteId), eq(policies.version, version)),
  });
  return row && toPolicy(row);
}

export async function listPolicyVersions(db: Db, siteId: string): Promise<Policy[]> {
  const rows = await db.query.policies.findMany({
    where: eq(policies.siteId, siteId),
    orderBy: desc(policies.version),
  });
  return rows.map(toPolicy);
}

/** The policy as readers and the widget see it (the contract's shape, plus rendered `html`). */
export function publicPolicy(policy: Policy) {
  return {
    version: policy.version,
    title: policy.title,
    markdown: policy.markdown,
    html: renderDocument(policy.markdown),
    rules: policy.rules,
    thresholds: policy.thresholds,
    strikeDays: policy.strikeDays,
    ladder: policy.ladder,
    publishedAt: policy.publishedAt,
  } satisfies PublicPolicy;
}

/**
 * Publishes a new version. Versions are only ever added: decisions keep pointing at the
 * version they applied. The version number is computed inside the INSERT, and the primary key
 * turns a concurrent publish of the same number into a conflict instead of an overwrite.
 */
export async function publishPolicy(
  db: Db,
  siteId: string,
  draft: PolicyDraft,
  publishedBy: string,
  now: Date,
  actor: { type: "admin" | "system"; id: string | null },
  events: EventSink = noEvents,
): Promise<Policy> {
  const latest = await db.query.policies.findFirst({ where: eq(policies.siteId, siteId), orderBy: desc(policies.version) });
  const version = (latest?.version ?? 0) + 1;
  const row: PolicyRow = { siteId, version, ...draft, publishedBy, publishedAt: now.toISOString() };
  await runBatch(db, [
    db.insert(policies).values(row),
    auditInsert(db, {
      siteId,
      actorType: actor.type,
      actorId: actor.id,
      action: "policy.publish",
      targetType: "policy",
      targetId: String(version),
      policyVersion: version,
      detail: { thresholds: draft.thresholds, ladder: draft.ladder, rules: draft.rules.map((r) => r.id) },
      createdAt: now,
    }),
  ]);
  cache.get(db)?.delete(siteId);
  events.emit({ type: "policy.published", siteId, at: row.publishedAt, version });
  return toPolicy(row);
}
