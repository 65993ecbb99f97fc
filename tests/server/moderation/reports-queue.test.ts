/** Readers' reports, the moderation queue API and its pagination (deterministic keyword detector). */
import { beforeAll, describe, expect, it } from "vitest";
import { keywordDetector, phrases, setup, type Guest, type Harness } from "./harness.ts";

let h: Harness;
beforeAll(async () => {
  h = await setup({ detector: keywordDetector() });
});

const queue = (query: string) => h.admin.get(`/api/v1/admin/sites/demo/queue?${query}`);
const report = (c: Guest, id: string, reason = "personal-attack", note?: string) =>
  c.post(`/api/v1/sites/demo/comments/${id}/reports`, note ? { reason, note } : { reason });

describe("reports", () => {
  it("one report per user and comment; none on one's own comment", async () => {
    const a = await h.guest("Ana");
    const b = await h.guest("Ben");
    const c = await h.posted(a, phrases.keyword.clean[0]!, h.page());
    const first = await report(b, c.id, "spam");
    expect(first.status).toBe(201);
    expect(first.body.report).toMatchObject({ commentId: c.id, reason: "spam" });
    const again = await report(b, c.id, "other");
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe("conflict");
    const own = await report(a, c.id);
    expect(own.status).toBe(403);
    const bad = await report(b, c.id, "boring");
    expect(bad.status).toBe(400);
    expect(bad.body.error).toMatchObject({ code: "validation_failed", field: "reason" });
  });

  it("at the threshold (3) the comment is hidden and queued as reported; approve brings it back", async () => {
    const a = await h.guest("Ana");
    const page = h.page();
    const c = await h.posted(a, phrases.keyword.clean[1]!, page);
    await h.posted(a, phrases.keyword.clean[2]!, page);
    const reporters = [await h.guest("R1"), await h.guest("R2"), await h.guest("R3")];
    const reasons = ["personal-attack", "spam", "other"];

    for (const [i, r] of reporters.slice(0, 2).entries()) expect((await report(r, c.id, reasons[i], `note ${i}`)).status).toBe(201);
    let list = await h.publicList(page);
    expect(list.body.total).toBe(2);
    expect(list.body.comments.map((x: any) => x.id)).toContain(c.id);
    let reported = await queue(`status=reported&page=${page}`);
    expect(reported.body.items.map((i: any) => [i.comment.id, i.reports])).toEqual([[c.id, 2]]);

    expect((await report(reporters[2]!, c.id, reasons[2])).status).toBe(201);
    list = await h.publicList(page);
    expect(list.body.total).toBe(1);
    expect(list.body.comments.map((x: any) => x.id)).not.toContain(c.id);

    reported = await queue(`status=reported&page=${page}`);
    expect(reported.status).toBe(200);
    const item = reported.body.items.find((i: any) => i.comment.id === c.id);
    expect(item).toMatchObject({ page, reports: 3, holdReason: "reports" });
    expect(item.comment.status).toBe("pending");
    expect(item.reportReasons.map((r: any) => r.reason).sort()).toEqual([...reasons].sort());
    expect(item.reportReasons.map((r: any) => r.note)).toEqual(expect.arrayContaining(["note 0", "note 1"]));
    expect(reported.body.counts.reported).toBeGreaterThanOrEqual(1);

    h.tick();
    const approved = await h.decide(c.id, { action: "approve" });
    expect(approved.status).toBe(200);
    expect(approved.body.comment.status).toBe("published");
    list = await h.publicList(page);
    expect(list.body.total).toBe(2);
    expect(list.body.comments.map((x: any) => x.id)).toContain(c.id);
    expect((await queue(`status=reported&page=${page}`)).body.items).toEqual([]);

    // Open reports count from the moderator's decision: one new report neither hides it again
    // nor does the approval leave it in the queue.
    h.tick();
    const late = await h.guest("R4");
    expect((await report(late, c.id, "other")).status).toBe(201);
    list = await h.publicList(page);
    expect(list.body.comments.map((x: any) => x.id)).toContain(c.id);
    const again = await queue(`status=reported&page=${page}`);
    expect(again.body.items.map((i: any) => i.comment.id)).toEqual([c.id]);
    expect(again.body.items[0].comment.status).toBe("published");
  });

  it("a site's reportThreshold is honoured (1 hides at once)", async () => {
    expect((await h.admin.patch("/api/v1/admin/sites/demo", { reportThreshold: 1 })).status).toBe(200);
    try {
      const a = await h.guest("Ana");
      const b = await h.guest("Ben");
      const page = h.page();
      const c = await h.posted(a, phrases.keyword.clean[3]!, page);
      expect((await report(b, c.id)).status).toBe(201);
      expect((await h.publicList(page)).body.total).toBe(0);
      const hidden = await h.auditAll(`action=comment.hidden&user=${a.user.id}`);
      expect(hidden).toHaveLength(1);
      expect(hidden[0]).toMatchObject({ targetId: c.id, actorType: "system", policyVersion: 1 });
      expect(hidden[0].detail).toEqual({ reports: 1, weight: 1, threshold: 1 });
    } finally {
      await h.admin.patch("/api/v1/admin/sites/demo", { reportThreshold: 3 });
    }
  });
});

describe("reports count by person, weighed by standing", () => {
  /** A published comment on a page of its own, and how to tell whether readers still see it. */
  async function target() {
    const author = await h.guest("Author");
    const page = h.page();
    const c = await h.posted(author, phrases.keyword.clean[0]!, page);
    return { id: c.id, author, visible: async () => (await h.publicList(page)).body.total === 1 };
  }
  const weights = async (id: string) => {
    const items = (await queue(`status=reported&limit=200`)).body.items;
    return items
      .find((i: any) => i.comment.id === id)
      .reportReasons.map((r: any) => r.weight)
      .sort((a: number, b: number) => b - a);
  };

  it("three guest sessions from one address count once; three readers from three places hide it", async () => {
    const one = await target();
    const address = h.freshAddress();
    for (const name of ["Sock 1", "Sock 2", "Sock 3", "Sock 4"]) {
      expect((await report(await h.guest(name, { address }), one.id)).status).toBe(201);
    }
    expect(await one.visible()).toBe(true);
    expect(await weights(one.id)).toEqual([1, 0, 0, 0]);

    const other = await target();
    for (const name of ["R1", "R2", "R3"]) expect((await report(await h.guest(name), other.id)).status).toBe(201);
    expect(await other.visible()).toBe(false);
  });

  it("one device from several addresses counts once", async () => {
    const one = await target();
    const device = h.freshDevice();
    for (const name of ["Roamer 1", "Roamer 2", "Roamer 3"]) {
      expect((await report(await h.guest(name, { device }), one.id)).status).toBe(201);
    }
    expect(await one.visible()).toBe(true);
    expect(await weights(one.id)).toEqual([1, 0, 0]);
  });

  it("a warned reader, one with an active strike, or one at a sanctioned commenter's address weighs half", async () => {
    const warned = await h.guest("Warned");
    expect((await h.admin.post(`/api/v1/admin/sites/demo/users/${warned.user.id}/sanctions`, { type: "warn", reason: "w" })).status).toBe(
      201,
    );
    const struck = await h.guest("Struck");
    await h.strike(struck, h.page());
    h.tick();
    const revoked = await h.guest("Revoked");
    expect(
      (await h.admin.post(`/api/v1/admin/sites/demo/users/${revoked.user.id}/sanctions`, { type: "revoke", reason: "r" })).status,
    ).toBe(201);
    const neighbour = await h.guest("Neighbour", { address: revoked.address });
    const one = await target();
    for (const r of [warned, struck]) expect((await report(r, one.id)).status).toBe(201);
    expect(await one.visible()).toBe(true);
    expect((await report(neighbour, one.id)).status).toBe(201);
    expect(await weights(one.id)).toEqual([0.5, 0.5, 0.5]);
    expect(await one.visible()).toBe(true);
    // Two good readers more make 2.5 + ... : the weight reaches 3 at the second.
    expect((await report(await h.guest("Good 1"), one.id)).status).toBe(201);
    expect(await one.visible()).toBe(true);
    expect((await report(await h.guest("Good 2"), one.id)).status).toBe(201);
    expect(await one.visible()).toBe(false);
  });

  it('reportAction "queue": reported comments stay visible, in the reported queue', async () => {
    expect((await h.admin.patch("/api/v1/admin/sites/demo", { reportAction: "queue" })).status).toBe(200);
    try {
      const one = await target();
      for (const name of ["Q1", "Q2", "Q3", "Q4"]) expect((await report(await h.guest(name), one.id)).status).toBe(201);
      expect(await one.visible()).toBe(true);
      const item = (await queue(`status=reported&limit=200`)).body.items.find((i: any) => i.comment.id === one.id);
      expect(item).toMatchObject({ reports: 4, holdReason: null });
      expect(item.comment.status).toBe("published");
      expect(await h.auditAll(`action=comment.hidden&user=${one.author.user.id}`)).toEqual([]);
    } finally {
      await h.admin.patch("/api/v1/admin/sites/demo", { reportAction: "hide" });
    }
  });
});

describe("queue API", () => {
  it("pending items carry comment, page, scores, rule, spans, reports; counts move", async () => {
    const before = (await queue("status=pending&limit=1")).body.counts;
    const a = await h.guest("Ana");
    const page = h.page();
    const held = await h.posted(a, phrases.keyword.held[0]!, page, 202);
    h.clock.advance(1000);
    const acknowledged = await h.posted(a, phrases.keyword.attack[0]!, page, 202, { acknowledge: true });
    const res = await queue(`status=pending&page=${page}`);
    expect(res.status).toBe(200);
    expect(res.body.counts.pending).toBe(before.pending + 2);
    expect(res.body.nextCursor).toBeNull();
    const items = res.body.items;
    expect(items.map((i: any) => i.comment.id)).toEqual([held.id, acknowledged.id]);
    for (const item of items) {
      expect(item).toMatchObject({ page, rule: "personal-attacks", reports: 0, policyVersion: 1 });
      expect(item.comment).toMatchObject({ status: "pending", author: { id: a.user.id, name: "Ana" } });
      expect(item.scores["personal-attacks"]).toEqual(expect.any(Number));
      expect(item.spans.length).toBeGreaterThan(0);
    }
    const body = phrases.keyword.attack[0]!;
    expect(items[1].spans.map((s: any) => body.slice(s.start, s.end))).toEqual(["zorkface"]);
    expect(items[1].scores["personal-attacks"]).toBe(1);
    expect(items[1].author.standing.status).toBe("good");

    // Reject one: it leaves pending and shows in rejected.
    expect((await h.decide(held.id, { action: "reject" })).status).toBe(200);
    const after = await queue(`status=pending&page=${page}`);
    expect(after.body.items.map((i: any) => i.comment.id)).toEqual([acknowledged.id]);
    expect(after.body.counts.pending).toBe(before.pending + 1);
    expect(after.body.counts.rejected).toBe(before.rejected + 1);
    const rejected = await queue(`status=rejected&page=${page}`);
    expect(rejected.body.items.map((i: any) => [i.comment.id, i.comment.status])).toEqual([[held.id, "rejected"]]);
  });

  it("pages with a cursor, oldest or newest first, without gaps or repeats", async () => {
    const page = h.page();
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) {
      const g = await h.guest(`Q${i}`);
      ids.push((await h.posted(g, `${phrases.keyword.held[0]} #${i}`, page, 202)).id);
      h.clock.advance(1000);
    }
    // Two comments at the same instant: the id breaks the tie.
    const t1 = await h.guest("Same1");
    const t2 = await h.guest("Same2");
    const same = [
      (await h.posted(t1, `${phrases.keyword.held[1]} a`, page, 202)).id,
      (await h.posted(t2, `${phrases.keyword.held[1]} b`, page, 202)).id,
    ].sort();
    ids.push(...same);

    async function walk(sort: string) {
      const seen: string[] = [];
      let cursor: string | null = null;
      let pages = 0;
      do {
        const res = await queue(`status=pending&page=${page}&limit=2&sort=${sort}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ""}`);
        expect(res.status).toBe(200);
        expect(res.body.items.length).toBeLessThanOrEqual(2);
        seen.push(...res.body.items.map((i: any) => i.comment.id));
        cursor = res.body.nextCursor;
        pages++;
      } while (cursor && pages < 10);
      return { seen, pages };
    }
    const oldest = await walk("oldest");
    expect(oldest.seen).toEqual(ids);
    expect(oldest.pages).toBe(4);
    const newest = await walk("newest");
    expect(newest.seen).toEqual([...ids].reverse());
  });

  it("rejects unknown queues and bad cursors", async () => {
    expect((await queue("status=everything")).body.error).toMatchObject({ code: "validation_failed", field: "status" });
    const bad = await queue("status=pending&cursor=not-a-cursor");
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe("validation_failed");
  });

  it("needs an admin", async () => {
    const anon = h.clientAt(h.freshAddress());
    expect((await anon.get("/api/v1/admin/sites/demo/queue")).status).toBe(401);
  });
});
