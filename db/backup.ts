// Node only: online backups of an embedded database and their restore. A backup is `VACUUM INTO`
// on a connection of its own, in a worker thread: SQLite copies one consistent snapshot (a read
// transaction, so writers go on; in WAL mode nothing waits) into a new, compacted file, and the
// server's thread is never blocked while it does. A restore checks the file (integrity_check, a
// Parley database, migrations brought up to date) on a copy before it replaces anything.
import { copyFileSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { basename, dirname, join, resolve } from "node:path";
import { Worker } from "node:worker_threads";
import Database from "libsql";
import { createClient } from "@libsql/client";
import { drizzle } from "drizzle-orm/libsql";
import type { Db } from "./client.ts";
import { migrate } from "./migrate.ts";
import * as schema from "./schema.ts";

/** The file behind a `file:` DATABASE_URL; other databases (libsql://, https://) are not backed up here. */
export function databaseFile(url: string): string {
  if (!url.startsWith("file:") || url.includes(":memory:")) {
    throw new Error(`backups are for file: databases; ${url} is not one (on Turso, use its point-in-time restore)`);
  }
  return resolve(url.startsWith("file://") ? decodeURIComponent(new URL(url).pathname) : url.slice("file:".length).split("?")[0]!);
}

const workerSource = `
const { parentPort, workerData } = require("node:worker_threads");
const Database = require(workerData.libsql);
const db = new Database(workerData.source);
try {
  db.pragma("busy_timeout = 30000");
  db.prepare("VACUUM INTO ?").run([workerData.target]);
  parentPort.postMessage({ ok: true });
} catch (error) {
  parentPort.postMessage({ ok: false, error: String(error && error.message || error) });
} finally {
  db.close();
}
`;

/** Writes a consistent snapshot of the database file `source` to `target` (which must not exist). */
export function backupFile(source: string, target: string): Promise<void> {
  if (existsSync(target)) return Promise.reject(new Error(`${target} already exists`));
  mkdirSync(dirname(resolve(target)), { recursive: true });
  const libsql = createRequire(import.meta.url).resolve("libsql");
  const worker = new Worker(workerSource, { eval: true, workerData: { source, target: resolve(target), libsql } });
  return new Promise((done, failed) => {
    worker.once("message", (result: { ok: boolean; error?: string }) =>
      result.ok ? done() : failed(new Error(`backup failed: ${result.error}`)),
    );
    worker.once("error", failed);
  });
}

/**
 * Checks a backup without changing it: SQLite's integrity check, and the tables of a Parley
 * database. Answers the problem, or null when it is sound.
 */
export function checkBackup(file: string): string | null {
  if (!existsSync(file)) return `${file} does not exist`;
  let db: InstanceType<typeof Database> | undefined;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true } as never);
    const integrity = db.prepare("PRAGMA integrity_check").all() as { integrity_check: string }[];
    if (integrity.length !== 1 || integrity[0]!.integrity_check !== "ok") {
      return `integrity check failed: ${integrity
        .map((r) => r.integrity_check)
        .slice(0, 5)
        .join("; ")}`;
    }
    const tables = new Set(
      (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[]).map((r) => r.name),
    );
    for (const needed of ["sites", "comments", "users", "__drizzle_migrations"])
      if (!tables.has(needed)) return `not a Parley database (no ${needed} table)`;
    return null;
  } catch (error) {
    return `not a database: ${error instanceof Error ? error.message : String(error)}`;
  } finally {
    db?.close();
  }
}

/**
 * Puts a backup in place of the database file `target`: the backup is checked, copied beside the
 * target, migrated to this release's schema and checked again; only then does it replace the
 * target (a rename, atomic on one file system), and the target's old log files are removed. The
 * server must be stopped meanwhile. The replaced database is kept as `target.before-restore`.
 */
export async function restoreFile(backup: string, target: string): Promise<{ migrations: number }> {
  const problem = checkBackup(backup);
  if (problem) throw new Error(`refused: ${problem}`);
  const staging = `${target}.restoring`;
  rmSync(staging, { force: true });
  mkdirSync(dirname(target), { recursive: true });
  copyFileSync(backup, staging);
  let migrations: number;
  try {
    // A plain connection (no checkpoint worker): nothing else holds the copy when it is closed.
    const client = createClient({ url: `file:${staging}` });
    try {
      migrations = await migrate(drizzle(client, { schema }) as Db);
    } finally {
      client.close();
    }
    // Back to one file: the checkpointed copy holds everything.
    const db = new Database(staging);
    db.pragma("wal_checkpoint(TRUNCATE)");
    db.pragma("journal_mode = DELETE");
    db.close();
    const again = checkBackup(staging);
    if (again) throw new Error(`refused after migrating: ${again}`);
  } catch (error) {
    for (const f of [staging, `${staging}-wal`, `${staging}-shm`]) rmSync(f, { force: true });
    throw error;
  }
  if (existsSync(target)) renameSync(target, `${target}.before-restore`);
  for (const f of [`${target}-wal`, `${target}-shm`]) rmSync(f, { force: true });
  renameSync(staging, target);
  return { migrations };
}

/** `BACKUP_DIR`'s snapshots: `comments-2026-12-02T23-00-00Z.db`, newest last. */
export function backupName(now: Date): string {
  return `comments-${now
    .toISOString()
    .replace(/\.\d+Z$/, "Z")
    .replace(/:/g, "-")}.db`;
}

/** Takes a snapshot into `dir` and keeps the newest `keep`. */
export async function rotateBackup(source: string, dir: string, keep: number, now: Date): Promise<string> {
  const target = join(dir, backupName(now));
  await backupFile(source, target);
  const snapshots = readdirSync(dir)
    .filter((f) => /^comments-.*\.db$/.test(f))
    .sort();
  for (const old of snapshots.slice(0, Math.max(0, snapshots.length - keep))) rmSync(join(dir, old), { force: true });
  return target;
}

export const describeBackup = (file: string) => `${basename(file)} (${(statSync(file).size / 1048576).toFixed(1)} MiB)`;
