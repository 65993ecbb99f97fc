import { count, eq } from "drizzle-orm";
import type { Db } from "../db/client.ts";
import { admins, settings, sites, users } from "../db/schema.ts";
import { DEMO_PAGE_KEY, SEED_COMMENT } from "./demo/article.ts";
import type { Detector } from "./detector/types.ts";
import { createAdmin } from "./identity/admins.ts";
import { postComment } from "./moderation/comment-writes.ts";
import { newId } from "./lib/crypto.ts";
import { randomToken } from "./lib/crypto.ts";
import { createSite } from "./sites/manage.ts";

export interface BootstrapOptions {
  adminEmail?: string;
  adminPassword?: string;
  /** Overrides the stored secret (the SECRET variable). */
  secret?: string;
  /**
   * Refuse to run on a secret kept in the database (production): whoever copies the database
   * file could then undo the address hashes by hashing every IPv4 address.
   */
  requireSecret?: boolean;
  /** The origins the demo site accepts besides the server's own. */
  demoOrigins?: string[];
  /** With a detector, the seed's reader comment opens the demo article's thread, moderated as any other. */
  detector?: Detector;
  now: Date;
}

export interface BootstrapResult {
  secret: string;
  /** True when the secret is the one kept in the database (no SECRET given). */
  storedSecret: boolean;
  /** Set only when this run created the first admin. */
  firstAdmin?: { email: string; password: string; generated: boolean };
  createdDemoSite: boolean;
}

/** Read or create the server secret: generated once and kept in the database. */
async function serverSecret(db: Db, given?: string): Promise<string> {
  if (given) return given;
  await db
    .insert(settings)
    .values({ key: "secret", value: randomToken(32) })
    .onConflictDoNothing();
  const row = await db.query.settings.findFirst({ where: eq(settings.key, "secret") });
  return row!.value;
}

/**
 * What an empty database needs to be useful at once: the server secret, the first admin (with a
 * generated password when none is given), and the demo site under the default policy.
 */
export async function bootstrap(db: Db, options: BootstrapOptions): Promise<BootstrapResult> {
  if (options.requireSecret && !options.secret) {
    throw new Error("SECRET is not set. In production the server secret must come from the environment, not the database.");
  }
  const secret = await serverSecret(db, options.secret);
  const result: BootstrapResult = { secret, storedSecret: !options.secret, createdDemoSite: false };
  const [{ n: adminCount } = { n: 0 }] = await db.select({ n: count() }).from(admins);
  if (adminCount === 0) {
    const email = options.adminEmail || "admin@localhost";
    const password = options.adminPassword || randomToken(15);
    await createAdmin(db, { email, password, role: "owner", createdBy: null }, options.now);
    result.firstAdmin = { email, password, generated: !options.adminPassword };
  }
  const [{ n: siteCount } = { n: 0 }] = await db.select({ n: count() }).from(sites);
  if (siteCount === 0) {
    await createSite(
      db,
      { id: "demo", name: "Parley demo", origins: options.demoOrigins ?? [], allowGuests: true },
      { type: "system", id: null },
      options.now,
    );
    result.createdDemoSite = true;
    if (options.detector) await seedDemoComment(db, options.detector, options.now);
  }
  return result;
}

/** The reader comment that came with the seed article, posted through the same moderation as any. */
async function seedDemoComment(db: Db, detector: Detector, now: Date) {
  const site = (await db.query.sites.findFirst({ where: eq(sites.id, "demo") }))!;
  const reader = {
    id: newId(),
    siteId: site.id,
    kind: "guest" as const,
    externalId: null,
    name: "A reader",
    email: null,
    avatar: null,
    createdAt: now.toISOString(),
  };
  await db.insert(users).values(reader);
  const writer = { userId: reader.id, name: reader.name, addressHash: "seed", device: null, sessionAddressHash: null };
  await postComment({ db, site, writer, now }, detector, { page: DEMO_PAGE_KEY, body: SEED_COMMENT });
}
