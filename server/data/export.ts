import { and, asc, eq, gt, type SQL } from "drizzle-orm";
import type { SQLiteColumn, SQLiteTable } from "drizzle-orm/sqlite-core";
import type { ExportHeader, ExportRecordType } from "../../contract/data.ts";
import { runStatements, type Db } from "../../db/client.ts";
import type { SiteRow } from "../../db/rows.ts";
import { comments, decisions, pages, policies, sanctions, strikes, users } from "../../db/schema.ts";
import { auditStatement } from "../moderation/audit.ts";

export const EXPORT_FORMAT_VERSION = 1;

/** Rows per query: memory stays bounded by one page whatever the site's size. */
const PAGE_SIZE = 500;

interface TableSpec {
  type: ExportRecordType;
  table: SQLiteTable & { siteId: SQLiteColumn };
  /** The keyset column: unique within the site, so paging by it neither skips nor repeats. */
  key: SQLiteColumn;
  /** The key's property name in a row. */
  field: string;
}

// Parents before children, so an importer reading in order meets every reference's target first
// (a reply's parent excepted: comments come in id order, the importer resolves threads itself).
const TABLES: TableSpec[] = [
  { type: "policy", table: policies, key: policies.version, field: "version" },
  { type: "page", table: pages, key: pages.key, field: "key" },
  { type: "user", table: users, key: users.id, field: "id" },
  { type: "comment", table: comments, key: comments.id, field: "id" },
  { type: "decision", table: decisions, key: decisions.id, field: "id" },
  { type: "sanction", table: sanctions, key: sanctions.id, field: "id" },
  { type: "strike", table: strikes, key: strikes.id, field: "id" },
];

/** Columns that never leave the server: they identify devices and networks, or are internal. */
const OMITTED: Partial<Record<ExportRecordType, string[]>> = {
  // The page version is the listing cache's validator, meaningless elsewhere.
  page: ["siteId", "version"],
  user: ["siteId"],
  comment: ["siteId"],
  decision: ["siteId"],
  sanction: ["siteId"],
  strike: ["siteId"],
  policy: ["siteId"],
};

/**
 * A site as JSON Lines: a header, then every row of its policies, pages, users, comments,
 * decisions, sanctions and strikes, each a line `{"record": table, ...columns}`. Sessions, identifiers
 * (device ids, address hashes), reports and blocks are not exported; nor is the SSO secret.
 */
export async function* exportSite(db: Db, site: SiteRow, now: Date): AsyncGenerator<string> {
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
    for await (const row of keysetRows(db, spec, site.id)) {
      const record: Record<string, unknown> = { record: spec.type };
      for (const [name, value] of Object.entries(row)) if (!OMITTED[spec.type]?.includes(name)) record[name] = value;
      yield JSON.stringify(record) + "\n";
    }
  }
}

async function* keysetRows(db: Db, spec: TableSpec, siteId: string): AsyncGenerator<Record<string, unknown>> {
  let after: string | number | undefined;
  for (;;) {
    const where: SQL | undefined = and(eq(spec.table.siteId, siteId), after === undefined ? undefined : gt(spec.key, after));
    const rows = (await db.select().from(spec.table).where(where).orderBy(asc(spec.key)).limit(PAGE_SIZE)) as Record<string, unknown>[];
    for (const row of rows) yield row;
    if (rows.length < PAGE_SIZE) return;
    after = rows[rows.length - 1]![spec.field] as string | number;
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
