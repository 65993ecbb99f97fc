import { and, desc, eq, lt, or, type SQL } from "drizzle-orm";
import type { CreatedWebhook, Delivery, DeliveryPage, EventType, Webhook } from "../../contract/notify.ts";
import { runBatch, type Db } from "../../db/client.ts";
import { deliveries, webhooks } from "../../db/schema.ts";
import { ApiError, notFound } from "../errors.ts";
import { newId } from "../lib/crypto.ts";
import { auditInsert } from "../moderation/audit.ts";
import { newWebhookSecret } from "./signing.ts";

type WebhookRow = typeof webhooks.$inferSelect;
/** Endpoints per site: enough for a newsroom's tools, few enough that one event stays cheap. */
export const MAX_WEBHOOKS = 20;

export function toWebhookJson(row: WebhookRow): Webhook {
  return { id: row.id, url: row.url, events: row.events as EventType[], active: row.active, createdAt: row.createdAt };
}

export async function listWebhooks(db: Db, siteId: string): Promise<Webhook[]> {
  const rows = await db.select().from(webhooks).where(eq(webhooks.siteId, siteId)).orderBy(webhooks.createdAt);
  return rows.map(toWebhookJson);
}

async function webhookOf(db: Db, siteId: string, id: string): Promise<WebhookRow> {
  const [row] = await db
    .select()
    .from(webhooks)
    .where(and(eq(webhooks.id, id), eq(webhooks.siteId, siteId)));
  if (!row) throw notFound("The webhook");
  return row;
}

/** A new endpoint; its secret is answered this once and never again. */
export async function createWebhook(
  db: Db,
  input: { siteId: string; url: string; events: EventType[]; active?: boolean; adminId: string; now: Date },
): Promise<CreatedWebhook> {
  const existing = await db.select({ id: webhooks.id }).from(webhooks).where(eq(webhooks.siteId, input.siteId));
  if (existing.length >= MAX_WEBHOOKS) {
    throw new ApiError("validation_failed", `A site has at most ${MAX_WEBHOOKS} webhooks.`, { field: "url", limit: MAX_WEBHOOKS });
  }
  const row: WebhookRow = {
    id: newId(),
    siteId: input.siteId,
    url: input.url,
    secret: newWebhookSecret(),
    events: [...new Set(input.events)],
    active: input.active ?? true,
    createdAt: input.now.toISOString(),
  };
  await runBatch(db, [
    db.insert(webhooks).values(row),
    auditInsert(db, {
      siteId: input.siteId,
      actorType: "admin",
      actorId: input.adminId,
      action: "webhook.create",
      targetType: "webhook",
      targetId: row.id,
      detail: { url: row.url, events: row.events },
      createdAt: input.now,
    }),
  ]);
  return { ...toWebhookJson(row), secret: row.secret };
}

export async function updateWebhook(
  db: Db,
  input: { siteId: string; id: string; changes: { url?: string; events?: EventType[]; active?: boolean }; adminId: string; now: Date },
): Promise<Webhook> {
  const row = await webhookOf(db, input.siteId, input.id);
  const changes = { ...input.changes, ...(input.changes.events ? { events: [...new Set(input.changes.events)] } : {}) };
  await runBatch(db, [
    db.update(webhooks).set(changes).where(eq(webhooks.id, row.id)),
    auditInsert(db, {
      siteId: input.siteId,
      actorType: "admin",
      actorId: input.adminId,
      action: "webhook.update",
      targetType: "webhook",
      targetId: row.id,
      detail: changes,
      createdAt: input.now,
    }),
  ]);
  return toWebhookJson({ ...row, ...changes });
}

/** Deletes the endpoint; its queued deliveries fail at their next attempt, the log stays. */
export async function deleteWebhook(db: Db, input: { siteId: string; id: string; adminId: string; now: Date }): Promise<void> {
  const row = await webhookOf(db, input.siteId, input.id);
  await runBatch(db, [
    db.delete(webhooks).where(eq(webhooks.id, row.id)),
    auditInsert(db, {
      siteId: input.siteId,
      actorType: "admin",
      actorId: input.adminId,
      action: "webhook.delete",
      targetType: "webhook",
      targetId: row.id,
      detail: { url: row.url },
      createdAt: input.now,
    }),
  ]);
}

/** The delivery row of a "send test event": the same signing and log as any event. */
export async function testDeliveryRow(db: Db, siteId: string, id: string, now: Date) {
  const row = await webhookOf(db, siteId, id);
  const at = now.toISOString();
  return {
    id: newId(),
    siteId,
    channel: "webhook" as const,
    recipient: row.id,
    kind: "webhook.test",
    payload: { body: { type: "webhook.test", timestamp: at, data: { siteId, webhookId: row.id, message: "A test event from Parley." } } },
    status: "queued" as const,
    nextAttemptAt: at,
    createdAt: at,
  };
}

/** "ana@example.com" → "a***@example.com": moderators see whom, not the whole address. */
function maskEmail(address: string): string {
  const at = address.lastIndexOf("@");
  return at <= 0 ? "***" : `${address[0]}***${address.slice(at)}`;
}

function toDeliveryJson(row: typeof deliveries.$inferSelect): Delivery {
  return {
    id: row.id,
    channel: row.channel,
    recipient: row.channel === "email" ? maskEmail(row.recipient) : row.recipient,
    kind: row.kind,
    status: row.status,
    attempts: row.attempts,
    nextAttemptAt: row.nextAttemptAt,
    lastResponse: row.lastResponse,
    lastError: row.lastError,
    createdAt: row.createdAt,
    sentAt: row.sentAt,
  };
}

export async function getDelivery(db: Db, siteId: string, id: string): Promise<Delivery> {
  const [row] = await db
    .select()
    .from(deliveries)
    .where(and(eq(deliveries.id, id), eq(deliveries.siteId, siteId)));
  if (!row) throw notFound("The delivery");
  return toDeliveryJson(row);
}

/** The site's delivery log, newest first (`deliveries_site`), optionally one channel or one webhook. */
export async function listDeliveries(
  db: Db,
  q: { siteId: string; channel?: "email" | "webhook"; webhook?: string; limit: number; cursor?: string },
): Promise<DeliveryPage> {
  const filters: (SQL | undefined)[] = [eq(deliveries.siteId, q.siteId)];
  if (q.channel) filters.push(eq(deliveries.channel, q.channel));
  if (q.webhook) filters.push(and(eq(deliveries.channel, "webhook"), eq(deliveries.recipient, q.webhook)));
  if (q.cursor) {
    const [createdAt, id] = q.cursor.split("~");
    if (!createdAt || !id) throw new ApiError("validation_failed", "The cursor is not one this server gave.", { field: "cursor" });
    filters.push(or(lt(deliveries.createdAt, createdAt), and(eq(deliveries.createdAt, createdAt), lt(deliveries.id, id))));
  }
  const rows = await db
    .select()
    .from(deliveries)
    .where(and(...filters))
    .orderBy(desc(deliveries.createdAt), desc(deliveries.id))
    .limit(q.limit + 1);
  const page = rows.slice(0, q.limit);
  const last = page.at(-1);
  return { deliveries: page.map(toDeliveryJson), nextCursor: rows.length > q.limit && last ? `${last.createdAt}~${last.id}` : null };
}
