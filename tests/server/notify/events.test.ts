import { afterEach, describe, expect, it } from "vitest";
import type { DomainEvent } from "../../../contract/notify.ts";
import { Client } from "../../helpers/client.ts";
import { notifyApp, type RecordingNotifier } from "./support.ts";

type App = Awaited<ReturnType<typeof notifyApp>>;
let t: App;
afterEach(() => t?.close());

async function setup() {
  t = await notifyApp({ record: true });
  const owner = Client.over(t.app);
  await owner.loginAdmin();
  const reader = Client.over(t.app);
  const me = await reader.joinAsGuest("Reader");
  const events = () => (t.notifier as RecordingNotifier).events;
  const types = () => events().map((e) => e.type);
  return { owner, reader, me, events, types };
}

describe("domain events", () => {
  it("are emitted by posting, editing, reporting and deleting", async () => {
    const { reader, types, events } = await setup();
    const posted = await reader.postComment("A fine article.");
    expect(posted.status).toBe(201);
    expect(types()).toEqual(["comment.created", "comment.published"]);
    const created = events()[0] as Extract<DomainEvent, { type: "comment.created" }>;
    expect(created.comment).toMatchObject({
      id: posted.body.comment.id,
      body: "A fine article.",
      authorName: "Reader",
      status: "published",
    });
    expect(created.siteId).toBe("demo");

    const held = await reader.postComment("HOLDME please");
    expect(held.status).toBe(202);
    expect(types().slice(2)).toEqual(["comment.created"]);

    expect((await reader.patch(`/api/v1/sites/demo/comments/${posted.body.comment.id}`, { body: "A fine article, edited." })).status).toBe(
      200,
    );
    const edited = events().at(-1) as Extract<DomainEvent, { type: "comment.published" }>;
    expect(edited).toMatchObject({ type: "comment.published", edited: true, comment: { body: "A fine article, edited." } });

    const other = Client.over(t.app);
    await other.joinAsGuest("Other");
    const reported = await other.post(`/api/v1/sites/demo/comments/${posted.body.comment.id}/reports`, { reason: "spam" });
    expect(reported.status).toBe(201);
    expect(events().at(-1)).toMatchObject({
      type: "report.created",
      report: { commentId: posted.body.comment.id, reason: "spam" },
      hidden: false,
    });

    expect((await reader.delete(`/api/v1/sites/demo/comments/${posted.body.comment.id}`)).status).toBe(200);
    expect(events().at(-1)).toMatchObject({ type: "comment.deleted", commentId: posted.body.comment.id, by: "author" });
  });

  it("are emitted by a threat (created, refused), a moderator's decisions and the ladder's sanction", async () => {
    const { owner, reader, me, types, events } = await setup();
    const threat = await reader.postComment("THREAT you");
    expect(threat.status).toBe(422);
    expect(events().at(-1)).toMatchObject({ type: "comment.created", comment: { status: "rejected", holdReason: "threat" } });

    const held = await reader.postComment("HOLDME please");
    const approve = await owner.post(`/api/v1/admin/sites/demo/comments/${held.body.comment.id}/decision`, { action: "approve" });
    expect(approve.status).toBe(200);
    expect(events().at(-1)).toMatchObject({ type: "comment.published", by: "moderator", from: "pending", edited: false });

    const second = await reader.postComment("HOLDME again");
    const reject = await owner.post(`/api/v1/admin/sites/demo/comments/${second.body.comment.id}/decision`, {
      action: "reject",
      rule: "personal-attacks",
      note: "Play the ball",
    });
    expect(reject.status).toBe(200);
    const tail = events().slice(-2);
    expect(tail[0]).toMatchObject({
      type: "comment.rejected",
      rule: "personal-attacks",
      note: "Play the ball",
      bulk: false,
      from: "pending",
    });
    // the default ladder: 1 strike warns
    expect(tail[1]).toMatchObject({
      type: "sanction.applied",
      byPolicy: true,
      sanction: { userId: me.id, type: "warn", rule: "personal-attacks" },
    });
    expect(types().filter((x) => x === "comment.rejected")).toHaveLength(1);
  });

  it("are emitted by manual sanctions and lifts, bulk rejections, moderator deletes and policy publishing", async () => {
    const { owner, reader, me, events } = await setup();
    const a = await reader.postComment("First.");
    await reader.postComment("Second.");
    const sanction = await owner.post(`/api/v1/admin/sites/demo/users/${me.id}/sanctions`, {
      type: "suspend",
      hours: 2,
      reason: "Cool off",
    });
    expect(sanction.status).toBe(201);
    expect(events().at(-1)).toMatchObject({ type: "sanction.applied", byPolicy: false, sanction: { type: "suspend", reason: "Cool off" } });
    const lift = await owner.delete(`/api/v1/admin/sites/demo/users/${me.id}/sanctions/${sanction.body.sanction.id}`);
    expect(lift.status).toBe(200);
    expect(events().at(-1)).toMatchObject({ type: "sanction.lifted", sanction: { id: sanction.body.sanction.id } });

    expect((await owner.delete(`/api/v1/sites/demo/comments/${a.body.comment.id}`)).status).toBe(200);
    expect(events().at(-1)).toMatchObject({ type: "comment.deleted", by: "moderator" });

    const before = events().length;
    const all = await owner.post(`/api/v1/admin/sites/demo/users/${me.id}/reject-all`, { note: "clean-up" });
    expect(all.body.rejected).toBe(1);
    const bulk = events().slice(before);
    expect(bulk).toHaveLength(1);
    expect(bulk[0]).toMatchObject({ type: "comment.rejected", bulk: true, note: "clean-up", comment: { body: "Second." } });

    const { title, markdown, rules, thresholds, strikeDays, ladder, words } = (await owner.get("/api/v1/admin/sites/demo/policy")).body;
    const draft = { title: title + "!", markdown, rules, thresholds, strikeDays, ladder, words };
    const published = await owner.put("/api/v1/admin/sites/demo/policy", draft);
    expect(published.status, JSON.stringify(published.body)).toBe(201);
    expect(events().at(-1)).toMatchObject({ type: "policy.published", version: published.body.version });
  });
});
