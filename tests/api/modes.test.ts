// Moderation modes a newsroom chooses (issue 11): per site (post, first comments, all), per page
// (close it, or switch a heated article to pre-moderation), moderators' blocks of a device or an
// address, and rejecting everything one commenter wrote.
import { beforeAll, describe, expect, it } from "vitest";
import { contract, expectError, type Contract } from "./support/contract.ts";
import { clean, HELD } from "./support/phrases.ts";

let t: Contract;
beforeAll(async () => {
  t = await contract("modes");
});

const queue = (status: string, page: string, site = "") =>
  t.owner.get(`${site ? `/api/v1/admin/sites/${site}` : t.admin}/queue?status=${status}&page=${encodeURIComponent(page)}`);
const pageSettings = (page: string) => `${t.admin}/pages?page=${encodeURIComponent(page)}`;

describe("site modes", () => {
  it('"all" holds every comment for a moderator, as pre-moderation', async () => {
    const site = await t.otherSite("all", { moderationMode: "all" });
    const ana = await t.guest("Ana", { site });
    const res = await ana.post(`/api/v1/sites/${site}/comments`, { page: "pre", body: clean(1) });
    expect(res.status, JSON.stringify(res.body)).toBe(202);
    expect(res.body.reason).toMatch(/reviewed by a moderator/);
    // No rule held it: the widget says the site reviews comments, in the reader's language.
    expect(res.body.held).toEqual({ reason: "premoderation", rule: null, ruleTitle: null, target: null });
    const item = (await queue("pending", "pre", site)).body.items[0];
    expect(item).toMatchObject({ comment: { id: res.body.comment.id, status: "pending" }, holdReason: "premoderation" });
    expect((await t.caller().get(`/api/v1/sites/${site}/comments?page=pre`)).body.total).toBe(0);
  });

  it('"first" holds a commenter\'s comments until firstComments of theirs are published', async () => {
    const site = await t.otherSite("first", { moderationMode: "first", firstComments: 1 });
    const ana = await t.guest("Ana", { site });
    const post = (body: string) => ana.post(`/api/v1/sites/${site}/comments`, { page: "first", body });
    const first = await post(clean(1));
    expect(first.status).toBe(202);
    expect((await queue("pending", "first", site)).body.items[0]).toMatchObject({ holdReason: "new_commenter" });
    expect((await post(clean(2))).status, "still new").toBe(202);
    const approved = await t.owner.post(`/api/v1/admin/sites/${site}/comments/${first.body.comment.id}/decision`, { action: "approve" });
    expect(approved.status).toBe(200);
    expect((await post(clean(3))).status, "one comment published: no longer new").toBe(201);
    // The rules still apply to a known commenter.
    expect((await post(HELD)).status).toBe(202);
  });
});

describe("page settings", () => {
  it("a page can be switched to pre-moderation alone, and back", async () => {
    const ana = await t.guest("Ana");
    expect((await t.owner.get(pageSettings("heated"))).body.page).toEqual({
      key: "heated",
      url: null,
      title: null,
      closed: false,
      moderationMode: null,
    });
    const set = await t.owner.patch(pageSettings("heated"), { moderationMode: "all" });
    expect(set.status, JSON.stringify(set.body)).toBe(200);
    expect(set.body.page).toMatchObject({ key: "heated", moderationMode: "all", closed: false });
    expect((await t.post(ana, "heated", clean(1))).status).toBe(202);
    expect((await t.post(ana, "calm", clean(2))).status, "other pages keep the site's mode").toBe(201);
    await t.owner.patch(pageSettings("heated"), { moderationMode: null });
    expect((await t.post(ana, "heated", clean(3))).status).toBe(201);
  });

  it("a closed page takes no new comments or replies (403), and its listing says so; reopened, it does", async () => {
    const ana = await t.guest("Ana");
    const parent = (await t.post(ana, "closing", clean(1))).body.comment;
    expect((await t.list("closing")).body.closed).toBeUndefined();
    expect((await t.owner.patch(pageSettings("closing"), { closed: true })).body.page.closed).toBe(true);
    const listing = await t.list("closing");
    expect(listing.body).toMatchObject({ closed: true, total: 1 });
    expect(expectError(await t.post(ana, "closing", clean(2)), 403, "forbidden")).toBeDefined();
    expect((await t.post(ana, "closing", clean(3), { parentId: parent.id })).status).toBe(403);
    expect(await t.owner.get(`${t.admin}/audit?action=page.update`)).toMatchObject({ status: 200 });
    await t.owner.patch(pageSettings("closing"), { closed: false });
    expect((await t.list("closing")).body.closed).toBeUndefined();
    expect((await t.post(ana, "closing", clean(4))).status).toBe(201);
  });

  it("refuses a bad change or a missing page key", async () => {
    expect(expectError(await t.owner.patch(pageSettings("x"), { moderationMode: "pre" }), 400, "validation_failed").field).toBe(
      "moderationMode",
    );
    expect(expectError(await t.owner.patch(pageSettings("x"), { closed: "yes" }), 400, "validation_failed").field).toBe("closed");
    expect(expectError(await t.owner.get(`${t.admin}/pages`), 400, "validation_failed").field).toBe("page");
  });
});

describe("blocks and bulk rejection", () => {
  it("a blocked device can neither write nor open a session, whoever uses it; lifted, it can", async () => {
    const mal = await t.guest("Mal");
    const res = await t.owner.post(`${t.admin}/users/${mal.user.id}/blocks`, { kind: "device", reason: "spam wave" });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body.blocks).toEqual([expect.objectContaining({ kind: "device", userId: mal.user.id, until: null, reason: "spam wave" })]);
    expect(JSON.stringify(res.body)).not.toContain(mal.device);
    const twice = await t.owner.post(`${t.admin}/users/${mal.user.id}/blocks`, { kind: "device", reason: "again" });
    expect(twice.body, "a device already blocked is not blocked twice").toEqual({ blocks: [] });
    expect(expectError(await t.post(mal, "blocked", clean(1)), 403, "revoked").reason).toBeNull();
    const again = await t.caller().post(`${t.api}/sessions`, { name: "Mal again", device: mal.device });
    expect(again.status).toBe(403);
    const dossier = (await t.owner.get(`${t.admin}/users/${mal.user.id}`)).body;
    expect(dossier.blocks).toHaveLength(1);
    expect(dossier.trust).toMatchObject({ level: "new", published: 0, strikes: 0 });
    const lifted = await t.owner.delete(`${t.admin}/blocks/${res.body.blocks[0].id}`);
    expect(lifted.body.block.liftedAt).toEqual(expect.any(String));
    expect((await t.post(mal, "blocked", clean(2))).status).toBe(201);
    expectError(await t.owner.delete(`${t.admin}/blocks/${res.body.blocks[0].id}`), 409, "conflict");
  });

  it("an address block refuses another commenter at that address, for the hours given", async () => {
    const address = t.nextAddress();
    const mal = await t.guest("Mal", { address });
    const res = await t.owner.post(`${t.admin}/users/${mal.user.id}/blocks`, { kind: "address", hours: 2, reason: "bot farm" });
    expect(res.body.blocks[0]).toMatchObject({ kind: "address", until: expect.any(String) });
    const other = await t.guest("Neighbour", { address: t.nextAddress() });
    const fromThere = t.caller(address);
    fromThere.token = other.token;
    expect(expectError(await t.post(fromThere, "blocked-address", clean(1)), 403, "suspended").until).toBe(res.body.blocks[0].until);
    expect((await t.post(other, "blocked-address", clean(2))).status, "the same commenter elsewhere").toBe(201);
    expect(
      expectError(await t.owner.post(`${t.admin}/users/${mal.user.id}/blocks`, { kind: "device" }), 400, "validation_failed").field,
    ).toBe("reason");
  });

  it("rejects everything one commenter has published or waiting, in one go, without strikes", async () => {
    const [spammer, reader] = [await t.guest("Spammer"), await t.guest("Reader")];
    const ids = [];
    for (let i = 0; i < 3; i++) ids.push((await t.post(spammer, "reject-all", clean(10 + i))).body.comment.id);
    ids.push((await t.post(spammer, "reject-all", HELD)).body.comment.id);
    const kept = (await t.post(reader, "reject-all", clean(20))).body.comment.id;
    const res = await t.owner.post(`${t.admin}/users/${spammer.user.id}/reject-all`, { note: "spam" });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body).toEqual({ rejected: 4 });
    expect((await t.list("reject-all")).body.comments.map((c: { id: string }) => c.id)).toEqual([kept]);
    const rejected = (await queue("rejected", "reject-all")).body.items.map((i: { comment: { id: string } }) => i.comment.id);
    expect(rejected.sort()).toEqual([...ids].sort());
    expect((await t.owner.get(`${t.admin}/users/${spammer.user.id}`)).body.standing.strikes).toBe(0);
    expect((await t.owner.post(`${t.admin}/users/${spammer.user.id}/reject-all`, {})).body).toEqual({ rejected: 0 });
  });
});
