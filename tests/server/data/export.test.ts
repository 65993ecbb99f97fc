import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { decisions, sites, strikes, userIdentifiers, users } from "../../../db/schema.ts";
import { makeTestApp } from "../../helpers/app.ts";
import { Client } from "../../helpers/client.ts";

const lines = (text: string) =>
  text
    .trim()
    .split("\n")
    .map((l) => JSON.parse(l) as Record<string, unknown>);

/** A site with threads, a reply, a rejection with its strike, a pending comment and a deleted one. */
async function populated() {
  const t = await makeTestApp();
  const admin = Client.over(t.app);
  await admin.loginAdmin();
  await t.db.update(sites).set({ ssoSecret: "a-very-secret-secret-of-32-characters!" }).where(eq(sites.id, "demo"));
  const ana = Client.over(t.app);
  await ana.joinAsGuest("Ana", "demo", "device-ana-1234567890");
  const ben = Client.over(t.app);
  await ben.joinAsGuest("Ben");
  const first = (await ana.postComment("The council's plan is sound.")).body.comment;
  t.clock.advance(60_000);
  const reply = (await ben.postComment("I disagree: the costs are too high.", { parentId: first.id })).body.comment;
  t.clock.advance(60_000);
  await ana.postComment("Fair, but the budget covers it.", { parentId: reply.id });
  await ben.postComment("On another article.", { page: "article-2" });
  const rejected = (await ben.postComment("Something off topic.")).body.comment;
  await admin.post(`/api/v1/admin/sites/demo/comments/${rejected.id}/decision`, { action: "reject", rule: "personal-attacks" });
  const gone = (await ana.postComment("I will delete this.")).body.comment;
  await ana.delete(`/api/v1/sites/demo/comments/${gone.id}`);
  return { t, admin };
}

describe("site export", () => {
  it("streams JSON Lines: a header, then the site's rows, with no secrets, device ids or address hashes", async () => {
    const { t, admin } = await populated();
    const res = await t.app.request("/api/v1/admin/sites/demo/export", { headers: { Cookie: admin.cookie! } });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("application/x-ndjson");
    expect(res.headers.get("etag")).toBeNull();
    const text = await res.text();
    const [header, ...rows] = lines(text);
    expect(header).toMatchObject({ record: "header", format: "parley-export", version: 1, site: { id: "demo" } });
    expect(text).not.toContain("a-very-secret-secret");
    expect(text).not.toContain("device-ana");
    const hashes = await t.db.select({ value: userIdentifiers.value }).from(userIdentifiers).where(eq(userIdentifiers.kind, "address"));
    expect(hashes.length).toBeGreaterThan(0);
    for (const { value } of hashes) expect(text).not.toContain(value);
    const types = rows.map((r) => r.record);
    expect(types.filter((x) => x === "comment")).toHaveLength(6);
    expect(types.filter((x) => x === "user")).toHaveLength(2);
    expect(new Set(types)).toEqual(new Set(["policy", "page", "user", "comment", "decision", "sanction", "strike"]));
    // Parents before children: policies, pages and users precede the comments.
    expect(types.indexOf("user")).toBeLessThan(types.indexOf("comment"));
    const audit = await admin.get("/api/v1/admin/sites/demo/audit?action=data.export");
    expect(audit.body.entries).toHaveLength(1);
  });

  it("pages through large tables by key, every row once", async () => {
    const t = await makeTestApp();
    const admin = Client.over(t.app);
    await admin.loginAdmin();
    const rows = Array.from({ length: 1234 }, (_, i) => ({
      id: `u${String(i).padStart(5, "0")}`,
      siteId: "demo",
      kind: "guest" as const,
      name: `Guest ${i}`,
      createdAt: t.clock.now().toISOString(),
    }));
    for (let i = 0; i < rows.length; i += 200) await t.db.insert(users).values(rows.slice(i, i + 200));
    const res = await admin.get("/api/v1/admin/sites/demo/export");
    const ids = lines(res.body as string)
      .filter((r) => r.record === "user")
      .map((r) => r.id);
    expect(ids).toHaveLength(1234);
    expect(new Set(ids).size).toBe(1234);
  });

  it("is for owners only", async () => {
    const t = await makeTestApp();
    expect((await Client.over(t.app).get("/api/v1/admin/sites/demo/export")).status).toBe(401);
  });

  it("round-trips: importing the export into an empty instance gives the same listings", async () => {
    const { t, admin } = await populated();
    const exported = await t.app.request("/api/v1/admin/sites/demo/export", { headers: { Cookie: admin.cookie! } });
    const file = await exported.text();

    const fresh = await makeTestApp();
    const freshAdmin = Client.over(fresh.app);
    await freshAdmin.loginAdmin();
    const res = await freshAdmin.post("/api/v1/admin/sites/demo/import?from=parley", file);
    expect(res.status).toBe(200);
    expect(res.body.summary).toMatchObject({ source: "parley", threads: 2, users: 2, skipped: {} });

    for (const page of ["article-1", "article-2"]) {
      const before = await Client.over(t.app).get(`/api/v1/sites/demo/comments?page=${page}`);
      const after = await Client.over(fresh.app).get(`/api/v1/sites/demo/comments?page=${page}`);
      expect(after.body.comments.length).toBeGreaterThan(0);
      expect(after.body).toEqual(before.body);
    }
    // Moderation history came along, tied to the same comments and users.
    const queueBefore = await admin.get("/api/v1/admin/sites/demo/queue?status=rejected");
    const queueAfter = await freshAdmin.get("/api/v1/admin/sites/demo/queue?status=rejected");
    expect(queueAfter.body.items.map((i: { id: string }) => i.id)).toEqual(queueBefore.body.items.map((i: { id: string }) => i.id));
    expect(await fresh.db.select().from(strikes)).toHaveLength(1);
    expect((await fresh.db.select().from(decisions)).length).toBe((await t.db.select().from(decisions)).length);

    // Importing the same export again adds nothing.
    const again = await freshAdmin.post("/api/v1/admin/sites/demo/import?from=parley", file);
    expect(again.body.summary).toMatchObject({ comments: 0, users: 0 });
    expect(await fresh.db.select().from(strikes)).toHaveLength(1);
    expect((await fresh.db.select().from(decisions)).length).toBe((await t.db.select().from(decisions)).length);
  });
});
