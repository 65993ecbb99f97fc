/** Moderator decisions, strikes and the policy's ladder (deterministic keyword detector). */
import { beforeAll, describe, expect, it } from "vitest";
import { HOUR, keywordDetector, phrases, setup, type Harness } from "./harness.ts";

let h: Harness;
beforeAll(async () => {
  h = await setup({ detector: keywordDetector() });
});

const dossier = (userId: string) => h.admin.get(`/api/v1/admin/sites/demo/users/${userId}`);

describe("decisions", () => {
  it("approve → published and visible; no strike", async () => {
    const a = await h.guest("Ana");
    const page = h.page();
    const c = await h.posted(a, phrases.keyword.held[0]!, page, 202);
    const res = await h.decide(c.id, { action: "approve", note: "fair enough" });
    expect(res.status).toBe(200);
    expect(res.body.comment).toMatchObject({ id: c.id, status: "published" });
    expect(res.body.standing).toEqual({ status: "good", until: null, reason: null, strikes: 0 });
    const list = await h.publicList(page);
    expect(list.body.comments.map((x: any) => x.id)).toEqual([c.id]);
  });

  it("reject without a rule → rejected, hidden, no strike", async () => {
    const a = await h.guest("Ana");
    const page = h.page();
    const c = await h.posted(a, phrases.keyword.held[0]!, page, 202);
    const res = await h.decide(c.id, { action: "reject" });
    expect(res.status).toBe(200);
    expect(res.body.comment.status).toBe("rejected");
    expect(res.body.standing).toEqual({ status: "good", until: null, reason: null, strikes: 0 });
    expect((await h.publicList(page)).body.total).toBe(0);
    expect((await h.list(a, page)).body.comments).toEqual([]);
    const d = await dossier(a.user.id);
    expect(d.body.strikes).toEqual([]);
    expect(d.body.sanctions).toEqual([]);
  });

  it("a published comment can be rejected too (taken down)", async () => {
    const a = await h.guest("Ana");
    const page = h.page();
    const c = await h.posted(a, phrases.keyword.clean[0]!, page);
    expect((await h.decide(c.id, { action: "reject", rule: "personal-attacks" })).body.comment.status).toBe("rejected");
    expect((await h.publicList(page)).body.total).toBe(0);
  });

  it("an unknown rule, a rule on approve, or an unknown action → validation_failed; nothing changes", async () => {
    const a = await h.guest("Ana");
    const c = await h.posted(a, phrases.keyword.held[0]!, h.page(), 202);
    const unknown = await h.decide(c.id, { action: "reject", rule: "no-such-rule" });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error).toMatchObject({ code: "validation_failed", field: "rule" });
    const approveRule = await h.decide(c.id, { action: "approve", rule: "personal-attacks" });
    expect(approveRule.status).toBe(400);
    expect(approveRule.body.error.code).toBe("validation_failed");
    const action = await h.admin.post(`/api/v1/admin/sites/demo/comments/${c.id}/decision`, { action: "delete" });
    expect(action.body.error).toMatchObject({ code: "validation_failed", field: "action" });
    const d = await dossier(a.user.id);
    expect(d.body.strikes).toEqual([]);
    expect(d.body.comments[0].status).toBe("pending");
    expect((await h.admin.post(`/api/v1/admin/sites/demo/comments/nope/decision`, { action: "approve" })).status).toBe(404);
  });

  it("the ladder: 1 strike warns, 2 suspend 24 h, 3 suspend 7 days, 4 revoke", async () => {
    const a = await h.guest("Ana");
    const page = h.page();
    // Post all four first: writes stop once the author is suspended.
    const held = [];
    for (let i = 0; i < 4; i++) held.push(await h.posted(a, `${phrases.keyword.held[0]} (${i})`, page, 202));
    const me = () => a.get("/api/v1/sites/demo/me");
    expect((await me()).body.standing).toEqual({ status: "good", until: null, reason: null, strikes: 0 });

    const r1 = await h.decide(held[0]!.id, { action: "reject", rule: "personal-attacks" });
    expect(r1.status).toBe(200);
    expect(r1.body.comment.status).toBe("rejected");
    expect(r1.body.standing).toMatchObject({ status: "warned", strikes: 1 });
    expect(r1.body.standing.reason).toEqual(expect.any(String));
    const m1 = await me();
    expect(m1.body.user.id).toBe(a.user.id);
    expect(m1.body.standing).toEqual(r1.body.standing);
    // A warning does not stop writing.
    expect((await a.postComment(phrases.keyword.clean[0]!, { page })).status).toBe(201);

    const now = h.clock.now().getTime();
    const r2 = await h.decide(held[1]!.id, { action: "reject", rule: "personal-attacks" });
    expect(r2.body.standing).toMatchObject({ status: "suspended", strikes: 2 });
    expect(Date.parse(r2.body.standing.until) - now).toBe(24 * HOUR);
    expect((await me()).body.standing).toEqual(r2.body.standing);
    const refused = await a.postComment(phrases.keyword.clean[1]!, { page });
    expect(refused.status).toBe(403);
    expect(refused.body.error).toMatchObject({ code: "suspended", until: r2.body.standing.until, reason: r2.body.standing.reason });

    const r3 = await h.decide(held[2]!.id, { action: "reject", rule: "personal-attacks" });
    expect(r3.body.standing).toMatchObject({ status: "suspended", strikes: 3 });
    expect(Date.parse(r3.body.standing.until) - now).toBe(7 * 24 * HOUR);

    const r4 = await h.decide(held[3]!.id, { action: "reject", rule: "personal-attacks" });
    expect(r4.body.standing).toMatchObject({ status: "revoked", strikes: 4, until: null });
    expect((await me()).body.standing.status).toBe("revoked");
    const revoked = await a.postComment(phrases.keyword.clean[1]!, { page });
    expect(revoked.status).toBe(403);
    expect(revoked.body.error).toMatchObject({ code: "revoked", reason: r4.body.standing.reason });

    const d = await dossier(a.user.id);
    expect(d.status).toBe(200);
    expect(d.body.standing).toEqual(r4.body.standing);
    expect(d.body.strikes).toHaveLength(4);
    for (const s of d.body.strikes)
      expect(s).toMatchObject({ rule: "personal-attacks", policyVersion: 1, createdBy: h.adminId, active: true });
    expect(d.body.strikes.map((s: any) => s.commentId).sort()).toEqual(held.map((c) => c.id).sort());
    const sanctions = d.body.sanctions;
    expect(sanctions.map((s: any) => s.type).sort()).toEqual(["revoke", "suspend", "suspend", "warn"]);
    for (const s of sanctions) expect(s).toMatchObject({ createdBy: "policy", liftedAt: null, rule: "personal-attacks", policyVersion: 1 });
  });

  it("re-rejecting the same comment does not add a second strike", async () => {
    const a = await h.guest("Ana");
    const c = await h.posted(a, phrases.keyword.held[0]!, h.page(), 202);
    expect((await h.decide(c.id, { action: "reject", rule: "personal-attacks" })).body.standing.strikes).toBe(1);
    const again = await h.decide(c.id, { action: "reject", rule: "personal-attacks" });
    expect(again.status).toBe(200);
    expect(again.body.standing).toMatchObject({ status: "warned", strikes: 1 });
    expect((await dossier(a.user.id)).body.strikes).toHaveLength(1);
  });

  it("approving a rejected comment takes back its strike; rejecting it again strikes again", async () => {
    const a = await h.guest("Ana");
    const c = await h.posted(a, phrases.keyword.held[0]!, h.page(), 202);
    expect((await h.decide(c.id, { action: "reject", rule: "personal-attacks" })).body.standing.strikes).toBe(1);
    const approved = await h.decide(c.id, { action: "approve" });
    expect(approved.body.comment.status).toBe("published");
    expect(approved.body.standing.strikes).toBe(0);
    const voided = await h.auditAll(`action=strike.void&user=${a.user.id}`);
    expect(voided).toHaveLength(1);
    expect(voided[0]).toMatchObject({ targetId: a.user.id, rule: "personal-attacks", policyVersion: 1 });
    expect((await h.decide(c.id, { action: "reject", rule: "personal-attacks" })).body.standing.strikes).toBe(1);
  });
});
