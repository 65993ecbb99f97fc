import { and, eq } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import { deliveries, webhooks } from "../../db/schema.ts";
import type { MailTransport } from "./mail.ts";
import type { MailMessage } from "./render.ts";
import { signWebhook } from "./signing.ts";

export interface SendOptions {
  mail: MailTransport;
  fetch: typeof fetch;
  /** Attempt n waits baseMs × 2^(n-1) after failing; after maxAttempts the delivery is `failed`. */
  retry: { baseMs: number; maxAttempts: number };
}

/** Rows taken in one round; the rest wait for the next. */
const BATCH = 20;
/** A claimed row nobody finished (a crashed process) is tried again after this. */
const LEASE_MS = 120_000;
const TIMEOUT_MS = 10_000;

type Row = typeof deliveries.$inferSelect;

/**
 * Claims the due rows (one UPDATE … RETURNING: two instances never take the same row), sends
 * each, and records the outcome: `sent`, or queued again with exponential backoff, or `failed`
 * after the last attempt. Answers how many it tried.
 */
export async function sendDue(db: Db, now: Date, options: SendOptions, log?: (entry: Record<string, unknown>) => void): Promise<number> {
  const iso = now.toISOString();
  const claimed = await db.$client.execute({
    sql: `UPDATE "deliveries" SET "attempts" = "attempts" + 1, "next_attempt_at" = ?
          WHERE "id" IN (SELECT "id" FROM "deliveries" WHERE "status" = 'queued' AND "next_attempt_at" <= ? ORDER BY "next_attempt_at" LIMIT ?)
          RETURNING "id", "channel", "recipient", "kind", "payload", "attempts"`,
    args: [new Date(now.getTime() + LEASE_MS).toISOString(), iso, BATCH],
  });
  const rows = claimed.rows.map((r) => ({
    id: String(r.id),
    channel: String(r.channel) as Row["channel"],
    recipient: String(r.recipient),
    kind: String(r.kind),
    payload: JSON.parse(String(r.payload)) as Record<string, unknown>,
    attempts: Number(r.attempts),
  }));
  await Promise.all(
    rows.map(async (row) => {
      try {
        const response =
          row.channel === "webhook"
            ? await callWebhook(db, row, now, options)
            : await options.mail.send(row.payload as unknown as MailMessage);
        await db
          .update(deliveries)
          .set({ status: "sent", sentAt: now.toISOString(), lastResponse: response.slice(0, 500), lastError: null, nextAttemptAt: null })
          .where(eq(deliveries.id, row.id));
      } catch (error) {
        const failure =
          error instanceof DeliveryError ? error : new DeliveryError(null, error instanceof Error ? error.message : String(error));
        const last = row.attempts >= options.retry.maxAttempts || failure.permanent;
        const next = new Date(now.getTime() + options.retry.baseMs * 2 ** (row.attempts - 1)).toISOString();
        await db
          .update(deliveries)
          .set({
            status: last ? "failed" : "queued",
            nextAttemptAt: last ? null : next,
            lastResponse: failure.response?.slice(0, 500) ?? null,
            lastError: failure.message.slice(0, 500),
          })
          .where(eq(deliveries.id, row.id));
        log?.({ level: "warn", delivery: row.id, channel: row.channel, attempt: row.attempts, error: failure.message });
      }
    }),
  );
  return rows.length;
}

class DeliveryError extends Error {
  constructor(
    readonly response: string | null,
    message: string,
    readonly permanent = false,
  ) {
    super(message);
  }
}

/** One signed POST; the delivery's id is the `webhook-id`, the same on every retry, so receivers can drop repeats. */
async function callWebhook(
  db: Db,
  row: { id: string; recipient: string; payload: Record<string, unknown> },
  now: Date,
  options: SendOptions,
) {
  const [hook] = await db
    .select({ url: webhooks.url, secret: webhooks.secret, active: webhooks.active })
    .from(webhooks)
    .where(and(eq(webhooks.id, row.recipient)));
  if (!hook || !hook.active) throw new DeliveryError(null, hook ? "the webhook is paused" : "the webhook was deleted", true);
  const body = JSON.stringify(row.payload.body);
  const headers = await signWebhook(hook.secret, `msg_${row.id}`, now, body);
  let res: Response;
  try {
    res = await options.fetch(hook.url, {
      method: "POST",
      headers: { "Content-Type": "application/json", "User-Agent": "Parley-Webhooks/1", ...headers },
      body,
      redirect: "manual",
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
  } catch (error) {
    throw new DeliveryError(null, `could not reach ${new URL(hook.url).host}: ${error instanceof Error ? error.message : String(error)}`);
  }
  const answer = `HTTP ${res.status} ${(await res.text().catch(() => "")).slice(0, 200)}`.trim();
  if (res.status < 200 || res.status >= 300) throw new DeliveryError(answer, `the endpoint answered ${res.status}`);
  return answer;
}
