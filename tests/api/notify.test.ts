// Notifications over HTTP, on Node and on Workers: Atom feeds, webhooks signed so the Standard
// Webhooks library verifies them (on Workers sent through waitUntil), the send-test-event button's
// endpoint, the delivery log, and email's status on a server started without a mail transport.
import { parseFeed } from "@rowanmanning/feed-parser";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { verifyCall as verify, webhookReceiver } from "../helpers/webhooks.ts";
import { contract, expectError, type Contract } from "./support/contract.ts";

let t: Contract;
let receiver: Awaited<ReturnType<typeof webhookReceiver>>;
let calls: Awaited<ReturnType<typeof webhookReceiver>>["calls"];
let hookUrl = "";

beforeAll(async () => {
  t = await contract("notify");
  receiver = await webhookReceiver();
  calls = receiver.calls;
  hookUrl = receiver.url("/hook");
});
afterAll(() => receiver?.close());

describe("feeds", () => {
  it("serve the site's and a page's published comments as Atom, linking to each comment's permalink", async () => {
    const ana = await t.guest("Ana");
    const url = "https://news.example.com/feeds/story";
    const posted = await t.post(ana, "feed-story", "Feeds & <things>", { url, title: "A story" });
    expect(posted.status).toBe(201);
    const res = await t.caller().get(`${t.api}/feed.atom?page=feed-story`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/atom+xml; charset=utf-8");
    const feed = parseFeed(res.body as string).toJSON();
    expect(feed.title).toBe("Comments on A story");
    expect(feed.url).toBe(url);
    expect(feed.items).toHaveLength(1);
    expect(feed.items[0]).toMatchObject({ url: `${url}#comment-${posted.body.comment.id}`, title: "Ana on A story" });
    // the comment's HTML shows "<things>" as text, and is escaped once more for XML
    expect(res.body).toContain("Feeds &amp;amp; &amp;lt;things&amp;gt;");
    const site = parseFeed((await t.caller().get(`${t.api}/feed.atom`)).body as string).toJSON();
    expect(site.items.map((i) => i.url)).toContain(`${url}#comment-${posted.body.comment.id}`);
    expect((await t.caller().get("/api/v1/sites/no-such-site/feed.atom")).status).toBe(404);
  });
});

describe("webhooks", () => {
  it("are created with a secret shown once, called signed for their events, tested, and logged", async () => {
    const created = await t.owner.post(`${t.admin}/webhooks`, { url: hookUrl, events: ["comment.created", "comment.published"] });
    expect(created.status).toBe(201);
    const { secret, id } = created.body.webhook;
    expect(secret).toMatch(/^whsec_/);
    expect(JSON.stringify((await t.owner.get(`${t.admin}/webhooks`)).body)).not.toContain(secret.slice(6));

    const bo = await t.guest("Bo");
    const posted = await t.post(bo, "hooked", "Hello, receivers.");
    expect(posted.status).toBe(201);
    await vi.waitFor(() => expect(calls.length).toBeGreaterThanOrEqual(2), { timeout: 15_000 });
    const events = calls.map((c) => verify(secret, c));
    expect(events.map((e) => e.type).sort()).toEqual(["comment.created", "comment.published"]);
    expect(events[0]!.data.comment).toMatchObject({ id: posted.body.comment.id, body: "Hello, receivers.", authorName: "Bo" });

    const test = await t.owner.post(`${t.admin}/webhooks/${id}/test`);
    expect(test.status).toBe(201);
    expect(test.body.delivery).toMatchObject({ kind: "webhook.test", status: "sent", attempts: 1 });
    expect(verify(secret, calls.at(-1)!).type).toBe("webhook.test");

    const log = await t.owner.get(`${t.admin}/deliveries?webhook=${id}`);
    expect(log.body.deliveries.map((d: { kind: string }) => d.kind).sort()).toEqual([
      "comment.created",
      "comment.published",
      "webhook.test",
    ]);
    expect(log.body.deliveries.every((d: { status: string }) => d.status === "sent")).toBe(true);

    const bad = await t.owner.post(`${t.admin}/webhooks`, { url: "not a url", events: ["comment.created"] });
    expect(expectError(bad, 400, "validation_failed").field).toBe("url");
    expect((await t.owner.delete(`${t.admin}/webhooks/${id}`)).status).toBe(200);
  });
});

describe("email", () => {
  it("is off on a server without a mail transport: the status says so and subscribing is refused", async () => {
    const status = await t.owner.get("/api/v1/admin/notifications");
    expect(status.status).toBe(200);
    expect(status.body.email).toMatchObject({ mode: "off", from: null });
    expect(["off", "hourly", "daily"]).toContain(status.body.digest);
    const cy = await t.guest("Cy");
    expectError(await cy.post(`${t.api}/subscriptions`, { email: "cy@example.com" }), 409, "conflict");
    expectError(await t.caller().post(`${t.api}/subscriptions`, { email: "cy@example.com" }), 401, "unauthorized");
    const forged = await t.caller().post("/api/v1/notify/unsubscribe?token=s.abc.0123456789abcdef0123456789abcdef");
    expect(forged.status).toBe(400);
  });
});
