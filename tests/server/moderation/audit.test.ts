/** The audit log: every automatic and human action, who/what/target/policy version/rule; append-only. */
import { beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_THRESHOLDS } from "../../../server/detector/index.ts";
import { keywordDetector, phrases, setup, type Guest, type Harness } from "./harness.ts";

let h: Harness;
let a: Guest;
let b: Guest;
const ids: Record<string, string> = {};
const times: Record<string, string> = {};
let snapshot: any[] = [];

const step = () => h.clock.advance(1000);

beforeAll(async () => {
  h = await setup({ detector: keywordDetector() });
  a = await h.guest("Ana");
  b = await h.guest("Ben");
  const page = h.page();

  step();
  times.start = h.clock.now().toISOString();
  ids.clean = (await h.posted(a, phrases.keyword.clean[0]!, page)).id;
  step();
  ids.held = (await h.posted(a, phrases.keyword.held[0]!, page, 202)).id;
  step();
  expect((await a.postComment(phrases.keyword.attack[0]!, { page })).status).toBe(422);
  step();
  expect((await a.patch(`/api/v1/sites/demo/comments/${ids.clean}`, { body: phrases.keyword.attack[1] })).status).toBe(422);
  step();
  expect((await b.post(`/api/v1/sites/demo/comments/${ids.clean}/reports`, { reason: "spam", note: "ads" })).status).toBe(201);
  snapshot = await h.auditAll();
  step();
  times.human = h.clock.now().toISOString();
  expect((await h.decide(ids.held, { action: "approve", note: "ok" })).status).toBe(200);
  step();
  ids.struck = (await h.posted(a, phrases.keyword.held[1]!, page, 202)).id;
  step();
  expect((await h.decide(ids.struck, { action: "reject", rule: "personal-attacks" })).status).toBe(200);
  step();
  const manual = await h.admin.post(`/api/v1/admin/sites/demo/users/${b.user.id}/sanctions`, {
    type: "suspend",
    hours: 5,
    reason: "manual",
  });
  ids.manual = manual.body.sanction.id;
  step();
  expect((await h.admin.delete(`/api/v1/admin/sites/demo/users/${b.user.id}/sanctions/${ids.manual}`)).status).toBe(200);
  step();
  const current = (await h.admin.get("/api/v1/admin/sites/demo/policy")).body;
  expect((await h.admin.put("/api/v1/admin/sites/demo/policy", { ...current, title: "Comment policy v2" })).status).toBe(201);
  times.end = h.clock.now().toISOString();
});

const find = (entries: any[], action: string, pred: (e: any) => boolean = () => true) => {
  const found = entries.filter((e) => e.action === action && pred(e));
  expect(found, `${action} entry`).toHaveLength(1);
  return found[0];
};

describe("audit entries", () => {
  it("automatic decisions: publish, hold and refusals, by the detector, with policy version, rule and score", async () => {
    const all = await h.auditAll();
    const mid = (DEFAULT_THRESHOLDS.hold + DEFAULT_THRESHOLDS.reject) / 2;
    expect(find(all, "comment.publish", (e) => e.targetId === ids.clean)).toMatchObject({
      actorType: "detector",
      targetType: "comment",
      userId: a.user.id,
      policyVersion: 1,
      rule: null,
      score: 0,
      siteId: "demo",
    });
    expect(find(all, "comment.hold", (e) => e.targetId === ids.held)).toMatchObject({
      actorType: "detector",
      targetType: "comment",
      userId: a.user.id,
      policyVersion: 1,
      rule: "personal-attacks",
      score: mid,
    });
    const refused = find(all, "comment.refused", (e) => e.userId === a.user.id);
    expect(refused).toMatchObject({ actorType: "detector", policyVersion: 1, rule: "personal-attacks", score: 1 });
    expect(refused.detail.spans).toHaveLength(1);
    expect(find(all, "comment.edit_refused", (e) => e.targetId === ids.clean)).toMatchObject({
      actorType: "detector",
      policyVersion: 1,
      rule: "personal-attacks",
      score: 1,
      userId: a.user.id,
    });
    for (const e of all) {
      expect(e.id).toEqual(expect.any(String));
      expect(Date.parse(e.createdAt)).not.toBeNaN();
    }
  });

  it("reports: the reporter as actor, the comment as target, the author as user", async () => {
    const all = await h.auditAll();
    expect(find(all, "comment.report", (e) => e.targetId === ids.clean)).toMatchObject({
      actorType: "user",
      actorId: b.user.id,
      targetType: "comment",
      userId: a.user.id,
      detail: { reason: "spam", note: "ads" },
    });
  });

  it("human decisions, strikes and ladder sanctions", async () => {
    const all = await h.auditAll();
    expect(find(all, "comment.approve", (e) => e.targetId === ids.held)).toMatchObject({
      actorType: "admin",
      actorId: h.adminId,
      targetType: "comment",
      userId: a.user.id,
      policyVersion: 1,
      rule: null,
      detail: { from: "pending", note: "ok" },
    });
    expect(find(all, "comment.reject", (e) => e.targetId === ids.struck)).toMatchObject({
      actorType: "admin",
      actorId: h.adminId,
      policyVersion: 1,
      rule: "personal-attacks",
      userId: a.user.id,
    });
    expect(find(all, "strike.add", (e) => e.userId === a.user.id)).toMatchObject({
      actorType: "admin",
      actorId: h.adminId,
      targetType: "user",
      targetId: a.user.id,
      policyVersion: 1,
      rule: "personal-attacks",
    });
    const warn = find(all, "sanction.warn", (e) => e.userId === a.user.id);
    expect(warn).toMatchObject({
      actorType: "system",
      actorId: "policy",
      targetType: "sanction",
      policyVersion: 1,
      rule: "personal-attacks",
    });
    const d = await h.admin.get(`/api/v1/admin/sites/demo/users/${a.user.id}`);
    expect(warn.targetId).toBe(d.body.sanctions[0].id);
  });

  it("manual sanctions, lifts and policy publishes", async () => {
    const all = await h.auditAll();
    expect(find(all, "sanction.suspend", (e) => e.targetId === ids.manual)).toMatchObject({
      actorType: "admin",
      actorId: h.adminId,
      targetType: "sanction",
      userId: b.user.id,
      policyVersion: 1,
      detail: { reason: "manual" },
    });
    expect(find(all, "sanction.lift", (e) => e.targetId === ids.manual)).toMatchObject({
      actorType: "admin",
      actorId: h.adminId,
      userId: b.user.id,
    });
    expect(find(all, "policy.publish", (e) => e.policyVersion === 2)).toMatchObject({
      actorType: "admin",
      actorId: h.adminId,
      targetType: "policy",
      targetId: "2",
    });
    expect(find(all, "policy.publish", (e) => e.policyVersion === 1)).toMatchObject({ actorType: "system" });
  });

  it("newest first; nothing rewrites an entry: the count only grows and earlier entries are unchanged", async () => {
    const all = await h.auditAll();
    expect(all.length).toBeGreaterThan(snapshot.length);
    // The earlier snapshot is exactly the tail of the full log.
    expect(all.slice(all.length - snapshot.length)).toEqual(snapshot);
    const times = all.map((e) => e.createdAt);
    expect([...times].sort().reverse()).toEqual(times);
    // More actions later add entries and still change none.
    const before = await h.auditAll();
    expect((await h.decide(ids.held, { action: "reject" })).status).toBe(200);
    const after = await h.auditAll();
    expect(after.length).toBe(before.length + 1);
    expect(after.slice(1)).toEqual(before);
    expect(after[0]).toMatchObject({ action: "comment.reject", targetId: ids.held, detail: { from: "published" } });
  });
});

describe("audit query", () => {
  it("pages with a cursor, without gaps or repeats", async () => {
    const all = await h.auditAll();
    const seen: any[] = [];
    let cursor: string | null = null;
    do {
      const res: { status: number; body: any } = await h.admin.get(
        `/api/v1/admin/sites/demo/audit?limit=3${cursor ? `&cursor=${cursor}` : ""}`,
      );
      expect(res.status).toBe(200);
      expect(res.body.entries.length).toBeLessThanOrEqual(3);
      seen.push(...res.body.entries);
      cursor = res.body.nextCursor;
    } while (cursor);
    expect(seen).toEqual(all);
    expect(new Set(seen.map((e) => e.id)).size).toBe(seen.length);
  });

  it("filters by actor, action, user and time", async () => {
    const byAdmin = await h.auditAll(`actor=${h.adminId}`);
    expect(byAdmin.length).toBeGreaterThanOrEqual(6);
    for (const e of byAdmin) expect(e.actorId).toBe(h.adminId);
    expect(new Set(byAdmin.map((e) => e.action))).toEqual(
      new Set([
        "comment.approve",
        "comment.reject",
        "strike.add",
        "sanction.suspend",
        "sanction.lift",
        "policy.publish",
        ...byAdmin.filter((e) => e.siteId === null).map((e) => e.action),
      ]),
    );

    const holds = await h.auditAll("action=comment.hold");
    expect(holds.map((e) => e.targetId).sort()).toEqual([ids.held, ids.struck].sort());

    const aboutAna = await h.auditAll(`user=${a.user.id}`);
    for (const e of aboutAna) expect(e.userId).toBe(a.user.id);
    expect(new Set(aboutAna.map((e) => e.action))).toEqual(
      new Set([
        "comment.publish",
        "comment.hold",
        "comment.refused",
        "comment.edit_refused",
        "comment.report",
        "comment.approve",
        "comment.reject",
        "strike.add",
        "sanction.warn",
      ]),
    );

    const human = await h.auditAll(`from=${encodeURIComponent(times.human!)}&to=${encodeURIComponent(times.end!)}`);
    for (const e of human) {
      expect(e.createdAt >= times.human!).toBe(true);
      expect(e.createdAt <= times.end!).toBe(true);
    }
    expect(human.map((e) => e.action)).not.toContain("comment.refused");
    expect(human.map((e) => e.action)).toContain("comment.approve");
    const early = await h.auditAll(`from=${encodeURIComponent(times.start!)}&to=${encodeURIComponent(times.human!)}&action=comment.report`);
    expect(early).toHaveLength(1);
  });

  it("refuses a cursor it never gave out and bad times", async () => {
    expect((await h.admin.get("/api/v1/admin/sites/demo/audit?cursor=abc")).body.error).toMatchObject({
      code: "validation_failed",
      field: "cursor",
    });
    expect((await h.admin.get("/api/v1/admin/sites/demo/audit?from=yesterday")).body.error).toMatchObject({
      code: "validation_failed",
      field: "from",
    });
  });
});
