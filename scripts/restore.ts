// `npm run restore -- FILE`: puts a backup in place of DATABASE_URL's file, after checking it
// (integrity check, a Parley database) and bringing its schema up to date. Stop the server first.
import { databaseFile, restoreFile } from "../db/backup.ts";
import { fail } from "./data/args.ts";

const backup = process.argv[2];
if (!backup) fail("usage: npm run restore -- FILE   (stop the server first)");
const target = databaseFile(process.env.DATABASE_URL ?? "file:./data/comments.db");
try {
  const { migrations } = await restoreFile(backup, target);
  console.log(
    `restored ${backup} to ${target}${migrations ? ` (${migrations} migration(s) applied)` : ""}; the previous database is ${target}.before-restore`,
  );
} catch (error) {
  fail(error instanceof Error ? error.message : String(error));
}
