import { eq } from "drizzle-orm";
import type { ParsedMail } from "mailparser";
import { afterEach, describe, expect, it, vi } from "vitest";
import { subscriptions, users } from "../../../db/schema.ts";
import { sweepExpired } from "../../../server/maintenance.ts";
import { smtpTransport } from "../../../server/notify/smtp-node.ts";
import { Client } from "../../helpers/client.ts";
import { linkAfter, smtpSink } from "../../helpers/smtp.ts";
import { notifyApp, serveOver, SSO_SECRET, ssoToken } from "./support.ts";

let cleanup: (() => unknown)[] = [];
afterEach(async () => {
  for (const f of cleanup.reverse()) await f();
  cleanup = [];
});

async function setup() {
  const smtp = await smtpSink();
  const t = await notifyApp({ mail: smtpTransport(smtp.url, "Parley <comments@news.example.com>") });
  const http = await serveOver(t.app);
  (t.notifier.config as { publicUrl: string }).publicUrl = http.base;
  cleanup.push(smtp.close, http.close, () => t.close());
  const owner = Client.http(http.base);
  await owner.loginAdmin();
  const origins = (await owner.get("/api/v1/admin/sites")).body.sites.find((s: { id: string }) => s.id === "demo").origins;
  expect(
    (await owner.patch("/api/v1/admin/sites/demo", { ssoSecret: SSO_SECRET, origins: [...origins, "https://news.example.com"] })).status,
  ).toBe(200);
  const sso = async (sub: string, name: string, email?: string) => {
    const c = Client.http(http.base);
    const res = await c.post("/api/v1/sites/demo/sessions", { sso: await ssoToken(sub, name, t.clock.now(), email ? { email } : {}) });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    c.token = res.body.token;
    return Object.assign(c, { userId: res.body.user.id as string });
  };
  const guest = async (name: string) => {
    const c = Client.http(http.base);
    return Object.assign(c, { userId: (await c.joinAsGuest(name)).id });
  };
  const page = { page: "rates", url: "https://news.example.com/rates", title: "Rates rise" };
  return { t, smtp, base: http.base, owner, sso, guest, page };
}

/** A header as it was sent (mailparser folds the List-* headers into one structured "list"). */
function header(mail: ParsedMail, name: string): string | undefined {
  const line = mail.headerLines.find((h) => h.key === name.toLowerCase())?.line;
  return line?.slice(name.length + 1).trim();
}

describe("email", () => {
  it("tells a signed-in reader about replies, with both parts and a one-click unsubscribe that works over HTTP", async () => {
    const { t, smtp, sso, guest, page } = await setup();
    const ana = await sso("ana-1", "Ana", "ana@example.com");
    const mine = await ana.post("/api/v1/sites/demo/comments", { ...page, body: "Rates will fall." });
    const sub = await ana.post("/api/v1/sites/demo/subscriptions", { commentId: null });
    expect(sub.status).toBe(201);
    expect(sub.body.subscription).toMatchObject({ commentId: null, confirmed: true });

    const bo = await guest("Bo");
    t.clock.advance(1000);
    const reply = await bo.post("/api/v1/sites/demo/comments", { page: "rates", parentId: mine.body.comment.id, body: "They will *not*." });
    expect(reply.status).toBe(201);
    await vi.waitFor(() => expect(smtp.mails).toHaveLength(1));
    const mail = smtp.mails[0]!;
    expect(mail.envelopeTo).toEqual(["ana@example.com"]);
    expect(mail.from?.text).toBe('"Parley" <comments@news.example.com>');
    expect(mail.subject).toBe("Bo replied to your comment on Rates rise");
    const permalink = `https://news.example.com/rates#comment-${reply.body.comment.id}`;
    expect(header(mail, "Content-Type")).toMatch(/^multipart\/alternative;/);
    expect(mail.text).toContain("> They will *not*.");
    expect(mail.text).toContain(`Read the reply: ${permalink}`);
    expect(mail.html).toContain(`<a href="${permalink}">Read the reply</a>`);
    const unsubscribe = linkAfter(mail.text!, "Unsubscribe");
    expect(header(mail!, "List-Unsubscribe")).toBe(`<${unsubscribe}>`);
    expect(header(mail, "List-Unsubscribe-Post")).toBe("List-Unsubscribe=One-Click");

    // the reader's own reply to themself sends nothing; the mail client's one-click POST unsubscribes
    const shown = await fetch(unsubscribe);
    expect(shown.status).toBe(200);
    expect(await shown.text()).toContain('<form method="post"');
    expect(await t.db.select().from(subscriptions)).toHaveLength(1);
    const oneClick = await fetch(unsubscribe, {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
      body: "List-Unsubscribe=One-Click",
    });
    expect(oneClick.status).toBe(200);
    expect(await oneClick.text()).toContain("you will get no more of these emails");
    expect(await t.db.select().from(subscriptions)).toHaveLength(0);
    const forged = await fetch(
      unsubscribe.replace(/.$/, (c) => (c === "0" ? "1" : "0")),
      { method: "POST" },
    );
    expect(forged.status).toBe(400);

    await bo.post("/api/v1/sites/demo/comments", { page: "rates", parentId: mine.body.comment.id, body: "Still here." });
    await new Promise((ok) => setTimeout(ok, 300));
    expect(smtp.mails).toHaveLength(1);
  });

  it("asks a guest to confirm their address first, and keeps it only while subscribed", async () => {
    const { t, smtp, guest, page } = await setup();
    const cy = await guest("Cy");
    const mine = await cy.post("/api/v1/sites/demo/comments", { ...page, body: "First!" });
    const noAddress = await cy.post("/api/v1/sites/demo/subscriptions", { commentId: mine.body.comment.id });
    expect(noAddress.body.error).toMatchObject({ code: "validation_failed", field: "email" });
    const badAddress = await cy.post("/api/v1/sites/demo/subscriptions", { commentId: mine.body.comment.id, email: "not an address" });
    expect(badAddress.body.error).toMatchObject({ code: "validation_failed", field: "email" });
    const sub = await cy.post("/api/v1/sites/demo/subscriptions", { commentId: mine.body.comment.id, email: "Cy@Example.com" });
    expect(sub.status).toBe(201);
    expect(sub.body.subscription).toMatchObject({ confirmed: false });
    await vi.waitFor(() => expect(smtp.mails).toHaveLength(1));
    const confirm = smtp.mails[0]!;
    expect(confirm.envelopeTo).toEqual(["cy@example.com"]);
    expect(confirm.subject).toBe("Confirm reply notifications on Parley demo");
    expect(confirm.html).toContain(">Confirm</a>");

    // not confirmed yet: a reply sends nothing
    const dee = await guest("Dee");
    await dee.post("/api/v1/sites/demo/comments", { page: "rates", parentId: mine.body.comment.id, body: "Welcome." });
    await new Promise((ok) => setTimeout(ok, 300));
    expect(smtp.mails).toHaveLength(1);

    const link = linkAfter(confirm.text!, "Confirm");
    // opening the link (as a mail scanner would) confirms nothing: its button does
    expect(await (await fetch(link)).text()).toContain("Yes, email me replies</button>");
    expect((await cy.get("/api/v1/sites/demo/subscriptions")).body.subscriptions).toEqual([expect.objectContaining({ confirmed: false })]);
    const confirmed = await fetch(link, { method: "POST" });
    expect(confirmed.status).toBe(200);
    expect(await confirmed.text()).toContain("Confirmed");
    expect((await cy.get("/api/v1/sites/demo/subscriptions")).body.subscriptions).toEqual([expect.objectContaining({ confirmed: true })]);
    // someone else's comment cannot be followed
    const other = await dee.post("/api/v1/sites/demo/subscriptions", { commentId: mine.body.comment.id, email: "dee@example.com" });
    expect(other.status).toBe(403);

    t.clock.advance(1000);
    await dee.post("/api/v1/sites/demo/comments", { page: "rates", parentId: mine.body.comment.id, body: "Welcome again." });
    await vi.waitFor(() => expect(smtp.mails).toHaveLength(2));
    expect(smtp.mails[1]!.subject).toBe("Dee replied to your comment on Rates rise");

    // unsubscribing from the widget removes the address with the row
    expect((await cy.delete(`/api/v1/sites/demo/subscriptions/${sub.body.subscription.id}`)).status).toBe(200);
    expect(await t.db.select().from(subscriptions).where(eq(subscriptions.email, "cy@example.com"))).toEqual([]);
  });

  it("sends one address at most 5 confirmation emails an hour, whoever asks", async () => {
    const { smtp, guest, page } = await setup();
    for (let i = 0; i < 6; i++) {
      const g = await guest(`Asker ${i}`);
      const mine = await g.post("/api/v1/sites/demo/comments", { ...page, body: `Comment ${i}.` });
      const res = await g.post("/api/v1/sites/demo/subscriptions", { commentId: mine.body.comment.id, email: "someone@example.com" });
      expect(res.status, JSON.stringify(res.body)).toBe(i < 5 ? 201 : 429);
    }
    await vi.waitFor(() => expect(smtp.mails).toHaveLength(5));
  });

  it("forgets an address nobody confirmed within a week", async () => {
    const { t, smtp, guest, page } = await setup();
    const hal = await guest("Hal");
    const mine = await hal.post("/api/v1/sites/demo/comments", { ...page, body: "Mine." });
    await hal.post("/api/v1/sites/demo/subscriptions", { commentId: mine.body.comment.id, email: "hal@example.com" });
    await vi.waitFor(() => expect(smtp.mails).toHaveLength(1));
    t.clock.advance(6 * 86_400_000);
    await sweepExpired(t.db, t.clock.now());
    expect(await t.db.select().from(subscriptions)).toHaveLength(1);
    t.clock.advance(86_400_000 + 1);
    await sweepExpired(t.db, t.clock.now());
    expect(await t.db.select().from(subscriptions)).toEqual([]);
    // the link in the email no longer confirms anything
    expect((await fetch(linkAfter(smtp.mails[0]!.text!, "Confirm"), { method: "POST" })).status).toBe(400);
  });

  it("tells a commenter what moderators decided (held comment, rule, sanction, lift), unless they turn it off", async () => {
    const { t, smtp, owner, sso, page } = await setup();
    const eve = await sso("eve-1", "Eve", "eve@example.com");
    const held = await eve.post("/api/v1/sites/demo/comments", { ...page, body: "HOLDME one" });
    expect(held.status).toBe(202);
    expect((await owner.post(`/api/v1/admin/sites/demo/comments/${held.body.comment.id}/decision`, { action: "approve" })).status).toBe(
      200,
    );
    await vi.waitFor(() => expect(smtp.mails).toHaveLength(1));
    expect(smtp.mails[0]!.subject).toBe("Your comment on Rates rise is published");
    expect(smtp.mails[0]!.text).toContain(`See it: https://news.example.com/rates#comment-${held.body.comment.id}`);

    const second = await eve.post("/api/v1/sites/demo/comments", { page: "rates", body: "HOLDME two" });
    const rejected = await owner.post(`/api/v1/admin/sites/demo/comments/${second.body.comment.id}/decision`, {
      action: "reject",
      rule: "personal-attacks",
      note: "Argue with the point, not the person.",
    });
    expect(rejected.status).toBe(200);
    await vi.waitFor(() => expect(smtp.mails).toHaveLength(3));
    const [notice, warning] = smtp.mails.slice(1).sort((a, b) => a.subject!.localeCompare(b.subject!));
    expect(warning!.subject).toBe("Your comment on Rates rise was not published");
    expect(warning!.text).toContain('It breaks the rule "No personal attacks"');
    expect(warning!.text).toContain("The moderator's note: Argue with the point, not the person.");
    expect(notice!.subject).toBe("A warning from the moderators of Parley demo");
    expect(notice!.text).toMatch(/Reason: 1 strike for breaking the rule/);
    expect(notice!.text).toContain("Rule: No personal attacks");
    const decisionsOff = linkAfter(notice!.text!, "Unsubscribe");
    expect(header(notice!, "List-Unsubscribe")).toBe(`<${decisionsOff}>`);

    const suspension = await owner.post(`/api/v1/admin/sites/demo/users/${eve.userId}/sanctions`, {
      type: "suspend",
      hours: 24,
      reason: "Cool off.",
    });
    await vi.waitFor(() => expect(smtp.mails).toHaveLength(4));
    expect(smtp.mails[3]!.text).toContain("a suspension until");
    expect(smtp.mails[3]!.text).toContain("Reason: Cool off.");
    await owner.delete(`/api/v1/admin/sites/demo/users/${eve.userId}/sanctions/${suspension.body.sanction.id}`);
    await vi.waitFor(() => expect(smtp.mails).toHaveLength(5));
    expect(smtp.mails[4]!.subject).toBe("The moderators of Parley demo lifted a suspension");

    expect((await fetch(decisionsOff, { method: "POST", body: "List-Unsubscribe=One-Click" })).status).toBe(200);
    expect((await t.db.select({ on: users.notifyDecisions }).from(users).where(eq(users.id, eve.userId)))[0]!.on).toBe(false);
    const third = await eve.post("/api/v1/sites/demo/comments", { page: "rates", body: "HOLDME three" });
    await owner.post(`/api/v1/admin/sites/demo/comments/${third.body.comment.id}/decision`, { action: "approve" });
    await new Promise((ok) => setTimeout(ok, 300));
    expect(smtp.mails).toHaveLength(5);
  });

  it("sends moderators threats at once and a digest of the queues hourly, as each chooses", async () => {
    const { t, smtp, owner, guest } = await setup();
    const status = await owner.get("/api/v1/admin/notifications");
    expect(status.body).toMatchObject({ email: { mode: "smtp", from: "Parley <comments@news.example.com>" }, digest: "hourly" });
    expect(status.body.moderators).toEqual([expect.objectContaining({ email: "owner@example.com", digest: "hourly" })]);

    const fay = await guest("Fay");
    expect((await fay.postComment("THREAT you")).status).toBe(422);
    await vi.waitFor(() => expect(smtp.mails).toHaveLength(1));
    expect(smtp.mails[0]!.envelopeTo).toEqual(["owner@example.com"]);
    expect(smtp.mails[0]!.subject).toBe("Threat held on Parley demo: article-1");
    expect(smtp.mails[0]!.text).toContain("> THREAT you");

    await fay.postComment("HOLDME waits");
    await t.notifier.tick();
    await vi.waitFor(() => expect(smtp.mails).toHaveLength(2));
    const digest = smtp.mails[1]!;
    expect(digest.subject).toBe("2 comments wait for a moderator");
    expect(digest.text).toContain("Parley demo, threats: 1");
    expect(digest.text).toContain("Parley demo, pending: 1");
    expect(header(digest, "List-Unsubscribe-Post")).toBe("List-Unsubscribe=One-Click");
    // within the hour: no second digest; after it, another
    t.clock.advance(30 * 60_000);
    await t.notifier.tick();
    t.clock.advance(31 * 60_000);
    await t.notifier.tick();
    await vi.waitFor(() => expect(smtp.mails).toHaveLength(3));

    const off = await owner.patch("/api/v1/admin/notifications", { digest: "off" });
    expect(off.body.digest).toBe("off");
    expect((await owner.patch("/api/v1/admin/notifications", { digest: "weekly" })).body.error).toMatchObject({ field: "digest" });
    t.clock.advance(2 * 3_600_000);
    await t.notifier.tick();
    await fay.postComment("THREAT again");
    await new Promise((ok) => setTimeout(ok, 300));
    expect(smtp.mails).toHaveLength(3);

    const log = await owner.get("/api/v1/admin/sites/demo/deliveries?channel=email");
    expect(log.body.deliveries.map((d: { kind: string }) => d.kind)).toEqual(["threat"]);
    expect(log.body.deliveries[0]).toMatchObject({ recipient: "o***@example.com", status: "sent" });
    expect(log.body.deliveries[0].lastResponse).toMatch(/^250/);
  });

  it("is off without SMTP: the admin view says so and guests cannot subscribe", async () => {
    const t = await notifyApp();
    cleanup.push(() => t.close());
    const owner = Client.over(t.app);
    await owner.loginAdmin();
    expect((await owner.get("/api/v1/admin/notifications")).body.email).toMatchObject({
      mode: "off",
      from: null,
      note: expect.stringContaining("SMTP_URL"),
    });
    const reader = Client.over(t.app);
    await reader.joinAsGuest("Gil");
    const res = await reader.post("/api/v1/sites/demo/subscriptions", { email: "gil@example.com" });
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe("conflict");
  });
});
