import { openDatabase } from "../../db/client.ts";
import { createEmbeddedClient } from "../../db/embedded.ts";
import { migrate, type Migration } from "../../db/migrate.ts";
import { eq } from "drizzle-orm";
import { admins, sites } from "../../db/schema.ts";
import { createApp } from "../../server/app.ts";
import { bootstrap } from "../../server/bootstrap.ts";
import type { AppDeps } from "../../server/deps.ts";
import { createDetector } from "../../server/detector/index.ts";
import type { Detector } from "../../server/detector/types.ts";
import { hashPassword } from "../../server/identity/passwords.ts";
import { newId, webCryptoHash } from "../../server/lib/crypto.ts";

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

export interface TestAppOptions {
  /** Sees every SQL statement (the query-plan test). */
  onQuery?: (sql: string, params: unknown[]) => void;
  /**
   * Hash the owner's password at the production cost (600,000 PBKDF2 iterations) instead of
   * 1,000. Only the login tests need it; the verifier reads the cost from the stored hash.
   */
  realPasswordCost?: boolean;
  /** Apply only these migrations (a migration's test writes data first, then applies the rest). */
  migrations?: Migration[];
}

/** A fresh app over a fresh in-memory database, bootstrapped as `npm start` would. */
export async function makeTestApp(overrides: Partial<AppDeps> = {}, options: TestAppOptions = {}) {
  const database = await openDatabase({ url: ":memory:", onQuery: options.onQuery, embedded: createEmbeddedClient });
  await migrate(database.db, options.migrations);
  const clock = new TestClock();
  if (!options.realPasswordCost) {
    const createdAt = clock.now().toISOString();
    await database.db.insert(admins).values({
      id: newId(),
      email: ADMIN.email,
      passwordHash: await hashPassword(ADMIN.password, 1000),
      role: "owner",
      createdAt,
      createdBy: null,
    });
  }
  const boot = await bootstrap(database.db, {
    adminEmail: ADMIN.email,
    adminPassword: ADMIN.password,
    secret: "test-secret",
    now: clock.now(),
  });
  // Tests open guests by the dozen at one instant of the test clock, a spam wave by the "auto"
  // rule: the demo site asks for no proof of work unless a test turns it on (the challenge's do).
  await database.db.update(sites).set({ guestChallenge: "off" }).where(eq(sites.id, "demo"));
  let address = "203.0.113.1";
  const deps: AppDeps = {
    db: database.db,
    clock: clock.now,
    secret: boot.secret,
    detector: (sharedDetector ??= createDetector()),
    hash: webCryptoHash,
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
