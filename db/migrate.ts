import { sql } from "drizzle-orm";
import type { Db } from "./client.ts";
import { migrations as bundled } from "./migrations/bundle.ts";

export interface Migration {
  sql: string[];
  folderMillis: number;
  hash: string;
}

/**
 * Applies the migrations newer than the last one recorded, in one batch, keeping drizzle-kit's
 * bookkeeping table so `drizzle-kit migrate` and this agree. Works over every libSQL transport.
 */
export async function migrate(db: Db, migrations: Migration[] = bundled): Promise<number> {
  await db.run(sql`CREATE TABLE IF NOT EXISTS "__drizzle_migrations" (id SERIAL PRIMARY KEY, hash text NOT NULL, created_at numeric)`);
  const last = await db.values<[number, string, number]>(
    sql`SELECT id, hash, created_at FROM "__drizzle_migrations" ORDER BY created_at DESC LIMIT 1`,
  );
  const lastMillis = last[0] ? Number(last[0][2]) : -Infinity;
  const pending = migrations.filter((m) => m.folderMillis > lastMillis);
  if (pending.length === 0) return 0;
  const statements = pending.flatMap((m) => [
    ...m.sql.filter((s) => s.trim() !== "").map((s) => db.run(sql.raw(s))),
    db.run(sql`INSERT INTO "__drizzle_migrations" ("hash", "created_at") VALUES (${m.hash}, ${m.folderMillis})`),
  ]);
  await db.batch(statements as [(typeof statements)[0], ...typeof statements]);
  return pending.length;
}
