import { createClient, LibsqlBatchError, LibsqlError, type Client } from "@libsql/client";
import { afterEach, describe, expect, it } from "vitest";
import { mkdtempSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createEmbeddedClient } from "../../db/embedded.ts";
import { BACKSTOP_PAGES } from "../../db/wal-checkpointer.ts";

const setup = [
  "CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, n INTEGER, data BLOB, x REAL)",
  { sql: "INSERT INTO t (name, n, data, x) VALUES (?, ?, ?, ?)", args: ["a", 9007199254740991n, new Uint8Array([1, 2]).buffer, 1.5] },
  { sql: "INSERT INTO t (name, n, x) VALUES (:name, :n, :x)", args: { name: "b", n: true, x: null } },
];

const clients: Client[] = [];
afterEach(() => clients.splice(0).forEach((c) => c.close()));

function both(): [Client, Client] {
  const pair: [Client, Client] = [createClient({ url: "file::memory:" }), createEmbeddedClient(":memory:")];
  clients.push(...pair);
  return pair;
}

/** Blobs by their bytes (toEqual does not look into ArrayBuffers). */
const bytes = (v: unknown) => (v instanceof ArrayBuffer ? { blob: [...new Uint8Array(v)] } : v);

/** What a caller can observe of a result set: columns, rows by position and by name, counts. */
function observe(r: Awaited<ReturnType<Client["execute"]>>) {
  return {
    columns: r.columns,
    columnTypes: r.columnTypes,
    rows: r.rows.map((row) => ({
      length: row.length,
      positional: Array.from(row, bytes),
      named: Object.fromEntries(Object.entries(row).map(([k, v]) => [k, bytes(v)])),
    })),
    rowsAffected: r.rowsAffected,
    lastInsertRowid: r.lastInsertRowid,
  };
}

describe("the embedded client answers as @libsql/client does", () => {
  it("for writes, reads, RETURNING and repeated statements", async () => {
    const [theirs, ours] = both();
    for (const client of [theirs, ours]) await client.batch(setup, "write");
    const statements = [
      "SELECT * FROM t ORDER BY id",
      { sql: "SELECT name, name AS name, count(*) AS c FROM t WHERE id > ?", args: [0] },
      { sql: "UPDATE t SET n = n + 1 WHERE name = ?", args: ["b"] },
      { sql: "INSERT INTO t (name) VALUES (?) RETURNING id, name", args: ["c"] },
      { sql: "UPDATE t SET n = n + 1 WHERE name = ?", args: ["b"] },
      "SELECT * FROM t ORDER BY id",
    ];
    for (const stmt of statements) expect(observe(await ours.execute(stmt))).toEqual(observe(await theirs.execute(stmt)));
  });

  it("for constraint failures in a batch: same codes, index, and nothing of the batch lands", async () => {
    const errors = [];
    for (const client of both()) {
      await client.batch(setup, "write");
      const failure = await client
        .batch(["INSERT INTO t (name) VALUES ('c')", "INSERT INTO t (name) VALUES ('a')"], "write")
        .catch((e: unknown) => e);
      expect(failure).toBeInstanceOf(LibsqlBatchError);
      const { message, code, extendedCode, rawCode, statementIndex } = failure as LibsqlBatchError;
      errors.push({ message, code, extendedCode, rawCode, statementIndex });
      expect((await client.execute("SELECT count(*) AS c FROM t")).rows[0]!.c).toBe(2);
    }
    expect(errors[0]!.message).toContain("SQLITE_CONSTRAINT");
    expect(errors[1]).toEqual(errors[0]);
  });

  it("for a failing single statement and for integers a number cannot hold", async () => {
    const outcomes = [];
    for (const client of both()) {
      await client.batch(setup, "write");
      const bad = (await client.execute("SELECT * FROM missing").catch((e: unknown) => e)) as LibsqlError;
      expect(bad).toBeInstanceOf(LibsqlError);
      const big = await client.execute("SELECT 9007199254740993 AS big").catch((e: unknown) => e);
      outcomes.push({ message: bad.message, code: bad.code, big: String(big) });
    }
    expect(outcomes[1]).toEqual(outcomes[0]);
  });

  it("refuses work once closed", async () => {
    const [theirs, ours] = both();
    theirs.close();
    ours.close();
    expect(ours.closed).toBe(true);
    await expect(ours.execute("SELECT 1")).rejects.toMatchObject({ code: "CLIENT_CLOSED" });
    await expect(theirs.execute("SELECT 1")).rejects.toMatchObject({ code: "CLIENT_CLOSED" });
  });
});

describe("group commit: write batches asked for together share one transaction", () => {
  const count = async (client: Client) => Number((await client.execute("SELECT count(*) AS c FROM t")).rows[0]!.c);

  it("keeps each batch all-or-nothing: a failing one leaves nothing, the others land with their own results", async () => {
    const client = createEmbeddedClient(":memory:");
    clients.push(client);
    await client.batch(setup, "write");
    const [first, failing, last] = await Promise.allSettled([
      client.batch(["INSERT INTO t (name) VALUES ('c')", "UPDATE t SET n = 7 WHERE name = 'c'"], "write"),
      client.batch(["INSERT INTO t (name) VALUES ('d')", "INSERT INTO t (name) VALUES ('a')"], "write"),
      client.batch([{ sql: "INSERT INTO t (name) VALUES (?) RETURNING name", args: ["e"] }], "write"),
    ]);
    expect(first).toMatchObject({ status: "fulfilled", value: [{ rowsAffected: 1 }, { rowsAffected: 1 }] });
    expect(failing.status).toBe("rejected");
    expect((failing as PromiseRejectedResult).reason).toBeInstanceOf(LibsqlBatchError);
    expect((failing as PromiseRejectedResult).reason).toMatchObject({ code: "SQLITE_CONSTRAINT", statementIndex: 1 });
    expect(last).toMatchObject({ status: "fulfilled" });
    expect((last as PromiseFulfilledResult<Awaited<ReturnType<Client["batch"]>>>).value[0]!.rows[0]!.name).toBe("e");
    const names = (await client.execute("SELECT name, n FROM t ORDER BY id")).rows.map((r) => [r.name, r.n]);
    expect(names).toEqual([
      ["a", 9007199254740991],
      ["b", 1],
      ["c", 7],
      ["e", null],
    ]);
  });

  it("runs the batches in the order they were asked for, each seeing the ones before it", async () => {
    const client = createEmbeddedClient(":memory:");
    clients.push(client);
    await client.batch(setup, "write");
    const next = (name: string) => client.batch([{ sql: "INSERT INTO t (name, n) SELECT ?, count(*) FROM t", args: [name] }], "write");
    await Promise.all([next("c"), next("d"), next("e")]);
    const rows = (await client.execute("SELECT name, n FROM t WHERE id > 2 ORDER BY id")).rows.map((r) => [r.name, r.n]);
    expect(rows).toEqual([
      ["c", 2],
      ["d", 3],
      ["e", 4],
    ]);
  });

  it("answers a batch only once it is committed, and commits what is pending when closed", async () => {
    const path = join(mkdtempSync(join(tmpdir(), "parley-group-")), "g.db");
    const writer = createEmbeddedClient(`file:${path}`);
    const reader = createEmbeddedClient(`file:${path}`);
    clients.push(reader);
    await writer.execute("PRAGMA journal_mode = WAL");
    await writer.batch(["CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE)"], "write");
    const landed = writer.batch(["INSERT INTO t (name) VALUES ('x')"], "write");
    expect(await count(reader)).toBe(0); // asked for, not yet committed
    await landed;
    expect(await count(reader)).toBe(1);
    void writer.batch(["INSERT INTO t (name) VALUES ('y')"], "write");
    writer.close();
    expect(await count(reader)).toBe(2);
  });
});

describe("the write-ahead log is checkpointed off the server's thread", () => {
  it("copies committed pages into the database file while the writer's own checkpoint would not yet run", async () => {
    const path = join(mkdtempSync(join(tmpdir(), "parley-wal-")), "w.db");
    const client = createEmbeddedClient(`file:${path}`);
    clients.push(client);
    await client.execute("PRAGMA journal_mode = WAL");
    await client.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, data BLOB)");
    const pageSize = Number((await client.execute("PRAGMA page_size")).rows[0]![0]);
    // ~2,500 pages: past SQLite's default automatic checkpoint (1,000), far below the backstop.
    for (let i = 0; i < 50; i++) {
      const rows = Array.from({ length: 50 }, () => ({ sql: "INSERT INTO t (data) VALUES (randomblob(?))", args: [pageSize] }));
      await client.batch(rows, "write");
    }
    expect(BACKSTOP_PAGES).toBeGreaterThan(2500 * 2);
    expect(Number((await client.execute("PRAGMA wal_autocheckpoint")).rows[0]![0])).toBe(BACKSTOP_PAGES);
    await expect.poll(() => statSync(path).size, { timeout: 5000, interval: 50 }).toBeGreaterThan(2500 * pageSize);
  });
});
