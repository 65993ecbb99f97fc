// Where the server's time goes under load: seeds a database like the bench, runs the server
// with --cpu-prof under autocannon, and prints the server's CPU per request and its hottest
// functions and modules by self time.
//
//   npx tsx scripts/bench/profile.ts get|post|bare   (env: D seconds, default 8; TOP rows, default 25;
//   KEEP=FILE.cpuprofile keeps the profile)
//   npx tsx scripts/bench/profile.ts file PROFILE.cpuprofile   (the same tables for any CPU profile,
//   say of scripts/bench/write-costs.ts run with node --cpu-prof)
import autocannon, { type Options } from "autocannon";
import { spawn } from "node:child_process";
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { generatedBodies, PAGE, realBodies, seed, SITE } from "./seed.ts";

const mode = process.argv[2] ?? "get";
if (mode === "file") report(process.argv[3]!);
else await measure();

async function measure() {
  const seconds = Number(process.env.D ?? 8);
  const dir = mkdtempSync(join(tmpdir(), "parley-profile-"));
  const profDir = join(dir, "prof");
  const real = realBodies();
  const seeded = await seed(`file:${dir}/bench.db`, real.length >= 2000 ? real : [...real, ...generatedBodies(2000 - real.length)]);
  const port = 20000 + Math.floor(Math.random() * 20000);
  const env = {
    ...process.env,
    PORT: String(port),
    HOST: "127.0.0.1",
    DATABASE_URL: `file:${dir}/bench.db`,
    LOG_REQUESTS: "0",
    TRUST_PROXY: "1",
  };
  const listPath = `/api/v1/sites/${SITE}/comments?page=${PAGE}`;

  // (the TypeScript through tsx, not the bundle npm start runs: profiles then name their modules;
  // tsx's keepNames adds a little to every closure made, see scripts/build-server.mjs)
  let args = ["--cpu-prof", `--cpu-prof-dir=${profDir}`, "--import", "tsx", "server/node.ts"];
  if (mode === "bare") {
    // Fetch the listing's bytes once from the real server, then serve them bare.
    const once = spawn(process.execPath, ["--import", "tsx", "server/node.ts"], { env, stdio: "ignore" });
    let bytes: Buffer | undefined;
    for (let i = 0; i < 200 && !bytes; i++) {
      try {
        bytes = Buffer.from(await (await fetch(`http://127.0.0.1:${port}${listPath}`)).arrayBuffer());
      } catch {
        await new Promise((r) => setTimeout(r, 100));
      }
    }
    once.kill("SIGTERM");
    await new Promise((r) => once.once("exit", r));
    writeFileSync(join(dir, "listing.json"), bytes!);
    args = [
      "--cpu-prof",
      `--cpu-prof-dir=${profDir}`,
      "-e",
      `const b=require("fs").readFileSync(${JSON.stringify(join(dir, "listing.json"))});require("http").createServer((q,r)=>{r.writeHead(200,{"Content-Type":"application/json; charset=UTF-8","Content-Length":b.length});r.end(b)}).listen(${port},"127.0.0.1");process.on("SIGINT",()=>process.exit(0))`,
    ];
  }
  const child = spawn(process.execPath, args, { env, stdio: ["ignore", "ignore", "inherit"] });
  for (let i = 0; i < 200; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}${mode === "bare" ? "/" : "/healthz"}`)).ok) break;
    } catch {
      // not yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }

  let n = 0;
  const options: Options =
    mode === "post"
      ? {
          url: `http://127.0.0.1:${port}`,
          requests: [
            {
              method: "POST",
              path: `/api/v1/sites/${SITE}/comments`,
              setupRequest: (request) => {
                const i = n++;
                const t = i % seeded.tokens.length;
                return {
                  ...request,
                  headers: {
                    "Content-Type": "application/json",
                    Authorization: `Bearer ${seeded.tokens[t]}`,
                    "X-Forwarded-For": `10.0.${t >> 8}.${t & 255}`,
                  },
                  body: JSON.stringify({ page: "profile-writes", body: `${seeded.publishable[i % seeded.publishable.length]} (#${i})` }),
                };
              },
            },
          ],
        }
      : { url: `http://127.0.0.1:${port}${listPath}` };
  const cpu = () => {
    const f = readFileSync(`/proc/${child.pid}/stat`, "utf8").split(") ")[1]!.split(" ");
    return (Number(f[11]) + Number(f[12])) * 10;
  };
  await autocannon({ ...options, connections: 10, duration: 2 });
  const c0 = cpu();
  const r = await autocannon({ ...options, connections: 50, duration: seconds });
  const used = cpu() - c0;
  console.log(
    `${mode}: ${r.requests.average} req/s, p50 ${r.latency.p50} ms, p99 ${r.latency.p99} ms, ${JSON.stringify(r.statusCodeStats)}, server CPU ${((used * 1000) / r.requests.total).toFixed(0)} µs/request`,
  );
  child.kill("SIGINT");
  await new Promise((r) => child.once("exit", r));
  const profile = join(profDir, readdirSync(profDir)[0]!);
  report(profile);
  if (process.env.KEEP) copyFileSync(profile, process.env.KEEP);
  rmSync(dir, { recursive: true, force: true });
}

function report(path: string) {
  const prof = JSON.parse(readFileSync(path, "utf8"));
  const dt = new Map<number, number>();
  prof.samples.forEach((id: number, i: number) => dt.set(id, (dt.get(id) ?? 0) + (prof.timeDeltas[i] ?? 0)));
  const self = new Map<string, number>();
  const byModule = new Map<string, number>();
  let total = 0;
  for (const node of prof.nodes) {
    const t = dt.get(node.id) ?? 0;
    total += t;
    const { functionName, url, lineNumber } = node.callFrame;
    const where = url.replace(/.*node_modules\//, "nm:").replace(/.*\/work\/[^/]+\//, "");
    const key = `${functionName || "(anonymous)"} ${where}:${lineNumber}`;
    self.set(key, (self.get(key) ?? 0) + t);
    const module = url.includes("node_modules/")
      ? url.replace(/.*node_modules\/((@[^/]+\/)?[^/]+).*/, "$1")
      : /\/(server|db|scripts)\//.test(url)
        ? url.replace(/.*\/((server|db|scripts)\/[^/]+).*/, "$1")
        : url.startsWith("node:")
          ? url.replace(/^(node:[^/]+).*/, "$1")
          : functionName || "(native)";
    byModule.set(module, (byModule.get(module) ?? 0) + t);
  }
  const top = Number(process.env.TOP ?? 25);
  console.log("-- self time by function (whole process lifetime, startup included) --");
  for (const [k, v] of [...self].sort((a, b) => b[1] - a[1]).slice(0, top))
    console.log(`${((v / total) * 100).toFixed(1).padStart(5)} %  ${k}`);
  console.log("-- self time by module --");
  for (const [k, v] of [...byModule].sort((a, b) => b[1] - a[1]).slice(0, 15))
    console.log(`${((v / total) * 100).toFixed(1).padStart(5)} %  ${k}`);

  // Total time (self and callees) of the project's own functions: where a request's time goes.
  const children = new Map<number, number[]>(prof.nodes.map((n: { id: number; children?: number[] }) => [n.id, n.children ?? []]));
  const keyOf = new Map<number, string>();
  for (const node of prof.nodes) {
    const { functionName, url, lineNumber } = node.callFrame;
    if (/\/(server|db)\//.test(url) && !url.includes("node_modules"))
      keyOf.set(node.id, `${functionName || "(anonymous)"} ${url.replace(/.*\/work\/[^/]+\//, "")}:${lineNumber}`);
  }
  const inclusive = new Map<string, number>();
  function walk(id: number, open: Set<string>): number {
    let t = dt.get(id) ?? 0;
    const key = keyOf.get(id);
    const counted = key !== undefined && !open.has(key); // recursion counts once
    if (counted) open.add(key);
    for (const child of children.get(id) ?? []) t += walk(child, open);
    if (counted) {
      open.delete(key);
      inclusive.set(key, (inclusive.get(key) ?? 0) + t);
    }
    return t;
  }
  walk(prof.nodes[0].id, new Set());
  console.log("-- total time (self + callees) of server/ and db/ functions --");
  for (const [k, v] of [...inclusive].sort((a, b) => b[1] - a[1]).slice(0, top))
    console.log(`${((v / total) * 100).toFixed(1).padStart(5)} %  ${k}`);
}
