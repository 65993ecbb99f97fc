// A commenter as moderators see them (the drawer: standing, strikes, sanctions, recent comments),
// and sanctions by hand: warn, suspend, revoke, lift.
import { beforeAll, describe, expect, it } from "vitest";
import { contract, expectError, type Contract } from "./support/contract.ts";
import { ATTACK, clean } from "./support/phrases.ts";

let t: Contract;
beforeAll(async () => {
  t = await contract("users");
});

const HOUR = 3_600_000;
const sanctions = (userId: string) => `${t.admin}/users/${userId}/sanctions`;

describe("the user drawer", () => {
  it("shows a commenter's standing, strikes, sanctions and comments, recent first", async () => {
    const ana = await t.guest("Ana");
    const first = (await t.post(ana, "drawer", clean(1))).body.comment.id;
    const held = (await t.post(ana, "drawer", ATTACK.body, { acknowledge: true })).body.comment.id;
    expect((await t.owner.post(`${t.admin}/comments/${held}/decision`, { action: "reject", rule: "personal-attacks" })).status).toBe(200);

    const res = await t.owner.get(`${t.admin}/users/${ana.user.id}`);
    expect(res.status).toBe(200);
    expect(res.body.user).toMatchObject({ id: ana.user.id, name: "Ana" });
    expect(res.body.standing).toMatchObject({ status: "warned", strikes: 1 });
    expect(res.body.strikes).toHaveLength(1);
    // The contract's Sanction fields (extensions may add more).
    expect(res.body.sanctions).toEqual([
      expect.objectContaining({
        id: expect.any(String),
        type: "warn",
        reason: expect.any(String),
        createdAt: expect.any(String),
        createdBy: "policy",
        liftedAt: null,
      }),
    ]);
    expect(res.body.comments.map((c: any) => [c.id, c.status])).toEqual([
      [held, "rejected"],
      [first, "published"],
    ]);
  });

  it("answers 404 for a user who is not on this site", async () => {
    expectError(await t.owner.get(`${t.admin}/users/no-such-user`), 404, "not_found");
    const other = await t.otherSite("drawer");
    const elsewhere = await t.guest("Elsewhere", { site: other });
    expectError(await t.owner.get(`${t.admin}/users/${elsewhere.user.id}`), 404, "not_found");
  });
});

describe("sanctions by hand", () => {
  it("warns, suspends and revokes with a reason the commenter sees; lifting restores the standing", async () => {
    const bo = await t.guest("Bo");
    const warn = await t.owner.post(sanctions(bo.user.id), { type: "warn", reason: "mind your tone" });
    expect(warn.status).toBe(201);
    expect(warn.body.sanction).toMatchObject({
      id: expect.any(String),
      type: "warn",
      reason: "mind your tone",
      createdAt: expect.any(String),
      createdBy: t.ownerId,
      liftedAt: null,
    });
    expect((await bo.get(`${t.api}/me`)).body.standing).toMatchObject({ status: "warned", reason: "mind your tone", strikes: 0 });
    expect((await t.post(bo, "sanctions", clean(1))).status).toBe(201);

    const startedAt = Date.now();
    const suspend = await t.owner.post(sanctions(bo.user.id), { type: "suspend", hours: 2, reason: "timeout" });
    expect(suspend.status).toBe(201);
    const until = Date.parse(suspend.body.sanction.until);
    expect(until - startedAt).toBeGreaterThan(1.9 * HOUR);
    expect(until - startedAt).toBeLessThan(2.1 * HOUR);
    expect((await bo.get(`${t.api}/me`)).body.standing).toEqual({
      status: "suspended",
      until: suspend.body.sanction.until,
      reason: "timeout",
      strikes: 0,
    });
    expect(expectError(await t.post(bo, "sanctions", clean(2)), 403, "suspended")).toMatchObject({
      until: suspend.body.sanction.until,
      reason: "timeout",
    });

    const lift = await t.owner.delete(`${sanctions(bo.user.id)}/${suspend.body.sanction.id}`);
    expect(lift.status).toBe(200);
    expect(lift.body.sanction).toMatchObject({ id: suspend.body.sanction.id, liftedAt: expect.any(String) });
    expect((await bo.get(`${t.api}/me`)).body.standing.status).toBe("warned");
    expect((await t.post(bo, "sanctions", clean(3))).status).toBe(201);
    expectError(await t.owner.delete(`${sanctions(bo.user.id)}/${suspend.body.sanction.id}`), 409, "conflict");

    const revoke = await t.owner.post(sanctions(bo.user.id), { type: "revoke", reason: "repeated abuse" });
    expect(revoke.status).toBe(201);
    expect(revoke.body.sanction).toMatchObject({ type: "revoke", until: null });
    expect(expectError(await t.post(bo, "sanctions", clean(4)), 403, "revoked").reason).toBe("repeated abuse");
    expect((await t.owner.delete(`${sanctions(bo.user.id)}/${revoke.body.sanction.id}`)).status).toBe(200);
    expect((await t.post(bo, "sanctions", clean(5))).status).toBe(201);

    const drawer = (await t.owner.get(`${t.admin}/users/${bo.user.id}`)).body;
    expect(drawer.sanctions.map((s: any) => [s.type, s.liftedAt === null])).toEqual(
      expect.arrayContaining([
        ["warn", true],
        ["suspend", false],
        ["revoke", false],
      ]),
    );
    const audit = (await t.owner.get(`${t.admin}/audit?user=${bo.user.id}`)).body.entries.map((e: any) => e.action);
    expect(audit).toEqual(expect.arrayContaining(["sanction.warn", "sanction.suspend", "sanction.revoke", "sanction.lift"]));
  });

  it("validates a sanction and finds its user and sanction", async () => {
    const cy = await t.guest("Cy");
    expect(
      expectError(await t.owner.post(sanctions(cy.user.id), { type: "suspend", reason: "no hours" }), 400, "validation_failed").field,
    ).toBe("hours");
    expect(expectError(await t.owner.post(sanctions(cy.user.id), { type: "warn", reason: " " }), 400, "validation_failed").field).toBe(
      "reason",
    );
    expect(expectError(await t.owner.post(sanctions(cy.user.id), { type: "ban", reason: "x" }), 400, "validation_failed").field).toBe(
      "type",
    );
    expectError(await t.owner.post(sanctions("no-such-user"), { type: "warn", reason: "x" }), 404, "not_found");
    expectError(await t.owner.delete(`${sanctions(cy.user.id)}/no-such-sanction`), 404, "not_found");
    expectError(await t.caller().post(sanctions(cy.user.id), { type: "warn", reason: "x" }), 401, "unauthorized");
    expect((await cy.get(`${t.api}/me`)).body.standing.status).toBe("good");
  });
});
