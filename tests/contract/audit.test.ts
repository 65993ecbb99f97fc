/**
 * The audit actions are one list: the server writes only those, and the admin app has a label
 * (and a filter option) for each. The scenario below makes the in-process app write every
 * kind of entry, then reads the audit table itself.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { AUDIT_ACTIONS, isAuditAction } from "../../contract/audit.ts";
import { auditLog } from "../../db/schema.ts";
import { t } from "../../widget/admin/strings.ts";
import { keywordDetector, phrases, setup, type Guest, type Harness } from "../server/moderation/harness.ts";

const site = "/api/v1/admin/sites/demo";
const comment = (id: string) => `/api/v1/sites/demo/comments/${id}`;

async function expectStatus(res: Promise<{ status: number; body: unknown }>, status: number) {
  const { status: got, body } = await res;
  expect(got, JSON.stringify(body)).toBe(status);
  return body as any;
}

/** Everything a site's life brings: writes, refusals, edits, reports, decisions, sanctions, administration. */
async function everyKindOfAction(h: Harness) {
  const page = h.page();
  const ana: Guest = await h.guest("Ana");
  const published = await h.posted(ana, phrases.keyword.clean[0]!, page);
  await h.posted(ana, phrases.keyword.held[0]!, page, 202);
  await expectStatus(ana.postComment(phrases.keyword.attack[0]!, { page }), 422);
  h.tick();

  const edited = await h.posted(ana, phrases.keyword.clean[1]!, page);
  await expectStatus(ana.patch(comment(edited.id), { body: phrases.keyword.clean[2]! }), 200);
  await expectStatus(ana.patch(comment(edited.id), { body: phrases.keyword.held[1]! }), 202);
  await expectStatus(ana.patch(comment(edited.id), { body: phrases.keyword.attack[1]! }), 422);
  const deleted = await h.posted(ana, phrases.keyword.clean[3]!, page);
  await expectStatus(ana.delete(comment(deleted.id)), 200);
  h.tick();

  // Three reports reach the default threshold and hide the comment.
  for (const name of ["Bo", "Cy", "Di"]) {
    const reader = await h.guest(name);
    await expectStatus(reader.post(`${comment(published.id)}/reports`, { reason: "spam" }), 201);
  }
  await expectStatus(h.decide(published.id, { action: "approve" }), 200);

  // A bot fills the join form's hidden honeypot field.
  await expectStatus(
    h.clientAt(h.freshAddress()).post("/api/v1/sites/demo/sessions", { name: "Bot", website: "https://spam.example" }),
    403,
  );

  // A strike (and the ladder's warning), then the rejection overturned, which voids the strike.
  const struck = await h.strike(ana, page);
  await expectStatus(h.decide(struck.comment.id, { action: "approve" }), 200);

  // A spam wave, rejected at once.
  const spam = await h.posted(ana, "Cheap watches at https://bit.ly/watches-cheap today", page, 202);
  await expectStatus(h.admin.post(`${site}/comments/${spam.id}/wave`, {}), 200);

  const sanctions = `${site}/users/${ana.user.id}/sanctions`;
  const suspension = await expectStatus(h.admin.post(sanctions, { type: "suspend", hours: 2, reason: "Cool off." }), 201);
  await expectStatus(h.admin.delete(`${sanctions}/${suspension.sanction.id}`), 200);
  await expectStatus(h.admin.post(sanctions, { type: "revoke", reason: "Repeated attacks." }), 201);

  // Blocks of a commenter's device, lifted; everything a commenter wrote rejected at once; a page closed.
  const bot = await h.guest("Bot");
  const blocked = await expectStatus(h.admin.post(`${site}/users/${bot.user.id}/blocks`, { kind: "device", reason: "A bot." }), 201);
  await expectStatus(h.admin.delete(`${site}/blocks/${blocked.blocks[0].id}`), 200);
  await expectStatus(h.admin.post(`${site}/users/${bot.user.id}/reject-all`, {}), 200);
  await expectStatus(h.admin.post(`${site}/queue/spam/reject`, {}), 200);
  await expectStatus(h.admin.patch(`${site}/pages?page=${page}`, { closed: true }), 200);

  // A webhook added, changed and removed; the site exported and comments imported; a reader's data exported, then erased.
  const hook = await expectStatus(
    h.admin.post(`${site}/webhooks`, { url: "https://hooks.example.com/parley", events: ["comment.created"] }),
    201,
  );
  await expectStatus(h.admin.patch(`${site}/webhooks/${hook.webhook.id}`, { active: false }), 200);
  await expectStatus(h.admin.delete(`${site}/webhooks/${hook.webhook.id}`), 200);
  await expectStatus(h.admin.get(`${site}/export`), 200);
  await expectStatus(
    h.admin.post(`${site}/import?from=disqus`, readFileSync(new URL("../fixtures/import/disqus.xml", import.meta.url), "utf8")),
    200,
  );
  await expectStatus(h.admin.get(`${site}/users/${bot.user.id}/data`), 200);
  await expectStatus(h.admin.post(`${site}/users/${bot.user.id}/erase`, {}), 200);

  const policy = (await h.admin.get(`${site}/policy`)).body;
  const { version: _v, html: _h, publishedAt: _p, publishedBy: _b, ...draft } = policy;
  await expectStatus(h.admin.put(`${site}/policy`, { ...draft, title: "Comment policy, revised" }), 201);
  await expectStatus(h.admin.patch(site, { reportThreshold: 4 }), 200);
  await expectStatus(h.admin.post("/api/v1/admin/sites", { id: "second", name: "Second site" }), 201);
  const moderator = await expectStatus(
    h.admin.post("/api/v1/admin/moderators", { email: "mo@example.com", password: "a long enough password" }),
    201,
  );
  await expectStatus(h.admin.delete(`/api/v1/admin/moderators/${moderator.moderator.id}`), 200);
}

describe("audit actions", () => {
  it("the admin app labels exactly the contract's actions", () => {
    expect(Object.keys(t.actions).sort()).toEqual([...AUDIT_ACTIONS].sort());
    for (const action of AUDIT_ACTIONS) expect(t.actions[action].trim()).not.toBe("");
  });

  it("every action the server writes is in the contract and labelled; every action in the contract is written", async () => {
    const h = await setup({ detector: keywordDetector() });
    await everyKindOfAction(h);
    const written = new Set((await h.db.select({ action: auditLog.action }).from(auditLog)).map((row) => row.action));
    for (const action of written) {
      expect(isAuditAction(action), `${action} is not in AUDIT_ACTIONS`).toBe(true);
      expect(t.actions[action as keyof typeof t.actions], `${action} has no label`).toBeTruthy();
    }
    expect([...written].sort()).toEqual([...AUDIT_ACTIONS].sort());
  });

  it("the audit filter refuses an action that is not in the contract", async () => {
    const h = await setup();
    const res = await h.admin.get(`${site}/audit?action=comment.edit.reject`);
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({ code: "validation_failed", field: "action" });
    expect((await h.admin.get(`${site}/audit?action=comment.edit_refused`)).status).toBe(200);
  });
});
