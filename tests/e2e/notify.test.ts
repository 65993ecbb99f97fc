/**
 * Notifications end to end: the real server (SMTP_URL set to a loopback SMTP server), headless
 * Chromium. A moderator sees the email status, chooses a digest, adds a webhook (the secret shown
 * once verifies the receiver's calls), sends a test event and reads the delivery log; a guest
 * ticks "Email me replies" under the widget's composer and receives the confirmation email.
 */
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunningServer } from "../helpers/server.ts";
import { linkAfter, smtpSink } from "../helpers/smtp.ts";
import { verifyCall, webhookReceiver } from "../helpers/webhooks.ts";
import { browserAvailable, type LaunchedBrowser } from "./support/browser.ts";
import type { HostServer } from "./support/host.ts";
import { stage, type Stage } from "./support/stage.ts";
import { axeViolations } from "./admin-support.ts";

const WAIT = { timeout: 20_000 };
const T = 120_000;

describe.skipIf(!browserAvailable())("notifications in a browser", () => {
  let srv: RunningServer;
  let smtp: Awaited<ReturnType<typeof smtpSink>>;
  let host: HostServer;
  let browser: LaunchedBrowser;
  let receiver: Awaited<ReturnType<typeof webhookReceiver>>;
  let up: Stage | undefined;

  beforeAll(async () => {
    smtp = await smtpSink();
    receiver = await webhookReceiver();
    ({ srv, host, browser } = up = await stage({
      server: { env: { SMTP_URL: smtp.url, SMTP_FROM: "Comments <comments@news.example.com>" } },
    }));
  }, T);

  afterAll(async () => {
    await up?.close();
    await smtp?.close();
    await receiver?.close();
  }, T);

  async function signIn(page: Page) {
    await page.goto(srv.url + "/admin");
    await page.getByLabel("Email").fill(srv.adminEmail);
    await page.getByLabel("Password").fill(srv.adminPassword);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.getByText(`${srv.adminEmail} (Owner)`).waitFor(WAIT);
  }

  it(
    "shows the email status and digests, adds a webhook whose secret is shown once, sends a test event, lists deliveries",
    async () => {
      const ctx = await browser.context({ viewport: { width: 1280, height: 900 } });
      const page = await ctx.newPage();
      const errors: string[] = [];
      page.on("pageerror", (e) => errors.push(String(e)));
      await signIn(page);
      await page.locator('parley-admin nav a[href="#notifications"]').click();
      const panel = page.locator("notifications-panel");
      await panel.getByRole("heading", { name: "Notifications" }).waitFor(WAIT);
      await expect.poll(() => panel.locator("[data-email-mode]").textContent(), WAIT).toContain("On: SMTP");
      expect(await panel.locator("[data-email-mode]").textContent()).toContain("Comments <comments@news.example.com>");

      await panel.getByLabel("Queue digest").selectOption("daily");
      await expect.poll(() => panel.locator(`tr[data-digest="${srv.adminEmail}"]`).textContent(), WAIT).toContain("Daily");

      const url = receiver.url("/parley");
      await panel.getByLabel("Endpoint URL").fill(url);
      await panel.getByLabel("Comment published").check();
      await panel.getByLabel("Comment created").check();
      await panel.getByRole("button", { name: "Add webhook" }).click();
      const secret = (await panel.locator("[data-secret]").textContent({ timeout: WAIT.timeout }))!.trim();
      expect(secret).toMatch(/^whsec_/);
      await expect
        .poll(() => panel.locator(`tr[data-webhook="${url}"]`).textContent(), WAIT)
        .toContain("Comment created, Comment published");

      await panel.locator(`tr[data-webhook="${url}"]`).getByRole("button", { name: "Send test event" }).click();
      await expect.poll(() => page.locator("parley-admin .status").textContent(), WAIT).toContain("Test event Sent: HTTP 200 ok");
      expect(receiver.calls).toHaveLength(1);
      const verified = verifyCall(secret, receiver.calls[0]!);
      expect(verified).toMatchObject({ type: "webhook.test", data: { siteId: "demo" } });
      await expect.poll(() => panel.locator('tr[data-delivery="webhook.test"]').getAttribute("data-status"), WAIT).toBe("sent");
      expect(await axeViolations(page)).toEqual([]);

      // the secret is write-only: after a reload it is nowhere on the page
      await page.reload();
      await panel.getByRole("heading", { name: "Notifications" }).waitFor(WAIT);
      await panel.locator(`tr[data-webhook="${url}"]`).waitFor(WAIT);
      expect(await panel.locator("[data-secret]").count()).toBe(0);
      expect(errors).toEqual([]);
      await ctx.close();
    },
    T,
  );

  it(
    "lets a guest ask for reply emails under the composer, and sends them the confirmation link",
    async () => {
      const ctx = await browser.context();
      const page = await ctx.newPage();
      const url = host.page("/optin.html", {
        body: `<script src="${srv.url}/widget.js" data-site="demo" data-page="optin" async></script>`,
      });
      await page.goto(url);
      await page.locator("comment-section #name").fill("Opal");
      await page.locator("comment-section .join button").click();
      const composer = page.locator("comment-section comment-composer:not([slot])");
      await composer.locator("textarea").waitFor(WAIT);
      await composer.getByLabel("Email me replies").check();
      await composer.getByPlaceholder("Your email").fill("opal@example.com");
      await composer.locator("textarea").fill("Tell me when someone answers.");
      await composer.locator("button.primary").click();
      await expect.poll(() => composer.locator("[part=optin] [role=status]").textContent(), WAIT).toContain("Check your inbox");
      await expect.poll(() => smtp.mails.filter((m) => m.envelopeTo.includes("opal@example.com")).length, WAIT).toBe(1);
      const mail = smtp.mails.find((m) => m.envelopeTo.includes("opal@example.com"))!;
      expect(mail.subject).toBe("Confirm reply notifications on Parley demo");
      const confirm = linkAfter(mail.text!, "Confirm");
      expect(confirm.startsWith(srv.url + "/api/v1/notify/confirm?token=")).toBe(true);
      expect((await fetch(confirm, { method: "POST" })).status).toBe(200);
      // the webhook added above saw the comment too
      await expect.poll(() => receiver.calls.some((c) => c.body.includes("Tell me when someone answers.")), WAIT).toBe(true);
      await ctx.close();
    },
    T,
  );
});
