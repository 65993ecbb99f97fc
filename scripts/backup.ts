// `npm run backup -- FILE`: a consistent snapshot of DATABASE_URL's file, taken while the server
// runs and writes (VACUUM INTO on a connection of its own; db/backup.ts).
import { backupFile, databaseFile, describeBackup } from "../db/backup.ts";
import { fail } from "./data/args.ts";

const target = process.argv[2];
if (!target) fail("usage: npm run backup -- FILE");
const source = databaseFile(process.env.DATABASE_URL ?? "file:./data/comments.db");
const started = performance.now();
try {
  await backupFile(source, target);
} catch (error) {
  fail(error instanceof Error ? error.message : String(error));
}
console.log(`backed up ${source} to ${describeBackup(target)} in ${Math.round(performance.now() - started)} ms`);
