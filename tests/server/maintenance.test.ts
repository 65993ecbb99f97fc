import { count } from "drizzle-orm";
import { expect, it } from "vitest";
import { rateLimits, sessions } from "../../db/schema.ts";
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
