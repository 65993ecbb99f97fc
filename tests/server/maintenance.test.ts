import { count, eq } from "drizzle-orm";
import { expect, it } from "vitest";
import { deliveries, rateLimits, reports, sessions, sites, subscriptions, userIdentifiers } from "../../db/schema.ts";
import { DELIVERY_LOG_DAYS, sweepExpired, UNCONFIRMED_DAYS } from "../../server/maintenance.ts";
import { makeTestApp } from "../helpers/app.ts";
import { Client } from "../helpers/client.ts";

it("sweeps expired sessions and old rate-limit windows, and keeps live ones", async () => {
  const t = await makeTestApp();
  const old = Client.over(t.app);
  await old.joinAsGuest("Old");
  await old.postComment("An early comment.");
  t.clock.advance(181 * 86_400_000); // past the 180-day session lifetime
  const fresh = Client.over(t.app);
  await fresh.joinAsGuest("Fresh");
  await fresh.postComment("A later comment.");
  const countOf = async (table: typeof sessions | typeof rateLimits) => (await t.db.select({ n: count() }).from(table))[0]!.n;
  expect(await countOf(sessions)).toBe(2);
  const limitsBefore = await countOf(rateLimits);

  await sweepExpired(t.db, t.clock.now());

  expect(await countOf(sessions)).toBe(1);
  expect(await countOf(rateLimits)).toBeLessThan(limitsBefore);
  expect((await fresh.get("/api/v1/sites/demo/me")).status).toBe(200);
  expect((await old.get("/api/v1/sites/demo/me")).status).toBe(401);
});

it("forgets address hashes older than the site's retention: links last seen before it, and old reports' identities", async () => {
  const t = await makeTestApp();
  const author = Client.over(t.app);
  await author.joinAsGuest("Author");
  const target = (await author.postComment("Report me.")).body.comment;
  const old = Client.over(t.app);
  const oldUser = await old.joinAsGuest("Old", "demo", "device-old-0000001");
  await old.post(`/api/v1/sites/demo/comments/${target.id}/reports`, { reason: "other" });
  t.clock.advance(31 * 86_400_000);
  const fresh = Client.over(t.app);
  const freshUser = await fresh.joinAsGuest("Fresh");
  await fresh.post(`/api/v1/sites/demo/comments/${target.id}/reports`, { reason: "other" });
  const links = async (userId: string) =>
    (await t.db.select().from(userIdentifiers).where(eq(userIdentifiers.userId, userId))).map((i) => i.kind).sort();
  expect(await links(oldUser.id)).toEqual(["address", "device"]);

  await sweepExpired(t.db, t.clock.now()); // the default 90 days: nothing is old enough
  expect(await links(oldUser.id)).toEqual(["address", "device"]);

  await t.db.update(sites).set({ retentionDays: 30 }).where(eq(sites.id, "demo"));
  await sweepExpired(t.db, t.clock.now());
  expect(await links(oldUser.id)).toEqual(["device"]);
  expect(await links(freshUser.id)).toEqual(["address"]);
  const byReporter = new Map((await t.db.select().from(reports)).map((r) => [r.userId, r]));
  expect(byReporter.get(oldUser.id)).toMatchObject({ addressHash: null, device: null });
  expect(byReporter.get(freshUser.id)!.addressHash).not.toBeNull();
});

it("forgets reply subscriptions never confirmed in time, and finished deliveries past the log's days", async () => {
  const t = await makeTestApp();
  const reader = Client.over(t.app);
  const user = await reader.joinAsGuest("Reader");
  const at = (days: number) => new Date(t.clock.now().getTime() - days * 86_400_000).toISOString();
  const subscription = (id: string, createdDaysAgo: number, confirmed: boolean) => ({
    id,
    siteId: "demo",
    userId: user.id,
    email: `${id}@example.com`,
    tokenHash: `hash-${id}`,
    confirmedAt: confirmed ? at(createdDaysAgo) : null,
    createdAt: at(createdDaysAgo),
  });
  await t.db
    .insert(subscriptions)
    .values([
      subscription("stale", UNCONFIRMED_DAYS + 1, false),
      subscription("pending", UNCONFIRMED_DAYS - 1, false),
      subscription("confirmed", UNCONFIRMED_DAYS + 100, true),
    ]);
  const delivery = (id: string, siteId: string | null, createdDaysAgo: number, status: "queued" | "sent" | "failed") => ({
    id,
    siteId,
    channel: "email" as const,
    recipient: "ed@example.com",
    kind: "reply",
    payload: {},
    status,
    createdAt: at(createdDaysAgo),
  });
  await t.db
    .insert(deliveries)
    .values([
      delivery("old-sent", "demo", DELIVERY_LOG_DAYS + 1, "sent"),
      delivery("old-failed", "demo", DELIVERY_LOG_DAYS + 1, "failed"),
      delivery("old-digest", null, DELIVERY_LOG_DAYS + 1, "sent"),
      delivery("old-queued", "demo", DELIVERY_LOG_DAYS + 1, "queued"),
      delivery("recent", "demo", DELIVERY_LOG_DAYS - 1, "sent"),
      delivery("recent-digest", null, DELIVERY_LOG_DAYS - 1, "sent"),
    ]);

  await sweepExpired(t.db, t.clock.now());

  expect((await t.db.select({ id: subscriptions.id }).from(subscriptions)).map((s) => s.id).sort()).toEqual(["confirmed", "pending"]);
  expect((await t.db.select({ id: deliveries.id }).from(deliveries)).map((d) => d.id).sort()).toEqual([
    "old-queued",
    "recent",
    "recent-digest",
  ]);
});
