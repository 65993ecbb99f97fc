/** Versioned policy: publishing, decisions keeping their version, validation of drafts, replay. */
import { count, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { auditLog, comments, decisions, policies } from "../../../db/schema.ts";
import { keywordDetector, phrases, setup, type Guest, type Harness } from "./harness.ts";

let h: Harness;
let v1: any;
beforeAll(async () => {
  h = await setup({ detector: keywordDetector() });
  v1 = (await h.admin.get("/api/v1/admin/sites/demo/policy")).body;
});

/** A draft as an admin would send it: the current policy with changes. */
const draft = (changes: Record<string, unknown> = {}) => {
  const { version: _v, html: _h, publishedAt: _p, publishedBy: _b, ...rest } = v1;
  return structuredClone({ ...rest, ...changes });
};
const put = (body: unknown) => h.admin.put("/api/v1/admin/sites/demo/policy", body);
const publicPolicy = () => h.clientAt(h.freshAddress()).get("/api/v1/sites/demo/policy");
const decisionRows = (commentId: string) => h.db.select().from(decisions).where(eq(decisions.commentId, commentId));

describe("policy versions", () => {
  const v1Ids: Record<string, string> = {};
  let a: Guest;

  it("decisions under v1 record v1", async () => {
    a = await h.guest("Ana");
    const page = h.page();
    v1Ids.published = (await h.posted(a, phrases.keyword.clean[0]!, page)).id;
    v1Ids.rejected = (await h.posted(a, phrases.keyword.held[0]!, page, 202)).id;
    v1Ids.pending = (await h.posted(a, phrases.keyword.held[1]!, page, 202)).id;
    // v1 has no "off-topic" rule.
    const unknown = await h.decide(v1Ids.rejected, { action: "reject", rule: "off-topic" });
    expect(unknown.body.error).toMatchObject({ code: "validation_failed", field: "rule" });
    expect((await h.decide(v1Ids.rejected, { action: "reject", rule: "personal-attacks" })).status).toBe(200);
    for (const id of Object.values(v1Ids)) for (const d of await decisionRows(id)) expect(d.policyVersion).toBe(1);
  });

  it("PUT publishes version 2; readers and the admin see it; new decisions record v2, old ones keep v1", async () => {
    const rules = [...v1.rules, { id: "off-topic", title: "Stay on topic", summary: "Comments are about the article." }];
    const res = await put(draft({ title: "Comment policy (2)", rules }));
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ version: 2, title: "Comment policy (2)", publishedBy: h.adminId });
    const pub = await publicPolicy();
    expect(pub.body).toMatchObject({ version: 2, title: "Comment policy (2)" });
    expect(pub.body.rules.map((r: any) => r.id)).toEqual(["personal-attacks", "threats", "spam", "off-topic"]);
    expect((await h.admin.get("/api/v1/admin/sites/demo/policy")).body.version).toBe(2);

    // The comment held under v1 is still shown with v1 in the queue; deciding it now applies v2.
    const q = await h.admin.get("/api/v1/admin/sites/demo/queue?status=pending");
    expect(q.body.items.find((i: any) => i.comment.id === v1Ids.pending).policyVersion).toBe(1);
    const rejected = await h.decide(v1Ids.pending, { action: "reject", rule: "off-topic" });
    expect(rejected.status).toBe(200);
    const rows = await decisionRows(v1Ids.pending);
    expect(rows.map((d) => [d.outcome, d.policyVersion, d.rule]).sort()).toEqual([
      ["hold", 1, "personal-attacks"],
      ["reject", 2, "off-topic"],
    ]);
    expect(rejected.body.standing).toMatchObject({ status: "suspended", strikes: 2 });
    const fresh = await h.posted(await h.guest("Bo"), phrases.keyword.clean[1]!, h.page());
    expect((await decisionRows(fresh.id)).map((d) => d.policyVersion)).toEqual([2]);

    const audit = await h.auditAll(`user=${a.user.id}`);
    const versionOf = (action: string, targetId: string) =>
      audit.filter((e) => e.action === action && e.targetId === targetId).map((e) => e.policyVersion);
    expect(versionOf("comment.publish", v1Ids.published!)).toEqual([1]);
    expect(versionOf("comment.hold", v1Ids.pending!)).toEqual([1]);
    expect(versionOf("comment.reject", v1Ids.rejected!)).toEqual([1]);
    expect(versionOf("comment.reject", v1Ids.pending!)).toEqual([2]);
    expect((await h.auditAll("action=comment.publish")).filter((e) => e.targetId === fresh.id).map((e) => e.policyVersion)).toEqual([2]);
    const strikes = audit.filter((e) => e.action === "strike.add").map((e) => [e.policyVersion, e.rule]);
    expect(strikes.sort()).toEqual([
      [1, "personal-attacks"],
      [2, "off-topic"],
    ]);
    const d = await h.admin.get(`/api/v1/admin/sites/demo/users/${a.user.id}`);
    expect(d.body.strikes.map((s: any) => s.policyVersion).sort()).toEqual([1, 2]);
  });

  it("the versions list shows every version, who published it and when", async () => {
    const res = await h.admin.get("/api/v1/admin/sites/demo/policy/versions");
    expect(res.status).toBe(200);
    expect(res.body.versions.map((v: any) => [v.version, v.publishedBy])).toEqual([
      [2, h.adminId],
      [1, "system"],
    ]);
    for (const v of res.body.versions) expect(Date.parse(v.publishedAt)).not.toBeNaN();
  });

  it("new thresholds take effect at once (hold 0 holds everything), and a policy without the detector rule publishes all", async () => {
    const g = await h.guest("Gil");
    const page = h.page();
    expect((await put(draft({ thresholds: { hold: 0, reject: 1 } }))).body.version).toBe(3);
    const held = await g.postComment(phrases.keyword.clean[2]!, { page });
    expect(held.status).toBe(202);
    const preview = await g.post("/api/v1/sites/demo/preview", { body: phrases.keyword.clean[2] });
    expect(preview.body.decision).toBe("hold");
    expect((await g.postComment(phrases.keyword.attack[0]!, { page })).status).toBe(422);

    const noDetector = draft({ rules: [{ id: "spam", title: "No spam", summary: "No ads." }] });
    expect((await put(noDetector)).body.version).toBe(4);
    expect((await g.postComment(phrases.keyword.attack[0]!, { page })).status).toBe(201);

    expect((await put(draft())).body.version).toBe(5);
    expect((await g.postComment(phrases.keyword.attack[1]!, { page })).status).toBe(422);
  });
});

describe("invalid drafts", () => {
  const ladder = () => structuredClone(v1.ladder);
  const cases: { name: string; body: () => unknown; field: string }[] = [
    { name: "hold above reject", body: () => draft({ thresholds: { hold: 0.9, reject: 0.5 } }), field: "thresholds.hold" },
    { name: "threshold out of range", body: () => draft({ thresholds: { hold: 0.3, reject: 1.5 } }), field: "thresholds.reject" },
    {
      name: "suspend without hours",
      body: () => draft({ ladder: ladder().map((s: any, i: number) => (i === 1 ? { ...s, hours: null } : s)) }),
      field: "ladder[1].hours",
    },
    { name: "duplicate rule ids", body: () => draft({ rules: [v1.rules[0], { ...v1.rules[0], title: "Again" }] }), field: "rules[1].id" },
    {
      name: "non-increasing ladder",
      body: () => draft({ ladder: [ladder()[0], { ...ladder()[1], strikes: 1 }, ...ladder().slice(2)] }),
      field: "ladder[1].strikes",
    },
    { name: "no rules", body: () => draft({ rules: [] }), field: "rules" },
    { name: "missing title", body: () => draft({ title: undefined }), field: "title" },
  ];

  it.each(cases)("$name → validation_failed naming $field; nothing published", async ({ body, field }) => {
    const [before] = await h.db.select({ n: count() }).from(policies);
    const res = await put(body());
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({ code: "validation_failed", field });
    const [after] = await h.db.select({ n: count() }).from(policies);
    expect(after!.n).toBe(before!.n);
  });
});

describe("replay", () => {
  it("compares the site's recent comments under a draft, and stores nothing", async () => {
    const g = await h.guest("Replay");
    const page = h.page();
    await h.posted(g, phrases.keyword.clean[3]!, page);
    await h.posted(g, phrases.keyword.held[0]!, page, 202);

    const current = (await h.admin.get("/api/v1/admin/sites/demo/policy")).body;
    const [commentsBefore] = await h.db.select({ n: count() }).from(comments);
    const [auditBefore] = await h.db.select({ n: count() }).from(auditLog);
    const statusesBefore = await h.db.select({ id: comments.id, status: comments.status }).from(comments);

    const holdAll = draft({ thresholds: { hold: 0, reject: 1 } });
    const res = await h.admin.post("/api/v1/admin/sites/demo/policy/replay", holdAll);
    expect(res.status).toBe(200);
    expect(res.body.examined).toBe(commentsBefore!.n);
    // Under hold 0, every comment the current policy publishes would be held; nothing else moves.
    const detector = keywordDetector();
    const publishedNow = statusesBefore.length
      ? (await h.db.select({ body: comments.body }).from(comments)).filter((c) => detector.score(c.body).score < current.thresholds.hold)
          .length
      : 0;
    expect(res.body.changed).toEqual({ "publish→hold": publishedNow });
    expect(res.body.examples.length).toBe(Math.min(25, publishedNow));
    for (const ex of res.body.examples)
      expect(ex).toMatchObject({ before: "publish", after: "hold", id: expect.any(String), body: expect.any(String) });

    const limited = await h.admin.post("/api/v1/admin/sites/demo/policy/replay?limit=2", holdAll);
    expect(limited.body.examined).toBe(2);
    const same = await h.admin.post("/api/v1/admin/sites/demo/policy/replay", draft());
    expect(same.body.changed).toEqual({});
    expect(same.body.examples).toEqual([]);

    const [commentsAfter] = await h.db.select({ n: count() }).from(comments);
    const [auditAfter] = await h.db.select({ n: count() }).from(auditLog);
    expect(commentsAfter!.n).toBe(commentsBefore!.n);
    expect(auditAfter!.n).toBe(auditBefore!.n);
    expect(await h.db.select({ id: comments.id, status: comments.status }).from(comments)).toEqual(statusesBefore);
    expect((await publicPolicy()).body.version).toBe(current.version);

    const invalid = await h.admin.post("/api/v1/admin/sites/demo/policy/replay", draft({ thresholds: { hold: 0.9, reject: 0.1 } }));
    expect(invalid.body.error).toMatchObject({ code: "validation_failed", field: "thresholds.hold" });
  });
});
