import { createClient, LibsqlBatchError, LibsqlError, type Client } from "@libsql/client";
import { afterEach, describe, expect, it } from "vitest";
import { createEmbeddedClient } from "../../db/embedded.ts";

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
