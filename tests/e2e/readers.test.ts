/**
 * Readers' parts of issue 12 end to end, in headless Chromium against the real server, the
 * publisher's page on another origin: votes seen from two browser contexts, best first, a page of
 * twenty count spans filled by one request, a permalink to a comment on the listing's third page,
 * and lazy loading proven by the network log.
 */
import type { BrowserContext, Page, Request } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunningServer } from "../helpers/server.ts";
import { browserAvailable, type LaunchedBrowser } from "./support/browser.ts";
import type { HostServer } from "./support/host.ts";
import { activeElement, axe, type Admin, type Api } from "./support/api.ts";
import { stage, type Stage } from "./support/stage.ts";

const T = 120_000;

describe.skipIf(!browserAvailable())("readers: votes, counts, permalinks, lazy loading", () => {
  let srv: RunningServer;
  let host: HostServer;
  let browser: LaunchedBrowser;
  let admin: Admin;
  let api: Api;
  let up: Stage | undefined;
  let seq = 0;

  beforeAll(async () => {
    ({ srv, host, browser, admin, api } = up = await stage({ site: { guestChallenge: "off", downvotes: true } }));
  }, T);

  afterAll(() => up?.close(), T);

  const embed = (pageKey: string, attrs = "") =>
    `<script src="${srv.url}/widget.js" data-site="demo" data-page="${pageKey}" ${attrs} async></script>`;

  /** Every request the context makes to the API server, as it makes them. */
  function networkLog(ctx: BrowserContext): string[] {
    const log: string[] = [];
    ctx.on("request", (r: Request) => void (r.url().startsWith(srv.url) && log.push(r.url().slice(srv.url.length))));
    return log;
  }

  async function open(ctx: BrowserContext, url: string): Promise<Page> {
    const page = await ctx.newPage();
    page.on("pageerror", (e) => console.error("pageerror:", e.message));
    await page.goto(url);
    return page;
  }

  const ready = (page: Page) =>
    expect.poll(() => page.locator("comment-section #h").textContent(), { timeout: 30_000 }).toMatch(/^\s*\d+ comments?\s*$/);
  const item = (page: Page, id: string) => page.locator(`comment-section comment-item[data-id="${id}"]`);
  const upvote = (page: Page, id: string) => item(page, id).getByRole("button", { name: /^Upvote/ });
  /** A vote button's accessible name, e.g. "Upvote (2)" (the visible "▲ 2" is hidden from assistive technology). */
  const name = (button: ReturnType<typeof upvote>) => button.locator(".sr").textContent();

  async function join(page: Page, name: string) {
    await page.locator("comment-section #name").fill(name);
    await page.locator("comment-section .join button").click();
    await page.locator("comment-section comment-composer:not([slot]) textarea").waitFor();
  }

  it(
    "counts votes from two readers, shows each their own as pressed, and orders best first",
    async () => {
      const key = `votes-${++seq}`;
      const author = await api.guest("Author");
      const first = await api.post(author.token, key, "The first comment, about the bus timetable.");
      const liked = await api.post(author.token, key, "The second comment, which readers will like.");
      const url = host.page(`/votes-${seq}.html`, { body: embed(key) });

      const [ctxA, ctxB] = await Promise.all([browser.context(), browser.context()]);
      const a = await open(ctxA, url);
      await ready(a);
      await join(a, "Ana");
      await expect.poll(() => upvote(a, liked.id).getAttribute("aria-pressed")).toBe("false");
      await upvote(a, liked.id).click();
      await expect.poll(() => upvote(a, liked.id).getAttribute("aria-pressed")).toBe("true");
      expect(await name(upvote(a, liked.id))).toBe("Upvote (1)");

      // Another reader, another browser context: the listing may be the cached build, the counts are current.
      const b = await open(ctxB, url);
      await ready(b);
      await expect.poll(() => name(upvote(b, liked.id))).toBe("Upvote (1)");
      expect(await upvote(b, liked.id).getAttribute("aria-pressed")).toBe("false");
      // Without a session a vote asks the reader to join: focus goes to the name field.
      await upvote(b, liked.id).click();
      await expect.poll(async () => (await activeElement(b))?.id).toBe("name");
      await join(b, "Bo");
      await upvote(b, liked.id).click();
      await expect.poll(() => name(upvote(b, liked.id))).toBe("Upvote (2)");
      // The site takes downvotes: Bo changes side on the first comment and back.
      const down = item(b, first.id).getByRole("button", { name: /^Downvote/ });
      await down.click();
      await expect.poll(() => down.getAttribute("aria-pressed")).toBe("true");
      await down.click();
      await expect.poll(() => down.getAttribute("aria-pressed")).toBe("false");
      // The author cannot vote on their own comment (the buttons are there, disabled).

      // Ana reloads: two votes, hers pressed; her undo takes it back to one.
      await a.reload();
      await ready(a);
      await expect.poll(() => name(upvote(a, liked.id))).toBe("Upvote (2)");
      await expect.poll(() => upvote(a, liked.id).getAttribute("aria-pressed")).toBe("true");
      await upvote(a, liked.id).click();
      await expect.poll(() => name(upvote(a, liked.id))).toBe("Upvote (1)");
      expect(await upvote(a, liked.id).getAttribute("aria-pressed")).toBe("false");

      // Suspended, Ana can no longer vote.
      const token = await a.evaluate(() => localStorage.getItem("parley:demo:token"));
      const me = await api.call("GET", "/api/v1/sites/demo/me", undefined, { authorization: `Bearer ${token}` });
      const sanction = await admin.sanction(me.data.user.id, "suspend", "a break", 2);
      await a.reload();
      await ready(a);
      await expect.poll(() => upvote(a, liked.id).isDisabled()).toBe(true);
      // (Lifted: every test's commenters share this machine's address, which a sanction would link.)
      expect((await admin.admin("DELETE", `/sites/demo/users/${me.data.user.id}/sanctions/${sanction.id}`)).status).toBe(200);

      // Best first: the liked comment leads although it is newer.
      await b.locator("comment-section #sort").selectOption("best");
      await expect
        .poll(() => b.locator("comment-section comment-item").evaluateAll((els) => els.map((e) => e.getAttribute("data-id"))))
        .toEqual([liked.id, first.id]);
      expect(await axe(b)).toEqual([]);
    },
    T,
  );

  it(
    "fills twenty count spans on an article list from one request",
    async () => {
      const author = await api.guest("Counter");
      const keys = Array.from({ length: 20 }, (_, i) => `${host.origin}/list-${seq}/story-${i}`);
      for (let i = 0; i < 5; i++) for (let n = 0; n <= i; n++) await api.post(author.token, keys[i]!, `Story ${i}, comment ${n}.`);
      const spans = keys.map((k, i) => `<li><a href="${k}">Story ${i}</a> <span data-parley-count="${k}">…</span> comments</li>`).join("");
      const url = host.page(`/list-${++seq}.html`, {
        body: `<ul>${spans}</ul><script src="${srv.url}/count.js" data-site="demo" async></script>`,
      });
      const ctx = await browser.context();
      const log = networkLog(ctx);
      const page = await open(ctx, url);
      await expect
        .poll(() => page.locator("[data-parley-count]").evaluateAll((els) => els.map((e) => e.textContent)))
        .toEqual(keys.map((_, i) => String(i < 5 ? i + 1 : 0)));
      const apiCalls = log.filter((u) => u.startsWith("/api/"));
      expect(apiCalls).toHaveLength(1);
      expect(apiCalls[0]).toMatch(/^\/api\/v1\/sites\/demo\/counts\?page=/);
      // No widget: the count script alone.
      expect(log.filter((u) => u.startsWith("/w/") || u.startsWith("/widget.js"))).toEqual([]);
    },
    T,
  );

  it(
    "opens a permalink to a reply on the listing's third page: loads its thread, scrolls to it, marks it in words and focuses it",
    async () => {
      const key = `permalink-${++seq}`;
      const author = await api.guest("Linker");
      const roots: string[] = [];
      for (let i = 0; i < 45; i++) roots.push((await api.post(author.token, key, `Top-level comment number ${i}.`)).id);
      // Thread 43 of 45, oldest first: the third page of twenty; its fifth reply is beyond the three sent with a thread.
      let parent = roots[42]!;
      for (let r = 0; r < 5; r++) parent = (await api.post(author.token, key, `Reply ${r} in the linked thread.`, roots[42])).id;
      const target = parent;
      const url = host.page(`/permalink-${seq}.html`, { body: embed(key) });

      const ctx = await browser.context();
      const page = await open(ctx, `${url}#comment-${target}`);
      await ready(page);
      const linked = item(page, target);
      await linked.waitFor({ timeout: 30_000 });
      await expect.poll(() => linked.locator("article").getAttribute("class")).toContain("linked");
      expect(await linked.locator("article").textContent()).toContain("Linked comment");
      await expect.poll(async () => (await activeElement(page))?.hostId).toBe(target);
      expect(await linked.isVisible()).toBe(true);
      const box = await linked.boundingBox();
      expect(box!.y).toBeGreaterThanOrEqual(0);
      expect(box!.y).toBeLessThan(900);
      // Its thread is at the top, with the comments before it in order; the first page stays listed.
      expect(await item(page, roots[42]!).isVisible()).toBe(true);
      expect(await item(page, roots[0]!).count()).toBe(1);
      // Each comment's link is its permalink on the article's URL; following one marks that comment.
      const link = item(page, roots[1]!).getByRole("link", { name: "Link" });
      expect(await link.getAttribute("href")).toBe(`#comment-${roots[1]}`);
      await link.click();
      await expect.poll(async () => (await activeElement(page))?.hostId).toBe(roots[1]);
      expect(page.url()).toBe(`${url}#comment-${roots[1]}`);
    },
    T,
  );

  it(
    "loads nothing below the fold until the section nears the viewport; data-loading=eager loads at once",
    async () => {
      const key = `lazy-${++seq}`;
      const author = await api.guest("Lazy");
      await api.post(author.token, key, "A comment far down the page.");
      const tall = `<div style="height: 6000px">A long article.</div>`;
      const lazyUrl = host.page(`/lazy-${seq}.html`, { body: tall + embed(key) });

      const ctx = await browser.context();
      const log = networkLog(ctx);
      const page = await open(ctx, lazyUrl);
      await page.waitForLoadState("networkidle");
      await page.waitForTimeout(500);
      // The loader only: no module, no API request.
      expect(log).toEqual(["/widget.js"]);
      expect(await page.locator("comment-section").count()).toBe(1);

      await page.mouse.wheel(0, 5000);
      await ready(page);
      expect(log.some((u) => u.startsWith("/w/main-"))).toBe(true);
      expect(log.some((u) => u.startsWith("/api/v1/sites/demo/comments?"))).toBe(true);

      // Opted out: the same page loads the section at once.
      const eagerUrl = host.page(`/eager-${seq}.html`, { body: tall + embed(key, 'data-loading="eager"') });
      const ctx2 = await browser.context();
      const log2 = networkLog(ctx2);
      const eager = await open(ctx2, eagerUrl);
      await ready(eager);
      expect(log2.some((u) => u.startsWith("/api/v1/sites/demo/comments?"))).toBe(true);
      expect(await eager.evaluate(() => scrollY)).toBe(0);
    },
    T,
  );
});
