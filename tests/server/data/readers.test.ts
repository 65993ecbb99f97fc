import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { auditLog, commentBands, comments, sessions, userIdentifiers, users } from "../../../db/schema.ts";
import { makeTestApp } from "../../helpers/app.ts";
import { Client } from "../../helpers/client.ts";

/** Ana writes a comment with a reply from Ben under it, and reports one of Ben's. */
async function thread() {
  const t = await makeTestApp();
  const admin = Client.over(t.app);
  await admin.loginAdmin();
  const ana = Client.over(t.app);
  const anaUser = await ana.joinAsGuest("Ana Lytic", "demo", "device-of-ana-0001");
  const ben = Client.over(t.app);
  await ben.joinAsGuest("Ben");
  const root = (await ana.postComment("Ana's opinion on the budget.")).body.comment;
  const reply = (await ben.postComment("Ben answers Ana.", { parentId: root.id })).body.comment;
  const own = (await ben.postComment("Ben's own thread.")).body.comment;
  await ana.post(`/api/v1/sites/demo/comments/${own.id}/reports`, { reason: "other", note: "Ana's note about Ben" });
  return { t, admin, ana, anaUser, ben, root, reply };
}

type App = Awaited<ReturnType<typeof makeTestApp>>;

/** The comment_bands rows of each comment (spam/simhash.ts: four per fingerprinted body). */
async function bandsByComment(t: App): Promise<Record<string, number>> {
  const rows = await t.db.select({ commentId: commentBands.commentId }).from(commentBands);
  const counts: Record<string, number> = {};
  for (const { commentId } of rows) counts[commentId] = (counts[commentId] ?? 0) + 1;
  return counts;
}

/** Ana edits her comment (its bands are written again, keyed by the edit's time); every comment has its four bands. */
async function editedThread() {
  const setup = await thread();
  setup.t.clock.advance(60_000);
  expect((await setup.ana.patch(`/api/v1/sites/demo/comments/${setup.root.id}`, { body: "Ana's opinion on the budget, on second thought." })).status).toBe(200);
  const bands = await bandsByComment(setup.t);
  expect(Object.values(bands)).toEqual([4, 4, 4]);
  return setup;
}

describe("a reader's data", () => {
  it("exports everything about one commenter as JSON, and audits it", async () => {
    const { admin, anaUser, root } = await thread();
    const res = await admin.get(`/api/v1/admin/sites/demo/users/${anaUser.id}/data`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-disposition")).toContain("attachment");
    expect(res.body.user).toMatchObject({ id: anaUser.id, name: "Ana Lytic" });
    expect(res.body.comments.map((c: { id: string; body: string }) => [c.id, c.body])).toEqual([[root.id, "Ana's opinion on the budget."]]);
    expect(res.body.reports).toHaveLength(1);
    expect(res.body.identifiers.map((i: { kind: string }) => i.kind).sort()).toEqual(["address", "device"]);
    expect(JSON.stringify(res.body)).not.toContain("token_hash");
    const audit = await admin.get(`/api/v1/admin/sites/demo/audit?action=user.export`);
    expect(audit.body.entries[0]).toMatchObject({ userId: anaUser.id, targetId: anaUser.id });
    expect((await admin.get(`/api/v1/admin/sites/demo/users/nobody/data`)).status).toBe(404);
  });

  it("erases with placeholders: the thread keeps its place, the person and their identifiers are gone", async () => {
    const { t, admin, ana, anaUser, root, reply } = await editedThread();
    const res = await admin.post(`/api/v1/admin/sites/demo/users/${anaUser.id}/erase`);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ erasure: "placeholder", comments: 1 });
    // The placeholder's bands went (found by their key), the others' stay.
    const bands = await bandsByComment(t);
    expect(bands[root.id]).toBeUndefined();
    expect(Object.values(bands)).toEqual([4, 4]);

    const listing = (await Client.over(t.app).get("/api/v1/sites/demo/comments?page=article-1")).body;
    const placeholder = listing.comments.find((c: { id: string }) => c.id === root.id);
    expect(placeholder).toMatchObject({ status: "deleted", body: "", html: "", author: { name: "" } });
    expect(placeholder.replies.map((r: { id: string }) => r.id)).toEqual([reply.id]);
    expect(JSON.stringify(listing)).not.toContain("Ana's opinion");

    const user = await t.db.query.users.findFirst({ where: eq(users.id, anaUser.id) });
    expect(user).toMatchObject({ name: "[deleted]", email: null, externalId: null });
    expect(user!.erasedAt).not.toBeNull();
    expect(await t.db.select().from(userIdentifiers).where(eq(userIdentifiers.userId, anaUser.id))).toEqual([]);
    expect(await t.db.select().from(sessions).where(eq(sessions.userId, anaUser.id))).toEqual([]);
    expect((await ana.get("/api/v1/sites/demo/me")).status).toBe(401);
    const report = await t.db.query.reports.findFirst({ where: (r, { eq }) => eq(r.userId, anaUser.id) });
    expect(report).toMatchObject({ note: null, device: null, addressHash: null });

    // The audit log keeps the action, with nothing personal in it.
    const entries = await t.db.select().from(auditLog).where(eq(auditLog.action, "user.erase"));
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ userId: anaUser.id, detail: { erasure: "placeholder", comments: 1 } });
    expect(JSON.stringify(entries[0])).not.toMatch(/Ana Lytic|device-of-ana/);
  });

  it("erases with removal when the site says so: the comments go with their replies", async () => {
    const { t, admin, anaUser, root, reply } = await editedThread();
    expect((await admin.patch("/api/v1/admin/sites/demo", { erasure: "remove", retentionDays: 30 })).body.site).toMatchObject({
      erasure: "remove",
      retentionDays: 30,
    });
    const res = await admin.post(`/api/v1/admin/sites/demo/users/${anaUser.id}/erase`);
    expect(res.body).toEqual({ erasure: "remove", comments: 2 });
    const left = (await t.db.select({ id: comments.id }).from(comments)).map((c) => c.id);
    expect(left).not.toContain(root.id);
    expect(left).not.toContain(reply.id);
    const bands = await bandsByComment(t);
    expect([bands[root.id], bands[reply.id], Object.values(bands)]).toEqual([undefined, undefined, [4]]);
    const listing = (await Client.over(t.app).get("/api/v1/sites/demo/comments?page=article-1")).body;
    expect(listing.comments.map((c: { body: string }) => c.body)).toEqual(["Ben's own thread."]);
  });

  it("is an owner's to erase; the settings are checked", async () => {
    const { admin } = await thread();
    expect((await admin.patch("/api/v1/admin/sites/demo", { retentionDays: 0 })).body.error).toMatchObject({ code: "validation_failed", field: "retentionDays" });
    expect((await admin.patch("/api/v1/admin/sites/demo", { erasure: "shred" })).body.error.field).toBe("erasure");
    expect((await admin.post(`/api/v1/admin/sites/demo/users/nobody/erase`)).status).toBe(404);
  });
});
