// Where one POST's time goes, without HTTP or load: seeds a database like the bench, runs the
// app in this process, sends POSTs one after the other, and prints the time per statement (the
// embedded driver runs them synchronously, so timing each call is exact) beside the whole
// request's; a write batch runs as a transaction of its own here (no group commit), each of its
// statements timed too. Steadier than profile.ts on a shared machine: one request at a time, no other process.
//
//   npx tsx scripts/bench/write-costs.ts   (env: N posts, default 2000; TOP rows, default 20;
//   PROFILE=FILE.cpuprofile: a CPU profile of the measured POSTs only, for `profile.ts file FILE`)
import type { Client, InArgs, InStatement } from "@libsql/client";
import { createHash, createHmac } from "node:crypto";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { Session } from "node:inspector/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openDatabase } from "../../db/client.ts";
import { createEmbeddedClient } from "../../db/embedded.ts";
import { createApp } from "../../server/app.ts";
import { bootstrap } from "../../server/bootstrap.ts";
import { createDetector } from "../../server/detector/index.ts";
import { generatedBodies, realBodies, seed, SITE } from "./seed.ts";

const N = Number(process.env.N ?? 2000);
const TOP = Number(process.env.TOP ?? 20);
const dir = mkdtempSync(join(tmpdir(), "parley-costs-"));
const url = `file:${join(dir, "bench.db")}`;
const real = realBodies();
const seeded = await seed(url, real.length >= 2000 ? real : [...real, ...generatedBodies(2000 - real.length)]);

const spent = new Map<string, { n: number; ms: number }>();
const note = (sql: string, ms: number) => {
  const key = sql.replace(/\s+/g, " ").slice(0, 150);
  const s = spent.get(key) ?? { n: 0, ms: 0 };
  s.n++;
  s.ms += ms;
  spent.set(key, s);
};
/** The embedded client, each statement timed (a write batch as a whole, and per statement). */
function timed(inner: Client): Client {
  return new Proxy(inner, {
    get(target, prop) {
      if (prop === "execute")
        return (stmt: InStatement | string, args?: InArgs) => {
          const t0 = performance.now();
          const result = typeof stmt === "string" ? target.execute(stmt, args) : target.execute(stmt);
          note(typeof stmt === "string" ? stmt : stmt.sql, performance.now() - t0);
          return result;
        };
      if (prop === "batch")
        return (stmts: InStatement[], mode?: "write" | "read" | "deferred") => {
          if (mode === "write" && process.env.PROFILE === undefined) return timedWrite(target, stmts);
          const t0 = performance.now();
          const result = target.batch(stmts, mode);
          // a write batch runs at the next turn of the event loop, with the others of its round
          if (mode !== "write") note(`batch(${mode}) ${typeof stmts[0] === "string" ? stmts[0] : stmts[0]?.sql}`, performance.now() - t0);
          return result;
        };
      return Reflect.get(target, prop);
    },
  });
}

/** A write batch as its own transaction, each statement timed (requests come one at a time here). */
async function timedWrite(client: Client, stmts: InStatement[]) {
  const t0 = performance.now();
  await client.execute("BEGIN IMMEDIATE");
  note("BEGIN IMMEDIATE", performance.now() - t0);
  try {
    const results = [];
    for (const stmt of stmts) {
      const t = performance.now();
      results.push(await client.execute(stmt));
      note(`write: ${typeof stmt === "string" ? stmt : stmt.sql}`, performance.now() - t);
    }
    const t = performance.now();
    await client.execute("COMMIT");
    note("COMMIT", performance.now() - t);
    return results;
  } catch (error) {
    await client.execute("ROLLBACK");
    throw error;
  }
}

const database = await openDatabase({ url, embedded: (u) => timed(createEmbeddedClient(u)) });
const boot = await bootstrap(database.db, { now: new Date(), demoOrigins: [] });
const app = createApp({
  db: database.db,
  clock: () => new Date(),
  secret: boot.secret,
  detector: createDetector(),
  hash: {
    sha256Hex: (text) => createHash("sha256").update(text).digest("hex"),
    hmacHex: (key, text) => createHmac("sha256", key).update(text).digest("hex"),
  },
  clientAddress: () => "10.0.0.1",
});

const bodies = seeded.publishable.filter((b) => b.length < 1500);
async function post(i: number) {
  const token = seeded.tokens[i % seeded.tokens.length]!;
  const res = await app.request(`/api/v1/sites/${SITE}/comments`, {
    method: "POST",
    headers: { "Content-Type": "application/json", Authorization: `Bearer ${token}` },
    body: JSON.stringify({ page: "costs-writes", body: `${bodies[i % bodies.length]} (#${i})` }),
  });
  if (res.status >= 300 && res.status !== 429) throw new Error(`POST ${res.status}: ${await res.text()}`);
  return res.status;
}
for (let i = 0; i < 300; i++) await post(i); // the JIT warms up
spent.clear();
const inspector = new Session();
if (process.env.PROFILE) {
  inspector.connect();
  await inspector.post("Profiler.enable");
  await inspector.post("Profiler.start");
}
const statuses = new Map<number, number>();
const t0 = performance.now();
for (let i = 0; i < N; i++) {
  const status = await post(300 + i);
  statuses.set(status, (statuses.get(status) ?? 0) + 1);
}
const perPost = ((performance.now() - t0) * 1000) / N;
if (process.env.PROFILE) {
  const { profile } = await inspector.post("Profiler.stop");
  writeFileSync(process.env.PROFILE, JSON.stringify(profile));
  inspector.disconnect();
}
const inStatements = [...spent.values()].reduce((a, s) => a + s.ms, 0);
const writes = [...spent].filter(([sql]) => sql.startsWith("write: ") || sql === "COMMIT" || sql === "BEGIN IMMEDIATE");
const inWrites = writes.reduce((a, [, s]) => a + s.ms, 0);
console.log(`${N} POSTs one at a time: ${perPost.toFixed(0)} µs each, ${JSON.stringify(Object.fromEntries(statuses))}`);
console.log(
  `statements: ${((inStatements * 1000) / N).toFixed(0)} µs per POST, of which the write transaction ${((inWrites * 1000) / N).toFixed(0)} µs`,
);
for (const [sql, s] of [...spent].sort((a, b) => b[1].ms - a[1].ms).slice(0, TOP)) {
  console.log(`${((s.ms * 1000) / N).toFixed(1).padStart(7)} µs/POST  ${(s.n / N).toFixed(2)}×  ${sql}`);
}
await new Promise((r) => setTimeout(r, 100)); // the last round's commit
database.close();
rmSync(dir, { recursive: true, force: true });
