// The real server as production runs it: a child process on a free loopback port with a
// temporary `file:` database, then stopped and started again. Only what is about the process
// lives here (npm start, bootstrap output, what survives a restart); the HTTP contract itself is
// tests/api/, run against this same entry and against the Workers build.
import { afterEach, describe, expect, it } from "vitest";
import { Client } from "../helpers/client.ts";
import { startServer, type RunningServer } from "../helpers/server.ts";
import { Guest, owner, SITE } from "./process-helpers.ts";

const PAGE = "process-article";
const running: RunningServer[] = [];

async function start(options: Parameters<typeof startServer>[0] = {}) {
  const server = await startServer(options);
  running.push(server);
  return server;
}

afterEach(async () => {
  for (const server of running.splice(0)) await server.stop();
});

describe("the server process", () => {
  it("`npm start` builds the bundles, migrates, seeds, prints the admin login and serves", async () => {
    const server = await start({ viaNpm: true });
    expect(server.output()).toContain(`admin login:  ${server.adminEmail} / ${server.adminPassword}`);
    expect(server.output()).toMatch(/migration\(s\) applied/);
    await expect(fetch(`${server.url}/healthz`).then((r) => r.json())).resolves.toEqual({ ok: true });
    // The bundles npm start built are what it serves.
    const widget = await fetch(`${server.url}/widget.js`);
    expect(widget.status).toBe(200);
    expect(await widget.text()).toMatch(/customElements|comment-section/);
    // The seeded demo site takes comments.
    const ana = await new Guest(server.url, "127.0.0.1").join("Ana");
    expect((await ana.post(PAGE, "Hello from *npm start*")).status).toBe(201);
    await owner(server);
  }, 120_000);

  it("keeps comments, users, the admin login and the secret across a restart", async () => {
    // TRUST_PROXY lets the test act from several client addresses.
    const server = await start({ env: { TRUST_PROXY: "1" } });
    expect(server.output()).toContain(`admin login:  ${server.adminEmail} / ${server.adminPassword}`);
    expect(server.output()).not.toContain("generated");

    // Something to keep: a comment, a reply, the listing as it is before the restart.
    const ana = await new Guest(server.url, "192.0.2.10").join("Ana");
    const bo = await new Guest(server.url, "192.0.2.11").join("Bo");
    const first = await ana.post(PAGE, "The *first* comment");
    expect(first.status).toBe(201);
    expect((await bo.post(PAGE, "A reply to it", first.body.comment.id)).status).toBe(201);
    const reader = Client.http(server.url);
    const before = await reader.get(`/api/v1/sites/${SITE}/comments?page=${PAGE}`);
    expect(before.body.total).toBe(2);

    // An admin: signs in, suspends Bo (the sanction binds Bo's address hash, which the secret keys).
    const admin = await owner(server);
    const sanction = await admin.post(`/api/v1/admin/sites/${SITE}/users/${bo.user.id}/sanctions`, {
      type: "suspend",
      hours: 24,
      reason: "Cool off",
    });
    expect(sanction.status, JSON.stringify(sanction.body)).toBe(201);
    // A newcomer from Bo's address joins, but their comments wait for a moderator.
    const dodge = await new Guest(server.url, bo.address).join("Not Bo");
    expect((await dodge.post(PAGE, "Hello from the same office")).status).toBe(202);

    await server.restart();
    await expect(fetch(`${server.url}/healthz`).then((r) => r.json())).resolves.toEqual({ ok: true });
    // The admin exists, so the login is not created (nor printed) a second time.
    expect(server.output().match(/admin login:/g)).toHaveLength(1);
    // Migrations ran on the first start only.
    expect(server.output().match(/Parley is listening/g)).toHaveLength(2);
    expect(server.output().match(/migration\(s\) applied/g)).toHaveLength(1);

    // The comments are still there, byte for byte.
    const after = await reader.get(`/api/v1/sites/${SITE}/comments?page=${PAGE}`);
    expect(after.status).toBe(200);
    expect(after.body).toEqual(before.body);
    // Tokens issued before the restart still work, for the same users.
    const me = await ana.client.get(`/api/v1/sites/${SITE}/me`);
    expect(me.status).toBe(200);
    expect(me.body.user).toMatchObject({ id: ana.user.id, name: "Ana" });
    const later = await ana.post(PAGE, "Still here after the restart", first.body.comment.id);
    expect(later.status).toBe(201);
    expect(later.body.comment.author.id).toBe(ana.user.id);
    // The admin session cookie survives, and the same password signs in again.
    const dossier = await admin.get(`/api/v1/admin/sites/${SITE}/users/${ana.user.id}`);
    expect(dossier.status).toBe(200);
    expect(dossier.body.comments.map((c: { id: string }) => c.id).sort()).toEqual([first.body.comment.id, later.body.comment.id].sort());
    await owner(server);
    // The server secret is the same one: Bo's address still hashes to the suspended identifier.
    const dodgeAgain = await new Guest(server.url, bo.address).join("Still not Bo");
    expect((await dodgeAgain.post(PAGE, "Hello again from the same office")).status).toBe(202);
    const boMe = await bo.client.get(`/api/v1/sites/${SITE}/me`);
    expect(boMe.body.standing.status).toBe("suspended");
    // And a fresh address is not caught by it.
    const cy = await new Guest(server.url, "192.0.2.99").join("Cy");
    expect((await cy.post(PAGE, "Hello from elsewhere")).status).toBe(201);
  }, 90_000);

  it("prints a generated admin password once, and it keeps working after a restart", async () => {
    const server = await start({ env: { ADMIN_PASSWORD: "" } });
    const printed = server.output().match(/admin login: +(\S+) \/ (\S+)/);
    expect(printed, server.output()).not.toBeNull();
    expect(printed![1]).toBe(server.adminEmail);
    expect(server.output()).toContain("generated");
    const password = printed![2]!;
    expect(password.length).toBeGreaterThanOrEqual(12);
    await owner(server, password);
    const wrong = await Client.http(server.url).post("/api/v1/admin/login", { email: server.adminEmail, password: server.adminPassword });
    expect(wrong.status).toBe(401);

    await server.restart();
    expect(server.output().match(/admin login:/g)).toHaveLength(1);
    await owner(server, password);
  }, 60_000);
});
