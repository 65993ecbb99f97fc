// `npm run bench:import [-- --comments N]`: writes a Disqus export of N comments (default 100,000:
// 2,000 threads, a third of the comments replies, 5,000 commenters, HTML bodies in CDATA), imports
// it with `npm run import` into a fresh database, and prints the file's size, the time and the
// importer's peak memory (its maximum resident set, from the kernel).
import { execFile } from "node:child_process";
import { createWriteStream, mkdtempSync, rmSync, statSync } from "node:fs";
import { once } from "node:events";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { openDatabase } from "../../db/client.ts";
import { migrate } from "../../db/migrate.ts";
import { bootstrap } from "../../server/bootstrap.ts";

const root = resolve(import.meta.dirname, "../..");
const flag = process.argv.indexOf("--comments");
const count = flag > 0 ? Number(process.argv[flag + 1]) : 100_000;
const dir = mkdtempSync(join(tmpdir(), "parley-bench-import-"));
const file = join(dir, "disqus.xml");
const database = join(dir, "comments.db");

const WORDS =
  "the council budget plan vote road school park taxes mayor river bridge library housing rent bus night market local news".split(" ");
// mulberry32: the same file on every run.
let seed = 42;
const random = () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let x = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
  return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
};
const pick = <T>(list: T[]) => list[Math.floor(random() * list.length)]!;
const sentence = () => Array.from({ length: 8 + Math.floor(random() * 12) }, () => pick(WORDS)).join(" ");

async function writeExport() {
  const out = createWriteStream(file);
  const write = async (s: string) => {
    if (!out.write(s)) await once(out, "drain");
  };
  const threads = 2000;
  await write(
    `<?xml version="1.0" encoding="utf-8"?>\n<disqus xmlns="http://disqus.com" xmlns:dsq="http://disqus.com/disqus-internals">\n`,
  );
  for (let t = 0; t < threads; t++) {
    await write(
      `<thread dsq:id="t${t}"><id>story-${t}</id><forum>bench</forum><link>https://news.example.com/story/${t}/</link><title>Story ${t}</title><message /><createdAt>2015-01-01T00:00:00Z</createdAt><author><email>ed@example.com</email><name>Ed</name><isAnonymous>false</isAnonymous><username>ed</username></author><isClosed>false</isClosed><isDeleted>false</isDeleted></thread>\n`,
    );
  }
  const lastInThread = new Map<number, number>();
  for (let p = 0; p < count; p++) {
    const t = Math.floor(random() * threads);
    const parent = lastInThread.has(t) && random() < 0.33 ? `<parent dsq:id="p${lastInThread.get(t)}" />` : "";
    lastInThread.set(t, p);
    const u = Math.floor(random() * 5000);
    const body = `<p>${sentence()} <b>${pick(WORDS)}</b>.</p><p>${sentence()} <a href="https://example.org/${p}">source</a></p>`;
    const when = new Date(Date.UTC(2015, 0, 1) + p * 60_000).toISOString().replace(/\.\d+Z$/, "Z");
    await write(
      `<post dsq:id="p${p}"><id /><message><![CDATA[${body}]]></message><createdAt>${when}</createdAt><isDeleted>${random() < 0.01}</isDeleted><isSpam>${random() < 0.01}</isSpam><author><email>user${u}@example.com</email><name>User ${u}</name><isAnonymous>false</isAnonymous><username>user${u}</username></author><ipAddress>192.0.2.1</ipAddress><thread dsq:id="t${t}" />${parent}</post>\n`,
    );
  }
  await write("</disqus>\n");
  out.end();
  await once(out, "finish");
}

const generated = performance.now();
await writeExport();
const size = statSync(file).size;
console.log(
  `generated ${count.toLocaleString("en")} comments: ${(size / 1048576).toFixed(1)} MiB in ${((performance.now() - generated) / 1000).toFixed(1)} s`,
);

const db = await openDatabase({ url: `file:${database}` });
await migrate(db.db);
await bootstrap(db.db, { adminPassword: "bench password 123", secret: "bench-secret", now: new Date() });
db.close();

const started = performance.now();
const result = await new Promise<string>((done, failed) =>
  execFile(
    process.execPath,
    ["--import", "tsx", "scripts/import.ts", "--site", "demo", "--from", "disqus", file],
    { cwd: root, env: { ...process.env, DATABASE_URL: `file:${database}` }, maxBuffer: 1 << 24 },
    (error, stdout, stderr) => (error ? failed(new Error(stderr)) : done(stdout)),
  ),
);
const wall = (performance.now() - started) / 1000;
const { summary, seconds, peakRssMiB } = JSON.parse(result) as { summary: Record<string, unknown>; seconds: number; peakRssMiB: number };
console.log(JSON.stringify(summary));
console.log(
  `import: ${seconds} s in the importer (${wall.toFixed(1)} s with process start), ${Math.round(count / seconds).toLocaleString("en")} comments/s, peak RSS ${peakRssMiB} MiB`,
);
if (!process.env.KEEP) rmSync(dir, { recursive: true, force: true });
else console.log(dir);
