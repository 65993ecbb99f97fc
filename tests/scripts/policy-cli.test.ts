import { withTargetRules } from "../../contract/policy.ts";
import { execFile } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { count } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase, type Database } from "../../db/client.ts";
import { createEmbeddedClient } from "../../db/embedded.ts";
import { migrate } from "../../db/migrate.ts";
import { auditLog, comments } from "../../db/schema.ts";
import { createApp } from "../../server/app.ts";
import { bootstrap } from "../../server/bootstrap.ts";
import { createDetector, DEFAULT_THRESHOLDS } from "../../server/detector/index.ts";
import { decide } from "../../server/moderation/decide.ts";
import { defaultPolicy } from "../../server/moderation/default-policy.ts";
import { publishPolicy } from "../../server/moderation/policies.ts";
import { webCryptoHash } from "../../server/lib/crypto.ts";
import cases from "../fixtures/detector/product-cases.json";
import { Client } from "../helpers/client.ts";

const root = resolve(import.meta.dirname, "../..");
const bodies = [...cases.attack, ...cases.fine, ...cases.borderline];

interface CliResult {
  code: number;
  lines: Record<string, unknown>[];
  stderr: string;
}

/** `npm run policy -- check …` as a publisher runs it: JSON lines in, JSON lines out. */
function runCheck(args: string[], input: string, env: Record<string, string>): Promise<CliResult> {
  return new Promise((done) => {
    const child = execFile(
      process.execPath,
      ["--import", "tsx", "scripts/policy.ts", ...args],
      { cwd: root, env: { ...process.env, ...env } },
      (error, stdout, stderr) => {
        done({
          code: error ? Number((error as { code?: number }).code ?? 1) : 0,
          lines: stdout
            .split("\n")
            .filter(Boolean)
            .map((l) => JSON.parse(l)),
          stderr,
        });
      },
    );
    child.stdin!.end(input);
  });
}

describe("npm run policy -- check", () => {
  const dir = mkdtempSync(join(tmpdir(), "parley-cli-"));
  const url = `file:${join(dir, "comments.db")}`;
  let database: Database;

  beforeAll(async () => {
    database = await openDatabase({ url, embedded: createEmbeddedClient });
    await migrate(database.db);
    await bootstrap(database.db, { secret: "cli-test", now: new Date() });
    // A stricter policy than the default, so agreement with the API cannot come from defaults.
    const draft = { ...defaultPolicy(DEFAULT_THRESHOLDS), thresholds: withTargetRules({ hold: 0.3, reject: 0.6 }) };
    await publishPolicy(database.db, "demo", draft, "test", new Date(), { type: "system", id: null });
  });
  afterAll(() => {
    database.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("decides each line as the API would under the site's current policy, and stores nothing", async () => {
    const app = createApp({
      db: database.db,
      clock: () => new Date(),
      secret: "cli-test",
      detector: createDetector(),
      hash: webCryptoHash,
      clientAddress: () => "192.0.2.1",
    });
    const reader = Client.over(app);
    await reader.joinAsGuest("Reader");
    const before = { comments: await countRows(comments), audit: await countRows(auditLog) };

    const input = bodies.map((body, i) => JSON.stringify({ id: `c${i}`, body })).join("\n") + "\n";
    const result = await runCheck(["check", "--site", "demo"], input, { DATABASE_URL: url });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toContain("policy version 2");
    expect(result.lines).toHaveLength(bodies.length);

    const decisions = new Set<string>();
    for (const [i, body] of bodies.entries()) {
      const preview = await reader.post("/api/v1/sites/demo/preview", { body });
      expect(preview.status).toBe(200);
      const line = result.lines[i]!;
      expect(line).toEqual({
        id: `c${i}`,
        decision: preview.body.decision,
        score: preview.body.score,
        rule: preview.body.rule,
        target: preview.body.target,
        spans: preview.body.spans,
      });
      decisions.add(String(line.decision));
    }
    expect(decisions).toEqual(new Set(["publish", "hold", "reject"]));
    expect({ comments: await countRows(comments), audit: await countRows(auditLog) }).toEqual(before);
  }, 60_000);

  it("uses the default policy where there is no database, and reports bad lines without stopping", async () => {
    const input = [
      '{"id":"a","body":"You are a stupid worthless idiot."}',
      "not json",
      '{"id":"b"}',
      '{"id":"c","body":"I disagree with the minister."}',
    ].join("\n");
    const result = await runCheck(["check"], input, { DATABASE_URL: `file:${join(dir, "missing.db")}` });
    expect(result.code).toBe(0);
    expect(result.stderr).toContain("default policy");
    const policy = defaultPolicy(DEFAULT_THRESHOLDS);
    const detector = createDetector();
    expect(result.lines[0]).toMatchObject({
      id: "a",
      decision: decide(detector.score("You are a stupid worthless idiot."), policy).decision,
    });
    expect(result.lines[1]).toMatchObject({ line: 2, error: expect.any(String) });
    expect(result.lines[2]).toMatchObject({ id: "b", error: expect.any(String) });
    expect(result.lines[3]).toMatchObject({ id: "c", decision: "publish", rule: null, spans: [] });
  }, 60_000);

  it("explains its usage", async () => {
    const result = await runCheck([], "", {});
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("usage: npm run policy -- check");
  }, 60_000);

  async function countRows(table: typeof comments | typeof auditLog) {
    return (await database.db.select({ n: count() }).from(table))[0]!.n;
  }
});
