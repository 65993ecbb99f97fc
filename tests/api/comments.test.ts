// Comments: posting (201, 202, 422 with spans and acknowledge), replies, the listing (sort, limit,
// cursor, total, the author's own pending comments), editing, deleting, reporting, preview.
import { beforeAll, describe, expect, it } from "vitest";
import { contract, expectError, type Api, type Contract } from "./support/contract.ts";
import { ATTACK, ATTACK_WITH_EMOJI, CLEAN, clean, HELD } from "./support/phrases.ts";

let t: Contract;
beforeAll(async () => {
  t = await contract("comments");
});

const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{3})?Z$/;
const ids = (list: { id: string }[]) => list.map((c) => c.id);

/** Posts n published top-level comments; returns their ids in posting order. */
async function seed(who: Api, page: string, n: number, body = clean): Promise<string[]> {
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    const res = await t.post(who, page, body(i));
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    out.push(res.body.comment.id);
  }
  return out;
}

/** Follows nextCursor to the end; returns the top-level ids met, in order. */
async function walk(page: string, sort: string, limit: number): Promise<string[]> {
  const seen: string[] = [];
  let cursor: string | null = null;
  for (let guard = 0; guard < 100; guard++) {
    const res = await t.list(page, `&sort=${sort}&limit=${limit}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ""}`);
    expect(res.status).toBe(200);
    expect(res.body.comments.length).toBeLessThanOrEqual(limit);
    seen.push(...ids(res.body.comments));
    cursor = res.body.nextCursor;
    if (!cursor) return seen;
  }
  throw new Error("the cursor never ended");
}

describe("posting", () => {
  it("publishes a clean comment: 201 with the contract's Comment, listed at once", async () => {
    const ana = await t.guest("Ana");
    const res = await t.post(ana, "post-1", "Hello *world*", { url: "https://news.example.com/a1", title: "Article one" });
    expect(res.status).toBe(201);
    expect(res.body).toEqual({
      comment: {
        id: expect.any(String),
        parentId: null,
        author: { id: ana.user.id, name: "Ana" },
        html: "<p>Hello <em>world</em></p>",
        body: "Hello *world*",
        createdAt: expect.stringMatching(ISO),
        editedAt: null,
        status: "published",
        replies: [],
        upvotes: 0,
        downvotes: 0,
      },
    });
    const list = await t.list("post-1");
    expect(list.status).toBe(200);
    expect(list.body).toEqual({ comments: [res.body.comment], nextCursor: null, total: 1 });
  });

  it("sanitises the HTML it renders", async () => {
    const ana = await t.guest("Ana");
    const res = await t.post(ana, "post-xss", 'Hi <script>alert(1)</script> <img src=x onerror="alert(2)"> [a](javascript:alert(3))');
    expect(res.status).toBe(201);
    // Raw HTML is text, not markup; a javascript: link is not a link.
    expect(res.body.comment.html).not.toMatch(/<script|<img|href="javascript:/i);
    expect(res.body.comment.html).toContain("&lt;script&gt;");
  });

  it("keeps any text byte for byte (astral characters, combining marks, RTL); a NUL is stored as it renders, U+FFFD", async () => {
    const ana = await t.guest("Ana");
    const text = "Ça va? 😀👍🏽 — «ok» e\u0301 שלום 中文 \\ \"quoted\" 'single'";
    const res = await t.post(ana, "unicode", text);
    expect(res.status).toBe(201);
    expect(res.body.comment.body).toBe(text);
    expect((await t.list("unicode")).body.comments[0].body).toBe(text);
    const nul = await t.post(ana, "unicode", "before\u0000after");
    expect(nul.body.comment.body).toBe("before\uFFFDafter");
    expect((await t.list("unicode")).body.comments[1].body).toBe("before\uFFFDafter");
  });

  it("needs a session, and a site that exists", async () => {
    expectError(await t.post(t.caller(), "post-2", CLEAN), 401, "unauthorized");
    const ana = await t.guest("Ana");
    expectError(await ana.post("/api/v1/sites/no-such-site/comments", { page: "p", body: CLEAN }), 404, "not_found");
    expect((await t.list("post-2")).body.total).toBe(0);
  });

  it("validates the body: missing fields, a body over the site's maxCommentLength, a bad parent", async () => {
    const ana = await t.guest("Ana");
    expect(expectError(await ana.post(t.comments, { body: CLEAN }), 400, "validation_failed").field).toBe("page");
    expect(expectError(await ana.post(t.comments, { page: "p" }), 400, "validation_failed").field).toBe("body");
    expect(expectError(await t.post(ana, "post-3", "x".repeat(10_001)), 400, "validation_failed").field).toBe("body");
    expect(expectError(await t.post(ana, "post-3", CLEAN, { parentId: "no-such-comment" }), 404, "not_found").field).toBe("parentId");
    const elsewhere = (await t.post(ana, "post-3-other", CLEAN)).body.comment;
    expect(expectError(await t.post(ana, "post-3", CLEAN, { parentId: elsewhere.id }), 400, "validation_failed").field).toBe("parentId");
    expect((await t.list("post-3")).body.total).toBe(0);
  });

  it("follows the site's maxCommentLength", async () => {
    const short = await t.otherSite("short", { maxCommentLength: 20 });
    const ana = await t.guest("Ana", { site: short });
    const paths = t.pathsOf(short);
    expect((await ana.post(paths.comments, { page: "p", body: "x".repeat(20) })).status).toBe(201);
    expect(expectError(await ana.post(paths.comments, { page: "p", body: "x".repeat(21) }), 400, "validation_failed").field).toBe("body");
  });

  it("nests replies under their parents, at any depth; a reply counts in total, not against limit", async () => {
    const ana = await t.guest("Ana");
    const bob = await t.guest("Bob");
    const root = (await t.post(ana, "thread", clean("root"))).body.comment;
    const r1 = await t.post(bob, "thread", clean("r1"), { parentId: root.id });
    expect(r1.status).toBe(201);
    expect(r1.body.comment.parentId).toBe(root.id);
    const r2 = (await t.post(ana, "thread", clean("r2"), { parentId: r1.body.comment.id })).body.comment;
    const r1b = (await t.post(bob, "thread", clean("r1b"), { parentId: root.id })).body.comment;
    const second = (await t.post(bob, "thread", clean("second"))).body.comment;

    const list = await t.list("thread", "&limit=1");
    expect(list.body.total).toBe(5);
    expect(ids(list.body.comments)).toEqual([root.id]);
    const top = list.body.comments[0];
    expect(ids(top.replies)).toEqual([r1.body.comment.id, r1b.id]);
    expect(top.replies[0].replies).toEqual([expect.objectContaining({ id: r2.id, parentId: r1.body.comment.id, replies: [] })]);
    const rest = await t.list("thread", `&limit=1&cursor=${encodeURIComponent(list.body.nextCursor)}`);
    expect(ids(rest.body.comments)).toEqual([second.id]);
    expect(rest.body.nextCursor).toBeNull();
  });
});

describe("moderated posting", () => {
  it("refuses an attack with 422 policy_violation, UTF-16 spans on the words, and stores nothing", async () => {
    const ana = await t.guest("Ana");
    for (const { body, offending } of [ATTACK, ATTACK_WITH_EMOJI]) {
      const error = expectError(await t.post(ana, "refused", body), 422, "policy_violation");
      expect(error).toMatchObject({ rule: "personal-attacks", canAcknowledge: true, policyVersion: 1 });
      expect(error.spans.length).toBeGreaterThan(0);
      for (const span of error.spans) {
        expect(span.start).toBeGreaterThanOrEqual(0);
        expect(span.end).toBeLessThanOrEqual(body.length);
      }
      const flagged = error.spans.map((s: { start: number; end: number }) => body.slice(s.start, s.end).toLowerCase()).join(" ");
      for (const word of offending) expect(flagged).toContain(word);
    }
    expect((await t.list("refused", "", ana)).body).toEqual({ comments: [], nextCursor: null, total: 0 });
  });

  it("refuses a threat under the threats rule whatever its target, audits it with its spans, and queues it for a moderator", async () => {
    const ana = await t.guest("Ana");
    const body = "He deserves to be shot.";
    const res = await t.post(ana, "threat", body);
    const error = expectError(res, 422, "policy_violation");
    expect(error).toMatchObject({ rule: "threats", target: "public-figure", canAcknowledge: false, policyVersion: 1 });
    expect(res.body.error.message).toMatch(/not posted.*moderator will review/);
    expect(error.spans.map((s: { start: number; end: number }) => body.slice(s.start, s.end))).toContain("deserves to be shot");
    const audit = (await t.owner.get(`${t.admin}/audit?action=comment.refused&user=${ana.user.id}`)).body.entries;
    expect(audit[0]).toMatchObject({
      rule: "threats",
      userId: ana.user.id,
      targetType: "comment",
      detail: { spans: error.spans, holdReason: "threat" },
    });
    // Acknowledging does not let a threat through: refused again (and queued again).
    expect(expectError(await t.post(ana, "threat", body, { acknowledge: true }), 422, "policy_violation").canAcknowledge).toBe(false);
    // The author does not see it; moderators find both in the threats queue.
    expect((await t.list("threat", "", ana)).body).toEqual({ comments: [], nextCursor: null, total: 0 });
    const queued = (await t.owner.get(`${t.admin}/queue?status=threats&page=threat`)).body;
    expect(queued.items).toHaveLength(2);
    expect(queued.items[0]).toMatchObject({
      comment: { status: "rejected", body },
      rule: "threats",
      holdReason: "threat",
      spans: error.spans,
    });
    expect(queued.counts.threats).toBeGreaterThanOrEqual(2);
  });

  it("reads a reply that names the replied-to author as aimed at a commenter", async () => {
    const [mark, ana] = [await t.guest("Mark"), await t.guest("Ana")];
    const body = "Mark is a moron.";
    const parent = (await t.post(mark, "reply-target", CLEAN)).body.comment;
    expect((await ana.post(`${t.api}/preview`, { body })).body).toMatchObject({ decision: "hold", target: "public-figure" });
    const error = expectError(await t.post(ana, "reply-target", body, { parentId: parent.id }), 422, "policy_violation");
    expect(error).toMatchObject({ rule: "personal-attacks", target: "commenter" });
  });

  it("holds a refused comment for a moderator when the author acknowledges: 202 pending", async () => {
    const ana = await t.guest("Ana");
    const held = await t.post(ana, "acknowledged", ATTACK.body, { acknowledge: true });
    expect(held.status).toBe(202);
    expect(held.body).toEqual({
      comment: expect.objectContaining({ status: "pending", body: ATTACK.body }),
      reason: expect.any(String),
      // Extension: the why, for the widget to say in the reader's language.
      held: { reason: "acknowledged", rule: "personal-attacks", ruleTitle: expect.any(String), target: expect.any(String) },
    });
    expect((await t.list("acknowledged")).body.total).toBe(0);
  });

  it("holds a doubtful comment (202) and lists it only for its author, outside total", async () => {
    const ana = await t.guest("Ana");
    const bob = await t.guest("Bob");
    const preview = await ana.post(`${t.api}/preview`, { body: HELD });
    expect(preview.body.decision, "the detector's decision on the held phrase").toBe("hold");
    const published = (await t.post(bob, "held", CLEAN)).body.comment;
    const held = await t.post(ana, "held", HELD);
    expect(held.status).toBe(202);
    expect(held.body.comment.status).toBe("pending");
    expect(held.body.reason).toEqual(expect.any(String));
    expect(held.body.held).toEqual({ reason: "detector", rule: "personal-attacks", ruleTitle: expect.any(String), target: "commenter" });

    const own = await t.list("held", "", ana);
    expect(own.body.comments.map((c: any) => [c.id, c.status])).toEqual([
      [published.id, "published"],
      [held.body.comment.id, "pending"],
    ]);
    expect(own.body.total).toBe(1);
    for (const other of [t.caller(), bob]) {
      const list = await t.list("held", "", other);
      expect(ids(list.body.comments)).toEqual([published.id]);
      expect(list.body.total).toBe(1);
      expect(JSON.stringify(list.body)).not.toContain(HELD);
    }
    // A pending reply is shown to its author only as well.
    const reply = await t.post(ana, "held", HELD, { parentId: published.id });
    expect(reply.status).toBe(202);
    expect(ids((await t.list("held", "", ana)).body.comments[0].replies)).toEqual([reply.body.comment.id]);
    expect((await t.list("held", "", bob)).body.comments[0].replies).toEqual([]);
  });
});

describe("listing", () => {
  let page: string;
  let posted: string[];
  beforeAll(async () => {
    page = "listing";
    const ana = await t.guest("Ana");
    posted = await seed(ana, page, 12);
  });

  it("sorts oldest first by default, or newest first", async () => {
    const oldest = ids((await t.list(page, "&limit=200")).body.comments);
    expect(new Set(oldest)).toEqual(new Set(posted));
    expect(ids((await t.list(page, "&sort=oldest&limit=200")).body.comments)).toEqual(oldest);
    expect(ids((await t.list(page, "&sort=newest&limit=200")).body.comments)).toEqual([...oldest].reverse());
    for (const c of (await t.list(page)).body.comments) expect(c.createdAt).toMatch(ISO);
  });

  it("walks every top-level comment exactly once by cursor, in both orders", async () => {
    const oldest = ids((await t.list(page, "&limit=200")).body.comments);
    for (const limit of [1, 5, 12]) {
      expect(await walk(page, "oldest", limit), `oldest, limit ${limit}`).toEqual(oldest);
      expect(await walk(page, "newest", limit), `newest, limit ${limit}`).toEqual([...oldest].reverse());
    }
    const first = await t.list(page, "&limit=5");
    expect(first.body.total).toBe(12);
    expect(first.body.nextCursor).toEqual(expect.any(String));
  });

  it("refuses a bad limit, sort or cursor with validation_failed naming the field", async () => {
    for (const bad of ["201", "0", "-1", "2.5", "many"]) {
      expect(expectError(await t.list(page, `&limit=${bad}`), 400, "validation_failed").field).toBe("limit");
    }
    // (`best` is an extension: README, "Votes".)
    expect(expectError(await t.list(page, "&sort=top"), 400, "validation_failed").field).toBe("sort");
    for (const cursor of ["garbage!!", Buffer.from("[]").toString("base64url"), "x".repeat(3000)]) {
      expect(expectError(await t.list(page, `&cursor=${encodeURIComponent(cursor)}`), 400, "validation_failed").field).toBe("cursor");
    }
    expect(expectError(await t.caller().get(`${t.comments}`), 400, "validation_failed").field).toBe("page");
  });

  it("answers an empty page with nothing", async () => {
    expect((await t.list("nobody-commented-here")).body).toEqual({ comments: [], nextCursor: null, total: 0 });
  });

  it("lists 50 by default and at most 200", async () => {
    const many = "listing-many";
    // Five writers at once: this test is about counts, not order. Each writes their own texts:
    // five accounts posting the same text on a page within a minute read as a spam wave.
    const writers = await Promise.all(["A", "B", "C", "D", "E"].map((name) => t.guest(name)));
    await Promise.all(writers.map((w) => seed(w, many, 11, (i) => clean(`${i}${w.user.name}`))));
    const first = await t.list(many);
    expect(first.body.comments).toHaveLength(50);
    expect(first.body.total).toBe(55);
    expect(first.body.nextCursor).toEqual(expect.any(String));
    const all = await t.list(many, "&limit=200");
    expect(all.body.comments).toHaveLength(55);
    expect(all.body.nextCursor).toBeNull();
  });
});

describe("editing", () => {
  it("lets the author edit within the window: 200, new body and html, editedAt set, listed", async () => {
    const ana = await t.guest("Ana");
    const id = (await t.post(ana, "edit", "first draft")).body.comment.id;
    const edited = await ana.patch(`${t.comments}/${id}`, { body: "second **draft**" });
    expect(edited.status).toBe(200);
    expect(edited.body.comment).toMatchObject({
      id,
      body: "second **draft**",
      html: "<p>second <strong>draft</strong></p>",
      status: "published",
      editedAt: expect.stringMatching(ISO),
    });
    expect((await t.list("edit")).body.comments[0]).toEqual(edited.body.comment);
  });

  it("refuses anyone but the author, a missing comment, and a missing body", async () => {
    const ana = await t.guest("Ana");
    const bob = await t.guest("Bob");
    const id = (await t.post(ana, "edit-2", "mine")).body.comment.id;
    expectError(await bob.patch(`${t.comments}/${id}`, { body: "hijacked" }), 403, "forbidden");
    expectError(await t.caller().patch(`${t.comments}/${id}`, { body: "hijacked" }), 401, "unauthorized");
    expectError(await ana.patch(`${t.comments}/no-such-id`, { body: "x" }), 404, "not_found");
    expect(expectError(await ana.patch(`${t.comments}/${id}`, {}), 400, "validation_failed").field).toBe("body");
    expect((await t.list("edit-2")).body.comments[0]).toMatchObject({ body: "mine", editedAt: null });
  });

  it("refuses an edit past the site's edit window", async () => {
    const closed = await t.otherSite("no-edits", { editWindowMinutes: 0 });
    const ana = await t.guest("Ana", { site: closed });
    const paths = t.pathsOf(closed);
    const id = (await ana.post(paths.comments, { page: "p", body: "set in stone" })).body.comment.id;
    expectError(await ana.patch(`${paths.comments}/${id}`, { body: "changed" }), 403, "forbidden");
  });

  it("moderates an edit like a new comment: 422 leaves the comment as it was, 202 holds it", async () => {
    const ana = await t.guest("Ana");
    const id = (await t.post(ana, "edit-3", CLEAN)).body.comment.id;
    const refused = expectError(await ana.patch(`${t.comments}/${id}`, { body: ATTACK.body }), 422, "policy_violation");
    expect(refused).toMatchObject({ rule: "personal-attacks", canAcknowledge: true });
    expect((await t.list("edit-3")).body.comments[0]).toMatchObject({ body: CLEAN, editedAt: null, status: "published" });
    const held = await ana.patch(`${t.comments}/${id}`, { body: HELD });
    expect(held.status).toBe(202);
    expect(held.body.comment.status).toBe("pending");
    expect(held.body.held).toMatchObject({ reason: "detector", rule: "personal-attacks", target: "commenter" });
    expect((await t.list("edit-3")).body.total).toBe(0);
  });
});

describe("deleting", () => {
  it("leaves a placeholder for a deleted comment with replies, and removes one without", async () => {
    const ana = await t.guest("Ana");
    const bob = await t.guest("Bob");
    const parent = (await t.post(ana, "delete", "parent with a reply")).body.comment;
    const reply = (await t.post(bob, "delete", clean("reply"), { parentId: parent.id })).body.comment;
    const lonely = (await t.post(ana, "delete", "no replies here")).body.comment;

    const del = await ana.delete(`${t.comments}/${parent.id}`);
    expect(del.status).toBe(200);
    expect(del.body.comment).toMatchObject({ id: parent.id, status: "deleted", body: "", html: "" });
    expect((await ana.delete(`${t.comments}/${lonely.id}`)).status).toBe(200);

    const list = await t.list("delete");
    expect(list.body.total).toBe(1);
    expect(list.body.comments).toEqual([expect.objectContaining({ id: parent.id, status: "deleted", body: "", html: "" })]);
    expect(JSON.stringify(list.body)).not.toContain("parent with a reply");
    expect(ids(list.body.comments[0].replies)).toEqual([reply.id]);
    expect((await bob.delete(`${t.comments}/${reply.id}`)).status).toBe(200);
    expect((await t.list("delete")).body).toEqual({ comments: [], nextCursor: null, total: 0 });
  });

  it("lets only the author or a moderator (with the CSRF token) delete", async () => {
    const ana = await t.guest("Ana");
    const bob = await t.guest("Bob");
    const id = (await t.post(ana, "delete-2", "mine")).body.comment.id;
    expectError(await bob.delete(`${t.comments}/${id}`), 403, "forbidden");
    expectError(await t.caller().delete(`${t.comments}/${id}`), 401, "unauthorized");
    expectError(await ana.delete(`${t.comments}/no-such-id`), 404, "not_found");
    const noCsrf = t.caller();
    noCsrf.cookie = t.owner.cookie;
    expectError(await noCsrf.delete(`${t.comments}/${id}`), 403, "forbidden");
    expect((await t.list("delete-2")).body.total).toBe(1);

    const res = await t.owner.delete(`${t.comments}/${id}`);
    expect(res.status).toBe(200);
    expect(res.body.comment.status).toBe("deleted");
    expect((await t.list("delete-2")).body.total).toBe(0);
    expectError(await ana.delete(`${t.comments}/${id}`), 404, "not_found");
  });
});

describe("reports", () => {
  it("takes one report per reader and comment (201), never on one's own", async () => {
    const ana = await t.guest("Ana");
    const bob = await t.guest("Bob");
    const id = (await t.post(ana, "report", CLEAN)).body.comment.id;
    const reports = `${t.comments}/${id}/reports`;
    const res = await bob.post(reports, { reason: "spam", note: "buy now links" });
    expect(res.status).toBe(201);
    expect(res.body.report).toMatchObject({ id: expect.any(String), reason: "spam" });
    expectError(await bob.post(reports, { reason: "other" }), 409, "conflict");
    expectError(await ana.post(reports, { reason: "spam" }), 403, "forbidden");
    expectError(await t.caller().post(reports, { reason: "spam" }), 401, "unauthorized");
    expectError(await bob.post(`${t.comments}/no-such-id/reports`, { reason: "spam" }), 404, "not_found");
    expect(expectError(await bob.post(reports, { reason: "boring" }), 400, "validation_failed").field).toBe("reason");
  });

  it("hides a comment from the public listing once reportThreshold readers report it", async () => {
    const ana = await t.guest("Ana");
    const id = (await t.post(ana, "report-2", clean("controversial"))).body.comment.id;
    await t.post(ana, "report-2", clean("harmless"));
    const readers = [await t.guest("R1"), await t.guest("R2"), await t.guest("R3")];
    for (const r of readers.slice(0, 2))
      expect((await r.post(`${t.comments}/${id}/reports`, { reason: "personal-attack" })).status).toBe(201);
    expect(ids((await t.list("report-2")).body.comments)).toContain(id);
    expect((await readers[2]!.post(`${t.comments}/${id}/reports`, { reason: "personal-attack" })).status).toBe(201);
    const list = await t.list("report-2");
    expect(ids(list.body.comments)).not.toContain(id);
    expect(list.body.total).toBe(1);
  });
});

describe("preview", () => {
  it("renders and judges without storing anything", async () => {
    const ana = await t.guest("Ana");
    await t.post(ana, "preview", CLEAN);
    const before = await t.list("preview");

    const ok = await ana.post(`${t.api}/preview`, { body: "**bold** [link](https://example.com)" });
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ decision: "publish", rule: null, spans: [], score: expect.any(Number) });
    expect(ok.body.html).toContain("<strong>bold</strong>");
    expect(ok.body.html).toContain('href="https://example.com"');
    const hold = await ana.post(`${t.api}/preview`, { body: HELD });
    expect(hold.body).toMatchObject({ decision: "hold", rule: "personal-attacks" });
    const reject = await ana.post(`${t.api}/preview`, { body: ATTACK.body });
    expect(reject.body).toMatchObject({ decision: "reject", rule: "personal-attacks" });
    expect(reject.body.score).toBeGreaterThan(hold.body.score);
    expect(hold.body.score).toBeGreaterThan(ok.body.score);
    const refused = expectError(await t.post(ana, "preview", ATTACK.body), 422, "policy_violation");
    expect(reject.body.spans).toEqual(refused.spans);

    const after = await t.list("preview");
    expect(after.body).toEqual(before.body);
    expect(after.headers.get("etag")).toBe(before.headers.get("etag"));
  });

  it("needs a session and a body within the site's length", async () => {
    expectError(await t.caller().post(`${t.api}/preview`, { body: "hi" }), 401, "unauthorized");
    const ana = await t.guest("Ana");
    expect(expectError(await ana.post(`${t.api}/preview`, {}), 400, "validation_failed").field).toBe("body");
    expect(expectError(await ana.post(`${t.api}/preview`, { body: "x".repeat(10_001) }), 400, "validation_failed").field).toBe("body");
  });
});
