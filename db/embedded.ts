// Node only: an embedded libSQL client (file: and :memory: databases) that prepares each SQL text
// once. @libsql/client's embedded driver prepares every statement again on every call and finds
// out whether it returns rows by catching an exception, which costs more than running it. This
// keeps its results and errors exactly (same rows, integers, codes) so drizzle and our code see no
// difference. Shared code must not import it: server/node.ts hands it to openDatabase.
import type { Client, InArgs, InStatement, InValue, ResultSet, Row, TransactionMode } from "@libsql/client";
import { LibsqlBatchError, LibsqlError } from "@libsql/core/api";
import { ResultSetImpl } from "@libsql/core/util";
import Database from "libsql";
import { BACKSTOP_PAGES, startCheckpointer, type Checkpointer } from "./wal-checkpointer.ts";

type Connection = InstanceType<typeof Database>;
type Statement = ReturnType<Connection["prepare"]>;
type SqlArgs = unknown[] | Record<string, unknown>;

interface Cached {
  statement: Statement;
  /** Whether it returns rows (a SELECT, or anything with RETURNING). */
  reader: boolean;
  columns: string[];
  columnTypes: string[];
}

/** `file:PATH`, `file:///PATH` or `:memory:` to what libsql opens. */
function databasePath(url: string): string {
  if (url === ":memory:" || url.includes(":memory:")) return ":memory:";
  if (url.startsWith("file://")) return decodeURIComponent(new URL(url).pathname);
  if (url.startsWith("file:")) return url.slice("file:".length).split("?")[0]!;
  throw new LibsqlError(`URL ${JSON.stringify(url)} is not an embedded database`, "URL_SCHEME_NOT_SUPPORTED");
}

const begin: Record<TransactionMode, string> = { write: "BEGIN IMMEDIATE", read: "BEGIN TRANSACTION READONLY", deferred: "BEGIN DEFERRED" };

export function createEmbeddedClient(url: string): Client {
  const path = databasePath(url);
  let connection: Connection = new Database(path);
  let statements = new Map<string, Cached>();
  // File databases checkpoint their log from a worker (db/wal-checkpointer.ts), not inside commits.
  let checkpointer: Checkpointer | undefined;
  function startCheckpointing() {
    if (path === ":memory:") return;
    connection.pragma(`wal_autocheckpoint = ${BACKSTOP_PAGES}`);
    checkpointer = startCheckpointer(path);
  }
  startCheckpointing();

  function prepare(sql: string): Cached {
    let cached = statements.get(sql);
    if (cached === undefined) {
      const statement = connection.prepare(sql);
      statement.safeIntegers(true);
      const reader = statement.reader;
      let columns: string[] = [];
      let columnTypes: string[] = [];
      if (reader) {
        statement.raw(true);
        const described = statement.columns();
        columns = described.map((c) => c.name);
        columnTypes = described.map((c) => c.type ?? "");
      }
      statements.set(sql, (cached = { statement, reader, columns, columnTypes }));
    }
    return cached;
  }

  function run(sql: string, args: SqlArgs): ResultSet {
    try {
      const { statement, reader, columns, columnTypes } = prepare(sql);
      if (reader) {
        const rows = (statement.all(args) as unknown[][]).map((raw) => rowFromSql(raw, columns));
        return new ResultSetImpl(columns, columnTypes, rows, 0, undefined);
      }
      const info = statement.run(args);
      return new ResultSetImpl([], [], [], info.changes, BigInt(info.lastInsertRowid));
    } catch (e) {
      throw mapSqliteError(e);
    }
  }

  function runStatement(stmt: InStatement | [string, InArgs?]): ResultSet {
    if (typeof stmt === "string") return run(stmt, []);
    if (Array.isArray(stmt)) return run(stmt[0], argsToSql(stmt[1] ?? []));
    return run(stmt.sql, argsToSql(stmt.args ?? []));
  }

  /** The statements in order; a failure names the statement, as @libsql/client's batch errors do. */
  function runAll(stmts: Array<InStatement | [string, InArgs?]>): ResultSet[] {
    const results: ResultSet[] = [];
    for (let i = 0; i < stmts.length; i++) {
      try {
        if (!connection.inTransaction) throw new LibsqlBatchError("The transaction has been rolled back", i, "TRANSACTION_CLOSED");
        results.push(runStatement(stmts[i]!));
      } catch (e) {
        if (e instanceof LibsqlBatchError) throw e;
        if (e instanceof LibsqlError)
          throw new LibsqlBatchError(e.message, i, e.code, e.extendedCode, e.rawCode, e.cause instanceof Error ? e.cause : undefined);
        throw e;
      }
    }
    return results;
  }

  /** BEGIN, `body`, COMMIT, all synchronous so nothing else interleaves; any failure rolls back. */
  function inTransaction<T>(beginSql: string, body: () => T): T {
    run(beginSql, []);
    try {
      const result = body();
      run("COMMIT", []);
      return result;
    } finally {
      if (connection.open && connection.inTransaction) run("ROLLBACK", []);
    }
  }

  // Group commit: the write batches asked for while the server handles one round of requests run
  // in one transaction, each inside its own savepoint, so each is still all-or-nothing on its
  // own while the commit (the log append, its locks and bookkeeping) is paid once per round.
  // Every member is answered only after the commit.
  let group: GroupMember[] | null = null;

  function flushGroup() {
    const members = group ?? [];
    group = null;
    if (members.length === 0) return;
    const outcomes: Array<{ results: ResultSet[] } | { error: unknown }> = [];
    try {
      inTransaction(begin.write, () => {
        for (const member of members) {
          run("SAVEPOINT parley_write", []);
          try {
            outcomes.push({ results: runAll(member.stmts) });
            run("RELEASE parley_write", []);
          } catch (error) {
            // A failed statement leaves the transaction open (undo this member only); an I/O error
            // or a full disk can end it, and with it every member before this one.
            if (!connection.inTransaction) throw error;
            run("ROLLBACK TO parley_write", []);
            run("RELEASE parley_write", []);
            outcomes.push({ error });
          }
        }
      });
    } catch (error) {
      // Nothing was committed: each member is told its own failure, or the transaction's.
      members.forEach((m, i) => {
        const own = outcomes[i];
        m.reject(own && "error" in own ? own.error : error);
      });
      return;
    }
    members.forEach((m, i) => {
      const outcome = outcomes[i]!;
      if ("error" in outcome) m.reject(outcome.error);
      else m.resolve(outcome.results);
    });
  }

  const client = {
    closed: false,
    protocol: "file",
    async execute(stmtOrSql: InStatement | string, args?: InArgs): Promise<ResultSet> {
      checkOpen();
      return typeof stmtOrSql === "string" ? run(stmtOrSql, argsToSql(args ?? [])) : runStatement(stmtOrSql);
    },
    async batch(stmts: Array<InStatement | [string, InArgs?]>, mode: TransactionMode = "deferred"): Promise<ResultSet[]> {
      checkOpen();
      if (mode !== "write") return inTransaction(begin[mode], () => runAll(stmts));
      return new Promise<ResultSet[]>((resolve, reject) => {
        if (group === null) {
          group = [];
          setImmediate(flushGroup);
        }
        group.push({ stmts, resolve, reject });
      });
    },
    async migrate(stmts: InStatement[]): Promise<ResultSet[]> {
      checkOpen();
      run("PRAGMA foreign_keys=off", []);
      try {
        return inTransaction(begin.deferred, () => runAll(stmts));
      } finally {
        run("PRAGMA foreign_keys=on", []);
      }
    },
    async executeMultiple(sql: string): Promise<void> {
      checkOpen();
      try {
        connection.exec(sql);
      } catch (e) {
        throw mapSqliteError(e);
      }
    },
    async transaction(): Promise<never> {
      // Interactive transactions would hold the only connection across awaits; nothing here uses them.
      throw new LibsqlError("Interactive transactions are not supported by the embedded client; use batch()", "NOT_SUPPORTED");
    },
    async sync(): Promise<never> {
      throw new LibsqlError("sync() is for embedded replicas, which this client does not open", "NOT_SUPPORTED");
    },
    reconnect() {
      closeConnection();
      connection = new Database(path);
      statements = new Map();
      startCheckpointing();
      client.closed = false;
    },
    close() {
      client.closed = true;
      closeConnection();
    },
  };

  function checkOpen() {
    if (client.closed) throw new LibsqlError("The client is closed", "CLIENT_CLOSED");
  }
  function closeConnection() {
    flushGroup();
    void checkpointer?.stop();
    checkpointer = undefined;
    statements.clear();
    try {
      if (connection.open) connection.close();
    } catch {
      // nothing useful to do while tearing down
    }
  }

  return client as Client;
}

interface GroupMember {
  stmts: Array<InStatement | [string, InArgs?]>;
  resolve(results: ResultSet[]): void;
  reject(error: unknown): void;
}

/** A row as @libsql/client builds it: positional and named access, `length` not enumerable. */
function rowFromSql(raw: unknown[], columns: string[]): Row {
  const row = {};
  Object.defineProperty(row, "length", { value: raw.length });
  for (let i = 0; i < raw.length; ++i) {
    const value = valueFromSql(raw[i]);
    Object.defineProperty(row, i, { value });
    const column = columns[i]!;
    if (!Object.hasOwn(row, column)) Object.defineProperty(row, column, { value, enumerable: true, configurable: true, writable: true });
  }
  return row as Row;
}

const minSafeBigint = -9007199254740991n;
const maxSafeBigint = 9007199254740991n;
const minInteger = -9223372036854775808n;
const maxInteger = 9223372036854775807n;

/** intMode "number", as our @libsql/client configuration uses. */
function valueFromSql(value: unknown): unknown {
  if (typeof value === "bigint") {
    if (value < minSafeBigint || value > maxSafeBigint)
      throw new RangeError("Received integer which cannot be safely represented as a JavaScript number");
    return Number(value);
  }
  if (value instanceof Buffer) return value.buffer;
  return value;
}

function argsToSql(args: InArgs): SqlArgs {
  if (Array.isArray(args)) return args.map(valueToSql);
  const named: Record<string, unknown> = {};
  for (const name in args) {
    const key = name[0] === "@" || name[0] === "$" || name[0] === ":" ? name.substring(1) : name;
    named[key] = valueToSql(args[name]!);
  }
  return named;
}

function valueToSql(value: InValue | undefined): unknown {
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw new RangeError("Only finite numbers (not Infinity or NaN) can be passed as arguments");
    return value;
  }
  if (typeof value === "bigint") {
    if (value < minInteger || value > maxInteger)
      throw new RangeError("bigint is too large to be represented as a 64-bit integer and passed as argument");
    return value;
  }
  if (typeof value === "boolean") return value ? 1 : 0;
  if (value instanceof ArrayBuffer) return Buffer.from(value);
  if (value instanceof Date) return value.valueOf();
  if (value === undefined) throw new TypeError("undefined cannot be passed as argument to the database");
  return value;
}

const sqliteErrorCodes: Record<number, string> = {
  1: "SQLITE_ERROR",
  2: "SQLITE_INTERNAL",
  3: "SQLITE_PERM",
  4: "SQLITE_ABORT",
  5: "SQLITE_BUSY",
  6: "SQLITE_LOCKED",
  7: "SQLITE_NOMEM",
  8: "SQLITE_READONLY",
  9: "SQLITE_INTERRUPT",
  10: "SQLITE_IOERR",
  11: "SQLITE_CORRUPT",
  12: "SQLITE_NOTFOUND",
  13: "SQLITE_FULL",
  14: "SQLITE_CANTOPEN",
  15: "SQLITE_PROTOCOL",
  16: "SQLITE_EMPTY",
  17: "SQLITE_SCHEMA",
  18: "SQLITE_TOOBIG",
  19: "SQLITE_CONSTRAINT",
  20: "SQLITE_MISMATCH",
  21: "SQLITE_MISUSE",
  22: "SQLITE_NOLFS",
  23: "SQLITE_AUTH",
  24: "SQLITE_FORMAT",
  25: "SQLITE_RANGE",
  26: "SQLITE_NOTADB",
  27: "SQLITE_NOTICE",
  28: "SQLITE_WARNING",
};

function mapSqliteError(e: unknown): unknown {
  if (e instanceof Database.SqliteError) {
    const rawCode = (e as { rawCode?: number }).rawCode;
    const code = rawCode === undefined ? "SQLITE_UNKNOWN" : (sqliteErrorCodes[rawCode & 0xff] ?? `SQLITE_UNKNOWN_${rawCode & 0xff}`);
    return new LibsqlError(e.message, code, e.code, rawCode, e);
  }
  return e;
}
