// A spam wave in the moderators' view: the queue item shows the spam score and the signals
// that fired, and "Reject the whole wave (n)" rejects every near-same comment on the site, on
// any page and by any account, in one action. The real server, headless Chromium, dist/admin.js.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { Client } from "../helpers/client.ts";
import { startServer, type RunningServer } from "../helpers/server.ts";
import { browserAvailable, launchBrowser, type LaunchedBrowser } from "./support/browser.ts";
import { Guest } from "./admin-support.ts";

const run = browserAvailable();
const WAIT = { timeout: 20_000 };
const WAVE = "Make 300 dollars a day from home, no experience needed, everything explained at https://bit.ly/daily-300 today";

let server: RunningServer;
let browser: LaunchedBrowser;
let page: Page;

describe.skipIf(!run)("a spam wave in the admin view", () => {
  beforeAll(async () => {
    server = await startServer({ env: { TRUST_PROXY: "1" } });
    browser = await launchBrowser();
    page = await (await browser.context({ viewport: { width: 1280, height: 900 } })).newPage();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it("shows the signals and rejects the whole wave in one action", async () => {
    // Four guests post the same link spam on four pages (each sends it for review when refused);
    // a reader's ordinary comment waits in the queue too.
    const ids: string[] = [];
    for (let n = 0; n < 4; n++) {
      const bot = await Guest.join(server.url, `Bot ${n}`, n);
      const res = await bot.client.call(
        "POST",
        "/api/v1/sites/demo/comments",
        { page: `wave-${n}`, body: WAVE, acknowledge: true },
        bot.headers,
      );
      expect(res.status, JSON.stringify(res.body)).toBe(202);
      ids.push(res.body.comment.id);
    }
    const reader = await Guest.join(server.url, "Reader", 10);
    const held = await reader.held();

    await page.goto(server.url + "/admin");
    await page.getByLabel("Email").fill(server.adminEmail);
    await page.getByLabel("Password").fill(server.adminPassword);
    await page.getByRole("button", { name: "Sign in" }).click();
    // Spam waits in a queue of its own.
    await page.getByRole("tab", { name: /Spam/ }).click();
    const first = page.locator(`queue-item[data-id="${ids[0]}"]`);
    await first.waitFor(WAIT);
    // The reasons a moderator reads, in the item's details.
    await expect.poll(() => first.locator("dd").filter({ hasText: "Held as likely spam" }).count(), WAIT).toBe(1);
    const signals = await first.locator("ul.signals li").allTextContents();
    expect(signals).toContain("link shortener (bit.ly)");
    expect(signals).toContain("first comment links to another site");
    expect(await page.locator(`queue-item[data-id="${ids[3]}"] ul.signals li`).allTextContents()).toContain(
      "same text on 4 pages by 4 accounts in 24 h",
    );
    await first.getByRole("button", { name: "Reject the whole wave (4)" }).click();

    await expect.poll(() => page.locator("parley-admin .status").textContent(), WAIT).toContain("Rejected 4 comments of the spam wave.");
    for (const id of ids) await expect.poll(() => page.locator(`queue-item[data-id="${id}"]`).count(), WAIT).toBe(0);
    // the reader's comment stays, in the pending queue, and has no wave button
    await page.getByRole("tab", { name: /Pending/ }).click();
    const other = page.locator(`queue-item[data-id="${held.id}"]`);
    await other.waitFor(WAIT);
    expect(await other.getByRole("button", { name: /whole wave/ }).count()).toBe(0);

    // Through the API: all four rejected, no strikes, one audit entry.
    const owner = Client.http(server.url);
    await owner.loginAdmin(server.adminEmail, server.adminPassword);
    const rejected = await owner.get("/api/v1/admin/sites/demo/queue?status=rejected&limit=200");
    expect(ids.every((id) => rejected.body.items.some((i: any) => i.comment.id === id))).toBe(true);
    const audit = await owner.get("/api/v1/admin/sites/demo/audit?action=comment.reject_wave");
    expect(audit.body.entries.map((e: any) => e.detail.count)).toEqual([4]);
  });

  it("rejects everything by one commenter from any of their queue items", async () => {
    const bot = await Guest.join(server.url, "Serial Poster", 30);
    const ids: string[] = [];
    for (const [n, body] of ["Loans fast: https://bit.ly/loan-fast", "More loans: https://bit.ly/loan-more"].entries()) {
      const res = await bot.client.call("POST", "/api/v1/sites/demo/comments", { page: `serial-${n}`, body }, bot.headers);
      expect(res.status, JSON.stringify(res.body)).toBe(202);
      ids.push(res.body.comment.id);
    }
    await page.locator(`parley-admin nav a[href="#queue"]`).click();
    await page.getByRole("tab", { name: /Spam/ }).click();
    const item = page.locator(`queue-item[data-id="${ids[0]}"]`);
    await item.waitFor(WAIT);
    page.once("dialog", (d) => d.accept());
    await item.getByRole("button", { name: "Reject all by Serial Poster" }).click();
    await expect.poll(() => page.locator("parley-admin .status").textContent(), WAIT).toContain("Rejected 2 comments");
    for (const id of ids) await expect.poll(() => page.locator(`queue-item[data-id="${id}"]`).count(), WAIT).toBe(0);
  });

  it("rejects the whole spam queue at once, after a look", async () => {
    const ids: string[] = [];
    for (const [n, body] of ["Cheap meds online: https://bit.ly/meds-now", "Crypto signals daily: https://tinyurl.com/vip-sig"].entries()) {
      const bot = await Guest.join(server.url, `Spammer ${n}`, 20 + n);
      const res = await bot.client.call("POST", "/api/v1/sites/demo/comments", { page: `spam-q-${n}`, body }, bot.headers);
      expect(res.status, JSON.stringify(res.body)).toBe(202);
      ids.push(res.body.comment.id);
    }
    await page.locator(`parley-admin nav a[href="#queue"]`).click();
    await page.getByRole("tab", { name: /Spam/ }).click();
    await page.locator(`queue-item[data-id="${ids[1]}"]`).waitFor(WAIT);
    page.once("dialog", (d) => d.accept());
    await page.getByRole("button", { name: /Reject all spam \(\d+\)/ }).click();
    await expect.poll(() => page.locator("parley-admin .status").textContent(), WAIT).toMatch(/Rejected \d+ spam comments/);
    for (const id of ids) await expect.poll(() => page.locator(`queue-item[data-id="${id}"]`).count(), WAIT).toBe(0);
    await page.getByText("Nothing held as spam here").waitFor(WAIT);
  });

  it("edits the spam rule's thresholds in the policy editor, checked like the others", async () => {
    await page.locator(`parley-admin nav a[href="#policy"]`).click();
    const editor = page.locator("policy-editor");
    const hold = editor.locator("#spam-hold");
    await hold.waitFor(WAIT);
    expect(await hold.inputValue()).toBe("0.5");
    expect(await editor.locator("#spam-reject").inputValue()).toBe("0.85");
    await hold.fill("0.9");
    await expect.poll(() => hold.getAttribute("aria-invalid"), WAIT).toBe("true");
    expect(await editor.getByText("hold must not be above reject").count()).toBeGreaterThan(0);
    await hold.fill("0.6");
    await expect.poll(() => hold.getAttribute("aria-invalid"), WAIT).toBe("false");
  });
});
