// What a contract test needs to know about the server it talks to. Serializable: the global
// setups build it and hand it to the test files through vitest's provide/inject.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { createWriteStream, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

export interface Target {
  /** "node" (the Node entry, an embedded libSQL file) or "workers" (workerd, remote libSQL over HTTP). */
  name: string;
  /** Base URL, no trailing slash. */
  url: string;
  /** The owner the server bootstrapped on its empty database. */
  owner: { email: string; password: string };
  /**
   * The header through which this target's front proxy names the client's address: a reverse
   * proxy's X-Forwarded-For for Node (TRUST_PROXY=1), Cloudflare's CF-Connecting-IP on Workers.
   * Tests use it to act from many addresses, as many readers do.
   */
  addressHeader: string;
}

declare module "vitest" {
  export interface ProvidedContext {
    target: Target;
  }
}

export const root = resolve(import.meta.dirname, "../../..");

export const OWNER = { email: "owner@contract.test", password: "a contract-suite owner password" };

/** Both entries serve the widget from dist/; `npm test` builds it first, a lone run may not have. */
export function ensureBuilt(): void {
  if (existsSync(resolve(root, "dist/widget.js")) && existsSync(resolve(root, "dist/admin.js"))) return;
  const build = spawnSync(process.execPath, ["scripts/build.mjs"], { cwd: root, stdio: "pipe", encoding: "utf8" });
  if (build.status !== 0) throw new Error(`npm run build failed:\n${build.stdout}${build.stderr}`);
}

/**
 * A target's process. Its output (one JSON line per request, errors with their stack) goes to
 * $TMPDIR/parley-contract-NAME.log, kept after the run for whoever reads a failure; the last
 * 64 KB also go into the error message if the process does not start.
 */
export function launch(name: string, command: string, args: string[], env: NodeJS.ProcessEnv) {
  const child: ChildProcess = spawn(command, args, { cwd: root, env, detached: true, stdio: ["ignore", "pipe", "pipe"] });
  const file = createWriteStream(join(tmpdir(), `parley-contract-${name}.log`));
  let log = "";
  const keep = (d: Buffer) => {
    file.write(d);
    log = (log + d).slice(-65_536);
  };
  child.stdout!.on("data", keep);
  child.stderr!.on("data", keep);
  // A run that ends without its teardown (a failed setup, Ctrl-C) must not leave the group behind:
  // an orphaned workerd was found spinning at half a core for an hour.
  const reap = () => {
    try {
      if (child.pid) process.kill(-child.pid, "SIGKILL");
    } catch {
      // already gone
    }
  };
  process.once("exit", reap);
  child.once("exit", () => {
    file.end();
    process.off("exit", reap);
  });
  return { child, output: () => log };
}

/** Polls /healthz until it answers 200; fails with the process's output if it exits first. */
export async function waitHealthy(url: string, proc: ReturnType<typeof launch>, what: string, timeoutMs = 90_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const res = await fetch(`${url}/healthz`).catch(() => null);
    if (res?.ok) return;
    if (proc.child.exitCode !== null || proc.child.signalCode !== null || Date.now() > deadline) {
      throw new Error(`${what} did not become ready:\n${proc.output()}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Stops a process group started by launch(): SIGTERM, then SIGKILL after a grace period. */
export async function stop(proc: ReturnType<typeof launch>): Promise<void> {
  const { child } = proc;
  if (!child.pid || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((r) => child.once("exit", r));
  process.kill(-child.pid, "SIGTERM");
  await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
  try {
    process.kill(-child.pid, "SIGKILL");
  } catch {
    // already gone
  }
}
