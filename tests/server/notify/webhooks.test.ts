import { serve, type ServerType } from "@hono/node-server";
import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { Webhook as Verifier } from "standardwebhooks";
import { afterEach, describe, expect, it, vi } from "vitest";
import { deliveries } from "../../../db/schema.ts";
import { sweepExpired } from "../../../server/maintenance.ts";
import { Client } from "../../helpers/client.ts";
import { notifyApp } from "./support.ts";

interface Received {
  headers: IncomingHttpHeaders;
  body: string;
  status: number;
}

/** A webhook receiver on loopback: answers from `answers` in turn (then 200), keeps what came. */
async function receiver(answers: number[] = []) {
  const received: Received[] = [];
  const server: Server = createServer((req, res) => {
    let body = "";
    req.on("data", (chunk) => (body += chunk));
    req.on("end", () => {
      const status = answers.shift() ?? 200;
      received.push({ headers: req.headers, body, status });
      res.writeHead(status, { "Content-Type": "text/plain" }).end(status === 200 ? "ok" : "boom");
    });
  });
  await new Promise<void>((ok) => server.listen(0, "127.0.0.1", ok));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks`, received, close: () => server.close() };
}

/** What standardwebhooks (the scheme's own library) makes of a call: the payload, or it throws. */
function verify(secret: string, r: Received) {
  const headers = {
    "webhook-id": String(r.headers["webhook-id"]),
    "webhook-timestamp": String(r.headers["webhook-timestamp"]),
    "webhook-signature": String(r.headers["webhook-signature"]),
  };
  return new Verifier(secret).verify(r.body, headers) as { type: string; timestamp: string; data: Record<string, any> };
}

let cleanup: (() => void)[] = [];
afterEach(() => {
  for (const f of cleanup.reverse()) f();
  cleanup = [];
});

async function setup() {
  const t = await notifyApp({ retryBaseMs: 1000 });
  // the receiver's library checks the timestamp against its own clock
  t.clock.current = new Date();
  const server: ServerType = serve({ fetch: t.app.fetch, port: 0, hostname: "127.0.0.1" });
  await new Promise((ok) => server.once("listening", ok));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  cleanup.push(
    () => server.close(),
    () => t.close(),
  );
  const owner = Client.http(base);
  await owner.loginAdmin();
  const reader = Client.http(base);
  await reader.joinAsGuest("Reader");
  return { t, owner, reader };
}

describe("webhooks", () => {
  it("are signed so standardwebhooks verifies them, and retried with backoff after a 500", async () => {
    const { t, owner, reader } = await setup();
    const hook = await receiver([500]);
    cleanup.push(hook.close);
    const created = await owner.post("/api/v1/admin/sites/demo/webhooks", { url: hook.url, events: ["comment.published"] });
    expect(created.status).toBe(201);
    const secret: string = created.body.webhook.secret;
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]{32}$/);
    // write-only: never answered again
    const listed = await owner.get("/api/v1/admin/sites/demo/webhooks");
    expect(listed.body.webhooks).toEqual([expect.objectContaining({ id: created.body.webhook.id, url: hook.url, active: true })]);
    expect(JSON.stringify(listed.body)).not.toContain(secret.slice(6));

    const posted = await reader.postComment("Hello, webhooks.");
    expect(posted.status).toBe(201);
    await vi.waitFor(() => expect(hook.received).toHaveLength(1));
    const first = hook.received[0]!;
    expect(first.status).toBe(500);
    expect(verify(secret, first)).toMatchObject({
      type: "comment.published",
      data: { comment: { id: posted.body.comment.id, body: "Hello, webhooks." } },
    });

    let log = await vi.waitFor(async () => {
      const res = await owner.get("/api/v1/admin/sites/demo/deliveries");
      expect(res.body.deliveries[0]).toMatchObject({ status: "queued", attempts: 1 });
      return res.body.deliveries;
    });
    expect(log).toHaveLength(1);
    expect(log[0]).toMatchObject({
      channel: "webhook",
      recipient: created.body.webhook.id,
      kind: "comment.published",
      lastResponse: "HTTP 500 boom",
    });
    expect(Date.parse(log[0].nextAttemptAt) - t.clock.current.getTime()).toBe(1000);

    // not due yet: nothing is sent
    expect(await t.notifier.sendDue()).toBe(0);
    t.clock.advance(1000);
    expect(await t.notifier.sendDue()).toBe(1);
    expect(hook.received).toHaveLength(2);
    const second = hook.received[1]!;
    expect(second.headers["webhook-id"]).toBe(first.headers["webhook-id"]);
    expect(verify(secret, second).data.comment.id).toBe(posted.body.comment.id);
    log = (await owner.get("/api/v1/admin/sites/demo/deliveries")).body.deliveries;
    expect(log[0]).toMatchObject({ status: "sent", attempts: 2, lastResponse: "HTTP 200 ok", lastError: null });

    // a forged signature is refused by the receiver's library
    expect(() =>
      verify(
        created.body.webhook.secret.replace(/.$/, (c: string) => (c === "A" ? "B" : "A")),
        second,
      ),
    ).toThrow();
  });

  it("sends a test event at once, and gives up after the last attempt", async () => {
    const { t, owner } = await setup();
    const hook = await receiver();
    cleanup.push(hook.close);
    const created = await owner.post("/api/v1/admin/sites/demo/webhooks", { url: hook.url, events: ["policy.published"] });
    const test = await owner.post(`/api/v1/admin/sites/demo/webhooks/${created.body.webhook.id}/test`);
    expect(test.status).toBe(201);
    expect(test.body.delivery).toMatchObject({ kind: "webhook.test", status: "sent", attempts: 1 });
    expect(verify(created.body.webhook.secret, hook.received[0]!)).toMatchObject({ type: "webhook.test", data: { siteId: "demo" } });

    // an endpoint that is down: tried 4 times (the test's cap), 1 s, 2 s, 4 s apart, then failed
    const down = await receiver();
    down.close();
    const dead = await owner.post("/api/v1/admin/sites/demo/webhooks", { url: down.url, events: ["policy.published"] });
    const sent = await owner.post(`/api/v1/admin/sites/demo/webhooks/${dead.body.webhook.id}/test`);
    expect(sent.body.delivery).toMatchObject({ status: "queued", attempts: 1 });
    expect(sent.body.delivery.lastError).toMatch(/could not reach 127\.0\.0\.1/);
    for (const wait of [1000, 2000, 4000]) {
      t.clock.advance(wait - 1);
      expect(await t.notifier.sendDue()).toBe(0);
      t.clock.advance(1);
      expect(await t.notifier.sendDue()).toBe(1);
    }
    const log = await owner.get(`/api/v1/admin/sites/demo/deliveries?webhook=${dead.body.webhook.id}`);
    expect(log.body.deliveries).toEqual([expect.objectContaining({ status: "failed", attempts: 4, nextAttemptAt: null })]);

    // the log keeps finished deliveries 30 days (read from the table: the owner's session would have ended)
    const logged = async () => (await t.db.select({ id: deliveries.id }).from(deliveries)).map((d) => d.id).sort();
    const before = await logged();
    expect(before).toHaveLength(2);
    t.clock.advance(29 * 86_400_000);
    await sweepExpired(t.db, t.clock.now());
    expect(await logged()).toEqual(before);
    t.clock.advance(2 * 86_400_000);
    const at = t.clock.now().toISOString();
    await t.db
      .insert(deliveries)
      .values({ id: "fresh", siteId: "demo", channel: "webhook", recipient: "x", kind: "k", payload: {}, status: "sent", createdAt: at });
    await sweepExpired(t.db, t.clock.now());
    expect(await logged()).toEqual(["fresh"]);
  });

  it("filters events, pauses, and refuses bad input with the field named; only owners change them", async () => {
    const { owner, reader } = await setup();
    const hook = await receiver();
    cleanup.push(hook.close);
    const bad = await owner.post("/api/v1/admin/sites/demo/webhooks", { url: "ftp://example.com", events: ["comment.created"] });
    expect(bad.status).toBe(400);
    expect(bad.body.error).toMatchObject({ code: "validation_failed", field: "url" });
    const badEvent = await owner.post("/api/v1/admin/sites/demo/webhooks", { url: hook.url, events: ["comment.liked"] });
    expect(badEvent.body.error).toMatchObject({ code: "validation_failed", field: "events[0]" });
    const none = await owner.post("/api/v1/admin/sites/demo/webhooks", { url: hook.url, events: [] });
    expect(none.body.error).toMatchObject({ code: "validation_failed", field: "events" });

    const created = await owner.post("/api/v1/admin/sites/demo/webhooks", { url: hook.url, events: ["report.created"] });
    await reader.postComment("Not a report.");
    const paused = await owner.patch(`/api/v1/admin/sites/demo/webhooks/${created.body.webhook.id}`, {
      active: false,
      events: ["comment.created"],
    });
    expect(paused.body.webhook).toMatchObject({ active: false, events: ["comment.created"] });
    await reader.postComment("Paused.");
    await new Promise((ok) => setTimeout(ok, 100));
    expect(hook.received).toHaveLength(0);
    expect((await owner.get("/api/v1/admin/sites/demo/deliveries")).body.deliveries).toHaveLength(0);

    const moderator = await owner.post("/api/v1/admin/moderators", {
      email: "mod@example.com",
      password: "a moderator password",
      role: "moderator",
    });
    expect(moderator.status).toBe(201);
    const mod = owner.fork();
    mod.cookie = undefined;
    await mod.signIn("mod@example.com", "a moderator password");
    expect((await mod.post("/api/v1/admin/sites/demo/webhooks", { url: hook.url, events: ["comment.created"] })).status).toBe(403);
    expect((await mod.get("/api/v1/admin/sites/demo/webhooks")).status).toBe(200);
    expect((await owner.delete(`/api/v1/admin/sites/demo/webhooks/${created.body.webhook.id}`)).status).toBe(200);
    expect((await owner.get("/api/v1/admin/sites/demo/webhooks")).body.webhooks).toEqual([]);
    const audit = await owner.get("/api/v1/admin/sites/demo/audit?action=webhook.create");
    expect(audit.body.entries[0]).toMatchObject({ action: "webhook.create", targetType: "webhook" });
    expect(JSON.stringify(audit.body)).not.toContain("whsec_");
  });
});
