import { and, eq, isNull, lt, ne, or } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import { admins, sites } from "../../db/schema.ts";
import { queueCounts } from "../moderation/queue.ts";
import type { MailMessage } from "./render.ts";
import { stringsFor } from "./strings.ts";

const PERIOD_MS = { hourly: 3_600_000, daily: 86_400_000 } as const;
/** The queues a digest counts (rejected is a record, not work). */
const QUEUES = ["threats", "pending", "spam", "reported"] as const;

/**
 * Digest emails for the moderators whose period has passed (`admins.digest`: hourly or daily),
 * counting what waits in every site's queues. Nothing waiting, no email; either way the period
 * starts again. Threats are sent at once elsewhere (notifier.ts); the digest counts them too.
 */
export async function dueDigests(
  db: Db,
  now: Date,
  compose: (to: string, adminId: string, content: ReturnType<ReturnType<typeof stringsFor>["digest"]>) => Promise<MailMessage>,
  adminUrl: string,
): Promise<{ kind: string; message: MailMessage }[]> {
  const hourAgo = new Date(now.getTime() - PERIOD_MS.hourly).toISOString();
  const due = (
    await db
      .select({ id: admins.id, email: admins.email, digest: admins.digest, sentAt: admins.digestSentAt })
      .from(admins)
      .where(and(ne(admins.digest, "off"), or(isNull(admins.digestSentAt), lt(admins.digestSentAt, hourAgo))))
  ).filter((a) => a.digest !== "off" && (!a.sentAt || now.getTime() - Date.parse(a.sentAt) >= PERIOD_MS[a.digest]));
  if (due.length === 0) return [];
  const siteRows = await db.select({ id: sites.id, name: sites.name }).from(sites);
  const counts = (
    await Promise.all(
      siteRows.map(async (s) => {
        const c = await queueCounts(db, s.id);
        return QUEUES.filter((q) => c[q] > 0).map((q) => ({ site: s.name, queue: q, count: c[q] }));
      }),
    )
  ).flat();
  for (const a of due) await db.update(admins).set({ digestSentAt: now.toISOString() }).where(eq(admins.id, a.id));
  if (counts.length === 0) return [];
  return Promise.all(
    due.map(async (a) => ({
      kind: "digest",
      message: await compose(a.email, a.id, stringsFor(null).digest({ counts, url: adminUrl, period: a.digest as "hourly" | "daily" })),
    })),
  );
}
