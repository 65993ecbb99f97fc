// vitest globalSetup of the contract:workers project: the Workers build in workerd through
// `wrangler dev` (local mode), against a libSQL server reached over HTTP with the Hrana
// protocol, as a Worker reaches Turso in production. Once per test run.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { startHranaServer } from "../../helpers/hrana-server.ts";
import { freePort } from "../../helpers/server.ts";
import { ensureBuilt, launch, OWNER, stop, waitHealthy, type Target } from "./target.ts";

/** Nothing leaves the machine: no telemetry, no update check, no fetch of Cloudflare's `request.cf` data. */
const OFFLINE = {
  WRANGLER_SEND_METRICS: "false",
  WRANGLER_SEND_ERROR_REPORTS: "false",
  WRANGLER_HIDE_BANNER: "true",
  CLOUDFLARE_CF_FETCH_ENABLED: "false",
};

export default async function setup(project: TestProject) {
  ensureBuilt();
  const dir = mkdtempSync(join(tmpdir(), "parley-contract-workers-"));
  const hrana = await startHranaServer(join(dir, "remote.db"));
  const [port, inspector] = [await freePort(), await freePort()];
  const url = `http://127.0.0.1:${port}`;
  // prettier-ignore
  const wrangler = launch("workers", process.execPath, [
    "node_modules/wrangler/bin/wrangler.js", "dev",
    "--ip", "127.0.0.1", "--port", String(port), "--inspector-port", String(inspector),
    "--persist-to", join(dir, "state"),
    "--show-interactive-dev-session=false", "--log-level", "log",
    "--var", `DATABASE_URL:${hrana.url}`,
    "--var", `ADMIN_EMAIL:${OWNER.email}`,
    "--var", `ADMIN_PASSWORD:${OWNER.password}`,
    "--var", "SECRET:contract-suite-secret",
  ], { ...process.env, ...OFFLINE });
  const teardown = async () => {
    await stop(wrangler);
    await hrana.close();
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    await waitHealthy(url, wrangler, "wrangler dev");
  } catch (error) {
    await teardown();
    throw error;
  }
  const target: Target = { name: "workers", url, owner: OWNER, addressHeader: "CF-Connecting-IP" };
  project.provide("target", target);
  return teardown;
}
