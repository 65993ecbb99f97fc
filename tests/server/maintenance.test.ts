import { count, eq } from "drizzle-orm";
import { expect, it } from "vitest";
import { rateLimits, reports, sessions, sites, userIdentifiers } from "../../db/schema.ts";
import { sweepExpired } from "../../server/maintenance.ts";
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
