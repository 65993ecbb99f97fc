import Database from "libsql";
import { createServer, type Server } from "node:http";

/**
 * A libSQL server speaking Hrana v2 over HTTP (the protocol Turso and sqld speak), backed by an
 * embedded libSQL file. It lets the Workers build run locally in workerd against a real database
 * over the same wire protocol it uses in production.
 */
type HranaValue =
  | { type: "null" }
  | { type: "integer"; value: string }
  | { type: "float"; value: number }
  | { type: "text"; value: string }
  | { type: "blob"; base64: string };

interface HranaStmt {
  sql?: string;
  sql_id?: number;
  args?: HranaValue[];
  named_args?: { name: string; value: HranaValue }[];
  want_rows?: boolean;
}

type Condition =
  | { type: "ok" | "error"; step: number }
  | { type: "not"; cond: Condition }
  | { type: "and" | "or"; conds: Condition[] }
  | { type: "is_autocommit" };

type SqlValue = null | bigint | number | string | Buffer;

function decodeValue(v: HranaValue): SqlValue {
  switch (v.type) {
    case "null":
      return null;
    case "integer":
      return BigInt(v.value);
    case "float":
      return v.value;
    case "text":
      return v.value;
    case "blob":
      return Buffer.from(v.base64, "base64");
  }
}

function encodeValue(v: unknown): HranaValue {
  if (v === null || v === undefined) return { type: "null" };
  if (typeof v === "bigint") return { type: "integer", value: String(v) };
  if (typeof v === "number") return { type: "float", value: v };
  if (typeof v === "string") return { type: "text", value: v };
  return { type: "blob", base64: Buffer.from(v as ArrayBuffer).toString("base64") };
}

export interface HranaServer {
  url: string;
  close(): Promise<void>;
}

export async function startHranaServer(path: string): Promise<HranaServer> {
  // The synchronous driver: a batch runs start to end without another request's statements in between.
  const db = new Database(path);
  db.exec("PRAGMA journal_mode = WAL");
  const inTransaction = () => db.inTransaction;
  /** SQL texts the client stored to refer to by id (`store_sql`). */
  const storedSql = new Map<number, string>();

  function execute(stmt: HranaStmt) {
    const args = stmt.named_args?.length
      ? Object.fromEntries(stmt.named_args.map((a) => [a.name.replace(/^[:@$]/, ""), decodeValue(a.value)]))
      : (stmt.args ?? []).map(decodeValue);
    const prepared = db.prepare(stmt.sql ?? storedSql.get(stmt.sql_id!) ?? "");
    prepared.safeIntegers(true);
    if (prepared.reader) {
      const columns = prepared.columns();
      const rows = prepared.raw(true).all(args) as unknown[][];
      return {
        cols: columns.map((c: { name: string; type: string | null }) => ({ name: c.name, decltype: c.type ?? null })),
        rows: rows.map((row) => row.map(encodeValue)),
        affected_row_count: 0,
        last_insert_rowid: null,
      };
    }
    const info = prepared.run(args) as { changes: number; lastInsertRowid: number | bigint };
    return { cols: [], rows: [], affected_row_count: info.changes, last_insert_rowid: String(info.lastInsertRowid) };
  }

  function batch(steps: { condition?: Condition; stmt: HranaStmt }[]) {
    const results: (ReturnType<typeof execute> | null)[] = [];
    const errors: ({ message: string } | null)[] = [];
    const holds = (c: Condition): boolean => {
      switch (c.type) {
        case "ok":
          return results[c.step] != null;
        case "error":
          return errors[c.step] != null;
        case "not":
          return !holds(c.cond);
        case "and":
          return c.conds.every(holds);
        case "or":
          return c.conds.some(holds);
        case "is_autocommit":
          return !inTransaction();
      }
    };
    for (const step of steps) {
      if (step.condition && !holds(step.condition)) {
        results.push(null);
        errors.push(null);
        continue;
      }
      try {
        results.push(execute(step.stmt));
        errors.push(null);
      } catch (error) {
        results.push(null);
        if (process.env.HRANA_DEBUG) console.error("hrana step failed:", step.stmt.sql, error);
        errors.push({ message: (error as Error).message });
      }
    }
    return { step_results: results, step_errors: errors };
  }

  function pipeline(body: { requests: { type: string; stmt?: HranaStmt; batch?: { steps: never[] }; sql?: string; sql_id?: number }[] }) {
    const results = [];
    for (const request of body.requests) {
      try {
        if (request.type === "execute") results.push({ type: "ok", response: { type: "execute", result: execute(request.stmt!) } });
        else if (request.type === "batch") results.push({ type: "ok", response: { type: "batch", result: batch(request.batch!.steps) } });
        else if (request.type === "sequence") {
          db.exec(request.sql ?? "");
          results.push({ type: "ok", response: { type: "sequence" } });
        } else if (request.type === "get_autocommit")
          results.push({ type: "ok", response: { type: "get_autocommit", is_autocommit: !inTransaction() } });
        else if (request.type === "store_sql") {
          storedSql.set(request.sql_id!, request.sql!);
          results.push({ type: "ok", response: { type: "store_sql" } });
        } else if (request.type === "close_sql") {
          storedSql.delete(request.sql_id!);
          results.push({ type: "ok", response: { type: "close_sql" } });
        } else if (request.type === "close") results.push({ type: "ok", response: { type: "close" } });
        else results.push({ type: "error", error: { message: `unsupported request ${request.type}`, code: "UNSUPPORTED" } });
      } catch (error) {
        results.push({ type: "error", error: { message: (error as Error).message, code: "SQLITE_ERROR" } });
      }
    }
    return { baton: null, base_url: null, results };
  }

  const server: Server = createServer((req, res) => {
    if (req.method === "GET" && req.url === "/v2") return res.writeHead(200).end();
    if (req.method !== "POST" || req.url !== "/v2/pipeline") return res.writeHead(404).end();
    const chunks: Buffer[] = [];
    req.on("data", (c) => chunks.push(c));
    req.on("end", () => {
      try {
        const answer = pipeline(JSON.parse(Buffer.concat(chunks).toString("utf8")));
        res.writeHead(200, { "Content-Type": "application/json" }).end(JSON.stringify(answer));
      } catch (error) {
        res.writeHead(400, { "Content-Type": "application/json" }).end(JSON.stringify({ message: (error as Error).message }));
      }
    });
  });
  await new Promise<void>((ok) => server.listen(0, "127.0.0.1", ok));
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((ok) => {
        server.closeAllConnections();
        server.close(() => {
          db.close();
          ok();
        });
      }),
  };
}
