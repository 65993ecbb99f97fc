// The real server as the benchmarks run it: a child process on a free loopback port, as in
// production (NODE_ENV=production, so with a SECRET), behind a trusted proxy hop.
import { spawn, type ChildProcess } from "node:child_process";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { freePort } from "../../tests/helpers/server.ts";
import { buildServer } from "../build-server.mjs";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");

export interface ParleyServer {
  url: string;
  child: ChildProcess;
  output(): string;
  stop(): Promise<void>;
}

/** The server is bundled as `npm start` bundles it, once per bench process. */
let built: Promise<void> | undefined;

export async function startParley(databaseUrl: string, env: Record<string, string> = {}): Promise<ParleyServer> {
  await (built ??= buildServer());
  const port = await freePort();
  let out = "";
  const child = spawn(process.execPath, ["--enable-source-maps", "dist/server.mjs"], {
    cwd: root,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: "127.0.0.1",
      DATABASE_URL: databaseUrl,
      LOG_REQUESTS: "0",
      TRUST_PROXY: "1",
      NODE_ENV: "production",
      SECRET: "bench secret for the address hash",
      ...env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout!.on("data", (d) => (out += d));
  child.stderr!.on("data", (d) => (out += d));
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; ; i++) {
    if (child.exitCode !== null || i > 600) throw new Error(`the server did not start:\n${out}`);
    const up = await fetch(`${url}/healthz`).then(
      (r) => r.ok,
      () => false,
    );
    if (up) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  const stop = () =>
    new Promise<void>((done) => {
      if (child.exitCode !== null) return done();
      child.once("exit", () => done());
      child.kill("SIGTERM");
    });
  return { url, child, output: () => out, stop };
}
