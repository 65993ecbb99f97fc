// `npm run db:migrate`: applies migrations and the first-run setup to DATABASE_URL — for a remote
// libSQL database (Turso) before deploying to Workers. `npm start` does the same on Node by itself.
import { openDatabase } from "../db/client.ts";
import { createEmbeddedClient } from "../db/embedded.ts";
import { migrate } from "../db/migrate.ts";
import { bootstrap } from "../server/bootstrap.ts";
import { createDetector } from "../server/detector/index.ts";

const url = process.env.DATABASE_URL ?? "file:./data/comments.db";
const { db, close } = await openDatabase({ url, authToken: process.env.DATABASE_AUTH_TOKEN, embedded: createEmbeddedClient });
const applied = await migrate(db);
console.log(`${url}: ${applied} migration(s) applied`);
const boot = await bootstrap(db, {
  adminEmail: process.env.ADMIN_EMAIL,
  adminPassword: process.env.ADMIN_PASSWORD,
  secret: process.env.SECRET,
  demoOrigins: process.env.DEMO_ORIGINS?.split(",")
    .map((o) => o.trim())
    .filter(Boolean),
  detector: createDetector(),
  now: new Date(),
});
if (boot.firstAdmin) console.log(`first admin: ${boot.firstAdmin.email} / ${boot.firstAdmin.password}`);
if (boot.createdDemoSite) console.log("created the demo site with the default policy");
close();
