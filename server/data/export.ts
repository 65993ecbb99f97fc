import { and, asc, eq, sql, type SQL } from "drizzle-orm";
import type { SQLiteColumn, SQLiteTable } from "drizzle-orm/sqlite-core";
import type { ExportHeader, ExportRecordType } from "../../contract/data.ts";
import { runStatements, type Db } from "../../db/client.ts";
import type { SiteRow } from "../../db/rows.ts";
import { comments, decisions, pages, policies, sanctions, strikes, users, votes } from "../../db/schema.ts";
import { auditStatement } from "../moderation/audit.ts";

export const EXPORT_FORMAT_VERSION = 1;

/** Rows per query: memory stays bounded by one page whatever the site's size. */
const PAGE_SIZE = 500;

interface TableSpec {
  type: ExportRecordType;
  table: SQLiteTable & { siteId: SQLiteColumn };
  /** The keyset columns: unique within the site together, so paging by them neither skips nor repeats. */
  keys: SQLiteColumn[];
  /** The keys' property names in a row. */
  fields: string[];
}

// Parents before children, so an importer reading in order meets every reference's target first
// (a reply's parent excepted: comments come in id order, the importer resolves threads itself).
const TABLES: TableSpec[] = [
  { type: "policy", table: policies, keys: [policies.version], fields: ["version"] },
  { type: "page", table: pages, keys: [pages.key], fields: ["key"] },
  { type: "user", table: users, keys: [users.id], fields: ["id"] },
  { type: "comment", table: comments, keys: [comments.id], fields: ["id"] },
  // By the votes' primary key: a comment's votes together, after the comments they count.
  { type: "vote", table: votes, keys: [votes.commentId, votes.userId], fields: ["commentId", "userId"] },
  { type: "decision", table: decisions, keys: [decisions.id], fields: ["id"] },
  { type: "sanction", table: sanctions, keys: [sanctions.id], fields: ["id"] },
  { type: "strike", table: strikes, keys: [strikes.id], fields: ["id"] },
];

/** Columns that never leave the server: they identify devices and networks, or are internal. */
const OMITTED: Partial<Record<ExportRecordType, string[]>> = {
  // The page version is the listing cache's validator, meaningless elsewhere.
  page: ["siteId", "version"],
  user: ["siteId"],
  comment: ["siteId"],
  vote: ["siteId"],
  decision: ["siteId"],
  sanction: ["siteId"],
  strike: ["siteId"],
  policy: ["siteId"],
};

/**
 * A site as JSON Lines: a header, then every row of its policies, pages, users, comments, votes,
 * decisions, sanctions and strikes, each a line `{"record": table, ...columns}`. Sessions, identifiers
 * (device ids, address hashes), reports and blocks are not exported; nor is the SSO secret.
 * `pageSize`: rows per query (the query-plan test pages by one row to read every keyset query).
 */
export async function* exportSite(db: Db, site: SiteRow, now: Date, pageSize = PAGE_SIZE): AsyncGenerator<string> {
  const { ssoSecret: _secret, ...settings } = site;
  const header: ExportHeader = {
    record: "header",
    format: "parley-export",
    version: EXPORT_FORMAT_VERSION,
    exportedAt: now.toISOString(),
    site: settings,
  };
  yield JSON.stringify(header) + "\n";
  for (const spec of TABLES) {
    for await (const row of keysetRows(db, spec, site.id, pageSize)) {
      const record: Record<string, unknown> = { record: spec.type };
      for (const [name, value] of Object.entries(row)) if (!OMITTED[spec.type]?.includes(name)) record[name] = value;
      yield JSON.stringify(record) + "\n";
    }
  }
}

async function* keysetRows(db: Db, spec: TableSpec, siteId: string, pageSize: number): AsyncGenerator<Record<string, unknown>> {
  let after: unknown[] | undefined;
  const keys = sql.join(spec.keys, sql`, `);
  for (;;) {
    // A row value: (a, b) > (?, ?) is the index's own order, so each page is one range of it.
    const next = after && sql`(${keys}) > (${sql.join(after.map((v) => sql`${v}`), sql`, `)})`;
    const where: SQL | undefined = and(eq(spec.table.siteId, siteId), next);
    const rows = (await db
      .select()
      .from(spec.table)
      .where(where)
      .orderBy(...spec.keys.map((k) => asc(k)))
      .limit(pageSize)) as Record<string, unknown>[];
    for (const row of rows) yield row;
    if (rows.length < pageSize) return;
    const last = rows[rows.length - 1]!;
    after = spec.fields.map((f) => last[f]);
  }
}

/** The audit entry of an export (`data.export`), written before the first line is sent. */
export async function recordExport(db: Db, siteId: string, adminId: string, now: Date): Promise<void> {
  await runStatements(db, [
    auditStatement({ siteId, actorType: "admin", actorId: adminId, action: "data.export", targetType: "site", targetId: siteId, createdAt: now }),
  ]);
}

/** The export as a web stream of UTF-8 bytes, pulled in chunks of about 64 KiB (the HTTP answer's body). */
export function exportStream(lines: AsyncGenerator<string>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  return new ReadableStream({
    async pull(controller) {
      let chunk = "";
      while (chunk.length < 65536) {
        const next = await lines.next();
        if (next.done) {
          if (chunk) controller.enqueue(encoder.encode(chunk));
          controller.close();
          return;
        }
        chunk += next.value;
      }
      controller.enqueue(encoder.encode(chunk));
    },
    async cancel() {
      await lines.return(undefined);
    },
  });
}
