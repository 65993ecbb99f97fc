// Migration 0010 (comment_bands WITHOUT ROWID, keyed by the lookup's order) on a database that
// already holds comments and their bands: the bands survive, and the near-same lookups (the copy
// signal, the queue's wave size, the wave's rejection) and edits work on the migrated rows.
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, expect, it } from "vitest";
import { migrate } from "../../db/migrate.ts";
import { migrations } from "../../db/migrations/bundle.ts";
import { makeTestApp } from "../helpers/app.ts";
import { Client } from "../helpers/client.ts";

const WAVE = "Work from home and earn 500 dollars a day, no experience needed, see https://tinyurl.com/earn-daily now";
const ADMIN = "/api/v1/admin/sites/demo";

let t: Awaited<ReturnType<typeof makeTestApp>>;
let owner: Client;
let guests = 0;
beforeAll(async () => {
  t = await makeTestApp({}, { migrations: migrations.slice(0, 10) });
  owner = Client.over(t.app);
  await owner.loginAdmin();
});
afterAll(() => t.close());

/** A guest at an address and device of its own (no shared rate limits). */
async function guest(name: string) {
  const n = ++guests;
  const address = `10.9.${n >> 8}.${n & 255}`;
  const client = new Client((path, init) => {
    t.setAddress(address);
    return t.app.request(path, init);
  });
  await client.joinAsGuest(name, "demo", `bands-device-${n}`);
  return client;
}

const bandRows = () =>
  t.db.all<{ site_id: string; band: string; comment_id: string; created_at: string }>(
    sql`SELECT "site_id", "band", "comment_id", "created_at" FROM "comment_bands" ORDER BY "comment_id", "band"`,
  );
const bandsOf = async (id: string) => (await bandRows()).filter((b) => b.comment_id === id);
const itemOf = async (id: string, page: string) =>
  (await owner.get(`${ADMIN}/queue?status=spam&page=${page}&limit=200`)).body.items.find((i: any) => i.comment.id === id);

it("keeps every band, and the lookups and edits read the migrated rows", async () => {
  // Written before 0010: three copies of a wave on three pages, and an ordinary comment.
  const copies: string[] = [];
  for (let i = 0; i < 3; i++) {
    const res = await (await guest(`Bot ${i}`)).postComment(WAVE, { page: `bands-wave-${i}`, acknowledge: true });
    expect(res.status, JSON.stringify(res.body)).toBe(202);
    copies.push(res.body.comment.id);
  }
  const author = await guest("Author");
  const ordinary = await author.postComment("The council's plan for the bridge is late again, and nobody says why.", {
    page: "bands-ordinary",
  });
  expect(ordinary.status, JSON.stringify(ordinary.body)).toBe(201);
  const id = ordinary.body.comment.id as string;
  const before = await bandRows();
  expect(before).toHaveLength(16);

  expect(await migrate(t.db)).toBe(migrations.length - 10); // 0010 and any later one
  expect(await bandRows()).toEqual(before);
  const [table] = await t.db.all<{ sql: string }>(sql`SELECT "sql" FROM sqlite_master WHERE "name" = 'comment_bands'`);
  expect(table!.sql).toMatch(/WITHOUT ROWID/);
  const indexes = await t.db.all<{ name: string }>(
    sql`SELECT "name" FROM sqlite_master WHERE "tbl_name" = 'comment_bands' AND "type" = 'index'`,
  );
  expect(indexes).toEqual([]); // the key is the table: no b-tree beside it

  // The copy signal finds the migrated copies; the queue counts the wave.
  const fourth = await (await guest("Bot 3")).postComment(WAVE, { page: "bands-wave-3", acknowledge: true });
  expect(fourth.status, JSON.stringify(fourth.body)).toBe(202);
  copies.push(fourth.body.comment.id);
  expect((await itemOf(copies[3]!, "bands-wave-3")).signals).toContain("same text on 4 pages by 4 accounts in 24 h");
  expect((await itemOf(copies[0]!, "bands-wave-0")).wave).toBe(4);

  // An edit of a comment written before the migration moves its bands, and so does a second edit.
  const firstBands = (await bandsOf(id)).map((b) => b.band);
  const edited = await author.patch(`/api/v1/sites/demo/comments/${id}`, { body: "The council's plan for the new bridge is late." });
  expect(edited.status, JSON.stringify(edited.body)).toBe(200);
  const secondBands = await bandsOf(id);
  expect(secondBands).toHaveLength(4);
  expect(secondBands.map((b) => b.band)).not.toEqual(firstBands);
  expect(new Set(secondBands.map((b) => b.created_at))).toEqual(new Set([edited.body.comment.editedAt]));
  t.clock.advance(1000);
  const again = await author.patch(`/api/v1/sites/demo/comments/${id}`, { body: "Bridges, budgets and delays: the same story." });
  expect(again.status, JSON.stringify(again.body)).toBe(200);
  const thirdBands = await bandsOf(id);
  expect(thirdBands).toHaveLength(4);
  expect(new Set(thirdBands.map((b) => b.created_at))).toEqual(new Set([again.body.comment.editedAt]));

  // The wave's rejection reads its members through the bands.
  const rejected = await owner.post(`${ADMIN}/comments/${copies[0]}/wave`, {});
  expect(rejected.body).toEqual({ rejected: 4 });
});

it("finds an edit's old bands by key, not by reading the band's other rows", async () => {
  const plan = await t.db.all<{ detail: string }>(
    sql.raw(`EXPLAIN QUERY PLAN DELETE FROM "comment_bands" WHERE "site_id" = 'demo' AND "band" IN ('0:a', '1:b', '2:c', '3:d')
      AND "created_at" IN ('2026-01-01', '2026-01-02') AND "comment_id" = 'c'`),
  );
  expect(plan.map((p) => p.detail)).toEqual([
    "SEARCH comment_bands USING PRIMARY KEY (site_id=? AND band=? AND created_at=? AND comment_id=?)",
  ]);
});
