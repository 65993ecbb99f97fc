import type { InStatement, InValue } from "@libsql/client";
import { getTableColumns, getTableName, is, SQL, type InferInsertModel } from "drizzle-orm";
import type { SQLiteTable } from "drizzle-orm/sqlite-core";

/** A condition in SQL with its `?` arguments, to guard the statements of one transaction. */
export interface Condition {
  sql: string;
  args: InValue[];
}

export const always: Condition = { sql: "1", args: [] };

export function both(a: Condition, b: Condition): Condition {
  return { sql: `(${a.sql}) AND (${b.sql})`, args: [...a.args, ...b.args] };
}

/**
 * An INSERT of whole rows whose SQL is built once, from the drizzle table (names and value
 * mapping, JSON columns included), and that inserts only when a condition holds:
 * `INSERT INTO t (…) SELECT ?, … WHERE condition [ON CONFLICT …]`. A guarded insert lets one
 * transaction decide, from what it has just written (rate-limit counters), whether the rest lands.
 */
export function compileInsert<T extends SQLiteTable>(table: T, onConflict = "") {
  const columns = Object.entries(getTableColumns(table));
  const head = `INSERT INTO "${getTableName(table)}" (${columns.map(([, c]) => `"${c.name}"`).join(", ")}) SELECT ${columns.map(() => "?").join(", ")} WHERE `;
  const tail = onConflict ? ` ${onConflict}` : "";
  const sqlFor = new Map<string, string>();
  return (row: InferInsertModel<T>, when: Condition = always): InStatement => {
    let sql = sqlFor.get(when.sql);
    if (sql === undefined) sqlFor.set(when.sql, (sql = head + when.sql + tail));
    const values = row as Record<string, unknown>;
    const args = columns.map(([key, column]) => {
      // A column the row leaves out gets its default, as a plain INSERT naming fewer columns would.
      const value = values[key] === undefined && column.hasDefault && !is(column.default, SQL) ? column.default : values[key];
      return (value === undefined || value === null ? null : column.mapToDriverValue(value)) as InValue;
    });
    return { sql, args: [...args, ...when.args] };
  };
}
