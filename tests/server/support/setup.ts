import { count, eq } from "drizzle-orm";
import { expect } from "vitest";
import { openDatabase } from "../../../db/client.ts";
import { migrate } from "../../../db/migrate.ts";
import { admins, comments } from "../../../db/schema.ts";
import { createApp } from "../../../server/app.ts";
import { bootstrap } from "../../../server/bootstrap.ts";
import type { AppDeps } from "../../../server/deps.ts";
import { createDetector } from "../../../server/detector/index.ts";
import type { Detector } from "../../../server/detector/types.ts";
import { hashPassword } from "../../../server/identity/passwords.ts";
import { newId } from "../../../server/lib/crypto.ts";
import { ADMIN, makeTestApp, TestClock } from "../../helpers/app.ts";
import { Client } from "../../helpers/client.ts";

export type TestApp = Awaited<ReturnType<typeof makeTestApp>>;

/**
 * A deterministic detector for route tests, so they exercise the server and not the model:
 * "ATTACK" scores above the default reject threshold, "HOLDME" between hold and reject,
 * anything else well below hold. Spans cover the marker word.
 */
export const stubDetector: Detector = {
  version: "stub-1",
  score(text: string) {
    for (const [word, score] of [["ATTACK", 0.99], ["HOLDME", 0.6]] as const) {
      const at = text.indexOf(word);
      if (at >= 0) return { score, spans: [{ start: at, end: at + word.length }] };
    }
    return { score: 0.01, spans: [] };
  },
};

/**
 * makeTestApp's app, with the bootstrap owner's password hashed at 1,000 PBKDF2 iterations
 * instead of 600,000: creating the app and signing in then take milliseconds, not a second on a
 * busy machine. Everything else is as bootstrap makes it (the verifier reads the iteration count
 * from the stored hash). Login itself is tested against the real cost in admin-auth.test.ts.
 */
export async function fastApp(overrides: Partial<AppDeps> = {}): Promise<TestApp> {
  const database = await openDatabase({ url: ":memory:" });
  await migrate(database.db);
  const clock = new TestClock();
  await database.db.insert(admins).values({
    id: newId(),
    email: ADMIN.email,
    passwordHash: await hashPassword(ADMIN.password, 1000),
    role: "owner",
    createdAt: clock.now().toISOString(),
    createdBy: null,
  });
  const boot = await bootstrap(database.db, { secret: "test-secret", now: clock.now() });
  let address = "203.0.113.1";
  const deps: AppDeps = {
    db: database.db,
    clock: clock.now,
    secret: boot.secret,
    detector: overrides.detector ?? createDetector(),
    clientAddress: () => address,
    ...overrides,
  };
  return {
    app: createApp(deps),
    db: database.db,
    clock,
    deps,
    setAddress(next: string) {
      address = next;
    },
    close: () => database.close(),
  };
}

export async function stubApp(): Promise<TestApp> {
  return fastApp({ detector: stubDetector });
}

/** A client signed in as the bootstrap owner (cookie + CSRF token). */
export async function ownerOf(t: TestApp): Promise<Client> {
  const owner = Client.over(t.app);
  await owner.loginAdmin();
  return owner;
}

/** Changes a site's settings through the admin API, asserting it worked. */
export async function patchSite(owner: Client, changes: Record<string, unknown>, site = "demo") {
  const res = await owner.patch(`/api/v1/admin/sites/${site}`, changes);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body.site;
}

/** A new guest client. */
export async function guest(t: TestApp, name = "Guest", site = "demo"): Promise<Client & { userId: string }> {
  const c = Client.over(t.app) as Client & { userId: string };
  c.userId = (await c.joinAsGuest(name, site)).id;
  return c;
}

/** Rows in the comments table (of every status), optionally for one page. */
export async function commentRows(t: TestApp, pageKey?: string): Promise<number> {
  const [row] = await t.db
    .select({ n: count() })
    .from(comments)
    .where(pageKey ? eq(comments.pageKey, pageKey) : undefined);
  return row!.n;
}

/** Asserts the contract's error format and returns the `error` object. */
export function expectError(res: { status: number; body: any; headers: Headers }, status: number, code: string) {
  expect(res.status, JSON.stringify(res.body)).toBe(status);
  expect(res.headers.get("content-type") ?? "").toMatch(/^application\/json/);
  expect(res.body).toEqual({ error: expect.objectContaining({ code, message: expect.any(String) }) });
  expect(res.body.error.message.length).toBeGreaterThan(0);
  // A sentence for a person, never a stack trace.
  expect(JSON.stringify(res.body)).not.toMatch(/\bat .+\.(ts|js):\d+|node_modules|Error:/);
  return res.body.error as Record<string, any>;
}

export function listing(c: Client, page: string, query = "") {
  return c.get(`/api/v1/sites/demo/comments?page=${encodeURIComponent(page)}${query}`);
}
