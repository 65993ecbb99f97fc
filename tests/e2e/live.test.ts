/**
 * Live updates end to end: the real server, headless Chromium, readers in separate browser
 * contexts on a publisher's page (another origin). One reader posts, the other sees the
 * "new comments" bar, then the comment; a moderator's approval reaches an open page; edits and
 * removals apply in place. A server without streams (as on Workers) is polled with ETags.
 */
import { mkdirSync } from "node:fs";
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startServer, type RunningServer } from "../helpers/server.ts";
import { browserAvailable, launchBrowser, type LaunchedBrowser } from "./support/browser.ts";
import { startHost, type HostServer } from "./support/host.ts";
import { Admin, Api, axe } from "./support/api.ts";

const SHOTS = "artifacts/screenshots";
// (an adjective: "an IDIOT take from you" calls the reader an idiot, and is refused)
const HOLD_TEXT = "That is an idiotic take from you.";
const T = 120_000;

describe.skipIf(!browserAvailable())("live updates in a browser", () => {
  let srv: RunningServer;
  let polled: RunningServer;
  let host: HostServer;
  let browser: LaunchedBrowser;
  let admin: Admin;
  let seq = 0;

  beforeAll(async () => {
    [srv, polled, host, browser] = await Promise.all([
      startServer(),
      startServer({ env: { LIVE_STREAMS: "off", LIVE_POLL_SECONDS: "1" } }),
      startHost("127.0.0.2"),
      launchBrowser(),
    ]);
    for (const s of [srv, polled]) {
      const a = await Admin.login(s.url, s.adminEmail, s.adminPassword);
      await a.patchSite({ origins: [s.url, host.origin], rateLimitPerMinute: 1000, guestChallenge: "off" });
      if (s === srv) admin = a;
    }
  }, T);

  afterAll(async () => {
    await browser?.close();
    await host?.close();
    await srv?.stop();
    await polled?.stop();
  }, T);

  /** A reader in a context of their own, on an article embedding the widget for `pageKey`. */
  async function open(server: RunningServer, pageKey: string, ctx?: BrowserContext): Promise<Page> {
    const url = host.page(`/live-${++seq}.html`, {
      body: `<p>Article text.</p><script src="${server.url}/widget.js" data-site="demo" data-page="${pageKey}" async></script>`,
    });
    const page = await (ctx ?? (await browser.context())).newPage();
    page.on("pageerror", (e) => console.error("pageerror:", e.message));
    // A stream's response (its headers) comes once the server has it registered.
    const stream = server === srv ? page.waitForResponse((r) => r.url().includes("/events?"), { timeout: 30_000 }) : null;
    await page.goto(url);
    await expect.poll(() => heading(page), { timeout: 30_000 }).toMatch(/^\d+ comments?$/);
    await page.locator("comment-section div[aria-live=polite]").waitFor({ state: "attached", timeout: 15_000 });
    if (stream) expect((await stream).status()).toBe(200);
    return page;
  }
  const heading = (page: Page) =>
    page
      .locator("comment-section #h")
      .textContent()
      .then((s) => s?.trim());
  const bar = (page: Page) => page.locator("comment-section [part=new-comments]");
  const item = (page: Page, text: string) => page.locator("comment-item", { hasText: text });
  const body = (page: Page, text: string) => item(page, text).locator("article").first().textContent();

  async function join(page: Page, name: string) {
    await page.locator("comment-section #name").fill(name);
    await page.locator("comment-section .join button").click();
    await page.locator("comment-section comment-composer:not([slot]) textarea").waitFor();
  }

  it(
    "one reader posts, the other sees a polite '1 new comment' bar, then the comment in place; the author sees no bar",
    async () => {
      const key = "live-two-readers";
      const api = new Api(srv.url);
      const early = await api.guest("Early");
      await api.post(early.token, key, "The first comment, before anyone came.");
      const reader = await open(srv, key);
      const writer = await open(srv, key);

      await join(writer, "Writer");
      await writer.locator("comment-section comment-composer:not([slot]) textarea").fill("Fresh from the other tab.");
      await writer.locator("comment-section comment-composer:not([slot]) button.primary").click();
      await item(writer, "Fresh from the other tab.").waitFor();

      // The reader's list does not move under them: a bar says what came, in a polite live region.
      await expect.poll(() => bar(reader).textContent(), { timeout: 10_000 }).toBe("1 new comment");
      expect(await item(reader, "Fresh from the other tab.").count()).toBe(0);
      expect(await bar(reader).evaluate((b) => b.parentElement!.getAttribute("aria-live"))).toBe("polite");
      expect(await heading(reader)).toBe("1 comment");

      // A reply to the first comment, from a third reader, joins the bar.
      const third = await api.guest("Third");
      const threads = await api.call("GET", `/api/v1/sites/demo/comments?page=${key}`);
      await api.post(third.token, key, "A reply that came live.", threads.data.comments[0].id);
      await expect.poll(() => bar(reader).textContent(), { timeout: 10_000 }).toBe("2 new comments");
      expect(await axe(reader)).toEqual([]);
      mkdirSync(SHOTS, { recursive: true });
      await reader.locator("comment-section").screenshot({ path: `${SHOTS}/live-new-comments-bar.png` });

      await bar(reader).click();
      await item(reader, "Fresh from the other tab.").waitFor();
      await item(reader, "A reply that came live.").waitFor();
      expect(await bar(reader).count()).toBe(0);
      expect(await heading(reader)).toBe("3 comments");
      // Keyboard and screen-reader users land on the first new comment.
      expect(
        await reader.evaluate(() => document.querySelector("comment-section")!.shadowRoot!.activeElement?.getAttribute("data-id")),
      ).toBeTruthy();

      // The author was never told of their own comment; they see the reply by the bar too.
      await expect.poll(() => bar(writer).textContent(), { timeout: 10_000 }).toBe("1 new comment");
      expect(await item(writer, "Fresh from the other tab.").count()).toBe(1);
    },
    T,
  );

  it(
    "a moderator's approval of a held comment reaches an open page; an edit and a removal apply in place",
    async () => {
      const key = "live-moderation";
      const api = new Api(srv.url);
      const author = await api.guest("Author");
      const shown = await api.post(author.token, key, "A comment that will be edited.");
      const reader = await open(srv, key);
      await item(reader, "A comment that will be edited.").waitFor();

      const held = await api.post(author.token, key, HOLD_TEXT);
      expect(held.status).toBe("pending");
      await new Promise((r) => setTimeout(r, 500));
      expect(await bar(reader).count()).toBe(0);
      const approved = await admin.admin("POST", `/sites/demo/comments/${held.id}/decision`, { action: "approve" });
      expect(approved.status).toBe(200);
      await expect.poll(() => bar(reader).textContent(), { timeout: 10_000 }).toBe("1 new comment");
      await bar(reader).click();
      await item(reader, HOLD_TEXT).waitFor();

      const edited = await api.call(
        "PATCH",
        `/api/v1/sites/demo/comments/${shown.id}`,
        { body: "A comment that was edited, live." },
        { authorization: `Bearer ${author.token}` },
      );
      expect(edited.status).toBe(200);
      await expect.poll(() => body(reader, "edited, live"), { timeout: 10_000 }).toContain("A comment that was edited, live.");
      expect(await bar(reader).count()).toBe(0);

      const removed = await api.call("DELETE", `/api/v1/sites/demo/comments/${held.id}`, undefined, {
        authorization: `Bearer ${author.token}`,
      });
      expect(removed.status).toBe(200);
      await expect.poll(() => item(reader, HOLD_TEXT).count(), { timeout: 10_000 }).toBe(0);
      expect(await heading(reader)).toBe("1 comment");
    },
    T,
  );

  it(
    "a hidden tab gives its stream up (browsers share 6 connections per origin); shown again, it catches up and streams again",
    async () => {
      const key = "live-hidden";
      const api = new Api(srv.url);
      const ctx = await browser.context();
      const streams: string[] = [];
      ctx.on("request", (r) => void (r.url().includes("/events?") && streams.push(r.url())));
      const reader = await open(srv, key, ctx);
      expect(streams).toHaveLength(1);
      const setHidden = (hidden: boolean) =>
        reader.evaluate((h) => {
          Object.defineProperty(document, "hidden", { value: h, configurable: true });
          document.dispatchEvent(new Event("visibilitychange"));
        }, hidden);
      await setHidden(true);
      const someone = await api.guest("Someone");
      await api.post(someone.token, key, "Written while the tab was hidden.");
      await new Promise((r) => setTimeout(r, 1000));
      expect(await bar(reader).count(), "no stream while hidden").toBe(0);
      await setHidden(false);
      await expect.poll(() => bar(reader).textContent(), { timeout: 10_000 }).toBe("1 new comment");
      expect(streams).toHaveLength(2);
      await api.post(someone.token, key, "Written once it was shown again.");
      await expect.poll(() => bar(reader).textContent(), { timeout: 10_000 }).toBe("2 new comments");
    },
    T,
  );

  it(
    "without streams (LIVE_STREAMS=off, as on Workers) the widget polls the listing with If-None-Match: 304s, then the bar",
    async () => {
      const key = "live-polling";
      const api = new Api(polled.url);
      const ctx = await browser.context();
      const listings: { status: number; conditional: boolean }[] = [];
      let streams = 0;
      ctx.on("response", async (res) => {
        const r = res.request();
        if (r.url().includes("/events?")) streams++;
        if (!r.url().startsWith(polled.url + "/api/v1/sites/demo/comments?")) return;
        listings.push({ status: res.status(), conditional: !!(await r.headerValue("if-none-match")) });
      });
      const reader = await open(polled, key, ctx);
      await expect.poll(() => listings.filter((l) => l.status === 304 && l.conditional).length, { timeout: 15_000 }).toBeGreaterThan(0);
      const someone = await api.guest("Someone");
      await api.post(someone.token, key, "Found by polling.");
      await expect.poll(() => bar(reader).textContent(), { timeout: 15_000 }).toBe("1 new comment");
      await bar(reader).click();
      await item(reader, "Found by polling.").waitFor();
      expect(streams).toBe(0);
    },
    T,
  );
});
