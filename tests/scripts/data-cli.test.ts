import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import Database from "libsql";
import { describe, expect, it } from "vitest";
import { openDatabase } from "../../db/client.ts";
import { migrate } from "../../db/migrate.ts";
import { bootstrap } from "../../server/bootstrap.ts";

const root = resolve(import.meta.dirname, "../..");
const fixture = (name: string) => join(root, "tests/fixtures/import", name);

function run(script: string, args: string[], env: Record<string, string>): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((done) => {
    execFile(
      process.execPath,
      ["--import", "tsx", script, ...args],
      { cwd: root, env: { ...process.env, ...env } },
      (error, stdout, stderr) => done({ code: error ? Number((error as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    );
  });
}

/** A fresh database as `npm run db:migrate` leaves it (done in process: the data commands are under test). */
async function migrated(file: string) {
  const database = await openDatabase({ url: `file:${file}` });
  await migrate(database.db);
  await bootstrap(database.db, { adminPassword: "a password for the cli test", secret: "cli-test-secret", now: new Date() });
  database.close();
}

const count = (file: string, sql: string) => {
  const db = new Database(file, { readonly: true } as never);
  const n = (db.prepare(sql).get() as { n: number }).n;
  db.close();
  return Number(n);
};

describe("npm run import / export / backup / restore", () => {
  it("imports once, refuses a bad file with its line and writes nothing, and exports what an empty instance imports whole", async () => {
    const dir = mkdtempSync(join(tmpdir(), "parley-cli-"));
    const first = join(dir, "first.db");
    const env = { DATABASE_URL: `file:${first}` };
    await migrated(first);
    const seeded = count(first, "SELECT count(*) AS n FROM comments"); // the demo article's

    const imported = await run(
      "scripts/import.ts",
      ["--site", "demo", "--from", "wordpress", "--utc-offset", "120", fixture("wordpress.xml")],
      env,
    );
    expect(imported.code, imported.stderr).toBe(0);
    expect(JSON.parse(imported.stdout).summary).toMatchObject({ comments: 4, threads: 2, skipped: { spam: 1, deleted: 1 } });
    const again = await run("scripts/import.ts", ["--site", "demo", "--from", "wordpress", fixture("wordpress.xml")], env);
    expect(JSON.parse(again.stdout).summary).toMatchObject({ comments: 0, alreadyImported: 4 });

    const bad = join(dir, "bad.xml");
    writeFileSync(bad, readFileSync(fixture("disqus.xml"), "utf8").replace("<isSpam>true</isSpam>", "<isSpam>true</isSpam"));
    const refused = await run("scripts/import.ts", ["--site", "demo", "--from", "disqus", bad], env);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/error: Line \d+: not well-formed XML/);
    expect(refused.stderr).toContain("nothing was imported");
    expect(count(first, "SELECT count(*) AS n FROM comments")).toBe(seeded + 4);
    expect(count(first, "SELECT count(*) AS n FROM import_keys WHERE source = 'disqus'")).toBe(0);

    // Votes (up and down, through the vote's own statements' counters) travel with the comments.
    const writable = new Database(first);
    writable.exec(`INSERT INTO votes (comment_id, user_id, site_id, value, created_at)
      SELECT c.id, u.id, 'demo', CASE WHEN u.rowid % 2 = 0 THEN 1 ELSE -1 END, c.created_at
      FROM (SELECT id, created_at FROM comments WHERE site_id = 'demo' ORDER BY id LIMIT 3) c, (SELECT id, rowid FROM users WHERE site_id = 'demo' ORDER BY id LIMIT 3) u;
      UPDATE comments SET upvotes = (SELECT count(*) FROM votes WHERE comment_id = comments.id AND value = 1),
        downvotes = (SELECT count(*) FROM votes WHERE comment_id = comments.id AND value = -1)`);
    writable.close();
    const votes = count(first, "SELECT count(*) AS n FROM votes");
    expect(votes).toBeGreaterThan(3);

    const file = join(dir, "export.jsonl");
    const exported = await run("scripts/export.ts", ["--site", "demo", file], env);
    expect(exported.code, exported.stderr).toBe(0);
    const second = join(dir, "second.db");
    const env2 = { ...env, DATABASE_URL: `file:${second}` };
    await migrated(second);
    const moved = await run("scripts/import.ts", ["--site", "demo", "--from", "parley", file], env2);
    expect(moved.code, moved.stderr).toBe(0);
    expect(JSON.parse(moved.stdout).summary).toMatchObject({ votes, skipped: {} });
    const rows = "SELECT group_concat(id || status || body || upvotes || downvotes, '|') AS n FROM (SELECT * FROM comments ORDER BY id)";
    expect(count(second, rows)).toBe(count(first, rows));
    const voteRows =
      "SELECT group_concat(comment_id || user_id || value || created_at, '|') AS n FROM (SELECT * FROM votes ORDER BY comment_id, user_id)";
    expect(count(second, voteRows)).toBe(count(first, voteRows));
  }, 180_000); // five commands, each a Node process that loads the server's code

  it("backs up and restores, and refuses a bad backup", async () => {
    const dir = mkdtempSync(join(tmpdir(), "parley-cli-"));
    const live = join(dir, "live.db");
    const env = { DATABASE_URL: `file:${live}` };
    await migrated(live);
    const seeded = count(live, "SELECT count(*) AS n FROM comments");
    await run("scripts/import.ts", ["--site", "demo", "--from", "remark42", fixture("remark42.jsonl")], env);
    const snapshot = join(dir, "snapshot.db");
    const backedUp = await run("scripts/backup.ts", [snapshot], env);
    expect(backedUp.code, backedUp.stderr).toBe(0);
    const junk = join(dir, "junk.db");
    writeFileSync(junk, "not sqlite");
    const refused = await run("scripts/restore.ts", [junk], { ...env, DATABASE_URL: `file:${join(dir, "restored.db")}` });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain("refused");
    const restored = await run("scripts/restore.ts", [snapshot], { ...env, DATABASE_URL: `file:${join(dir, "restored.db")}` });
    expect(restored.code, restored.stderr).toBe(0);
    expect(count(join(dir, "restored.db"), "SELECT count(*) AS n FROM comments")).toBe(seeded + 2);
  }, 120_000);
});
