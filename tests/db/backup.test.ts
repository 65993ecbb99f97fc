import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "libsql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { backupFile, checkBackup, databaseFile, restoreFile, rotateBackup } from "../../db/backup.ts";
import { Client } from "../helpers/client.ts";
import { startServer, type RunningServer } from "../helpers/server.ts";
import { siteForLoad } from "../e2e/process-helpers.ts";

let server: RunningServer;
beforeAll(async () => {
  server = await startServer();
  // The burst measures the backup, not the limiter: no writer should run out of its minute's posts.
  await siteForLoad(server, 1000);
});
afterAll(() => server?.stop());

describe("backups", () => {
  it("a backup taken during a write burst restores to a sound database holding every comment acknowledged before it began", async () => {
    const dir = mkdtempSync(join(tmpdir(), "parley-backup-"));
    const writers = await Promise.all(
      Array.from({ length: 6 }, async (_, i) => {
        const c = Client.http(server.url);
        await c.joinAsGuest(`Writer ${i}`);
        return c;
      }),
    );
    const acknowledged: string[] = [];
    let stop = false;
    // Each writer posts as fast as the server answers; only 201s are acknowledged.
    const burst = writers.map(async (writer, w) => {
      for (let n = 0; !stop; n++) {
        const res = await writer.post("/api/v1/sites/demo/comments", { page: `burst-${w}-${n}`, body: `Burst comment ${w}/${n}.` });
        if (res.status === 201) acknowledged.push(res.body.comment.id);
      }
    });
    while (acknowledged.length < 30) await new Promise((r) => setTimeout(r, 20));
    const before = [...acknowledged];
    const target = join(dir, "during-burst.db");
    await backupFile(databaseFile(server.databaseUrl), target);
    const during = acknowledged.length - before.length;
    stop = true;
    await Promise.all(burst);
    expect(during).toBeGreaterThan(0); // the server kept writing while the backup ran

    const restored = join(dir, "restored.db");
    await restoreFile(target, restored);
    expect(checkBackup(restored)).toBeNull();
    const db = new Database(restored, { readonly: true } as never);
    const present = new Set((db.prepare("SELECT id FROM comments").all() as { id: string }[]).map((r) => r.id));
    db.close();
    const missing = before.filter((id) => !present.has(id));
    expect(missing).toEqual([]);
  });

  it("refuses a file that is not a sound Parley database, and leaves the target alone", async () => {
    const dir = mkdtempSync(join(tmpdir(), "parley-restore-"));
    const junk = join(dir, "junk.db");
    writeFileSync(junk, "this is not a database at all".repeat(200));
    const target = join(dir, "live.db");
    writeFileSync(target, "the live database");
    await expect(restoreFile(junk, target)).rejects.toThrow(/refused: not a database/);
    const other = join(dir, "other.db");
    const db = new Database(other);
    db.exec("CREATE TABLE notes (id TEXT)");
    db.close();
    await expect(restoreFile(other, target)).rejects.toThrow(/not a Parley database/);
    expect((await import("node:fs")).readFileSync(target, "utf8")).toBe("the live database");
  });

  it("keeps the newest BACKUP_KEEP snapshots", async () => {
    const dir = mkdtempSync(join(tmpdir(), "parley-rotate-"));
    const source = databaseFile(server.databaseUrl);
    for (let i = 0; i < 4; i++) await rotateBackup(source, dir, 2, new Date(Date.UTC(2026, 0, 1, i)));
    const { readdirSync } = await import("node:fs");
    expect(readdirSync(dir).sort()).toEqual(["comments-2026-01-01T02-00-00Z.db", "comments-2026-01-01T03-00-00Z.db"]);
  });
});
