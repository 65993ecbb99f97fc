import { eq } from "drizzle-orm";
import { SignJWT } from "jose";
import { describe, expect, it } from "vitest";
import { comments, decisions, sites, strikes, userIdentifiers, users, votes } from "../../../db/schema.ts";
import { makeTestApp } from "../../helpers/app.ts";
import { Client } from "../../helpers/client.ts";

const lines = (text: string) =>
  text
    .trim()
    .split("\n")
    .map((l) => JSON.parse(l) as Record<string, unknown>);

const SSO_SECRET = "a-very-secret-secret-of-32-characters!";

/** A reader of the site's own accounts (single sign-on): the same person on any instance with the secret. */
async function ssoReader(t: Awaited<ReturnType<typeof makeTestApp>>, sub: string, name: string) {
  const token = await new SignJWT({ name })
    .setProtectedHeader({ alg: "HS256" })
    .setSubject(sub)
    .setExpirationTime(Math.floor(t.clock.now().getTime() / 1000) + 3600)
    .sign(new TextEncoder().encode(SSO_SECRET));
  const reader = Client.over(t.app);
  const res = await reader.post("/api/v1/sites/demo/sessions", { sso: token });
  if (res.status !== 201) throw new Error(`sso session failed: ${res.status} ${JSON.stringify(res.body)}`);
  reader.token = res.body.token;
  return reader;
}

/** A site with downvotes and single sign-on, as the export's header does not carry the secret. */
async function votingSite() {
  const t = await makeTestApp();
  await t.db.update(sites).set({ ssoSecret: SSO_SECRET, downvotes: true }).where(eq(sites.id, "demo"));
  return t;
}

/** An empty instance like the exporting one (downvotes, the SSO secret), with its owner signed in to import. */
async function emptyInstance() {
  const fresh = await votingSite();
  const freshAdmin = Client.over(fresh.app);
  await freshAdmin.loginAdmin();
  const importFile = (file: string) => freshAdmin.post("/api/v1/admin/sites/demo/import?from=parley", file);
  return { fresh, freshAdmin, importFile };
}

/**
 * A site with threads, a reply, a rejection with its strike, a pending comment and a deleted one,
 * and votes up and down (by guests and by a single sign-on reader) that make "best" differ from "oldest".
 */
async function populated() {
  const t = await votingSite();
  const admin = Client.over(t.app);
  await admin.loginAdmin();
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
  const second = (await ben.postComment("A later view that readers liked more.")).body.comment;
  const cleo = await ssoReader(t, "pub-cleo", "Cleo");
  const vote = async (who: Client, id: string, value: number) =>
    expect((await who.put(`/api/v1/sites/demo/comments/${id}/vote`, { value })).status).toBe(200);
  await vote(cleo, first.id, 1);
  await vote(ben, first.id, -1);
  await vote(cleo, reply.id, -1);
  await vote(cleo, second.id, 1);
  await vote(ana, second.id, 1);
  return { t, admin, cleo };
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
    expect(types.filter((x) => x === "comment")).toHaveLength(7);
    expect(types.filter((x) => x === "user")).toHaveLength(3);
    expect(new Set(types)).toEqual(new Set(["policy", "page", "user", "comment", "vote", "decision", "sanction", "strike"]));
    // Parents before children: policies, pages and users precede the comments, and comments their votes.
    expect(types.indexOf("user")).toBeLessThan(types.indexOf("comment"));
    expect(types.lastIndexOf("comment")).toBeLessThan(types.indexOf("vote"));
    const voteLines = rows.filter((r) => r.record === "vote");
    expect(voteLines).toHaveLength(5);
    for (const line of voteLines) expect(Object.keys(line).sort()).toEqual(["commentId", "createdAt", "record", "userId", "value"]);
    expect(voteLines.map((v) => v.value).sort()).toEqual([-1, -1, 1, 1, 1]);
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

  it("pages through votes by their two-column key: a comment's votes may span pages", async () => {
    const t = await makeTestApp();
    const admin = Client.over(t.app);
    await admin.loginAdmin();
    const createdAt = t.clock.now().toISOString();
    const rows = ["c1", "c2", "c3"].flatMap((commentId) =>
      Array.from({ length: 450 }, (_, i) => ({ commentId, userId: `u${String(i).padStart(4, "0")}`, siteId: "demo", value: 1, createdAt })),
    );
    for (let i = 0; i < rows.length; i += 200) await t.db.insert(votes).values(rows.slice(i, i + 200));
    await t.db.insert(votes).values({ commentId: "c2x", userId: "u0000", siteId: "other-site", value: -1, createdAt });
    const res = await admin.get("/api/v1/admin/sites/demo/export");
    const pairs = lines(res.body as string)
      .filter((r) => r.record === "vote")
      .map((r) => `${String(r.commentId)}/${String(r.userId)}`);
    expect(pairs).toHaveLength(1350);
    expect(new Set(pairs).size).toBe(1350);
  });

  it("is for owners only", async () => {
    const t = await makeTestApp();
    expect((await Client.over(t.app).get("/api/v1/admin/sites/demo/export")).status).toBe(401);
  });

  it("round-trips: importing the export into an empty instance gives the same listings", async () => {
    const { t, admin, cleo } = await populated();
    const exported = await t.app.request("/api/v1/admin/sites/demo/export", { headers: { Cookie: admin.cookie! } });
    const file = await exported.text();

    const { fresh, freshAdmin, importFile } = await emptyInstance();
    const res = await importFile(file);
    expect(res.status).toBe(200);
    expect(res.body.summary).toMatchObject({ source: "parley", threads: 2, users: 3, votes: 5, skipped: {} });

    for (const page of ["article-1", "article-2"]) {
      for (const sort of ["oldest", "newest", "best"]) {
        const before = await Client.over(t.app).get(`/api/v1/sites/demo/comments?page=${page}&sort=${sort}`);
        const after = await Client.over(fresh.app).get(`/api/v1/sites/demo/comments?page=${page}&sort=${sort}`);
        expect(after.body.comments.length).toBeGreaterThan(0);
        expect(after.body).toEqual(before.body);
      }
    }
    // The votes decide the order: best is not oldest, and the counts came along.
    const best = await Client.over(fresh.app).get("/api/v1/sites/demo/comments?page=article-1&sort=best");
    const oldest = await Client.over(fresh.app).get("/api/v1/sites/demo/comments?page=article-1&sort=oldest");
    const order = (listing: typeof best) => listing.body.comments.map((c: { id: string }) => c.id);
    expect(order(best)).not.toEqual(order(oldest));
    expect(best.body.comments[0]).toMatchObject({ upvotes: 2, downvotes: 0 });
    // The counters are the vote rows', and a reader who voted before the move sees their votes pressed.
    const counts = await fresh.db.select({ id: comments.id, up: comments.upvotes, down: comments.downvotes }).from(comments);
    const rows = await fresh.db.select().from(votes);
    for (const c of counts) {
      expect([c.up, c.down]).toEqual([rows.filter((v) => v.commentId === c.id && v.value === 1).length, rows.filter((v) => v.commentId === c.id && v.value === -1).length]);
    }
    const cleoAfter = await ssoReader(fresh, "pub-cleo", "Cleo");
    const votesBefore = await cleo.get("/api/v1/sites/demo/votes?page=article-1");
    const votesAfter = await cleoAfter.get("/api/v1/sites/demo/votes?page=article-1");
    expect(Object.keys(votesAfter.body.mine)).toHaveLength(3);
    expect(votesAfter.body).toEqual(votesBefore.body);
    // Moderation history came along, tied to the same comments and users.
    const queueBefore = await admin.get("/api/v1/admin/sites/demo/queue?status=rejected");
    const queueAfter = await freshAdmin.get("/api/v1/admin/sites/demo/queue?status=rejected");
    expect(queueAfter.body.items.map((i: { id: string }) => i.id)).toEqual(queueBefore.body.items.map((i: { id: string }) => i.id));
    expect(await fresh.db.select().from(strikes)).toHaveLength(1);
    expect((await fresh.db.select().from(decisions)).length).toBe((await t.db.select().from(decisions)).length);

    // Importing the same export again adds nothing.
    const again = await importFile(file);
    expect(again.body.summary).toMatchObject({ comments: 0, users: 0, votes: 0, skipped: {} });
    expect(await fresh.db.select().from(votes)).toHaveLength(5);
    expect((await fresh.db.select({ up: comments.upvotes }).from(comments)).reduce((n, c) => n + c.up, 0)).toBe(3);
    expect(await fresh.db.select().from(strikes)).toHaveLength(1);
    expect((await fresh.db.select().from(decisions)).length).toBe((await t.db.select().from(decisions)).length);
  });

  it("imports a file from before votes with none, leaves out votes whose comment or user is missing, and refuses a bad vote", async () => {
    const { admin } = await populated();
    const file = (await admin.get("/api/v1/admin/sites/demo/export")).body as string;
    const withoutVotes = file
      .split("\n")
      .filter((l) => !l.includes('"record":"vote"'))
      .join("\n");
    const { fresh, importFile } = await emptyInstance();
    const old = await importFile(withoutVotes);
    expect(old.status).toBe(200);
    expect(old.body.summary).toMatchObject({ comments: 7, votes: 0, skipped: {} });
    // The exported counters are not taken on trust: without vote rows, no counts.
    expect((await fresh.db.select({ up: comments.upvotes, down: comments.downvotes }).from(comments)).every((c) => c.up === 0 && c.down === 0)).toBe(true);

    const [vote] = lines(file).filter((l) => l.record === "vote");
    const stray = [
      { ...vote, userId: "no-such-user" },
      { ...vote, commentId: "no-such-comment" },
    ].map((l) => JSON.stringify(l));
    const partial = await importFile([file.trim(), ...stray].join("\n"));
    expect(partial.status).toBe(200);
    expect(partial.body.summary).toMatchObject({ comments: 0, votes: 5, skipped: { "vote: no such user": 1, "vote: no such comment": 1 } });
    expect(await fresh.db.select().from(votes)).toHaveLength(5);

    const bad = await importFile([file.trim(), JSON.stringify({ ...vote, value: 2 })].join("\n"));
    expect(bad.status).toBe(400);
    expect(bad.body.error).toMatchObject({ code: "validation_failed", field: "file" });
    expect(bad.body.error.message).toMatch(/^Line \d+: a vote needs/);
    expect(await fresh.db.select().from(votes)).toHaveLength(5);
  });
});
