import { count, eq } from "drizzle-orm";
import { expect } from "vitest";
import { comments } from "../../../db/schema.ts";
import type { AppDeps } from "../../../server/deps.ts";
import { DEFAULT_THRESHOLDS } from "../../../server/detector/index.ts";
import type { Detector } from "../../../server/detector/types.ts";
import { makeTestApp } from "../../helpers/app.ts";
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
    for (const [word, score] of [
      ["ATTACK", 1],
      ["HOLDME", (DEFAULT_THRESHOLDS.hold + DEFAULT_THRESHOLDS.reject) / 2],
    ] as const) {
      const at = text.indexOf(word);
      if (at >= 0) return { score, spans: [{ start: at, end: at + word.length }], target: "commenter" as const, threat: false };
    }
    return { score: 0.01, spans: [], target: "none" as const, threat: false };
  },
};

/** An app as makeTestApp builds it (the owner's password at a cheap hashing cost). */
export function fastApp(overrides: Partial<AppDeps> = {}): Promise<TestApp> {
  return makeTestApp(overrides);
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

/** A new guest client whose every request comes from `address` (readers elsewhere, each their own person). */
export async function guestAt(t: TestApp, name: string, address: string, site = "demo"): Promise<Client & { userId: string }> {
  const c = new Client((path, init) => {
    t.setAddress(address);
    return t.app.request(path, init);
  }) as Client & { userId: string };
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
