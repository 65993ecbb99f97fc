// vitest globalSetup of the contract:node project: the Node entry as `npm start` runs it
// (dist/server.mjs, bundled by the project's first globalSetup) on a fresh embedded libSQL file and a free port, once per test run.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { freePort } from "../../helpers/server.ts";
import { ensureBuilt, launch, OWNER, stop, waitHealthy, type Target } from "./target.ts";

export default async function setup(project: TestProject) {
  ensureBuilt();
  const dir = mkdtempSync(join(tmpdir(), "parley-contract-node-"));
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const server = launch("node", process.execPath, ["--enable-source-maps", "dist/server.mjs"], {
    ...process.env,
    PORT: String(port),
    HOST: "127.0.0.1",
    DATABASE_URL: `file:${join(dir, "comments.db")}`,
    ADMIN_EMAIL: OWNER.email,
    ADMIN_PASSWORD: OWNER.password,
    TRUST_PROXY: "1",
  });
  try {
    await waitHealthy(url, server, "the Node server");
  } catch (error) {
    await stop(server);
    throw error;
  }
  const target: Target = { name: "node", url, owner: OWNER, addressHeader: "X-Forwarded-For" };
  project.provide("target", target);
  return async () => {
    await stop(server);
    rmSync(dir, { recursive: true, force: true });
  };
}
