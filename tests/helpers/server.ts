import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

const root = resolve(import.meta.dirname, "../..");

export async function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const server = createServer();
    server.once("error", fail);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => ok(port));
    });
  });
}

export interface RunningServer {
  url: string;
  port: number;
  adminEmail: string;
  adminPassword: string;
  databaseUrl: string;
  /** Everything the process printed so far. */
  output(): string;
  /** The server process's id (for measuring it). */
  pid(): number | undefined;
  stop(): Promise<void>;
  /** Kills the process at once (SIGKILL), as a crash would. */
  kill(): Promise<void>;
  /** Stops (gracefully unless killed already) and starts again on the same port and database. */
  restart(): Promise<void>;
}

export interface StartOptions {
  env?: Record<string, string>;
  /** Run `npm start` itself (build + server) instead of the server entry alone. */
  viaNpm?: boolean;
}

/**
 * Starts the real server as a child process on a free port with a temporary `file:` database,
 * as production runs it, and waits for /healthz.
 */
export async function startServer(options: StartOptions = {}): Promise<RunningServer> {
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), "parley-"));
  const databaseUrl = `file:${join(dir, "comments.db")}`;
  const adminEmail = "owner@example.com";
  const adminPassword = "a test password for owners";
  const env = {
    ...process.env,
    PORT: String(port),
    HOST: "127.0.0.1",
    DATABASE_URL: databaseUrl,
    ADMIN_EMAIL: adminEmail,
    ADMIN_PASSWORD: adminPassword,
    LOG_REQUESTS: "0",
    ...options.env,
  };
  let child: ChildProcess | undefined;
  let log = "";
  let launches = 0;

  const launch = async () => {
    launches++;
    const command = options.viaNpm ? ["npm", ["start"]] : [process.execPath, ["--enable-source-maps", "dist/server.mjs"]];
    child = spawn(command[0] as string, command[1] as string[], {
      cwd: root,
      env,
      stdio: ["ignore", "pipe", "pipe"],
      detached: options.viaNpm === true,
    });
    child.stdout!.on("data", (d) => (log += d));
    child.stderr!.on("data", (d) => (log += d));
    const exited = new Promise<never>((_, fail) => child!.once("exit", (code) => fail(new Error(`server exited with ${code}:\n${log}`))));
    const ready = (async () => {
      for (let i = 0; i < 600; i++) {
        try {
          const res = await fetch(`http://127.0.0.1:${port}/healthz`);
          // Answering, and its banner (one write) has come through the pipe, which may lag the socket.
          if (res.ok && (log.match(/Parley is listening/g)?.length ?? 0) >= launches) return;
        } catch {
          // not listening yet
        }
        await new Promise((r) => setTimeout(r, 100));
      }
      throw new Error(`server did not become ready:\n${log}`);
    })();
    await Promise.race([ready, exited]);
    exited.catch(() => undefined);
  };

  const waitExit = (signal: NodeJS.Signals) =>
    new Promise<void>((done) => {
      if (!child || child.exitCode !== null || child.signalCode !== null) return done();
      child.once("exit", () => done());
      // npm runs the server as a grandchild: signal the whole process group.
      if (options.viaNpm) process.kill(-child.pid!, signal);
      else child.kill(signal);
    });

  await launch();
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    adminEmail,
    adminPassword,
    databaseUrl,
    output: () => log,
    pid: () => child?.pid,
    async stop() {
      await waitExit("SIGTERM");
      rmSync(dir, { recursive: true, force: true });
    },
    kill: () => waitExit("SIGKILL"),
    async restart() {
      await waitExit("SIGTERM");
      await launch();
    },
  };
}
