import { and, count, eq, isNull } from "drizzle-orm";
import type { Subscription, SubscriptionRequest } from "../../contract/notify.ts";
import type { Db } from "../../db/client.ts";
import { admins, comments, subscriptions, users } from "../../db/schema.ts";
import { ApiError, forbidden, notFound } from "../errors.ts";
import { newId, sha256Hex } from "../lib/crypto.ts";
import type { Notifier } from "./notifier.ts";
import { stringsFor } from "./strings.ts";
import { linkToken, readLinkToken } from "./tokens.ts";
import { hitRateLimits } from "../lib/rate-limit.ts";

type SubscriptionRow = typeof subscriptions.$inferSelect;
/** Subscriptions a reader may hold on a site, and unconfirmed ones at once (each sent an email). */
const MAX_SUBSCRIPTIONS = 50;
const MAX_UNCONFIRMED = 3;
/** Confirmation emails an hour, per reader and per address. */
export const CONFIRMATIONS_PER_HOUR = 5;

function toJson(row: SubscriptionRow): Subscription {
  return { id: row.id, commentId: row.commentId, confirmed: row.confirmedAt !== null, createdAt: row.createdAt };
}

export async function listSubscriptions(db: Db, siteId: string, userId: string): Promise<Subscription[]> {
  const rows = await db
    .select()
    .from(subscriptions)
    .where(and(eq(subscriptions.siteId, siteId), eq(subscriptions.userId, userId)));
  return rows.map(toJson);
}

/**
 * Reply notifications for one of the reader's comments, or all of them (`commentId` null). A
 * signed-in reader whose token carried an `email` is subscribed at once; anyone else gives an
 * address, which is written to once, asking to confirm (double opt-in), and kept only while
 * subscribed.
 */
export async function subscribe(
  db: Db,
  notifier: Notifier,
  input: { siteId: string; userId: string; request: SubscriptionRequest; now: Date },
): Promise<{ subscription: Subscription; created: boolean }> {
  const { siteId, userId, now } = input;
  if (!notifier.emailOn) throw new ApiError("conflict", "This server sends no email (the publisher has not set it up).");
  const commentId = input.request.commentId ?? null;
  if (commentId) {
    const [comment] = await db
      .select({ authorId: comments.authorId, status: comments.status })
      .from(comments)
      .where(and(eq(comments.id, commentId), eq(comments.siteId, siteId)));
    if (!comment || comment.status === "deleted") throw notFound("The comment");
    if (comment.authorId !== userId) throw forbidden("You can be told about replies to your own comments only.");
  }
  const [user] = await db.select({ kind: users.kind, email: users.email }).from(users).where(eq(users.id, userId));
  const known = user?.kind === "sso" ? user.email : null;
  const email = known ?? input.request.email?.trim().toLowerCase();
  if (!email) throw new ApiError("validation_failed", "Give the email address replies should go to.", { field: "email" });

  const mine = await db
    .select()
    .from(subscriptions)
    .where(and(eq(subscriptions.siteId, siteId), eq(subscriptions.userId, userId)));
  const same = mine.find((s) => s.commentId === commentId && s.email === email);
  if (same) return { subscription: toJson(same), created: false };
  if (mine.length >= MAX_SUBSCRIPTIONS) {
    throw new ApiError("validation_failed", `You can follow at most ${MAX_SUBSCRIPTIONS} comments.`, { field: "commentId" });
  }
  const confirmed = email === known || mine.some((s) => s.email === email && s.confirmedAt !== null);
  if (!confirmed && mine.filter((s) => s.confirmedAt === null).length >= MAX_UNCONFIRMED) {
    throw new ApiError("conflict", "Please confirm the addresses you gave first: we sent a link to each.", { field: "email" });
  }
  // Every confirmation is an email to an address someone typed: a few an hour per reader and per address.
  if (!confirmed) {
    await hitRateLimits(
      db,
      [
        { key: `confirm:user:${userId}`, limit: CONFIRMATIONS_PER_HOUR },
        { key: `confirm:email:${await sha256Hex(email)}`, limit: CONFIRMATIONS_PER_HOUR },
      ],
      3600,
      now,
    );
  }
  const id = newId();
  const row: SubscriptionRow = {
    id,
    siteId,
    userId,
    commentId,
    email,
    tokenHash: await sha256Hex(await linkToken(notifier.config.secret, "c", id)),
    confirmedAt: confirmed ? now.toISOString() : null,
    createdAt: now.toISOString(),
  };
  await db.insert(subscriptions).values(row);
  notifier.invalidate(siteId);
  if (!confirmed) {
    const site = await db.query.sites.findFirst({ columns: { name: true }, where: (s, { eq: is }) => is(s.id, siteId) });
    const url = await notifier.link("confirm", "c", id);
    const message = await notifier.mail(email, stringsFor(null).confirm({ site: site?.name ?? siteId, url }), { kind: "s", id });
    await notifier.enqueue(notifier.emailRow(siteId, "confirm", message));
  }
  return { subscription: toJson(row), created: true };
}

export async function unsubscribeOwn(db: Db, notifier: Notifier, input: { siteId: string; userId: string; id: string }): Promise<void> {
  const deleted = await db
    .delete(subscriptions)
    .where(and(eq(subscriptions.id, input.id), eq(subscriptions.siteId, input.siteId), eq(subscriptions.userId, input.userId)))
    .returning({ id: subscriptions.id });
  if (deleted.length === 0) throw notFound("The subscription");
  notifier.invalidate(input.siteId);
}

/** A confirmation link: the subscription starts. False when the link is not valid (or the reader left since). */
export async function confirmLink(db: Db, notifier: Notifier, token: string, now: Date): Promise<boolean> {
  const link = await readLinkToken(notifier.config.secret, token);
  if (link?.kind !== "c") return false;
  const rows = await db
    .update(subscriptions)
    .set({ confirmedAt: now.toISOString() })
    .where(and(eq(subscriptions.id, link.id), eq(subscriptions.tokenHash, await sha256Hex(token)), isNull(subscriptions.confirmedAt)))
    .returning({ siteId: subscriptions.siteId });
  if (rows[0]) notifier.invalidate(rows[0].siteId);
  const [exists] = await db.select({ n: count() }).from(subscriptions).where(eq(subscriptions.id, link.id));
  return (exists?.n ?? 0) > 0;
}

/**
 * What an unsubscribe link (or a mail client's one-click POST, RFC 8058) stops: one reply
 * subscription, with its address; a commenter's decision notices; a moderator's digest and
 * threat alerts. False when the link is not valid. Doing it twice is harmless.
 */
export async function unsubscribeLink(db: Db, notifier: Notifier, token: string): Promise<boolean> {
  const link = await readLinkToken(notifier.config.secret, token);
  if (!link || link.kind === "c") return false;
  if (link.kind === "s") {
    const rows = await db.delete(subscriptions).where(eq(subscriptions.id, link.id)).returning({ siteId: subscriptions.siteId });
    if (rows[0]) notifier.invalidate(rows[0].siteId);
  } else if (link.kind === "d") {
    await db.update(users).set({ notifyDecisions: false }).where(eq(users.id, link.id));
  } else {
    await db.update(admins).set({ digest: "off" }).where(eq(admins.id, link.id));
  }
  return true;
}
