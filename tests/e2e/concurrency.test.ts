// Many writers at once against the real server process: every write is answered, stored, and
// listed exactly once.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Client } from "../helpers/client.ts";
import { startServer, type RunningServer } from "../helpers/server.ts";
import { addressOf, clearOfMinuteBoundary, duplicates, Guest, owner, siteForLoad, SITE, walkListing } from "./process-helpers.ts";

const PAGE = "busy-article";
const GUESTS = 50;
const POSTS_EACH = 4;
const PARENTS = 10;

let server: RunningServer;

beforeAll(async () => {
  server = await startServer({ env: { TRUST_PROXY: "1" } });
  await siteForLoad(server, 1000);
});

afterAll(async () => {
  await server?.stop();
});

describe("concurrent writes", () => {
  it(`answers, stores and lists ${GUESTS * POSTS_EACH} simultaneous comments and replies exactly once`, async () => {
    // Some threads to reply under, and the writers, each from its own address.
    const host = await new Guest(server.url, addressOf(999)).join("Host");
    const parents: string[] = [];
    for (let i = 0; i < PARENTS; i++) {
      const res = await host.post(PAGE, `Thread ${i}: what do you make of it?`);
      expect(res.status).toBe(201);
      parents.push(res.body.comment.id);
    }
    const guests = await Promise.all(Array.from({ length: GUESTS }, (_, i) => new Guest(server.url, addressOf(i)).join(`Writer ${i}`)));
    expect(new Set(guests.map((g) => g.user.id)).size).toBe(GUESTS);

    // All at once: half top-level comments, half replies spread over the threads.
    const sent = guests.flatMap((g, i) =>
      Array.from({ length: POSTS_EACH }, (_, j) => {
        const parentId = j % 2 === 1 ? parents[(i * POSTS_EACH + j) % PARENTS] : undefined;
        return { guest: g, body: `Comment ${j} from writer ${i}: I read the article twice and I still have questions.`, parentId };
      }),
    );
    const started = performance.now();
    const answers = await Promise.all(sent.map((s) => s.guest.post(PAGE, s.body, s.parentId)));
    const elapsed = performance.now() - started;

    const statuses = answers.map((a) => a.status);
    expect(
      statuses.filter((s) => s !== 201 && s !== 202),
      JSON.stringify(answers.find((a) => a.status >= 300)?.body),
    ).toEqual([]);
    const ids = answers.map((a) => a.body.comment.id as string);
    expect(duplicates(ids)).toEqual([]);
    answers.forEach((a, k) => {
      expect(a.body.comment.body).toBe(sent[k]!.body);
      expect(a.body.comment.parentId).toBe(sent[k]!.parentId ?? null);
      expect(a.body.comment.author.id).toBe(sent[k]!.guest.user.id);
    });
    const published = new Set(answers.filter((a) => a.status === 201).map((a) => a.body.comment.id as string));
    const held = ids.filter((id) => !published.has(id));
    const topLevelSent = sent.filter((s) => !s.parentId).length;
    console.log(`${sent.length} concurrent POSTs answered in ${Math.round(elapsed)} ms (${published.size} published, ${held.length} held)`);

    // The public listing, walked with the largest page and with a small one, finds each exactly once.
    for (const limit of [200, 17]) {
      const { all, topLevel, total, requests } = await walkListing(Client.http(server.url), PAGE, limit);
      const listed = all.map((c) => c.id);
      expect(duplicates(listed), `limit ${limit}`).toEqual([]);
      expect(total).toBe(PARENTS + published.size);
      expect(listed.length).toBe(PARENTS + published.size);
      expect(new Set(listed)).toEqual(new Set([...parents, ...published]));
      const expectedTop =
        PARENTS + topLevelSent - held.filter((id) => !answers.find((a) => a.body.comment.id === id)!.body.comment.parentId).length;
      expect(topLevel).toBe(expectedTop);
      expect(requests).toBe(Math.floor(expectedTop / limit) + 1);
      // Replies sit under the thread they answered.
      for (const c of all) if (c.parentId) expect(parents).toContain(c.parentId);
    }
    // Each thread holds the replies sent to it.
    const { all } = await walkListing(Client.http(server.url), PAGE, 200);
    for (const parentId of parents) {
      const thread = all.find((c) => c.id === parentId)!;
      const expected = answers.filter((a) => a.body.comment.parentId === parentId && a.status === 201).map((a) => a.body.comment.id);
      expect(thread.replies.map((r) => r.id).sort()).toEqual(expected.sort());
    }

    // Anything held waits in the moderation queue, once.
    if (held.length > 0) {
      const admin = await owner(server);
      const queue = await admin.get(`/api/v1/admin/sites/${SITE}/queue?status=pending&limit=200`);
      const queued = queue.body.items.map((i: { comment: { id: string } }) => i.comment.id);
      expect(queued.sort()).toEqual([...held].sort());
    }

    // Each writer sees exactly its own comments on its dossier.
    const admin = await owner(server);
    for (const g of guests.slice(0, 5)) {
      const dossier = await admin.get(`/api/v1/admin/sites/${SITE}/users/${g.user.id}`);
      expect(dossier.body.comments).toHaveLength(POSTS_EACH);
    }
  }, 90_000);

  it("counts concurrent writes against the rate limit exactly", async () => {
    // The limit holds under concurrency too: with the site at 5 a minute, 12 comments at once
    // from a fresh user get exactly 5 answers 201 and 7 `rate_limited`.
    await siteForLoad(server, 5);
    await clearOfMinuteBoundary(10);
    const g = await new Guest(server.url, addressOf(500)).join("Eager");
    const answers = await Promise.all(Array.from({ length: 12 }, (_, i) => g.post("limited-article", `Quick thought number ${i}`)));
    const codes = answers.map((a) => a.status).sort();
    expect(codes.filter((s) => s === 201)).toHaveLength(5);
    expect(codes.filter((s) => s === 429)).toHaveLength(7);
    for (const a of answers.filter((x) => x.status === 429)) {
      expect(a.body.error.code).toBe("rate_limited");
      expect(Number(a.headers.get("retry-after"))).toBeGreaterThan(0);
    }
    const { total, all } = await walkListing(Client.http(server.url), "limited-article", 200);
    expect(total).toBe(5);
    expect(all).toHaveLength(5);
    await siteForLoad(server, 1000);
  }, 30_000);
});
