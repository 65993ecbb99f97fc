import { openDatabase } from "../../db/client.ts";
import { migrate } from "../../db/migrate.ts";
import { createApp } from "../../server/app.ts";
import { bootstrap } from "../../server/bootstrap.ts";
import type { AppDeps } from "../../server/deps.ts";
import { createDetector } from "../../server/detector/index.ts";
import type { Detector } from "../../server/detector/types.ts";

let sharedDetector: Detector | undefined;

/** A settable clock for tests that move time (sanction expiry, edit windows). */
export class TestClock {
  constructor(public current = new Date("2026-11-25T12:00:00.000Z")) {}
  now = () => new Date(this.current);
  advance(ms: number) {
    this.current = new Date(this.current.getTime() + ms);
  }
}

export const ADMIN = { email: "owner@example.com", password: "correct horse battery staple" };

/** A fresh app over a fresh in-memory database, bootstrapped as `npm start` would. */
export async function makeTestApp(overrides: Partial<AppDeps> = {}, options: { onQuery?: (sql: string, params: unknown[]) => void } = {}) {
  const database = await openDatabase({ url: ":memory:", onQuery: options.onQuery });
  await migrate(database.db);
  const clock = new TestClock();
  const boot = await bootstrap(database.db, { adminEmail: ADMIN.email, adminPassword: ADMIN.password, secret: "test-secret", now: clock.now() });
  let address = "203.0.113.1";
  const deps: AppDeps = {
    db: database.db,
    clock: clock.now,
    secret: boot.secret,
    detector: (sharedDetector ??= createDetector()),
    clientAddress: () => address,
    ...overrides,
  };
  const app = createApp(deps);
  return {
    app,
    db: database.db,
    clock,
    deps,
    /** Makes the next requests come from another network address. */
    setAddress(next: string) {
      address = next;
    },
    close: () => database.close(),
  };
}
