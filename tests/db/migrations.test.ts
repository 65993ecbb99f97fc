import { readMigrationFiles } from "drizzle-orm/migrator";
import { sql } from "drizzle-orm";
import { resolve } from "node:path";
import { expect, it } from "vitest";
import { openDatabase } from "../../db/client.ts";
import { migrate } from "../../db/migrate.ts";
import { migrations } from "../../db/migrations/bundle.ts";

it("the bundled migrations are exactly drizzle-kit's SQL files (run `npm run db:generate`)", () => {
  const fromFiles = readMigrationFiles({ migrationsFolder: resolve(import.meta.dirname, "../../db/migrations") });
  expect(migrations).toEqual(fromFiles.map(({ sql: statements, folderMillis, hash }) => ({ sql: statements, folderMillis, hash })));
});

it("applies every migration once, and again is a no-op", async () => {
  const { db, close } = await openDatabase({ url: ":memory:" });
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
