// Node only: the command-line import's one transaction, begun at its first statement (not while
// the file is still being read, so the server keeps writing meanwhile) and committed at the end.
import { createClient, type InStatement, type InValue } from "@libsql/client";
import Database from "libsql";
import type { ImportTransaction } from "../../server/data/import/index.ts";

export interface CommittableTransaction extends ImportTransaction {
  commit(): Promise<void>;
  rollback(): Promise<void>;
}

const args = (statement: InStatement): InValue[] => (typeof statement === "string" ? [] : ((statement.args ?? []) as InValue[]));
const text = (statement: InStatement) => (typeof statement === "string" ? statement : statement.sql);

/**
 * A file database: its own connection, `BEGIN IMMEDIATE` (waiting up to 30 s for the server's
 * writes to finish), statements prepared once. Anything else (libsql://, https://): @libsql/client's
 * interactive transaction.
 */
export function importTransaction(url: string, authToken?: string): CommittableTransaction {
  if (url.startsWith("file:")) return fileTransaction(url.slice("file:".length).split("?")[0]!);
  const client = createClient({ url, authToken });
  let open: ReturnType<typeof client.transaction> | undefined;
  const tx = () => (open ??= client.transaction("write"));
  return {
    read: async (sql, values) => (await (await tx()).execute({ sql, args: values })).rows as unknown as Record<string, unknown>[],
    write: async (statements) => void (await (await tx()).batch(statements)),
    commit: async () => {
      if (open) await (await open).commit();
      client.close();
    },
    rollback: async () => {
      if (open) await (await open).rollback().catch(() => {});
      client.close();
    },
  };
}

function fileTransaction(path: string): CommittableTransaction {
  const connection = new Database(path);
  connection.pragma("busy_timeout = 30000");
  const prepared = new Map<string, ReturnType<typeof connection.prepare>>();
  const prepare = (sql: string) => {
    let statement = prepared.get(sql);
    if (!statement) prepared.set(sql, (statement = connection.prepare(sql)));
    return statement;
  };
  let begun = false;
  const begin = () => {
    if (!begun) connection.exec("BEGIN IMMEDIATE");
    begun = true;
  };
  return {
    read: async (sql, values) => {
      begin();
      return prepare(sql).all(values) as Record<string, unknown>[];
    },
    write: async (statements) => {
      begin();
      for (const statement of statements) prepare(text(statement)).run(args(statement));
    },
    commit: async () => {
      if (begun) connection.exec("COMMIT");
      connection.close();
    },
    rollback: async () => {
      if (begun && connection.inTransaction) connection.exec("ROLLBACK");
      connection.close();
    },
  };
}
