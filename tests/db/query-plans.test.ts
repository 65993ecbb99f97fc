import { sql } from "drizzle-orm";
import { expect, it } from "vitest";
import { makeTestApp } from "../helpers/app.ts";
import { Client } from "../helpers/client.ts";

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
  await reader.post(`/api/v1/sites/demo/comments/${first.body.comment.id}/reports`, { reason: "spam" });
  for (const status of ["pending", "reported", "rejected"]) await admin.get(`/api/v1/admin/sites/demo/queue?status=${status}`);
  const pending = await admin.get("/api/v1/admin/sites/demo/queue?status=pending");
  await admin.post(`/api/v1/admin/sites/demo/comments/${pending.body.items[0].comment.id}/decision`, {
    action: "reject",
    rule: "personal-attacks",
  });
  await admin.get(`/api/v1/admin/sites/demo/users/${author.id}`);
  const sanction = await admin.post(`/api/v1/admin/sites/demo/users/${author.id}/sanctions`, {
    type: "suspend",
    hours: 2,
    reason: "cool down",
  });
  await admin.delete(`/api/v1/admin/sites/demo/users/${author.id}/sanctions/${sanction.body.sanction.id}`);
  await admin.get(`/api/v1/admin/sites/demo/audit?user=${author.id}`);
  await admin.get("/api/v1/admin/sites/demo/audit?action=comment.publish");
  await writer.delete(`/api/v1/sites/demo/comments/${first.body.comment.id}`);
  await writer.joinAsGuest("Writer again", "demo", "device-writer-1");

  const offenders: string[] = [];
  let examined = 0;
  for (const [text, params] of statements) {
    if (!/^\s*(select|update|delete)/i.test(text) || !GROWING.some((table) => text.includes(`"${table}"`))) continue;
    examined++;
    const plan = await t.db.all<{ detail: string }>(sql.raw(`EXPLAIN QUERY PLAN ${inline(text, params)}`));
    for (const { detail } of plan) {
      const scan = detail.match(/^SCAN (\w+)(.*)$/);
      if (scan && GROWING.includes(scan[1]!) && !/USING (COVERING )?INDEX|USING INTEGER PRIMARY KEY/.test(scan[2]!)) {
        offenders.push(`${detail}\n    in: ${text}`);
      }
    }
  }
  expect(examined).toBeGreaterThan(20);
  expect(offenders).toEqual([]);
});

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
