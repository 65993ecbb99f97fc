import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Client } from "../helpers/client.ts";
import { startHranaServer, type HranaServer } from "../helpers/hrana-server.ts";
import { freePort } from "../helpers/server.ts";

const root = resolve(import.meta.dirname, "../..");
const ADMIN_PASSWORD = "a workers admin password";

/**
 * The Workers build, run by wrangler in workerd (the Workers runtime), against a libSQL database
 * reached over HTTP with the Hrana protocol, as a Worker reaches Turso in production.
 */
describe("on Cloudflare Workers (workerd) with a remote libSQL database", () => {
  let hrana: HranaServer;
  let wrangler: ChildProcess;
  let url: string;
  let log = "";
  const dir = mkdtempSync(join(tmpdir(), "parley-workers-"));

  beforeAll(async () => {
    hrana = await startHranaServer(join(dir, "remote.db"));
    const [port, inspector] = [await freePort(), await freePort()];
    url = `http://127.0.0.1:${port}`;
    wrangler = spawn(
      "npx",
      [
        "wrangler",
        "dev",
        "--ip",
        "127.0.0.1",
        "--port",
        String(port),
        "--inspector-port",
        String(inspector),
        "--persist-to",
        join(dir, "state"),
        "--show-interactive-dev-session=false",
        "--log-level",
        "warn",
        "--var",
        `DATABASE_URL:${hrana.url}`,
        "--var",
        `ADMIN_PASSWORD:${ADMIN_PASSWORD}`,
        "--var",
        "SECRET:workers-test-secret",
      ],
      { cwd: root, env: { ...process.env, WRANGLER_SEND_METRICS: "false" }, detached: true, stdio: ["ignore", "pipe", "pipe"] },
    );
    wrangler.stdout!.on("data", (d) => (log += d));
    wrangler.stderr!.on("data", (d) => (log += d));
    for (let i = 0; ; i++) {
      const res = await fetch(`${url}/healthz`).catch(() => null);
      if (res?.ok) break;
      if (i > 600 || wrangler.exitCode !== null) throw new Error(`wrangler dev did not start:\n${log}`);
      await new Promise((r) => setTimeout(r, 200));
    }
  }, 180_000);

  afterAll(async () => {
    if (wrangler?.pid) {
      const exited = new Promise((r) => wrangler.once("exit", r));
      process.kill(-wrangler.pid, "SIGTERM");
      await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
      try {
        process.kill(-wrangler.pid, "SIGKILL");
      } catch {
        // already gone
      }
    }
    await hrana?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("serves the contract: sessions, moderated posting, listing, admin decisions", async () => {
    const reader = Client.http(url);
    const user = await reader.joinAsGuest("Ana", "demo", "device-workers-1");
    const published = await reader.postComment("Hello from the **edge**.");
    expect(published.status).toBe(201);
    expect(published.body.comment.html).toContain("<strong>edge</strong>");

    const refused = await reader.postComment("You are a stupid worthless idiot.");
    expect(refused.status).toBe(422);
    expect(refused.body.error.rule).toBe("personal-attacks");
    const held = await reader.postComment("You are a stupid worthless idiot.", { acknowledge: true });
    expect(held.status).toBe(202);

    const list = await Client.http(url).get("/api/v1/sites/demo/comments?page=article-1");
    expect(list.body.total).toBe(1);
    expect(list.body.comments.map((c: { id: string }) => c.id)).toEqual([published.body.comment.id]);
    const again = await Client.http(url).get("/api/v1/sites/demo/comments?page=article-1", { "If-None-Match": list.headers.get("etag")! });
    expect(again.status).toBe(304);

    const admin = Client.http(url);
    await admin.loginAdmin("admin@localhost", ADMIN_PASSWORD);
    const decision = await admin.post(`/api/v1/admin/sites/demo/comments/${held.body.comment.id}/decision`, {
      action: "reject",
      rule: "personal-attacks",
    });
    expect(decision.status).toBe(200);
    expect(decision.body.standing).toMatchObject({ status: "warned", strikes: 1 });
    const me = await reader.get("/api/v1/sites/demo/me");
    expect(me.body.user.id).toBe(user.id);
    expect(me.body.standing.status).toBe("warned");

    const widget = await fetch(`${url}/widget.js`);
    expect(widget.status).toBe(200);
    expect(widget.headers.get("etag")).toBeTruthy();
    // The modules the loader imports, listed in the build's manifest, come from the assets binding too.
    const { widget: built } = JSON.parse(readFileSync(join(root, "dist/manifest.json"), "utf8"));
    for (const file of built.initial.filter((f: string) => f.startsWith("w/"))) {
      const res = await fetch(`${url}/${file}`);
      expect(res.status, file).toBe(200);
      expect(res.headers.get("cache-control")).toContain("immutable");
    }
  }, 120_000);
});
