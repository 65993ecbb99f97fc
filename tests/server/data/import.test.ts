import { readFileSync } from "node:fs";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { commentBands, comments, importKeys, users } from "../../../db/schema.ts";
import { batchTransaction, importRecords, memoryStage, readSource, textChunks } from "../../../server/data/import/index.ts";
import { makeTestApp } from "../../helpers/app.ts";
import { Client } from "../../helpers/client.ts";

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/import/${name}`, import.meta.url), "utf8");

async function owner() {
  const t = await makeTestApp();
  const admin = Client.over(t.app);
  await admin.loginAdmin();
  return { t, admin };
}

const listing = async (client: Client, page: string) => (await client.get(`/api/v1/sites/demo/comments?page=${encodeURIComponent(page)}`)).body;

describe("Disqus import", () => {
  it("keeps threads and replies, maps the old domain, skips deleted, spam, orphans and duplicates", async () => {
    const { t, admin } = await owner();
    const res = await admin.post("/api/v1/admin/sites/demo/import?from=disqus&domains=old.example.com=https://news.example.com", fixture("disqus.xml"));
    expect(res.status).toBe(200);
    expect(res.body.summary).toMatchObject({
      source: "disqus",
      threads: 2,
      comments: 5,
      users: 3,
      alreadyImported: 0,
      skipped: { duplicate: 1, deleted: 1, spam: 1, orphan: 1 },
    });

    const hello = await listing(Client.over(t.app), "https://news.example.com/2013/05/hello-world/");
    expect(hello.comments).toHaveLength(1);
    const first = hello.comments[0];
    expect(first.author.name).toBe("Alice");
    expect(first.createdAt).toBe("2013-05-23T10:00:00.000Z");
    expect(first.body).toBe("First! This is **great** & *timely*.\n\nSee [the report](http://example.org/report)");
    expect(first.html).not.toContain("script");
    expect(first.html).toContain('<a href="http://example.org/report" rel="nofollow ugc noopener" target="_blank">the report</a>');
    // The reply came before its parent in the file; both keep their places.
    expect(first.replies[0].author.name).toBe("Bob (guest)");
    expect(first.replies[0].body).toBe("> First!\n\nNot quite.\nSecond line.");
    expect(first.replies[0].replies[0].body).toBe("Replying to Bob: `x < y`");

    // `?p=N` links keep their query; the deleted comment with a reply stays as its placeholder.
    const budget = await listing(Client.over(t.app), "https://news.example.com/?p=42");
    expect(budget.comments).toHaveLength(1);
    expect(budget.comments[0].status).toBe("deleted");
    expect(budget.comments[0].replies[0].body).toBe("Too late, I saw it.");

    // Guests are users of the site, one per Disqus account, anonymous ones by name and address.
    const alice = await t.db.query.users.findMany({ where: eq(users.name, "Alice") });
    expect(alice).toHaveLength(1);
    expect(alice[0]).toMatchObject({ kind: "guest", email: "alice@example.net" });
  });

  it("adds nothing twice when run again, and imports spam as rejected when asked", async () => {
    const { t, admin } = await owner();
    const path = "/api/v1/admin/sites/demo/import?from=disqus";
    await admin.post(path, fixture("disqus.xml"));
    const countComments = async () => (await t.db.select().from(comments)).length;
    const before = await countComments();
    const again = await admin.post(path + "&spam=rejected", fixture("disqus.xml"));
    expect(again.body.summary).toMatchObject({ comments: 1, users: 1, alreadyImported: 5 });
    expect(await countComments()).toBe(before + 1);
    const spam = await t.db.query.comments.findFirst({ where: eq(comments.status, "rejected") });
    expect(spam?.body).toContain("Cheap pills");
    const third = await admin.post(path + "&spam=rejected", fixture("disqus.xml"));
    expect(third.body.summary).toMatchObject({ comments: 0, users: 0, alreadyImported: 6 });
  });

  it("refuses a malformed file with its line, and writes nothing", async () => {
    const { t, admin } = await owner();
    const broken = fixture("disqus.xml").replace("<title>Nobody commented</title>", "<title>Nobody commented</titel>");
    const res = await admin.post("/api/v1/admin/sites/demo/import?from=disqus", broken);
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({ code: "validation_failed", field: "file", line: 52 });
    expect(res.body.error.message).toMatch(/^Line 52: not well-formed XML/);
    expect(await t.db.select().from(comments)).toHaveLength(0);
    expect(await t.db.select().from(importKeys)).toHaveLength(0);
  });

  it("never resolves entities: a DOCTYPE is refused", async () => {
    const { admin } = await owner();
    const xxe = `<?xml version="1.0"?>\n<!DOCTYPE disqus [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n<disqus><post dsq:id="1"><message>&xxe;</message></post></disqus>`;
    const res = await admin.post("/api/v1/admin/sites/demo/import?from=disqus", xxe);
    expect(res.status).toBe(400);
    expect(res.body.error.message).toContain("DOCTYPE");
    expect(JSON.stringify(res.body)).not.toContain("root:");
  });

  it("refuses a file over the upload limit as too large, however it arrives", async () => {
    const read = async (chunks: AsyncIterable<string>) => {
      for await (const chunk of chunks) void chunk;
    };
    await expect(read(textChunks(new Blob(["x".repeat(100_000)]).stream(), 10_000))).rejects.toMatchObject({ code: "too_large" });
    const parts = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < 20; i++) controller.enqueue(new TextEncoder().encode("y".repeat(1000)));
        controller.close();
      },
    });
    await expect(read(textChunks(parts, 10_000))).rejects.toMatchObject({ code: "too_large" });
    await expect(read(textChunks(new Blob(["z".repeat(5000)]).stream(), 10_000))).resolves.toBeUndefined();
  });

  it("is for owners, and checks its options", async () => {
    const { admin } = await owner();
    const bad = await admin.post("/api/v1/admin/sites/demo/import?from=blogger", "<x/>");
    expect(bad.status).toBe(400);
    expect(bad.body.error.field).toBe("from");
    const anonymous = await Client.over((await makeTestApp()).app).post("/api/v1/admin/sites/demo/import?from=disqus", "<disqus/>");
    expect(anonymous.status).toBe(401);
  });

  it("scores comments for moderators when asked, hiding nothing", async () => {
    const { t } = await makeTestApp().then(async (t) => ({ t }));
    const menace = "A tragic accident on the M5 for the chief constable would really improve this county.";
    const xml = fixture("disqus.xml").replace("Too late, I saw it.", "You are a pathetic idiot and a moron.").replace("Replying to Bob: <code>x &lt; y</code>", menace);
    const tx = batchTransaction(t.db);
    const summary = await importRecords(t.db, readSource("disqus", textChunks(new Blob([xml]).stream())), memoryStage(), tx, {
      siteId: "demo",
      source: "disqus",
      detector: t.deps.detector,
      now: t.clock.now(),
    });
    await tx.commit();
    expect(summary.scored).toBe(4); // the placeholder has no text
    expect(summary.flagged).toBeGreaterThanOrEqual(1);
    const insult = await t.db.query.comments.findFirst({ where: eq(comments.body, "You are a pathetic idiot and a moron.") });
    expect(insult).toMatchObject({ status: "published", rule: "personal-attacks" });
    expect(insult!.score).toBeGreaterThan(0.5);
    // a possible threat (the learned reading of menace) is marked for the threats rule
    expect(await t.db.query.comments.findFirst({ where: eq(comments.body, menace) })).toMatchObject({ status: "published", rule: "threats" });
  });
});

describe("imported comments in the spam rule's history", () => {
  it("writes their bands at the time they were written: an imported body posted again on another page is a copy", async () => {
    const { t, admin } = await owner();
    // Alice's comment an hour before the test clock's now, the others years old
    const xml = fixture("disqus.xml").replace("2013-05-23T10:00:00Z", "2026-11-25T11:00:00Z");
    expect((await admin.post("/api/v1/admin/sites/demo/import?from=disqus", xml)).status).toBe(200);
    const imported = await t.db.query.comments.findMany();
    const bandRows = await t.db.select().from(commentBands);
    for (const c of imported.filter((c) => c.status !== "deleted")) {
      expect(c.fingerprint).toMatch(/^[0-9a-f]{16}$/);
      expect(bandRows.filter((b) => b.commentId === c.id).map((b) => b.createdAt)).toEqual(Array(4).fill(c.editedAt ?? c.createdAt));
    }
    // the placeholder of a deleted comment has no text to match
    const placeholder = imported.find((c) => c.status === "deleted")!;
    expect(bandRows.filter((b) => b.commentId === placeholder.id)).toEqual([]);

    const eve = Client.over(t.app);
    await eve.joinAsGuest("Eve");
    const signalsOf = async (body: string) => {
      const res = await eve.postComment(body, { page: "another-page", acknowledge: true });
      const row = await t.db.query.comments.findFirst({ where: eq(comments.id, res.body.comment.id) });
      return row!.signals ?? [];
    };
    const recent = "First! This is **great** & *timely*.\n\nSee [the report](http://example.org/report)";
    expect(await signalsOf(recent)).toContain("same text on 2 pages by 2 accounts in 24 h");
    // a comment written years ago is outside the rule's 24 hours, whenever it was imported
    expect((await signalsOf("Too late, I saw it.")).some((s) => s.startsWith("same text"))).toBe(false);
  });
});

describe("WordPress import", () => {
  it("uses permalinks for pages, GMT dates (local ones shifted when GMT is missing), and leaves out pingbacks, spam and trash", async () => {
    const { t, admin } = await owner();
    const res = await admin.post("/api/v1/admin/sites/demo/import?from=wordpress&utcOffsetMinutes=120", fixture("wordpress.xml"));
    expect(res.status).toBe(200);
    expect(res.body.summary).toMatchObject({ threads: 2, comments: 4, skipped: { spam: 1, deleted: 1 } });
    const hello = await listing(Client.over(t.app), "https://blog.example.com/2020/06/hello-world/");
    expect(hello.comments).toHaveLength(1);
    const [welcome] = hello.comments;
    expect(welcome.createdAt).toBe("2020-06-01T10:05:00.000Z");
    expect(welcome.body).toBe(
      "Hi, this is a comment.\nTo get started with moderating, editing, and deleting comments, please visit the Comments screen in the dashboard.\n\nCommenter avatars come from [Gravatar](https://gravatar.com).",
    );
    expect(welcome.replies[0]).toMatchObject({ body: "Thanks, **very** helpful & clear.", createdAt: "2020-06-01T11:00:00.000Z" });
    const pending = await t.db.query.comments.findFirst({ where: eq(comments.status, "pending") });
    expect(pending?.body).toBe("Waiting for approval");
    const byId = await listing(Client.over(t.app), "https://blog.example.com/?p=9");
    expect(byId.comments[0].body).toBe("Page by id");
    // The same WordPress account is one user across posts.
    expect(await t.db.query.users.findMany({ where: eq(users.name, "Dana") })).toHaveLength(1);
  });

  it("makes mapped authors single sign-on users", async () => {
    const t = await makeTestApp();
    const tx = batchTransaction(t.db);
    await importRecords(t.db, readSource("wordpress", textChunks(new Blob([fixture("wordpress.xml")]).stream())), memoryStage(), tx, {
      siteId: "demo",
      source: "wordpress",
      ssoUsers: { "dana@example.com": "sub-dana" },
      now: t.clock.now(),
    });
    await tx.commit();
    const dana = await t.db.query.users.findMany({ where: eq(users.name, "Dana") });
    expect(dana).toMatchObject([{ kind: "sso", externalId: "sub-dana" }]);
  });

  it("takes the single sign-on map in the admin upload too: a multipart form with the file and `ssoUsers`", async () => {
    const { t, admin } = await owner();
    const form = new FormData();
    form.set("file", new Blob([fixture("wordpress.xml")]), "export.xml");
    form.set("ssoUsers", new Blob([JSON.stringify({ "dana@example.com": "sub-dana" })]), "sso.json");
    const res = await admin.post("/api/v1/admin/sites/demo/import?from=wordpress", form);
    expect(res.status).toBe(200);
    expect(res.body.summary.comments).toBeGreaterThan(0);
    expect(await t.db.query.users.findMany({ where: eq(users.name, "Dana") })).toMatchObject([{ kind: "sso", externalId: "sub-dana" }]);
  });

  it.each([
    ["a map that is not JSON", "{dana: sub-dana}"],
    ["a map whose ids are not strings", JSON.stringify({ "dana@example.com": 42 })],
  ])("refuses %s on `ssoUsers`, and writes nothing", async (_, map) => {
    const { t, admin } = await owner();
    const form = new FormData();
    form.set("file", new Blob([fixture("wordpress.xml")]), "export.xml");
    form.set("ssoUsers", map);
    const res = await admin.post("/api/v1/admin/sites/demo/import?from=wordpress", form);
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({ code: "validation_failed", field: "ssoUsers" });
    expect(await t.db.select().from(comments)).toHaveLength(0);
  });

  it("refuses a form without its export file", async () => {
    const { admin } = await owner();
    const form = new FormData();
    form.set("ssoUsers", "{}");
    const res = await admin.post("/api/v1/admin/sites/demo/import?from=wordpress", form);
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({ code: "validation_failed", field: "file" });
  });
});

describe("Remark42 import", () => {
  it("reads a gzipped backup, keeps the authors' markdown and edit times", async () => {
    const { t, admin } = await owner();
    const gz = new Response(new Blob([fixture("remark42.jsonl")]).stream().pipeThrough(new CompressionStream("gzip")));
    const res = await t.app.request("/api/v1/admin/sites/demo/import?from=remark42", {
      method: "POST",
      headers: { Cookie: admin.cookie!, "X-CSRF-Token": admin.csrf! },
      body: await gz.arrayBuffer(),
    });
    expect(res.status).toBe(200);
    expect((await res.json()).summary).toMatchObject({ threads: 1, comments: 2, skipped: { deleted: 1 } });
    const page = await listing(Client.over(t.app), "https://blog.example.com/posts/first/");
    expect(page.comments[0]).toMatchObject({ body: "Great **post**!", createdAt: "2021-03-04T05:06:07.123Z" });
    expect(page.comments[0].replies[0]).toMatchObject({ body: "Agreed.", editedAt: "2021-03-04T06:05:00.000Z" });
  });
});
