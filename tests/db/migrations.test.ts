import { readMigrationFiles } from "drizzle-orm/migrator";
import { sql } from "drizzle-orm";
import { resolve } from "node:path";
import { expect, it } from "vitest";
import { openDatabase } from "../../db/client.ts";
import { createEmbeddedClient } from "../../db/embedded.ts";
import { migrate } from "../../db/migrate.ts";
import { migrations } from "../../db/migrations/bundle.ts";

it("the bundled migrations are exactly drizzle-kit's SQL files (run `npm run db:generate`)", () => {
  const fromFiles = readMigrationFiles({ migrationsFolder: resolve(import.meta.dirname, "../../db/migrations") });
  expect(migrations).toEqual(fromFiles.map(({ sql: statements, folderMillis, hash }) => ({ sql: statements, folderMillis, hash })));
});

it("applies every migration once, and again is a no-op", async () => {
  const { db, close } = await openDatabase({ url: ":memory:", embedded: createEmbeddedClient });
  expect(await migrate(db)).toBe(migrations.length);
  expect(await migrate(db)).toBe(0);
  const tables = await db.all<{ name: string }>(sql`SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name`);
  expect(tables.map((t) => t.name)).toEqual(
    expect.arrayContaining([
      "comments",
      "sites",
      "pages",
      "users",
      "sessions",
      "reports",
      "policies",
      "decisions",
      "strikes",
      "sanctions",
      "audit_log",
      "admins",
      "admin_sessions",
      "rate_limits",
      "settings",
      "user_identifiers",
    ]),
  );
  close();
});

it("0003 keeps one standing strike per comment: older strikes of a comment, overturned before voided_at existed, are marked voided", async () => {
  const { db, client, close } = await openDatabase({ url: ":memory:", embedded: createEmbeddedClient });
  await migrate(db, migrations.slice(0, 3));
  await client.execute("INSERT INTO sites (id, name, origins, created_at) VALUES ('s', 'S', '[]', '2026-01-01')");
  await client.execute("INSERT INTO users (id, site_id, kind, name, created_at) VALUES ('u', 's', 'guest', 'Ana', '2026-01-01')");
  const strike = (id: string, createdAt: string, expiresAt: string) =>
    client.execute({
      sql: "INSERT INTO strikes (id, site_id, user_id, comment_id, rule, policy_version, created_by, created_at, expires_at) VALUES (?, 's', 'u', 'c', 'r', 1, 'a', ?, ?)",
      args: [id, createdAt, expiresAt],
    });
  await strike("first", "2026-01-01", "2026-01-02"); // overturned the next day
  await strike("second", "2026-02-01", "2026-05-01");
  expect(await migrate(db)).toBe(migrations.length - 3);
  const rows = (await client.execute("SELECT id, voided_at FROM strikes ORDER BY created_at")).rows;
  expect(rows.map((r) => [r.id, r.voided_at])).toEqual([
    ["first", "2026-01-02"],
    ["second", null],
  ]);
  await expect(strike("third", "2026-03-01", "2026-06-01")).rejects.toThrow(/UNIQUE/);
  close();
});

it("0004 gives existing guest sessions and reports their device and address, links a seen time, open reports their weight", async () => {
  const { db, client, close } = await openDatabase({ url: ":memory:", embedded: createEmbeddedClient });
  await migrate(db, migrations.slice(0, 4));
  const run = (text: string) => client.execute(text);
  await run("INSERT INTO sites (id, name, origins, created_at) VALUES ('s', 'S', '[]', '2026-01-01')");
  for (const u of ["a", "r"])
    await run(`INSERT INTO users (id, site_id, kind, name, created_at) VALUES ('${u}', 's', 'guest', '${u}', '2026-01-01')`);
  for (const [u, kind, value] of [
    ["a", "device", "dev-a"],
    ["a", "address", "addr-a"],
    ["r", "device", "dev-r"],
    ["r", "address", "addr-r"],
  ]) {
    await run(
      `INSERT INTO user_identifiers (site_id, kind, value, user_id, created_at) VALUES ('s', '${kind}', '${value}', '${u}', '2026-01-02')`,
    );
  }
  await run(
    "INSERT INTO sessions (token_hash, site_id, user_id, created_at, expires_at) VALUES ('t', 's', 'a', '2026-01-02', '2027-01-01')",
  );
  await run(
    "INSERT INTO comments (id, site_id, page_key, root_id, author_id, body, html, status, report_count, created_at) VALUES ('c', 's', 'p', 'c', 'a', 'b', 'b', 'published', 1, '2026-01-03')",
  );
  await run(
    "INSERT INTO reports (id, site_id, comment_id, user_id, reason, created_at) VALUES ('rep', 's', 'c', 'r', 'spam', '2026-01-04')",
  );
  expect(await migrate(db)).toBe(migrations.length - 4);
  const one = async (text: string) => (await client.execute(text)).rows[0];
  expect(await one("SELECT device, address_hash FROM sessions")).toMatchObject({ device: "dev-a", address_hash: "addr-a" });
  expect(await one("SELECT device, address_hash, weight FROM reports")).toMatchObject({
    device: "dev-r",
    address_hash: "addr-r",
    weight: 1,
  });
  expect(await one("SELECT report_weight FROM comments")).toMatchObject({ report_weight: 1 });
  expect(await one("SELECT count(*) AS n FROM user_identifiers WHERE seen_at = '2026-01-02'")).toMatchObject({ n: 4 });
  expect(await one("SELECT report_action FROM sites")).toMatchObject({ report_action: "hide" });
  close();
});
