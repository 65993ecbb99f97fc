/** Moderators' own sanctions, lifting them, and the user dossier. */
import { beforeAll, describe, expect, it } from "vitest";
import { HOUR, keywordDetector, phrases, setup, type Harness } from "./harness.ts";

let h: Harness;
beforeAll(async () => {
  h = await setup({ detector: keywordDetector() });
});

const sanctions = (userId: string) => `/api/v1/admin/sites/demo/users/${userId}/sanctions`;
const dossier = (userId: string) => h.admin.get(`/api/v1/admin/sites/demo/users/${userId}`);

describe("manual sanctions", () => {
  it("warn: stands for strikeDays, does not stop writing", async () => {
    const a = await h.guest("Ana");
    const res = await h.admin.post(sanctions(a.user.id), { type: "warn", reason: "Please keep it civil." });
    expect(res.status).toBe(201);
    expect(res.body.sanction).toMatchObject({ type: "warn", reason: "Please keep it civil.", createdBy: h.adminId, liftedAt: null });
    expect(Date.parse(res.body.sanction.until) - h.clock.now().getTime()).toBe(90 * 24 * HOUR);
    expect((await a.get("/api/v1/sites/demo/me")).body.standing).toMatchObject({
      status: "warned",
      reason: "Please keep it civil.",
      strikes: 0,
    });
    expect((await a.postComment(phrases.keyword.clean[0]!, { page: h.page() })).status).toBe(201);
  });

  it("suspend needs hours; a reason is required; the type must be known", async () => {
    const a = await h.guest("Ana");
    const noHours = await h.admin.post(sanctions(a.user.id), { type: "suspend", reason: "x" });
    expect(noHours.status).toBe(400);
    expect(noHours.body.error).toMatchObject({ code: "validation_failed", field: "hours" });
    const noReason = await h.admin.post(sanctions(a.user.id), { type: "revoke" });
    expect(noReason.body.error).toMatchObject({ code: "validation_failed", field: "reason" });
    const badType = await h.admin.post(sanctions(a.user.id), { type: "ban", reason: "x" });
    expect(badType.body.error).toMatchObject({ code: "validation_failed", field: "type" });
    expect((await h.admin.post(sanctions("no-such-user"), { type: "revoke", reason: "x" })).status).toBe(404);
    expect((await dossier(a.user.id)).body.sanctions).toEqual([]);
  });

  it("suspend and revoke stop writing; lifting restores it; lifting twice → conflict", async () => {
    const a = await h.guest("Ana");
    const page = h.page();
    const sus = await h.admin.post(sanctions(a.user.id), { type: "suspend", hours: 48, reason: "Cool off." });
    expect(sus.status).toBe(201);
    expect(Date.parse(sus.body.sanction.until) - h.clock.now().getTime()).toBe(48 * HOUR);
    const refused = await a.postComment(phrases.keyword.clean[1]!, { page });
    expect(refused.body.error).toMatchObject({ code: "suspended", until: sus.body.sanction.until, reason: "Cool off." });

    const rev = await h.admin.post(sanctions(a.user.id), { type: "revoke", reason: "Enough." });
    expect(rev.body.sanction).toMatchObject({ type: "revoke", until: null });
    expect((await a.postComment(phrases.keyword.clean[1]!, { page })).body.error).toMatchObject({ code: "revoked", reason: "Enough." });

    const liftRevoke = await h.admin.delete(`${sanctions(a.user.id)}/${rev.body.sanction.id}`);
    expect(liftRevoke.status).toBe(200);
    expect(liftRevoke.body.sanction).toMatchObject({ id: rev.body.sanction.id, liftedAt: h.clock.now().toISOString() });
    // The suspension still stands.
    expect((await a.postComment(phrases.keyword.clean[1]!, { page })).body.error.code).toBe("suspended");
    expect((await h.admin.delete(`${sanctions(a.user.id)}/${sus.body.sanction.id}`)).status).toBe(200);
    expect((await a.get("/api/v1/sites/demo/me")).body.standing).toEqual({ status: "good", until: null, reason: null, strikes: 0 });
    expect((await a.postComment(phrases.keyword.clean[1]!, { page })).status).toBe(201);

    const twice = await h.admin.delete(`${sanctions(a.user.id)}/${sus.body.sanction.id}`);
    expect(twice.status).toBe(409);
    expect(twice.body.error.code).toBe("conflict");
    expect((await h.admin.delete(`${sanctions(a.user.id)}/nope`)).status).toBe(404);
    // Another user's id with this sanction: not found.
    const b = await h.guest("Ben");
    expect((await h.admin.delete(`${sanctions(b.user.id)}/${rev.body.sanction.id}`)).status).toBe(404);
  });

  it("lifting a ladder suspension restores writing but keeps the strikes", async () => {
    const a = await h.guest("Ana");
    const page = h.page();
    await h.strike(a, page);
    const second = await h.strike(a, page);
    expect(second.standing.status).toBe("suspended");
    const d = await dossier(a.user.id);
    const suspension = d.body.sanctions.find((s: any) => s.type === "suspend");
    expect(suspension.createdBy).toBe("policy");
    expect((await h.admin.delete(`${sanctions(a.user.id)}/${suspension.id}`)).status).toBe(200);
    expect((await a.get("/api/v1/sites/demo/me")).body.standing).toMatchObject({ status: "warned", strikes: 2 });
    expect((await a.postComment(phrases.keyword.clean[2]!, { page })).status).toBe(201);
  });
});

describe("user dossier", () => {
  it("shows standing, strikes, sanctions (createdBy, liftedAt) and recent comments, newest first", async () => {
    const a = await h.guest("Ana");
    const page = h.page();
    const first = await h.posted(a, phrases.keyword.clean[3]!, page);
    h.clock.advance(1000);
    const struck = await h.strike(a, page); // a held comment, rejected: warn
    h.clock.advance(1000);
    const manual = await h.admin.post(sanctions(a.user.id), { type: "suspend", hours: 1, reason: "manual" });
    await h.admin.delete(`${sanctions(a.user.id)}/${manual.body.sanction.id}`);

    const d = await dossier(a.user.id);
    expect(d.status).toBe(200);
    expect(d.body.user).toMatchObject({ id: a.user.id, name: "Ana" });
    expect(d.body.standing).toMatchObject({ status: "warned", strikes: 1 });
    expect(d.body.strikes).toHaveLength(1);
    expect(d.body.strikes[0]).toMatchObject({ commentId: struck.comment.id, rule: "personal-attacks", createdBy: h.adminId, active: true });
    const byType = Object.fromEntries(d.body.sanctions.map((s: any) => [s.type, s]));
    expect(byType.warn).toMatchObject({ createdBy: "policy", liftedAt: null, rule: "personal-attacks" });
    expect(byType.suspend).toMatchObject({ createdBy: h.adminId, reason: "manual", liftedAt: h.clock.now().toISOString() });
    for (const s of d.body.sanctions)
      expect(Object.keys(s)).toEqual(expect.arrayContaining(["id", "type", "until", "reason", "createdAt", "createdBy", "liftedAt"]));
    expect(d.body.comments.map((c: any) => [c.id, c.status])).toEqual([
      [struck.comment.id, "rejected"],
      [first.id, "published"],
    ]);
    expect((await dossier("no-such-user")).status).toBe(404);
  });
});
