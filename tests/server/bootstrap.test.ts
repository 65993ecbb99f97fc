import { count } from "drizzle-orm";
import { expect, it } from "vitest";
import { openDatabase } from "../../db/client.ts";
import { createEmbeddedClient } from "../../db/embedded.ts";
import { migrate } from "../../db/migrate.ts";
import { admins, decisions, sites } from "../../db/schema.ts";
import { bootstrap } from "../../server/bootstrap.ts";
import { DEMO_PAGE_KEY, SEED_COMMENT } from "../../server/demo/article.ts";
import { createDetector } from "../../server/detector/index.ts";
import { verifyPassword } from "../../server/identity/passwords.ts";

it("sets up an empty database once: secret, first admin, demo site, policy and the seed comment", async () => {
  const { db, close } = await openDatabase({ url: ":memory:", embedded: createEmbeddedClient });
  await migrate(db);
  const now = new Date("2026-11-25T12:00:00Z");
  const first = await bootstrap(db, { detector: createDetector(), demoOrigins: ["https://news.example.com"], now });
  expect(first.firstAdmin).toMatchObject({ email: "admin@localhost", generated: true });
  expect(first.firstAdmin!.password.length).toBeGreaterThanOrEqual(16);
  const admin = await db.query.admins.findFirst();
  expect(await verifyPassword(first.firstAdmin!.password, admin!.passwordHash)).toBe(true);
  expect(first.createdDemoSite).toBe(true);
  const demo = await db.query.sites.findFirst();
  expect(demo).toMatchObject({ id: "demo", allowGuests: true, origins: ["https://news.example.com"] });

  const seeded = await db.query.comments.findMany();
  expect(seeded).toHaveLength(1);
  expect(seeded[0]).toMatchObject({ pageKey: DEMO_PAGE_KEY, body: SEED_COMMENT, status: "published", policyVersion: 1 });
  const [decision] = await db.select().from(decisions);
  expect(decision).toMatchObject({ outcome: "publish", actor: "detector", policyVersion: 1 });

  const second = await bootstrap(db, { detector: createDetector(), adminPassword: "ignored now", now });
  expect(second.firstAdmin).toBeUndefined();
  expect(second.createdDemoSite).toBe(false);
  expect(second.secret).toBe(first.secret);
  expect((await db.select({ n: count() }).from(admins))[0]!.n).toBe(1);
  expect((await db.select({ n: count() }).from(sites))[0]!.n).toBe(1);
  expect(await db.query.comments.findMany()).toHaveLength(1);
  close();
});

it("takes the first admin's password and the secret from the environment when given", async () => {
  const { db, close } = await openDatabase({ url: ":memory:", embedded: createEmbeddedClient });
  await migrate(db);
  const boot = await bootstrap(db, {
    adminEmail: "Chief@Example.com",
    adminPassword: "a chosen password",
    secret: "from-env",
    now: new Date(),
  });
  expect(boot).toMatchObject({
    secret: "from-env",
    firstAdmin: { email: "Chief@Example.com", password: "a chosen password", generated: false },
  });
  expect((await db.query.admins.findFirst())!.email).toBe("chief@example.com");
  close();
});

it("refuses to run on a stored secret where one is required, before writing anything", async () => {
  const { db, close } = await openDatabase({ url: ":memory:", embedded: createEmbeddedClient });
  await migrate(db);
  await expect(bootstrap(db, { requireSecret: true, now: new Date() })).rejects.toThrow(/SECRET is not set/);
  expect(await db.query.settings.findFirst()).toBeUndefined();
  expect(await db.query.admins.findFirst()).toBeUndefined();
  const boot = await bootstrap(db, { requireSecret: true, secret: "from-env", now: new Date() });
  expect(boot).toMatchObject({ secret: "from-env", storedSecret: false });
  close();
});
