// Sanctions follow the person and no one else (issue 9, findings 3–5): a device is an identity,
// an address only a signal, and one person's reports count once.
import { beforeAll, describe, expect, it } from "vitest";
import { contract, expectError, type Answer, type Commenter, type Contract } from "./support/contract.ts";
import { clean } from "./support/phrases.ts";

let t: Contract;
beforeAll(async () => {
  t = await contract("identity");
});

const REASON = "a reason only the revoked user may read";

async function revoke(who: Commenter | { user: { id: string } }) {
  const res = await t.owner.post(`${t.admin}/users/${who.user.id}/sanctions`, { type: "revoke", reason: REASON });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body.sanction;
}

/** Refused for someone else's sanction: 403 revoked, and not a word of their reason. */
function refusedForAnother(res: Answer) {
  expect(expectError(res, 403, "revoked").reason).toBeNull();
  expect(JSON.stringify(res.body)).not.toContain(REASON);
}

describe("a device is an identity", () => {
  it("a second guest session on the device, opened before the revocation, can no longer write; /me says so", async () => {
    const first = await t.guest("First");
    const second = await t.guest("Second", { device: first.device });
    const page = "identity-device";
    const own = await t.post(second, page, clean(1));
    expect(own.status).toBe(201);
    const other = await t.post(await t.guest("Other"), page, clean(2));
    await revoke(first);

    refusedForAnother(await t.post(second, page, clean(3)));
    refusedForAnother(await second.patch(`${t.comments}/${own.body.comment.id}`, { body: clean(4) }));
    refusedForAnother(await second.post(`${t.comments}/${other.body.comment.id}/reports`, { reason: "spam" }));
    refusedForAnother(await second.post(`${t.api}/preview`, { body: clean(5) }));
    const me = await second.get(`${t.api}/me`);
    expect(me.body.standing).toMatchObject({ status: "revoked", reason: null });
    // Deleting one's own comment stays allowed: it is their data.
    expect((await second.delete(`${t.comments}/${own.body.comment.id}`)).status).toBe(200);
  });

  it("a revoked SSO user cannot come back as a guest on the same device, even on a site that allows both", async () => {
    const device = "identity-sso-device-01";
    const sso = t.caller();
    const opened = await sso.post(`${t.api}/sessions`, { sso: await t.ssoToken({ sub: "identity-sub-1", name: "Pat" }), device });
    expect(opened.status).toBe(201);
    sso.token = opened.body.token;
    await revoke({ user: opened.body.user });
    // Their own session hears their own reason.
    expect(expectError(await t.post(sso, "identity-sso", clean(1)), 403, "revoked").reason).toBe(REASON);
    refusedForAnother(await t.caller().post(`${t.api}/sessions`, { name: "Totally New", device }));
  });
});

describe("an address is a signal, not an identity", () => {
  it("a newcomer from a revoked guest's address joins, and their comments wait for a moderator, who sees why", async () => {
    const troll = await t.guest("Troll");
    const sanction = await revoke(troll);
    const colleague = await t.guest("Colleague", { address: troll.address });
    const page = "identity-office";
    const held = await t.post(colleague, page, clean(6));
    expect(held.status, JSON.stringify(held.body)).toBe(202);
    expect(held.body.comment.status).toBe("pending");
    expect(typeof held.body.reason).toBe("string");
    for (const res of [held, await colleague.get(`${t.api}/me`), await t.list(page, "", colleague)]) {
      expect(JSON.stringify(res.body)).not.toContain(REASON);
    }
    expect((await colleague.get(`${t.api}/me`)).body.standing.status).toBe("good");
    expect((await t.list(page)).body.total).toBe(0);

    const queue = await t.owner.get(`${t.admin}/queue?status=pending&page=${page}`);
    expect(queue.body.items).toHaveLength(1);
    expect(queue.body.items[0]).toMatchObject({
      holdReason: "linked_address",
      linkedSanction: { userId: troll.user.id, sanctionId: sanction.id, type: "revoke", reason: REASON },
    });
  });
});

describe("reports count once per person", () => {
  it("three guest sessions from one address do not hide a comment; three readers from three places do", async () => {
    const author = await t.guest("Author");
    const page = "identity-reports";
    const target = (await t.post(author, page, clean(7))).body.comment.id;
    const address = t.nextAddress();
    for (const name of ["Sock A", "Sock B", "Sock C"]) {
      const sock = await t.guest(name, { address });
      expect((await sock.post(`${t.comments}/${target}/reports`, { reason: "personal-attack" })).status).toBe(201);
    }
    expect((await t.list(page)).body.total).toBe(1);
    const reported = await t.owner.get(`${t.admin}/queue?status=reported&page=${page}`);
    expect(reported.body.items[0].reportReasons.map((r: any) => r.weight).sort()).toEqual([0, 0, 1]);

    for (const name of ["Reader B", "Reader C"]) {
      expect((await (await t.guest(name)).post(`${t.comments}/${target}/reports`, { reason: "spam" })).status).toBe(201);
    }
    expect((await t.list(page)).body.total).toBe(0);
  });

  it('a site that chose reportAction "queue" keeps reported comments visible, in the reported queue', async () => {
    const site = await t.otherSite("queue-only", { reportAction: "queue", reportThreshold: 1 });
    const paths = t.pathsOf(site);
    const author = await t.guest("Author", { site });
    const page = "identity-queue-only";
    const posted = await author.post(paths.comments, { page, body: clean(8) });
    expect(posted.status).toBe(201);
    const reader = await t.guest("Reader", { site });
    expect((await reader.post(`${paths.comments}/${posted.body.comment.id}/reports`, { reason: "spam" })).status).toBe(201);
    expect((await t.caller().get(`${paths.api}/comments?page=${page}`)).body.total).toBe(1);
    const reported = await t.owner.get(`${paths.admin}/queue?status=reported`);
    expect(reported.body.items.map((i: any) => i.comment.id)).toEqual([posted.body.comment.id]);
    expect((await t.owner.get(`/api/v1/admin/sites/${site}`)).body.site).toMatchObject({ reportAction: "queue", reportThreshold: 1 });
  });
});
