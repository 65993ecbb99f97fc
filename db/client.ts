import { createClient, type Client, type InStatement, type InValue, type ResultSet } from "@libsql/client";
import { drizzle, type LibSQLDatabase } from "drizzle-orm/libsql";
import * as schema from "./schema.ts";

export type Db = LibSQLDatabase<typeof schema> & { $client: Client };

export interface DatabaseConfig {
  /** `file:PATH`, `:memory:`, `libsql://…` or `https://…`. */
  url: string;
  authToken?: string;
  /** Sees every statement drizzle sends (the index tests use it to check query plans). */
  onQuery?: (sql: string, params: unknown[]) => void;
  /**
   * Opens embedded databases (file:, :memory:) instead of @libsql/client's driver: Node passes
   * db/embedded.ts, which caches prepared statements. Shared code cannot import it (Node only).
   */
  embedded?: (url: string) => Client;
}

export interface Database {
  db: Db;
  client: Client;
  close(): void;
}

/**
 * Opens the database. "@libsql/client" resolves to its fetch-only build on Workers, so this one
 * factory serves both runtimes; only embedded URLs (file:, :memory:) need Node.
 */
export async function openDatabase({ url, authToken, onQuery, embedded: openEmbedded }: DatabaseConfig): Promise<Database> {
  const embedded = url.startsWith("file:") || url === ":memory:";
  // The embedded driver is synchronous, so extra connections add no parallelism; one connection
  // keeps the pragmas below in force for every statement.
  const client =
    embedded && openEmbedded
      ? openEmbedded(url)
      : createClient({
          url: url === ":memory:" ? "file::memory:" : url,
          authToken,
          // Remote (HTTP): no queue in the client. Its default queues a 21st concurrent statement
          // behind another's, and on Workers a request awaiting a promise that another request
          // resolves is cancelled as hung (the remote database has its own limits).
          concurrency: embedded ? 1 : 100_000,
        });
  if (embedded && !url.includes(":memory:")) {
    // WAL lets readers proceed during writes. synchronous=NORMAL syncs the WAL at checkpoints,
    // not at every commit: a committed transaction survives a killed or crashed process (it is
    // in the WAL file, which the OS holds), but a power loss or kernel crash can lose the last
    // transactions before the next checkpoint. The database itself stays consistent either way.
    // The trade buys one fsync per checkpoint instead of one per comment (see README, Deploying);
    // the embedded client checkpoints from a worker thread (db/wal-checkpointer.ts).
    // The busy timeout comes first: switching to WAL takes a lock, and another process (the
    // server, when `npm run policy` or a backup opens the same file) may briefly hold it.
    await client.execute("PRAGMA busy_timeout = 5000");
    await client.execute("PRAGMA journal_mode = WAL");
    await client.execute("PRAGMA synchronous = NORMAL");
  }
  await client.execute("PRAGMA foreign_keys = ON");
  const db = drizzle(client, { schema, logger: onQuery ? { logQuery: onQuery } : undefined });
  if (onQuery) statementLoggers.set(client, onQuery);
  return { db, client, close: () => client.close() };
}

const statementLoggers = new WeakMap<Client, (sql: string, params: unknown[]) => void>();

/**
 * Runs raw statements (compiled once, see db/statements.ts) as one write transaction: one
 * implicit transaction on the embedded driver, one request over libSQL's HTTP protocol. All of it
 * lands or none of it; results come back per statement, in order.
 */
export async function runStatements(db: Db, statements: InStatement[]): Promise<ResultSet[]> {
  const log = statementLoggers.get(db.$client);
  if (log) for (const s of statements) typeof s === "string" ? log(s, []) : log(s.sql, (s.args ?? []) as unknown[]);
  return db.$client.batch(statements, "write");
}

/**
 * Runs one read whose SQL text is a constant (`?` arguments): for the queries every write makes,
 * where building them with drizzle's sql`` costs more than running them. Logged like drizzle's
 * queries, so the query-plan test sees it.
 */
export async function readRows<T>(db: Db, statement: { sql: string; args: InValue[] }): Promise<T[]> {
  statementLoggers.get(db.$client)?.(statement.sql, statement.args);
  return (await db.$client.execute(statement)).rows as unknown as T[];
}

/** One statement of an atomic batch (a drizzle query builder, not yet run). */
export type BatchItem = Parameters<Db["batch"]>[0][number];

/**
 * Runs statements atomically: one implicit transaction on the embedded driver, one batch
 * request over libSQL's HTTP protocol on Workers. All of it lands, or none of it.
 */
export async function runBatch(db: Db, items: BatchItem[]): Promise<void> {
  if (items.length === 0) return;
  await db.batch(items as [BatchItem, ...BatchItem[]]);
}

const preparedStatements = new WeakMap<Db, Map<(db: Db) => unknown, unknown>>();

/**
 * A statement built once per database and reused: for the queries every request makes, where
 * building the SQL again each time costs more than running it. `build` must use placeholders.
 */
export function prepared<T>(db: Db, build: (db: Db) => T): T {
  let perDb = preparedStatements.get(db);
  if (!perDb) preparedStatements.set(db, (perDb = new Map()));
  let statement = perDb.get(build) as T | undefined;
  if (statement === undefined) perDb.set(build, (statement = build(db)));
  return statement;
}
