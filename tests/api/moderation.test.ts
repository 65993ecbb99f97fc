// Moderators at work: the queues, decisions, strikes and the policy's ladder (warn → suspend →
// suspend → revoke), enforced on every write path from the author's next request.
import { beforeAll, describe, expect, it } from "vitest";
import { contract, expectError, type Commenter, type Contract } from "./support/contract.ts";
import { ATTACK, CLEAN, clean, HELD } from "./support/phrases.ts";

let t: Contract;
beforeAll(async () => {
  t = await contract("moderation");
});

const HOUR = 3_600_000;
const queue = (status: string, query = "") => t.owner.get(`${t.admin}/queue?status=${status}${query}`);
const decide = (id: string, body: Record<string, unknown>) => t.owner.post(`${t.admin}/comments/${id}/decision`, body);

/** A comment by `who` that a moderator must decide: acknowledged after a refusal, so pending. */
async function pending(who: Commenter, page: string, body = ATTACK.body): Promise<string> {
  const res = await t.post(who, page, body, { acknowledge: true });
  expect(res.status, JSON.stringify(res.body)).toBe(202);
  return res.body.comment.id;
}

/** Rejects `id` for breaking the personal-attacks rule: a strike. */
async function strike(id: string) {
  const res = await decide(id, { action: "reject", rule: "personal-attacks", note: "name-calling" });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body;
}

describe("the queues", () => {
  it("lists held comments in the pending queue with what a moderator needs, and counts each queue", async () => {
    const ana = await t.guest("Ana");
    const before = (await queue("pending")).body.counts.pending;
    const held = await t.post(ana, "queue", HELD, { title: "Queue article", url: "https://news.example.com/queue" });
    expect(held.status).toBe(202);
    const acknowledged = await pending(ana, "queue");

    const res = await queue("pending");
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ items: expect.any(Array), nextCursor: null, counts: { pending: before + 2 } });
    const item = res.body.items.find((i: any) => i.comment.id === held.body.comment.id);
    expect(item).toMatchObject({
      comment: { id: held.body.comment.id, status: "pending", body: HELD, author: { id: ana.user.id, name: "Ana" } },
      page: "queue",
      rule: "personal-attacks",
      reports: 0,
    });
    expect(item.scores["personal-attacks"]).toBeGreaterThan(0);
    // The README's queue extensions: where the detector pointed, and why the comment waits.
    const ackItem = res.body.items.find((i: any) => i.comment.id === acknowledged);
    expect(ackItem.spans.length).toBeGreaterThan(0);
    for (const span of ackItem.spans) expect(ATTACK.body.slice(span.start, span.end).length).toBeGreaterThan(0);
    expect(ackItem).toMatchObject({
      policyVersion: 1,
      holdReason: expect.any(String),
      author: { id: ana.user.id, standing: { status: "good" } },
    });
    // Oldest first by default, newest first on request.
    const ids = res.body.items.map((i: any) => i.comment.id);
    expect((await queue("pending", "&sort=newest")).body.items.map((i: any) => i.comment.id)).toEqual([...ids].reverse());
    const first = await queue("pending", "&limit=1");
    expect(first.body.items).toHaveLength(1);
    expect(first.body.nextCursor).toEqual(expect.any(String));
    const second = await queue("pending", `&limit=1&cursor=${encodeURIComponent(first.body.nextCursor)}`);
    expect(second.body.items[0].comment.id).not.toBe(first.body.items[0].comment.id);
    // Filtered to one page.
    const elsewhere = await pending(ana, "queue-elsewhere");
    expect((await queue("pending", "&page=queue-elsewhere")).body.items.map((i: any) => i.comment.id)).toEqual([elsewhere]);
    expectError(await queue("everything"), 400, "validation_failed");
  });

  it("a threat waits in the threats queue until a moderator confirms it (a strike when the rule is named) or approves a misreading", async () => {
    const [ana, ben] = [await t.guest("Ana"), await t.guest("Ben")];
    const threat = "Somebody should shoot him.";
    expect((await t.post(ana, "threats-queue", threat)).status).toBe(422);
    expect((await t.post(ben, "threats-queue", threat)).status).toBe(422);
    const before = (await queue("threats")).body.counts;
    const [first, second] = (await queue("threats", "&page=threats-queue")).body.items;
    expect([first.author.id, second.author.id]).toEqual([ana.user.id, ben.user.id]);
    // Confirmed with the rule: a strike, and it leaves the queue (still rejected).
    const confirmed = await decide(first.comment.id, { action: "reject", rule: "threats", expectStatus: "rejected" });
    expect(confirmed.status, JSON.stringify(confirmed.body)).toBe(200);
    expect(confirmed.body.standing).toMatchObject({ status: "warned", strikes: 1 });
    // A misreading, approved: published for everyone.
    const approved = await decide(second.comment.id, { action: "approve", expectStatus: "rejected" });
    expect(approved.status, JSON.stringify(approved.body)).toBe(200);
    expect((await t.list("threats-queue")).body.comments.map((c: any) => c.id)).toEqual([second.comment.id]);
    const after = await queue("threats", "&page=threats-queue");
    expect(after.body.items).toEqual([]);
    expect(after.body.counts).toMatchObject({ threats: before.threats - 2, rejected: before.rejected - 1 });
    expect((await queue("rejected", "&page=threats-queue")).body.items.map((i: any) => i.comment.id)).toEqual([first.comment.id]);
  });

  it("shows the page as its first comment named it: later writers cannot rename it, nor point it off the site", async () => {
    const [ana, mal] = [await t.guest("Ana"), await t.guest("Mal")];
    const first = await t.post(ana, "named", HELD, { title: "The real headline", url: "https://news.example.com/named" });
    expect(first.status).toBe(202);
    const renamed = await t.post(mal, "named", CLEAN, { title: "Fake headline", url: "https://news.example.com/fake" });
    expect(renamed.status).toBe(201);
    const offSite = await t.post(mal, "named", CLEAN, { url: "https://evil.example/phish" });
    expect(expectError(offSite, 400, "validation_failed").field).toBe("url");
    const item = (await queue("pending")).body.items.find((i: any) => i.comment.id === first.body.comment.id);
    expect(item).toMatchObject({ pageTitle: "The real headline", pageUrl: "https://news.example.com/named" });
  });

  it("puts comments readers report in the reported queue, with the reports, and hides them at the threshold", async () => {
    const ana = await t.guest("Ana");
    const id = (await t.post(ana, "reported", clean("reported"))).body.comment.id;
    for (let i = 0; i < 3; i++) {
      const reader = await t.guest(`Reader ${i}`);
      expect((await reader.post(`${t.comments}/${id}/reports`, { reason: "personal-attack", note: `note ${i}` })).status).toBe(201);
    }
    expect((await t.list("reported")).body.total).toBe(0);
    const item = (await queue("reported")).body.items.find((i: any) => i.comment.id === id);
    expect(item).toMatchObject({ page: "reported", reports: 3 });
    // Approving answers the reports: the comment is back, and out of the reported queue.
    const approved = await decide(id, { action: "approve" });
    expect(approved.status).toBe(200);
    expect(approved.body.comment).toMatchObject({ id, status: "published" });
    expect((await t.list("reported")).body.total).toBe(1);
    expect((await queue("reported")).body.items.map((i: any) => i.comment.id)).not.toContain(id);
  });
});

describe("decisions", () => {
  it("approves a held comment: published and listed; the author's standing is unchanged", async () => {
    const ana = await t.guest("Ana");
    const id = await pending(ana, "approve");
    const res = await decide(id, { action: "approve", note: "fair enough" });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      comment: expect.objectContaining({ id, status: "published", body: ATTACK.body }),
      standing: { status: "good", until: null, reason: null, strikes: 0 },
    });
    expect((await t.list("approve")).body.comments.map((c: any) => c.id)).toEqual([id]);
    expect((await queue("pending")).body.items.map((i: any) => i.comment.id)).not.toContain(id);
  });

  it("rejects without a rule: no strike; the comment goes to the rejected queue", async () => {
    const ana = await t.guest("Ana");
    const id = await pending(ana, "reject");
    const res = await decide(id, { action: "reject" });
    expect(res.status).toBe(200);
    expect(res.body.comment.status).toBe("rejected");
    expect(res.body.standing).toMatchObject({ status: "good", strikes: 0 });
    expect((await queue("rejected")).body.items.map((i: any) => i.comment.id)).toContain(id);
    expect((await t.list("reject", "", ana)).body.comments).toEqual([]);
  });

  it("refuses a bad decision: unknown comment 404, unknown rule or a rule on approval 400, a stale expectStatus 409", async () => {
    const ana = await t.guest("Ana");
    const id = await pending(ana, "bad-decisions");
    expectError(await decide("no-such-comment", { action: "approve" }), 404, "not_found");
    expect(expectError(await decide(id, { action: "reject", rule: "no-such-rule" }), 400, "validation_failed").field).toBe("rule");
    expect(expectError(await decide(id, { action: "approve", rule: "personal-attacks" }), 400, "validation_failed").field).toBe("rule");
    expectError(await decide(id, { action: "maybe" }), 400, "validation_failed");
    expect((await decide(id, { action: "approve", expectStatus: "pending" })).status).toBe(200);
    const stale = await decide(id, { action: "reject", expectStatus: "pending" });
    expect(expectError(stale, 409, "conflict").status).toBe("published");
    // The deleted comment cannot be decided.
    expect((await ana.delete(`${t.comments}/${id}`)).status).toBe(200);
    expectError(await decide(id, { action: "approve" }), 409, "conflict");
  });

  it("decides a comment once when moderators decide it at the same moment: one strike, one sanction, the others hear conflict", async () => {
    const ana = await t.guest("Ana");
    const id = await pending(ana, "simultaneous");
    const answers = await Promise.all(
      [1, 2, 3].map(() => decide(id, { action: "reject", rule: "personal-attacks", expectStatus: "pending" })),
    );
    const statuses = answers.map((a) => a.status).sort();
    expect(statuses).toEqual([200, 409, 409]);
    for (const a of answers.filter((x) => x.status === 409)) expect(expectError(a, 409, "conflict").status).toBe("rejected");
    const dossier = (await t.owner.get(`${t.admin}/users/${ana.user.id}`)).body;
    expect(dossier.strikes).toHaveLength(1);
    expect(dossier.sanctions).toHaveLength(1);
    expect(dossier.standing).toMatchObject({ status: "warned", strikes: 1 });

    // Without expectStatus the later decisions re-decide the same way, and still add no strike.
    const second = await pending(ana, "simultaneous");
    const again = await Promise.all([1, 2, 3].map(() => decide(second, { action: "reject", rule: "personal-attacks" })));
    expect(again.filter((a) => a.status === 200).length).toBeGreaterThanOrEqual(1);
    for (const a of again) expect([200, 409]).toContain(a.status);
    const after = (await t.owner.get(`${t.admin}/users/${ana.user.id}`)).body;
    expect(after.strikes).toHaveLength(2);
    expect(after.sanctions).toHaveLength(2);
  });

  it("needs a moderator: no cookie 401, no CSRF token 403", async () => {
    const ana = await t.guest("Ana");
    const id = await pending(ana, "decision-auth");
    expectError(await t.caller().post(`${t.admin}/comments/${id}/decision`, { action: "approve" }), 401, "unauthorized");
    expectError(await ana.post(`${t.admin}/comments/${id}/decision`, { action: "approve" }), 401, "unauthorized");
    const noCsrf = t.caller();
    noCsrf.cookie = t.owner.cookie;
    expectError(await noCsrf.post(`${t.admin}/comments/${id}/decision`, { action: "approve" }), 403, "forbidden");
    expect((await queue("pending")).body.items.map((i: any) => i.comment.id)).toContain(id);
  });
});

describe("the ladder", () => {
  let zed: Commenter;
  let published: string;
  const write = () => t.post(zed, "ladder", clean("again"));

  beforeAll(async () => {
    zed = await t.guest("Zed");
    published = (await t.post(zed, "ladder", clean("before"))).body.comment.id;
  });

  it("1 strike warns: the author may still write, and sees the warning", async () => {
    const { comment, standing } = await strike(await pending(zed, "ladder"));
    expect(comment.status).toBe("rejected");
    expect(standing).toMatchObject({ status: "warned", strikes: 1 });
    expect((await zed.get(`${t.api}/me`)).body.standing).toMatchObject({ status: "warned", strikes: 1 });
    expect((await write()).status).toBe(201);
  });

  it("2 strikes suspend for 24 hours, enforced on posting, replying, editing and new sessions", async () => {
    const id = await pending(zed, "ladder");
    const startedAt = Date.now();
    const { standing } = await strike(id);
    expect(standing).toMatchObject({ status: "suspended", strikes: 2 });
    const until = Date.parse(standing.until);
    expect(until - startedAt).toBeGreaterThan(23.9 * HOUR);
    expect(until - startedAt).toBeLessThan(24.1 * HOUR);
    expect((await zed.get(`${t.api}/me`)).body.standing).toEqual(standing);

    const refusals = [
      await write(),
      await t.post(zed, "ladder", clean("reply"), { parentId: published }),
      await zed.patch(`${t.comments}/${published}`, { body: clean("edited") }),
      await t.post(zed, "ladder", HELD),
      await t.post(zed, "ladder", ATTACK.body, { acknowledge: true }),
    ];
    for (const res of refusals)
      expect(expectError(res, 403, "suspended")).toMatchObject({ until: standing.until, reason: expect.any(String) });
    // A new guest session from the same device meets the suspension (without its reason); one
    // from the same address only is let in, and its comments wait for a moderator.
    const byDevice = await t.caller().post(`${t.api}/sessions`, { name: "Not Zed", device: zed.device });
    expect(expectError(byDevice, 403, "suspended")).toMatchObject({ until: standing.until, reason: null });
    const byAddress = await t.caller(zed.address).post(`${t.api}/sessions`, { name: "Not Zed" });
    expect(byAddress.status).toBe(201);
    expect((await t.list("ladder")).body.comments.find((c: any) => c.id === published).body).toBe(clean("before"));
  });

  it("lifting the suspension lets the author write again; the strikes still count", async () => {
    const dossier = (await t.owner.get(`${t.admin}/users/${zed.user.id}`)).body;
    const active = dossier.sanctions.find((s: any) => s.type === "suspend" && s.liftedAt === null);
    expect(active).toMatchObject({ createdBy: "policy" });
    expect((await t.owner.delete(`${t.admin}/users/${zed.user.id}/sanctions/${active.id}`)).status).toBe(200);
    expect((await zed.get(`${t.api}/me`)).body.standing).toMatchObject({ status: "warned", strikes: 2 });
    expect((await write()).status).toBe(201);
  });

  it("3 strikes suspend for 7 days", async () => {
    const startedAt = Date.now();
    const { standing } = await strike(await pending(zed, "ladder"));
    expect(standing).toMatchObject({ status: "suspended", strikes: 3 });
    expect(Date.parse(standing.until) - startedAt).toBeGreaterThan(7 * 24 * HOUR - 0.1 * HOUR);
    expect(Date.parse(standing.until) - startedAt).toBeLessThan(7 * 24 * HOUR + 0.1 * HOUR);
    expectError(await write(), 403, "suspended");
    // Lifted by hand, to let the fourth strike's comment be written.
    const dossier = (await t.owner.get(`${t.admin}/users/${zed.user.id}`)).body;
    for (const s of dossier.sanctions.filter((s: any) => s.type === "suspend" && s.liftedAt === null)) {
      expect((await t.owner.delete(`${t.admin}/users/${zed.user.id}/sanctions/${s.id}`)).status).toBe(200);
    }
  });

  it("4 strikes revoke comment privileges, with the reason, on every write path", async () => {
    const { standing } = await strike(await pending(zed, "ladder"));
    expect(standing).toMatchObject({ status: "revoked", strikes: 4, until: null });
    for (const res of [
      await write(),
      await t.post(zed, "ladder", clean("reply"), { parentId: published }),
      await zed.patch(`${t.comments}/${published}`, { body: clean("edited") }),
    ]) {
      expect(expectError(res, 403, "revoked").reason).toEqual(expect.any(String));
    }
    expectError(await t.caller().post(`${t.api}/sessions`, { name: "Not Zed", device: zed.device }), 403, "revoked");
    expect((await zed.get(`${t.api}/me`)).body.standing).toMatchObject({ status: "revoked", strikes: 4 });
  });

  it("approving a rejected comment takes its strike back", async () => {
    const ana = await t.guest("Ana");
    const id = await pending(ana, "overturn");
    expect((await strike(id)).standing).toMatchObject({ status: "warned", strikes: 1 });
    const overturned = await decide(id, { action: "approve", expectStatus: "rejected" });
    expect(overturned.status).toBe(200);
    expect(overturned.body.standing.strikes).toBe(0);
    // Rejecting the same comment twice is one strike, not two.
    const again = await pending(ana, "overturn");
    await strike(again);
    expect((await strike(again)).standing.strikes).toBe(1);
  });
});

describe("the audit log", () => {
  it("records automatic and human decisions with the policy version and rule, newest first", async () => {
    const ana = await t.guest("Ana");
    const published = (await t.post(ana, "audit", CLEAN)).body.comment.id;
    const held = await pending(ana, "audit");
    await strike(held);
    const res = await t.owner.get(`${t.admin}/audit?user=${ana.user.id}`);
    expect(res.status).toBe(200);
    const entries: any[] = res.body.entries;
    const actions = entries.map((e) => e.action);
    expect(actions).toEqual(expect.arrayContaining(["comment.publish", "comment.hold", "comment.reject", "strike.add", "sanction.warn"]));
    const rejection = entries.find((e) => e.action === "comment.reject");
    expect(rejection).toMatchObject({
      actorType: "admin",
      actorId: t.ownerId,
      targetId: held,
      policyVersion: 1,
      rule: "personal-attacks",
      createdAt: expect.any(String),
    });
    expect(entries.find((e) => e.action === "comment.publish")).toMatchObject({
      actorType: "detector",
      targetId: published,
      policyVersion: 1,
    });
    const times = entries.map((e) => Date.parse(e.createdAt));
    expect(times).toEqual([...times].sort((a, b) => b - a));
    // Filters and the cursor.
    const onlyRejections = (await t.owner.get(`${t.admin}/audit?user=${ana.user.id}&action=comment.reject`)).body.entries;
    expect(onlyRejections.map((e: any) => e.targetId)).toEqual([held]);
    const page1 = await t.owner.get(`${t.admin}/audit?user=${ana.user.id}&limit=2`);
    expect(page1.body.entries).toHaveLength(2);
    const page2 = await t.owner.get(`${t.admin}/audit?user=${ana.user.id}&limit=2&cursor=${page1.body.nextCursor}`);
    expect(page2.body.entries[0].id).toBe(entries[2].id);
    expectError(await t.owner.get(`${t.admin}/audit?cursor=not-a-cursor`), 400, "validation_failed");
    expectError(await t.caller().get(`${t.admin}/audit`), 401, "unauthorized");
  });
});
