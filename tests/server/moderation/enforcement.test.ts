/** Revocation means it: suspended and revoked users are refused on every write path, under any name. */
import { SignJWT } from "jose";
import { beforeAll, describe, expect, it } from "vitest";
import type { Client } from "../../helpers/client.ts";
import { DAY, HOUR, keywordDetector, phrases, setup, type Guest, type Harness } from "./harness.ts";

let h: Harness;
beforeAll(async () => {
  h = await setup({ detector: keywordDetector() });
});

type Sanction = "suspend" | "revoke";
const sanctionBody = (type: Sanction) =>
  type === "suspend" ? { type, hours: 24, reason: `suspended for testing` } : { type, reason: `revoked for testing` };

async function sanction(userId: string, type: Sanction) {
  const res = await h.admin.post(`/api/v1/admin/sites/demo/users/${userId}/sanctions`, sanctionBody(type));
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body.sanction as { id: string; until: string | null; reason: string };
}

function expectRefused(res: { status: number; body: any }, type: Sanction, s: { until: string | null; reason: string }, label: string) {
  expect(res.status, `${label}: ${JSON.stringify(res.body)}`).toBe(403);
  if (type === "suspend") expect(res.body.error, label).toMatchObject({ code: "suspended", until: s.until, reason: s.reason });
  else expect(res.body.error, label).toMatchObject({ code: "revoked", reason: s.reason });
}

/** Everything a sanctioned user might write, given their own comment and someone else's. */
const writeRoutes: {
  route: string;
  call: (c: Client, ctx: { page: string; own: string; other: string }) => Promise<{ status: number; body: any }>;
}[] = [
  { route: "post", call: (c, x) => c.postComment(phrases.keyword.clean[0]!, { page: x.page }) },
  { route: "post (acknowledged)", call: (c, x) => c.postComment(phrases.keyword.attack[0]!, { page: x.page, acknowledge: true }) },
  { route: "reply", call: (c, x) => c.postComment(phrases.keyword.clean[1]!, { page: x.page, parentId: x.other }) },
  { route: "edit", call: (c, x) => c.patch(`/api/v1/sites/demo/comments/${x.own}`, { body: phrases.keyword.clean[2] }) },
  { route: "report", call: (c, x) => c.post(`/api/v1/sites/demo/comments/${x.other}/reports`, { reason: "spam" }) },
  { route: "preview", call: (c) => c.post("/api/v1/sites/demo/preview", { body: phrases.keyword.clean[3] }) },
];

/** A refusal for someone else's sanction: the status and code, never that user's reason. */
function expectRefusedGenerically(res: { status: number; body: any }, type: Sanction, label: string) {
  expect(res.status, `${label}: ${JSON.stringify(res.body)}`).toBe(403);
  expect(res.body.error, label).toMatchObject({ code: type === "suspend" ? "suspended" : "revoked", reason: null });
  expect(JSON.stringify(res.body), label).not.toMatch(/for testing/);
}

describe("sanctions on every write path", () => {
  it("suspended and revoked users are refused on post, reply, edit, report and preview", async () => {
    const table: { sanction: Sanction; route: string; status: number; code: string }[] = [];
    for (const type of ["suspend", "revoke"] as const) {
      const page = h.page();
      const other = await h.guest("Other");
      const otherComment = await h.posted(other, phrases.keyword.clean[3]!, page);
      const x = await h.guest("Sanctioned");
      const own = await h.posted(x, phrases.keyword.clean[4]!, page);
      const s = await sanction(x.user.id, type);
      const me = await x.get("/api/v1/sites/demo/me");
      expect(me.body.standing).toMatchObject({ status: type === "suspend" ? "suspended" : "revoked", until: s.until, reason: s.reason });
      for (const w of writeRoutes) {
        const res = await w.call(x, { page, own: own.id, other: otherComment.id });
        expectRefused(res, type, s, `${type} × ${w.route}`);
        table.push({ sanction: type, route: w.route, status: res.status, code: res.body.error.code });
      }
      // Nothing was written: the page still has the two comments, unedited and unreported.
      const list = await h.publicList(page);
      expect(list.body.total).toBe(2);
      expect(list.body.comments.find((c: any) => c.id === own.id)).toMatchObject({ body: phrases.keyword.clean[4], editedAt: null });
      expect(list.body.comments.find((c: any) => c.id === otherComment.id).replies).toEqual([]);
      const reported = await h.admin.get(`/api/v1/admin/sites/demo/queue?status=reported&page=${page}`);
      expect(reported.body.items).toEqual([]);
    }
    expect(table).toHaveLength(2 * writeRoutes.length);
    expect(new Set(table.map((r) => `${r.sanction}:${r.code}`))).toEqual(new Set(["suspend:suspended", "revoke:revoked"]));
  });

  it("a suspended user may still read, and delete their own comments", async () => {
    const x = await h.guest("Reader");
    const page = h.page();
    const own = await h.posted(x, phrases.keyword.clean[0]!, page);
    await sanction(x.user.id, "suspend");
    expect((await h.list(x, page)).status).toBe(200);
    expect((await x.delete(`/api/v1/sites/demo/comments/${own.id}`)).status).toBe(200);
  });
});

describe("a new name is no way around a sanction, and no stranger pays for it", () => {
  for (const type of ["suspend", "revoke"] as const) {
    it(`${type}: same device → refused without the reason; same address → allowed, comments held; elsewhere → free`, async () => {
      const x: Guest = await h.guest("Troll");
      const s = await sanction(x.user.id, type);
      expectRefusedGenerically(await h.tryGuest("Nice Person", { address: h.freshAddress(), device: x.device }), type, "same device");

      // An address is a signal, not an identity: the newcomer joins, and their comments wait.
      for (const [label, device] of [
        ["same address, new device", h.freshDevice()],
        ["same address, no device", undefined],
      ] as const) {
        const joined = await h.tryGuest("Office Mate", { address: x.address, device });
        expect(joined.status, label).toBe(201);
        const mate = h.clientAt(x.address);
        mate.token = joined.body.token;
        const page = h.page();
        const held = await mate.postComment(phrases.keyword.clean[5]!, { page });
        expect(held.status, label).toBe(202);
        expect(held.body.comment.status).toBe("pending");
        expect(JSON.stringify(held.body)).not.toMatch(/for testing/);
        expect((await mate.get("/api/v1/sites/demo/me")).body.standing).toMatchObject({ status: "good", reason: null });
        // The preview judges the text only: the composer must not blame it for someone else's sanction.
        expect((await mate.post("/api/v1/sites/demo/preview", { body: phrases.keyword.clean[5] })).body.decision).toBe("publish");
        expect((await h.publicList(page)).body.total).toBe(0);
        // Moderators see why, with the other commenter's sanction.
        const queued = await h.admin.get(`/api/v1/admin/sites/demo/queue?status=pending&page=${page}`);
        expect(queued.body.items[0]).toMatchObject({
          holdReason: "linked_address",
          linkedSanction: { userId: x.user.id, sanctionId: s.id, type, reason: s.reason },
        });
        const [hold] = await h.auditAll(`action=comment.hold&user=${joined.body.user.id}`);
        expect(hold.detail).toMatchObject({ holdReason: "linked_address", linkedSanction: { userId: x.user.id, reason: s.reason } });
      }

      const fresh = await h.tryGuest("Someone Else", { address: h.freshAddress(), device: h.freshDevice() });
      expect(fresh.status).toBe(201);
      expect(fresh.body.user.id).not.toBe(x.user.id);
      const c = h.clientAt(h.freshAddress());
      c.token = fresh.body.token;
      expect((await c.postComment(phrases.keyword.clean[5]!, { page: h.page() })).status).toBe(201);
    });
  }

  it("a second session on the device, opened before the sanction, is refused on every write path; /me says so", async () => {
    for (const type of ["suspend", "revoke"] as const) {
      const page = h.page();
      const other = await h.guest("Other");
      const otherComment = await h.posted(other, phrases.keyword.clean[3]!, page);
      const x = await h.guest("First Name");
      const twin = await h.guest("Second Name", { device: x.device });
      const own = await h.posted(twin, phrases.keyword.clean[4]!, page);
      await sanction(x.user.id, type);
      for (const w of writeRoutes) {
        expectRefusedGenerically(await w.call(twin, { page, own: own.id, other: otherComment.id }), type, `${type} × ${w.route}`);
      }
      const me = await twin.get("/api/v1/sites/demo/me");
      expect(me.body.standing).toMatchObject({ status: type === "suspend" ? "suspended" : "revoked", reason: null });
      // Their own data stays theirs.
      expect((await twin.delete(`/api/v1/sites/demo/comments/${own.id}`)).status).toBe(200);
    }
  });

  it(`an address link expires: ${30} days after the sanctioned user was last seen there, newcomers post freely`, async () => {
    const x = await h.guest("Gone");
    await sanction(x.user.id, "revoke");
    h.clock.advance(29 * DAY);
    const mate = await h.guest("Later", { address: x.address });
    expect((await mate.postComment(phrases.keyword.clean[5]!, { page: h.page() })).status).toBe(202);
    h.clock.advance(2 * DAY);
    expect((await mate.postComment(phrases.keyword.clean[5]!, { page: h.page() })).status).toBe(201);
    // The device is an identity: it does not fade.
    expect((await h.tryGuest("Again", { address: h.freshAddress(), device: x.device })).status).toBe(403);
    await h.admin.loginAdmin(); // the month ended the moderator's session too
  });

  it("a warning does not bind new sessions or their comments; a lifted suspension frees the device again", async () => {
    const x = await h.guest("Warned");
    const warn = await h.admin.post(`/api/v1/admin/sites/demo/users/${x.user.id}/sanctions`, { type: "warn", reason: "be nice" });
    expect(warn.status).toBe(201);
    expect((await h.tryGuest("Again", { address: h.freshAddress(), device: x.device })).status).toBe(201);
    const neighbour = await h.guest("Neighbour", { address: x.address });
    expect((await neighbour.postComment(phrases.keyword.clean[2]!, { page: h.page() })).status).toBe(201);
    const y = await h.guest("Suspended");
    const s = await sanction(y.user.id, "suspend");
    expect((await h.tryGuest("Again", { address: h.freshAddress(), device: y.device })).status).toBe(403);
    expect((await h.admin.delete(`/api/v1/admin/sites/demo/users/${y.user.id}/sanctions/${s.id}`)).status).toBe(200);
    expect((await h.tryGuest("Again", { address: h.freshAddress(), device: y.device })).status).toBe(201);
  });
});

describe("single sign-on: the sanction follows the user, not the token", () => {
  const secret = "a-very-long-sso-secret-for-the-demo-site-123456";
  const sign = async (sub: string, name: string, extra: Record<string, unknown> = {}) => {
    const now = Math.floor(h.clock.now().getTime() / 1000);
    return new SignJWT({ name, ...extra })
      .setProtectedHeader({ alg: "HS256" })
      .setSubject(sub)
      .setIssuedAt(now)
      .setExpirationTime(now + 3600)
      .sign(new TextEncoder().encode(secret));
  };

  it("two different tokens for one sub are one user; sanction one, the other is refused too", async () => {
    expect((await h.admin.patch("/api/v1/admin/sites/demo", { ssoSecret: secret })).status).toBe(200);
    const jwt1 = await sign("publisher-user-42", "Kim");
    const jwt2 = await sign("publisher-user-42", "Kim K.", { email: "kim@example.com" });
    expect(jwt1).not.toBe(jwt2);
    const c1 = h.clientAt(h.freshAddress());
    const c2 = h.clientAt(h.freshAddress());
    const s1 = await c1.post("/api/v1/sites/demo/sessions", { sso: jwt1 });
    const s2 = await c2.post("/api/v1/sites/demo/sessions", { sso: jwt2 });
    expect(s1.status).toBe(201);
    expect(s2.status).toBe(201);
    expect(s1.body.token).not.toBe(s2.body.token);
    expect(s2.body.user.id).toBe(s1.body.user.id);
    c1.token = s1.body.token;
    c2.token = s2.body.token;
    const page = h.page();
    const own = await h.posted(c1, phrases.keyword.clean[0]!, page);

    for (const type of ["suspend", "revoke"] as const) {
      const s = await sanction(s1.body.user.id, type);
      expectRefused(await c2.postComment(phrases.keyword.clean[1]!, { page }), type, s, `${type}: other token posts`);
      expectRefused(await c2.patch(`/api/v1/sites/demo/comments/${own.id}`, { body: "edited" }), type, s, `${type}: other token edits`);
      expectRefused(await c1.postComment(phrases.keyword.clean[1]!, { page }), type, s, `${type}: same token`);
      // A brand-new token for the same sub is the same user, refused the same way.
      const c3 = h.clientAt(h.freshAddress());
      const s3 = await c3.post("/api/v1/sites/demo/sessions", { sso: await sign("publisher-user-42", "Kim") });
      if (s3.status === 201) {
        expect(s3.body.user.id).toBe(s1.body.user.id);
        c3.token = s3.body.token;
        expectRefused(await c3.postComment(phrases.keyword.clean[1]!, { page }), type, s, `${type}: new token`);
      } else {
        expectRefused(s3, type, s, `${type}: new session`);
      }
      expect((await h.admin.delete(`/api/v1/admin/sites/demo/users/${s1.body.user.id}/sanctions/${s.id}`)).status).toBe(200);
    }
    expect((await c2.postComment(phrases.keyword.clean[2]!, { page })).status).toBe(201);
    // Another sub is another person.
    const other = h.clientAt(h.freshAddress());
    const so = await other.post("/api/v1/sites/demo/sessions", { sso: await sign("publisher-user-43", "Lee") });
    expect(so.body.user.id).not.toBe(s1.body.user.id);
  });

  it("a revoked SSO user's device refuses guests, before and after; their address holds guests' comments", async () => {
    expect((await h.admin.patch("/api/v1/admin/sites/demo", { ssoSecret: secret })).status).toBe(200);
    const address = h.freshAddress();
    const device = h.freshDevice();
    // A guest session opened on the device before the revocation.
    const earlier = await h.guest("Guest Self", { address: h.freshAddress(), device });
    const sso = h.clientAt(address);
    const opened = await sso.post("/api/v1/sites/demo/sessions", { sso: await sign("sub-revoked-1", "Pat"), device });
    expect(opened.status).toBe(201);
    sso.token = opened.body.token;
    await sanction(opened.body.user.id, "revoke");

    // Their own token: their own reason.
    expectRefused(
      await sso.postComment(phrases.keyword.clean[0]!, { page: h.page() }),
      "revoke",
      { until: null, reason: "revoked for testing" },
      "own",
    );
    // The guest session from before, on the same device: refused, without the reason.
    expectRefusedGenerically(await earlier.postComment(phrases.keyword.clean[0]!, { page: h.page() }), "revoke", "earlier guest");
    // A new guest session on the device: refused.
    expectRefusedGenerically(await h.tryGuest("New Name", { address: h.freshAddress(), device }), "revoke", "new guest, same device");
    // A new guest at the address, on another device: in, held.
    const mate = await h.guest("Flatmate", { address });
    expect((await mate.postComment(phrases.keyword.clean[1]!, { page: h.page() })).status).toBe(202);
  });
});

describe("sanction duration", () => {
  it("suspension until is now + hours", async () => {
    const x = await h.guest("Timed");
    const s = await sanction(x.user.id, "suspend");
    expect(Date.parse(s.until!) - h.clock.now().getTime()).toBe(24 * HOUR);
  });
});
