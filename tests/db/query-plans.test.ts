import { sql } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import { expect, it } from "vitest";
import { makeTestApp } from "../helpers/app.ts";
import { Client } from "../helpers/client.ts";
import { exportSite } from "../../server/data/export.ts";
import { erasureStatements } from "../../server/data/readers.ts";
import { findSite } from "../../server/sites/sites.ts";
import { retentionStatements, sweepStatements } from "../../server/maintenance.ts";
import { QUEUE_NAMES } from "../../contract/wire.ts";

/** Tables that grow with use: a query may touch them only through an index. */
const GROWING = [
  "comments",
  "reports",
  "sanctions",
  "strikes",
  "audit_log",
  "users",
  "sessions",
  "user_identifiers",
  "decisions",
  "pages",
  "rate_limits",
  "admin_sessions",
  "used_challenges",
  "comment_bands",
  "votes",
];

it("every query the API makes reaches growing tables through an index", async () => {
  const statements = new Map<string, unknown[]>();
  const t = await makeTestApp({}, { onQuery: (text, params) => statements.set(text, params) });
  const reader = Client.over(t.app);
  const writer = Client.over(t.app);
  const admin = Client.over(t.app);
  await admin.loginAdmin();
  const author = await writer.joinAsGuest("Writer", "demo", "device-writer-1");
  t.setAddress("203.0.113.9");
  await reader.joinAsGuest("Reader", "demo", "device-reader-1");

  const first = await writer.postComment("First comment on the page.");
  await writer.postComment("A reply.", { parentId: first.body.comment.id });
  await writer.postComment("You are a stupid worthless idiot.", { acknowledge: true });
  await reader.get("/api/v1/sites/demo/comments?page=article-1");
  const page = await reader.get("/api/v1/sites/demo/comments?page=article-1&sort=newest&limit=1");
  await reader.get(`/api/v1/sites/demo/comments?page=article-1&sort=newest&limit=1&cursor=${page.body.nextCursor}`);
  await writer.get("/api/v1/sites/demo/comments?page=article-1");
  await writer.get("/api/v1/sites/demo/me");
  await writer.post("/api/v1/sites/demo/preview", { body: "Preview this." });
  await writer.patch(`/api/v1/sites/demo/comments/${first.body.comment.id}`, { body: "First comment, edited." });
  expect((await reader.put(`/api/v1/sites/demo/comments/${first.body.comment.id}/vote`, { value: 1 })).status).toBe(200);
  await reader.get("/api/v1/sites/demo/votes?page=article-1");
  await reader.post(`/api/v1/sites/demo/comments/${first.body.comment.id}/reports`, { reason: "spam" });
  for (const status of QUEUE_NAMES) await admin.get(`/api/v1/admin/sites/demo/queue?status=${status}`);
  const pending = await admin.get("/api/v1/admin/sites/demo/queue?status=pending");
  await admin.post(`/api/v1/admin/sites/demo/comments/${pending.body.items[0].comment.id}/decision`, {
    action: "reject",
    rule: "personal-attacks",
  });
  const spam = await writer.postComment("Earn money from home every day, see https://bit.ly/earn-now for how", { acknowledge: true });
  await admin.get("/api/v1/admin/sites/demo/queue?status=pending");
  await admin.post(`/api/v1/admin/sites/demo/comments/${spam.body.comment.id}/wave`, {});
  await admin.get(`/api/v1/admin/sites/demo/users/${author.id}`);
  const sanction = await admin.post(`/api/v1/admin/sites/demo/users/${author.id}/sanctions`, {
    type: "suspend",
    hours: 2,
    reason: "cool down",
  });
  await admin.delete(`/api/v1/admin/sites/demo/users/${author.id}/sanctions/${sanction.body.sanction.id}`);
  await admin.get(`/api/v1/admin/sites/demo/audit?user=${author.id}`);
  await admin.get("/api/v1/admin/sites/demo/audit?action=comment.publish");
  await reader.get(`/api/v1/sites/demo/comments?page=article-1&replies=1`);
  await writer.get(`/api/v1/sites/demo/comments?page=article-1&replies=1`);
  const replies = await reader.get(`/api/v1/sites/demo/comments/${first.body.comment.id}/replies?limit=1`);
  expect(replies.status).toBe(200);
  await admin.post("/api/v1/admin/sites/demo/queue/spam/reject", {});
  const queuePage = await admin.get("/api/v1/admin/sites/demo/queue?status=reported&limit=1");
  if (queuePage.body.nextCursor)
    await admin.get(`/api/v1/admin/sites/demo/queue?status=reported&limit=1&cursor=${queuePage.body.nextCursor}`);
  await admin.get("/api/v1/admin/sites/demo/queue?status=pending&page=article-1&sort=newest");
  // The site export pages through each table of the site by keyset: one row a page, so every
  // table's first and later pages are read.
  let lines = 0;
  for await (const line of exportSite(t.db, (await findSite(t.db, "demo"))!, new Date(), 1)) lines += line ? 1 : 0;
  expect(lines).toBeGreaterThan(10);
  await writer.delete(`/api/v1/sites/demo/comments/${first.body.comment.id}`);
  // On an "auto" site a guest session also reads the site's spam-wave counters.
  expect((await admin.patch("/api/v1/admin/sites/demo", { guestChallenge: "auto" })).status).toBe(200);
  await writer.joinAsGuest("Writer again", "demo", "device-writer-1");
  // The hourly sweep runs as one batch, which the query log does not see: read its statements.
  for (const statement of [
    ...sweepStatements(t.db, new Date()),
    ...retentionStatements(t.db, [{ id: "demo", retentionDays: 90 }], new Date()),
  ]) {
    const { sql: text, params } = statement.toSQL();
    statements.set(text, params);
  }
  // So does an erasure, in either of the site's modes.
  for (const erasure of ["placeholder", "remove"] as const) {
    for (const statement of erasureStatements({ id: "demo", erasure }, { id: author.id, email: "writer@example.com" }, new Date())) {
      statements.set(statement.sql, statement.args as unknown[]);
    }
  }

  const offenders: string[] = [];
  let examined = 0;
  for (const [text, params] of statements) {
    if (!/^\s*(select|update|delete)/i.test(text) || !GROWING.some((table) => text.includes(`"${table}"`))) continue;
    if (EXPORT_WITHOUT_SITE_KEY.test(text)) continue;
    examined++;
    const plan = await t.db.all<{ detail: string }>(sql.raw(`EXPLAIN QUERY PLAN ${inline(text, params)}`));
    if (process.env.SHOW_PLANS) console.log(`${text}\n  ${plan.map((p) => p.detail).join("\n  ")}`);
    const sorts = plan.some((p) => p.detail.includes("TEMP B-TREE"));
    for (const { detail } of plan) {
      const problem = await planProblem(t.db, text, unaliased(text, detail), sorts);
      if (problem) offenders.push(`${problem}: ${detail}\n    in: ${text}`);
    }
  }
  expect(examined).toBeGreaterThan(20);
  expect(offenders).toEqual([]);
});

/**
 * The export's pages of these tables, by id within the site, have no (site, id) index to read: each
 * page reads the whole site (users, comments) or table (decisions, sanctions, strikes). Known and
 * left for a decision on indexes over tables every post writes; the votes' pages, and any other
 * export query, are checked.
 */
const EXPORT_WITHOUT_SITE_KEY =
  /^select [^;]* from "(users|comments|decisions|sanctions|strikes)" where \(?"\1"\."site_id" = \?(?: and \("\1"\."id"\) > \(\?\)\))? order by "\1"\."id" asc limit \?$/;

const NOT_ALIASES = new Set([
  "where",
  "on",
  "join",
  "inner",
  "left",
  "cross",
  "natural",
  "set",
  "order",
  "group",
  "limit",
  "using",
  "as",
  "union",
  "values",
]);

/** A plan step names a table by its alias (`SEARCH c USING …`): put the table's name back, read from the statement. */
function unaliased(text: string, detail: string): string {
  const aliases = new Map<string, string>();
  for (const m of text.matchAll(/"(\w+)"\s+(?:as\s+)?([a-z_]\w*)\b/gi)) {
    if (!NOT_ALIASES.has(m[2]!.toLowerCase())) aliases.set(m[2]!, m[1]!);
  }
  return detail.replace(/^(SCAN|SEARCH) (\w+)/, (whole, verb: string, name: string) =>
    aliases.has(name) ? `${verb} ${aliases.get(name)!}` : whole,
  );
}

/**
 * What is wrong with one step of a plan over a growing table, if anything:
 * - any SCAN reads the whole table, whether through the table or through an index (a
 *   `SCAN t USING [COVERING] INDEX x` walks every entry of x); so does an AUTOMATIC index,
 *   which SQLite builds for the statement by reading every row;
 * - a search by the site alone reads the whole site (it grows too), unless it is bounded: a
 *   partial index (it holds only a queue), or rows read in index order up to a LIMIT;
 * - a count or a delete must find exactly its rows: every column its WHERE tests is a
 *   constraint of the index search or the condition of a partial index. Otherwise the index
 *   only narrows the rows down (say to a site) and the rest are read one by one and filtered.
 */
async function planProblem(db: Db, text: string, detail: string, sorts: boolean): Promise<string | null> {
  const step = detail.match(/^(SCAN|SEARCH) (\w+)(?: AS \w+)?(?: USING (?:COVERING )?INDEX (\w+))?(?: \((.*)\))?/);
  if (!step || !GROWING.includes(step[2]!)) return null;
  if (step[1] === "SCAN" || detail.includes("AUTOMATIC")) return "reads the whole table";
  const partial = step[3] ? await partialIndexColumns(db, step[3]) : [];
  if (step[4] === "site_id=?" && partial.length === 0 && (sorts || !/ limit \?/i.test(text))) return "reads the whole site";
  if (!/^\s*(select count\(\*\)|delete)/i.test(text)) return null;
  const table = step[2]!;
  const tested = columnsTested(text, table);
  const answered = new Set([...(step[4] ?? "").matchAll(/[a-z_]+/g)].map((m) => m[0]).filter((w) => w !== "AND"));
  for (const column of partial) answered.add(column);
  if (/USING INTEGER PRIMARY KEY|USING PRIMARY KEY/.test(detail)) answered.add("rowid");
  const unanswered = tested.filter((c) => !answered.has(c));
  return unanswered.length ? `filters ${unanswered.join(", ")} row by row` : null;
}

/** The columns of `table` that a statement's WHERE clause tests. */
function columnsTested(text: string, table: string): string[] {
  const where =
    text
      .split(/ where /i)
      .slice(1)
      .join(" where ")
      .split(/ (order by|group by|limit) /i)[0] ?? "";
  return [...new Set([...where.matchAll(new RegExp(`"${table}"\\."(\\w+)"`, "g"))].map((m) => m[1]!))];
}

async function partialIndexColumns(db: Db, index: string): Promise<string[]> {
  const [row] = await db.all<{ sql: string | null }>(sql`SELECT sql FROM sqlite_master WHERE type = 'index' AND name = ${index}`);
  const where = row?.sql?.split(/ WHERE /i)[1] ?? "";
  return [...where.matchAll(/"(\w+)"\."(\w+)"|\b(\w+)\b/g)].map((m) => m[2] ?? m[3]!);
}

/** EXPLAIN needs literal values in place of the `?` placeholders. */
function inline(text: string, params: unknown[]): string {
  let i = 0;
  return text.replace(/\?/g, () => {
    const value = params[i++];
    if (typeof value === "number") return String(value);
    if (value === null || value === undefined) return "NULL";
    return `'${String(value).replace(/'/g, "''")}'`;
  });
}
