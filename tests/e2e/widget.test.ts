/**
 * The embeddable widget end to end: real headless Chromium, the real server started as in
 * production, and the publisher's page served from ANOTHER origin (127.0.0.2) than the API
 * (127.0.0.1), embedding /widget.js with the contract's script tag.
 */
import { mkdirSync } from "node:fs";
import { SignJWT } from "jose";
import type { BrowserContext, BrowserContextOptions, Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunningServer } from "../helpers/server.ts";
import { browserAvailable, type LaunchedBrowser } from "./support/browser.ts";
import { articlePage, startHost, type HostServer } from "./support/host.ts";
import { activeElement, axe, type Admin, type Api } from "./support/api.ts";
import { stage, type Stage } from "./support/stage.ts";
import { FIRST_SCREEN } from "../../widget/controllers/comments.ts";

const SHOTS = "artifacts/screenshots";
const SSO_SECRET = "a publisher sso secret that is long enough";
/** What the detector holds for review (between the default policy's hold and reject scores), and what it refuses (checked in beforeAll). */
// (an adjective: "an IDIOT take from you" calls the reader an idiot, and is refused)
const HOLD_TEXT = "That is an idiotic take from you.";
const REJECT_TEXT = "You are a stupid worthless idiot";
const T = 120_000;

describe.skipIf(!browserAvailable())("widget in a browser", () => {
  let srv: RunningServer;
  let host: HostServer;
  let browser: LaunchedBrowser;
  let admin: Admin;
  let api: Api;
  let up: Stage | undefined;
  let seq = 0;

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    ({ srv, host, browser, admin, api } = up = await stage({ site: { ssoSecret: SSO_SECRET } }));
    const probe = await api.guest("Probe");
    expect((await api.preview(probe.token, HOLD_TEXT)).decision).toBe("hold");
    expect((await api.preview(probe.token, REJECT_TEXT)).decision).toBe("reject");
  }, T);

  afterAll(() => up?.close(), T);

  /** A fresh reader (own storage) on a new article embedding the widget with the script tag. */
  async function open(
    pageKey: string,
    o: { attrs?: string; context?: BrowserContextOptions; ctx?: BrowserContext; head?: string; wait?: boolean } = {},
  ): Promise<Page> {
    const url = host.page(`/article-${++seq}.html`, {
      head: o.head,
      body: `<script src="${srv.url}/widget.js" data-site="demo"${pageKey ? ` data-page="${pageKey}"` : ""} ${o.attrs ?? ""} async></script>`,
    });
    const ctx = o.ctx ?? (await browser.context(o.context));
    const page = await ctx.newPage();
    page.on("pageerror", (e) => console.error("pageerror:", e.message));
    await page.goto(url);
    if (o.wait !== false) await ready(page);
    return page;
  }

  /** Waits until the count heading shows the number of comments (loading is over). */
  const ready = (page: Page) => expect.poll(() => heading(page), { timeout: 30_000 }).toMatch(/^\d+ comments?$/);
  const heading = (page: Page) =>
    page
      .locator("comment-section #h")
      .textContent()
      .then((s) => s?.trim());
  const main = (page: Page) => page.locator("comment-section comment-composer:not([slot]) textarea");
  const item = (page: Page, text: string) => page.locator("comment-item", { hasText: text });
  /** A comment item's own text (its shadow tree; `textContent()` of the host has only slotted children). */
  const text = (l: Locator) => l.locator("article").first().textContent();

  async function join(page: Page, name: string) {
    await page.locator("comment-section #name").fill(name);
    await page.locator("comment-section .join button").click();
    await Promise.race([
      main(page).waitFor(),
      page
        .locator("comment-section .join [role=alert]")
        .waitFor()
        .then(async () => {
          throw new Error("join failed: " + (await page.locator("comment-section .join [role=alert]").textContent()));
        }),
    ]);
  }

  async function post(page: Page, text: string) {
    await main(page).fill(text);
    await page.locator("comment-section comment-composer:not([slot]) button.primary").click();
    await item(page, text).first().waitFor();
  }

  /** The signed-in reader's user id, from the token the widget keeps. */
  async function userIdOf(page: Page): Promise<string> {
    const token = await page.evaluate(() => localStorage.getItem("parley:demo:token"));
    const me = await api.call("GET", "/api/v1/sites/demo/me", undefined, { authorization: `Bearer ${token}` });
    return me.data.user.id;
  }

  const noViolations = async (page: Page, label: string) => {
    const v = await axe(page);
    expect(v, `${label}: ${JSON.stringify(v, null, 1)}`).toEqual([]);
  };

  it(
    "embeds with the script tag from another origin: mounts after the tag, page key from the canonical URL, CORS calls",
    async () => {
      const origins: Promise<string | null>[] = [];
      const ctx = await browser.context();
      ctx.on("request", (r) => void (r.url().startsWith(srv.url + "/api/") && origins.push(r.headerValue("origin"))));
      const page = await open("", { ctx, head: '<link rel="canonical" href="/stories/canon?utm_source=x#top">' });
      expect(new URL(page.url()).origin).not.toBe(srv.url);
      const placed = await page.evaluate(() => {
        const s = document.querySelector("script[data-site]")!;
        const el = s.nextElementSibling as HTMLElement;
        return { tag: el.tagName, page: el.getAttribute("page"), api: el.getAttribute("api"), site: el.getAttribute("site") };
      });
      expect(placed).toEqual({ tag: "COMMENT-SECTION", page: `${host.origin}/stories/canon`, api: srv.url, site: "demo" });
      expect(origins.length).toBeGreaterThan(1);
      expect([...new Set(await Promise.all(origins))]).toEqual([host.origin]);
      // The page's own CSS (serif everywhere, red padded buttons) stays outside.
      const look = await page.evaluate(() => {
        const root = document.querySelector("comment-section")!.shadowRoot!;
        const h = getComputedStyle(root.querySelector("#h")!);
        const b = getComputedStyle(root.querySelector(".link")!);
        return { font: h.fontFamily, spacing: h.letterSpacing, button: b.backgroundColor, pad: b.paddingTop };
      });
      expect(look.font).not.toContain("Times");
      expect(look.font).toContain("system-ui");
      expect(look.spacing).toBe("normal");
      expect(look.button).not.toBe("rgb(255, 0, 0)");
      expect(look.pad).not.toBe("30px");
      expect(await page.locator("comment-section").getByText("No comments yet").isVisible()).toBe(true);
      await page.screenshot({ path: `${SHOTS}/empty.png`, fullPage: true });

      // /widget.js: cacheable, with a validator.
      const js = await fetch(srv.url + "/widget.js");
      expect(js.headers.get("cache-control")).toMatch(/max-age=\d+/);
      const etag = js.headers.get("etag");
      expect(etag).toBeTruthy();
      expect((await fetch(srv.url + "/widget.js", { headers: { "if-none-match": etag! } })).status).toBe(304);
    },
    T,
  );

  it(
    "asks for an anonymous reader's first screen while its modules load, each request once; a signed-in reader's with the token",
    async () => {
      const events: { kind: "ask" | "done"; url: string; token: boolean }[] = [];
      const ctx = await browser.context();
      ctx.on("request", (r) => void events.push({ kind: "ask", url: r.url(), token: !!r.headers()["authorization"] }));
      ctx.on("requestfinished", (r) => void events.push({ kind: "done", url: r.url(), token: false }));
      const page = await open("early-requests", { ctx });
      const asked = (test: (url: string) => boolean) => events.filter((e) => e.kind === "ask" && test(e.url));
      const at = (kind: "ask" | "done", test: (url: string) => boolean) => events.findIndex((e) => e.kind === kind && test(e.url));
      const firstScreen = (url: string) =>
        url.startsWith(`${srv.url}/api/v1/sites/demo/comments?`) && url.includes(`limit=${FIRST_SCREEN}&`);
      const mainModule = (url: string) => /\/w\/main-[A-Z0-9]+\.js$/.test(url);
      expect(asked(firstScreen)).toHaveLength(1);
      expect(asked((u) => u === `${srv.url}/api/v1/sites/demo`)).toHaveLength(1);
      expect(asked((u) => u === `${srv.url}/api/v1/sites/demo/policy`)).toHaveLength(1);
      expect(at("done", mainModule)).toBeGreaterThan(-1);
      expect(at("ask", firstScreen)).toBeLessThan(at("done", mainModule));

      // Signed in, the widget asks itself (with the token), and still once.
      await join(page, "Early Bird");
      events.length = 0;
      await page.reload();
      await ready(page);
      const lists = asked(firstScreen);
      expect(lists).toHaveLength(1);
      expect(lists[0]!.token).toBe(true);
    },
    T,
  );

  it(
    "a page on an origin the site does not allow cannot load the comments (CORS)",
    async () => {
      const other = await startHost("127.0.0.3");
      try {
        const ctx = await browser.context();
        const page = await ctx.newPage();
        await page.goto(
          other.page("/x.html", { body: `<script src="${srv.url}/widget.js" data-site="demo" data-page="cors" async></script>` }),
        );
        await expect
          .poll(() => page.locator("comment-section [role=alert]").textContent(), { timeout: 30_000 })
          .toContain("could not be loaded");
      } finally {
        await other.close();
      }
    },
    T,
  );

  it(
    'shows threads: replies indented, then flattened with "replying to", relative times with the exact time on hover, the count',
    async () => {
      const key = "read";
      const [ana, ben, cy] = await Promise.all(["Ana Lima", "Ben Ode", "Cy"].map((n) => api.guest(n)));
      const a = await api.post(ana.token, key, "The **first** comment");
      const b = await api.post(ben.token, key, "Reply level one", a.id);
      const c = await api.post(cy.token, key, "Reply level two", b.id);
      const d = await api.post(ana.token, key, "Reply level three", c.id);
      const e = await api.post(ben.token, key, "Reply level four", d.id);
      await api.post(cy.token, key, "Reply level five", e.id);
      await api.post(cy.token, key, "Another top-level comment");
      const page = await open(key);
      expect(await heading(page)).toBe("7 comments");
      // The first replies of a thread come with it; the others on request.
      await expect.poll(() => page.locator("comment-item").count()).toBe(5);
      const more = page.locator("comment-section [part=more-replies]");
      expect(await more.textContent()).toContain("Show 2 more replies");
      await more.click();
      await expect.poll(() => page.locator("comment-item").count()).toBe(7);
      expect(await more.count()).toBe(0);
      // Keyboard users land on the first reply that came in.
      expect((await activeElement(page))?.text).toContain("Reply level four");
      expect(await item(page, "The first comment").locator("strong").textContent()).toBe("first");
      // Indented three levels; below that, one flat level where each says whom it answers.
      expect(await text(item(page, "Reply level four"))).toContain("replying to Ana Lima");
      expect(await text(item(page, "Reply level five"))).toContain("replying to Ben Ode");
      expect(await text(item(page, "Reply level three"))).not.toContain("replying to");
      const depth = (text: string) =>
        item(page, text).evaluate((el) => {
          let n = 0;
          for (let p = el.parentElement; p; p = p.parentElement) if (p.tagName === "UL") n++;
          return n;
        });
      expect(await depth("The first comment")).toBe(1);
      expect(await depth("Reply level one")).toBe(2);
      expect(await depth("Reply level three")).toBe(4);
      expect(await depth("Reply level four")).toBe(5);
      expect(await depth("Reply level five")).toBe(5);
      const time = item(page, "Another top-level").locator("time");
      expect(await time.textContent()).toMatch(/just now|minute/);
      expect(await time.getAttribute("title")).toBeNull(); // built on hover, not at first paint
      await time.hover();
      expect(await time.getAttribute("title")).toMatch(/\d{4}/);
      expect(await time.getAttribute("datetime")).toMatch(/^\d{4}-\d\d-\d\dT/);
      expect(await item(page, "The first comment").locator(".av").textContent()).toBe("AL");
      await page.screenshot({ path: `${SHOTS}/thread.png`, fullPage: true });
      await noViolations(page, "thread, light");
    },
    T,
  );

  it(
    "shows a loading state, then an error state with retry when the API is down; typed text survives",
    async () => {
      const ctx = await browser.context();
      // Hold the first list request to see the loading state.
      let release!: () => void;
      const gate = new Promise<void>((r) => (release = r));
      await ctx.route(/\/comments\?/, async (route) => {
        await gate;
        await route.continue();
      });
      // When the section came to life, and when it first drew anything.
      await ctx.addInitScript(() => {
        const times: Record<string, number> = ((window as unknown as { times: typeof times }).times = {});
        customElements.whenDefined("comment-section").then(() => (times.defined = performance.now()));
        const attach = Element.prototype.attachShadow;
        Element.prototype.attachShadow = function (o) {
          const root = attach.call(this, o);
          if (this.tagName === "COMMENT-SECTION")
            new MutationObserver(() => root.children.length && (times.drawn ??= performance.now())).observe(root, {
              childList: true,
              subtree: true,
            });
          return root;
        };
      });
      const page = await open("errors", { ctx, wait: false });
      await page.locator("comment-section").getByText("Loading comments…").waitFor();
      // Not at once: the loader's answers usually come first, and a "Loading…" frame just before them would delay them.
      const times = await page.evaluate(() => (window as unknown as { times: { defined: number; drawn: number } }).times);
      expect(times.drawn - times.defined).toBeGreaterThanOrEqual(350);
      await page.screenshot({ path: `${SHOTS}/loading.png` });
      release();
      await ready(page);
      await ctx.unroute(/\/comments\?/);
      await join(page, "Offline Olga");

      // The API goes away: posting fails, the text stays, and it says so.
      await ctx.route(/\/api\/v1\//, (route) => route.abort("connectionrefused"));
      await main(page).fill("Written while the server is down");
      await page.locator("comment-section comment-composer:not([slot]) button.primary").click();
      await expect.poll(() => page.locator("comment-composer [role=alert]").textContent()).toContain("Could not reach the server");
      expect(await main(page).inputValue()).toBe("Written while the server is down");
      // A reload of the list fails too: error state with a retry.
      await page.locator("comment-section #sort").selectOption("newest");
      await page.locator("comment-section").getByText("Comments could not be loaded.").waitFor();
      await page.screenshot({ path: `${SHOTS}/error.png`, fullPage: true });
      await noViolations(page, "error state");

      // 5xx: the server's own error.
      await ctx.unroute(/\/api\/v1\//);
      await ctx.route(/\/api\/v1\/sites\/demo\/comments$/, (route) =>
        route.request().method() === "POST" ? route.fulfill({ status: 503, body: "Service Unavailable" }) : route.continue(),
      );
      await page.locator("comment-section comment-composer:not([slot]) button.primary").click();
      await expect.poll(() => page.locator("comment-composer [role=alert]").textContent()).toContain("Something went wrong");
      await ctx.unroute(/\/api\/v1\/sites\/demo\/comments$/);

      // Back up: retry loads the list, and the kept text posts.
      await page.locator("comment-section").getByRole("button", { name: "Try again" }).click();
      await ready(page);
      // The draft is also kept across a reload.
      await page.reload();
      await ready(page);
      expect(await main(page).inputValue()).toBe("Written while the server is down");
      await page.locator("comment-section comment-composer:not([slot]) button.primary").click();
      await item(page, "Written while the server is down").waitFor();
      expect(await main(page).inputValue()).toBe("");
      await page.reload();
      await ready(page);
      expect(await main(page).inputValue()).toBe("");
    },
    T,
  );

  it(
    "opens the comment policy in an accessible dialog; Escape closes it and focus returns",
    async () => {
      const page = await open("policy");
      const link = page.locator("comment-section [part=policy-link]");
      expect(await link.textContent()).toContain("Please read our comment policy before commenting");
      await link.focus();
      await page.keyboard.press("Enter");
      const dialog = page.locator("comment-section policy-dialog dialog");
      await expect.poll(() => dialog.evaluate((d: HTMLDialogElement) => d.open)).toBe(true);
      expect(await dialog.getAttribute("aria-labelledby")).toBe("title");
      expect((await activeElement(page))?.host).toBe("policy-dialog");
      expect(await dialog.textContent()).toContain("Rules");
      await page.screenshot({ path: `${SHOTS}/policy-dialog.png` });
      await noViolations(page, "policy dialog");
      await page.keyboard.press("Escape");
      await expect.poll(() => dialog.evaluate((d: HTMLDialogElement) => d.open)).toBe(false);
      expect((await activeElement(page))?.className).toBe("link");
    },
    T,
  );

  it(
    "joins as a guest and posts with the keyboard only; focus moves to the new comment",
    async () => {
      const page = await open("keyboard");
      // Tab to the name field.
      for (let i = 0; i < 30 && (await activeElement(page))?.id !== "name"; i++) await page.keyboard.press("Tab");
      expect((await activeElement(page))?.id).toBe("name");
      await page.keyboard.type("Kim Keys");
      await page.keyboard.press("Enter");
      await expect.poll(async () => (await activeElement(page))?.tag).toBe("textarea");
      expect(await page.locator("comment-section [part=account]").textContent()).toContain("Signed in as Kim Keys");
      await page.keyboard.type("Posted without a mouse");
      await page.keyboard.press("Control+Enter");
      await item(page, "Posted without a mouse").waitFor();
      await expect.poll(async () => (await activeElement(page))?.tag).toBe("article");
      expect((await activeElement(page))?.text).toContain("Posted without a mouse");
      await expect.poll(() => page.locator("comment-section .sr[role=status]").textContent()).toContain("Your comment was posted.");
      expect(await heading(page)).toBe("1 comment");
      // The device id and token are kept per site: a reload is still signed in.
      const kept = await page.evaluate(() => [localStorage.getItem("parley:demo:device"), !!localStorage.getItem("parley:demo:token")]);
      expect(kept[0]).toMatch(/^[0-9a-f]{32}$/);
      expect(kept[1]).toBe(true);
      await page.reload();
      await ready(page);
      await main(page).waitFor();
      // Sign out: back to the join form, and the token no longer works on the server either.
      const token = await page.evaluate(() => localStorage.getItem("parley:demo:token"));
      await page.locator("comment-section [part=account] button").click();
      await page.locator("comment-section #name").waitFor();
      expect(await page.evaluate(() => localStorage.getItem("parley:demo:token"))).toBeNull();
      await expect
        .poll(async () => (await api.call("GET", "/api/v1/sites/demo/me", undefined, { authorization: `Bearer ${token}` })).status)
        .toBe(401);
    },
    T,
  );

  it(
    "replies, edits and deletes own comments, and reports others",
    async () => {
      const key = "crud";
      const ana = await api.guest("Ana");
      await api.post(ana.token, key, "A comment by Ana");
      const page = await open(key);
      await join(page, "Rui");
      // Others' comments: reply and report, no edit or delete.
      const anas = item(page, "A comment by Ana");
      expect(await anas.locator("[data-a=edit]").count()).toBe(0);
      expect(await anas.locator("[data-a=delete]").count()).toBe(0);
      await anas.locator("[data-a=reply]").click();
      const replyBox = page.locator("comment-section comment-composer[slot=reply] textarea");
      await expect.poll(async () => (await activeElement(page))?.tag).toBe("textarea");
      await replyBox.fill("A reply by Rui");
      await page.locator("comment-section comment-composer[slot=reply] button.primary").click();
      const reply = item(page, "A reply by Rui");
      await reply.waitFor();
      expect(
        await reply.evaluate(
          (el) => el.closest("li")!.parentElement!.closest("li")?.querySelector("comment-item")?.shadowRoot?.textContent,
        ),
      ).toContain("A comment by Ana");
      expect(await heading(page)).toBe("2 comments");

      // Edit within the window.
      await reply.locator("[data-a=edit]").click();
      const editBox = page.locator("comment-section comment-composer[slot=editor] textarea");
      expect(await editBox.inputValue()).toBe("A reply by Rui");
      await editBox.fill("An edited reply by Rui");
      await page.locator("comment-section comment-composer[slot=editor] button.primary").click();
      const edited = item(page, "An edited reply by Rui");
      await edited.waitFor();
      expect(await text(edited)).toContain("edited");

      // Report Ana's comment with a reason.
      await anas.locator("[data-a=report]").click();
      await anas.locator("select").selectOption("spam");
      await anas.locator("#note").fill("Looks like an advert");
      await anas.locator("form button.primary").click();
      await anas.getByText("Thank you").waitFor();
      await anas.locator("[data-a=report]").click();
      await anas.locator("form button.primary").click();
      await anas.getByText("already reported").waitFor();

      // Delete own reply.
      await edited.locator("[data-a=delete]").click();
      await edited.locator("[data-a=confirm]").click();
      await expect.poll(() => item(page, "An edited reply by Rui").count()).toBe(0);
      expect(await heading(page)).toBe("1 comment");
      await page.reload();
      await ready(page);
      expect(await item(page, "An edited reply by Rui").count()).toBe(0);
    },
    T,
  );

  it(
    "sorts oldest/newest and loads more",
    async () => {
      const key = "many";
      const writer = await api.guest("Writer");
      for (let i = 1; i <= 25; i++) await api.post(writer.token, key, `Numbered comment ${String(i).padStart(2, "0")}`);
      const page = await open(key);
      expect(await heading(page)).toBe("25 comments");
      const tops = page.locator("comment-section ul.list > li > comment-item");
      await expect.poll(() => tops.count()).toBe(20);
      expect(await text(tops.first())).toContain("Numbered comment 01");
      await page.locator("comment-section [part=load-more]").click();
      await expect.poll(() => tops.count()).toBe(25);
      expect(await text(tops.last())).toContain("Numbered comment 25");
      expect((await activeElement(page))?.text).toContain("Numbered comment 21");
      expect(await page.locator("comment-section [part=load-more]").count()).toBe(0);
      await page.locator("comment-section #sort").selectOption("newest");
      await expect.poll(() => text(tops.first())).toContain("Numbered comment 25");
      await expect.poll(() => tops.count()).toBe(20);
    },
    T,
  );

  it(
    "renders the first screen of threads at once and the rest after it",
    async () => {
      const key = "first-screen";
      const writer = await api.guest("Screen");
      for (let i = 1; i <= 12; i++) await api.post(writer.token, key, `Screenful ${i}`);
      const ctx = await browser.context();
      // Records how many comments the section's first rendering of the list holds.
      await ctx.addInitScript(() => {
        const seen: number[] = ((window as unknown as { firstItems: number[] }).firstItems = []);
        const attach = Element.prototype.attachShadow;
        Element.prototype.attachShadow = function (o) {
          const root = attach.call(this, o);
          if (this.tagName === "COMMENT-SECTION")
            new MutationObserver(() => {
              const n = root.querySelectorAll("comment-item").length;
              if (n && !seen.length) seen.push(n);
            }).observe(root, { childList: true, subtree: true });
          return root;
        };
      });
      const page = await open(key, { ctx });
      await expect.poll(() => page.locator("comment-section ul.list > li").count()).toBe(12);
      expect(await page.evaluate(() => (window as unknown as { firstItems: number[] }).firstItems)).toEqual([FIRST_SCREEN]);
      expect(await text(item(page, "Screenful 12"))).toContain("Screenful 12");
    },
    T,
  );

  it(
    "pages replies with the server's reply paging (replies=, then /comments/{id}/replies)",
    async () => {
      const key = "paged-replies";
      const [ana, ben] = await Promise.all(["Ana Page", "Ben Page"].map((n) => api.guest(n)));
      const top = await api.post(ana.token, key, "Paged thread");
      for (let i = 1; i <= 6; i++) await api.post(ben.token, key, `Paged reply ${i}`, top.id);
      const ctx = await browser.context();
      const asked: URL[] = [];
      ctx.on("request", (request) => {
        if (/\/comments(\?|\/[^/?]+\/replies)/.test(request.url())) asked.push(new URL(request.url()));
      });
      const page = await open(key, { ctx });
      const more = page.locator("comment-section [part=more-replies]");
      await expect.poll(() => page.locator("comment-item").count()).toBe(4);
      expect(await more.textContent()).toContain("Show 3 more replies");
      await more.click();
      await expect.poll(() => page.locator("comment-item").count()).toBe(7);
      expect((await activeElement(page))?.text).toContain("Paged reply 4");
      expect(await more.count()).toBe(0);
      expect(asked[0]!.searchParams.get("replies")).toBe("3");
      const paged = asked.filter((u) => u.pathname.endsWith("/replies"));
      expect(paged.map((u) => u.pathname)).toEqual([`/api/v1/sites/demo/comments/${top.id}/replies`]);
      expect(paged[0]!.searchParams.get("cursor")).toBeTruthy();
      await noViolations(page, "paged replies");
    },
    T,
  );

  it(
    'warns before posting, and a held comment (202) is shown "held for review" to its author only',
    async () => {
      const key = "held";
      const page = await open(key);
      await join(page, "Hal");
      await main(page).fill(HOLD_TEXT);
      // The author pauses: the preview endpoint's verdict warns, with the spans marked.
      const warning = page.locator("comment-section comment-composer:not([slot]) [aria-live=polite] .notice");
      await warning.waitFor({ timeout: 20_000 });
      expect(await warning.textContent()).toContain("This may break the comment policy");
      expect(await page.locator("comment-section comment-composer:not([slot]) .bd mark").allTextContents()).toEqual(["idiotic"]);
      await page.screenshot({ path: `${SHOTS}/composer-warning.png`, fullPage: true });
      // Preview, from the server.
      await page.locator("comment-section comment-composer:not([slot])").getByRole("button", { name: "Preview" }).click();
      await expect
        .poll(() => page.locator("comment-section comment-composer:not([slot]) #pv .md").innerHTML())
        .toContain("<p>That is an idiotic take from you.</p>");
      await page.locator("comment-section comment-composer:not([slot]) button.primary").click();
      const held = item(page, HOLD_TEXT);
      await held.waitFor();
      expect(await held.locator("[part=badge]").textContent()).toBe("Held for review");
      expect(await text(held)).toContain("Only you can see this comment");
      // Why, in the widget's words from the 202's `held`: the rule and whom the words were aimed at.
      expect(await text(held)).toMatch(
        /This may break the rule “.+” \(insult aimed at a commenter\), so a moderator will look at it first\./,
      );
      expect(await heading(page)).toBe("0 comments");
      await page.screenshot({ path: `${SHOTS}/held.png`, fullPage: true });
      // Another reader does not see it.
      const other = await open(key);
      expect(await item(other, HOLD_TEXT).count()).toBe(0);
      // The author still does after a reload.
      await page.reload();
      await ready(page);
      await item(page, HOLD_TEXT).waitFor();
    },
    T,
  );

  it(
    "a refused comment (422) keeps the text, marks the spans, names the rule, and can go to review anyway",
    async () => {
      const page = await open("refused");
      await join(page, "Rex");
      await main(page).fill(REJECT_TEXT);
      await page.locator("comment-section comment-composer:not([slot]) button.primary").click();
      const alert = page.locator("comment-section comment-composer:not([slot]) .notice[role=alert]");
      await alert.waitFor();
      expect(await alert.textContent()).toContain("Not posted");
      expect(await alert.textContent()).toMatch(/Read the rule: .+/);
      expect(await main(page).inputValue()).toBe(REJECT_TEXT);
      // The marks are the server's spans (which words the model flags may change), in place in the text.
      const marked = await page.locator("comment-section comment-composer:not([slot]) .bd mark").allTextContents();
      expect(marked.length).toBeGreaterThan(0);
      expect(marked.join(" ")).toMatch(/idiot/);
      for (const text of marked) expect(REJECT_TEXT).toContain(text);
      expect(await main(page).getAttribute("aria-invalid")).toBe("true");
      expect(await item(page, REJECT_TEXT).count()).toBe(0);
      await page.screenshot({ path: `${SHOTS}/refused.png`, fullPage: true });
      await noViolations(page, "refused");
      // The rule link opens the policy at that rule.
      await alert.locator("button.link").click();
      await expect.poll(async () => (await activeElement(page))?.id).toBe("rule-personal-attacks");
      await page.keyboard.press("Escape");
      // Revise selects the first flagged span.
      await alert.getByRole("button", { name: "Revise" }).click();
      expect(await main(page).evaluate((t: HTMLTextAreaElement) => t.value.slice(t.selectionStart, t.selectionEnd))).toBe(marked[0]);
      // Submit for review anyway: resent with acknowledge, held (202).
      await alert.getByRole("button", { name: "Submit for review anyway" }).click();
      const held = item(page, REJECT_TEXT);
      await held.waitFor();
      expect(await held.locator("[part=badge]").textContent()).toBe("Held for review");
      expect(await main(page).inputValue()).toBe("");
    },
    T,
  );

  it(
    "a threat is refused without the way to review: the author is told a moderator will review it",
    async () => {
      const page = await open("threat");
      await join(page, "Tess");
      const threat = "Somebody should shoot him.";
      await main(page).fill(threat);
      await page.locator("comment-section comment-composer:not([slot]) button.primary").click();
      const alert = page.locator("comment-section comment-composer:not([slot]) .notice[role=alert]");
      await alert.waitFor();
      expect(await alert.textContent()).toContain("A moderator will review it");
      expect(await alert.getByRole("button", { name: "Submit for review anyway" }).count()).toBe(0);
      expect(await page.locator("comment-section comment-composer:not([slot]) .notice:not([role=alert])").count()).toBe(0);
      expect(await main(page).inputValue()).toBe(threat);
      expect(await item(page, threat).count()).toBe(0);
    },
    T,
  );

  it(
    "a page a moderator closed shows its comments, says it is closed, and offers no way to write",
    async () => {
      const key = "closed-page";
      const writer = await open(key);
      await join(writer, "Cleo");
      await main(writer).fill("Posted before the page closed.");
      await writer.locator("comment-section comment-composer:not([slot]) button.primary").click();
      await item(writer, "Posted before the page closed.").waitFor();
      const closed = await admin.admin("PATCH", `/sites/demo/pages?page=${key}`, { closed: true });
      expect(closed.status).toBe(200);
      const reader = await open(key);
      await item(reader, "Posted before the page closed.").waitFor();
      await reader.locator("comment-section").getByText("Comments are closed.").waitFor();
      expect(await reader.locator("comment-section .join").count()).toBe(0);
      await writer.reload();
      await ready(writer);
      await writer.locator("comment-section").getByText("Comments are closed.").waitFor();
      expect(await main(writer).count()).toBe(0);
      expect(await item(writer, "Posted before the page closed.").locator("[data-a=reply]").count()).toBe(0);
    },
    T,
  );

  it(
    "follows prefers-color-scheme, and the theme attribute overrides it",
    async () => {
      const bg = (page: Page) => page.locator("comment-section .root").evaluate((el) => getComputedStyle(el).backgroundColor);
      const dark = await open("theme", { context: { colorScheme: "dark" } });
      expect(await bg(dark)).toBe("rgb(23, 25, 28)");
      await dark.screenshot({ path: `${SHOTS}/dark.png`, fullPage: true });
      await noViolations(dark, "dark");
      const light = await open("theme", { context: { colorScheme: "dark" }, attrs: 'data-theme="light"' });
      expect(await bg(light)).toBe("rgb(255, 255, 255)");
      const forced = await open("theme", { context: { colorScheme: "light" }, attrs: 'data-theme="dark"' });
      expect(await bg(forced)).toBe("rgb(23, 25, 28)");
      await join(forced, "Dana Dark");
      await forced.screenshot({ path: `${SHOTS}/dark-signed-in.png`, fullPage: true });
      await noViolations(forced, "dark, signed in");
      // Theming from the page: custom properties and ::part().
      await forced.addStyleTag({
        content: "comment-section { --parley-bg: rgb(1, 2, 3); } comment-section::part(count) { text-transform: uppercase; }",
      });
      expect(await bg(forced)).toBe("rgb(1, 2, 3)");
      expect(await heading(forced)).toMatch(/comments?$/);
      expect(await forced.locator("comment-section #h").evaluate((el) => getComputedStyle(el).textTransform)).toBe("uppercase");
    },
    T,
  );

  it(
    "signs in with the publisher’s SSO by event and by attribute, and signs out",
    async () => {
      const jwt = (sub: string, name: string) =>
        new SignJWT({ name })
          .setProtectedHeader({ alg: "HS256" })
          .setSubject(sub)
          .setExpirationTime("1h")
          .sign(new TextEncoder().encode(SSO_SECRET));
      const ctx = await browser.context();
      const direct = (attrs: string) =>
        host.page(`/sso-${++seq}.html`, {
          body: articlePage({
            embed: `<comment-section site="demo" page="sso" api="${srv.url}" ${attrs}></comment-section><script src="${srv.url}/widget.js" async></script>`,
          }),
        });
      const page = await ctx.newPage();
      await page.goto(direct(""));
      await ready(page);
      await page.locator("comment-section #name").waitFor();
      const token = await jwt("publisher-user-1", "Publisher Pat");
      await page.evaluate(() => addEventListener("parley-signout", (e) => ((window as any).signedOut = (e as CustomEvent).detail)));
      await page.evaluate((t) => dispatchEvent(new CustomEvent("parley-sso", { detail: { token: t } })), token);
      await expect.poll(() => page.locator("comment-section [part=account]").textContent()).toContain("Signed in as Publisher Pat");
      await post(page, "Posted through single sign-on");
      await page.locator("comment-section [part=account] button").click();
      await page.locator("comment-section #name").waitFor();
      // (The event may follow the form's render by a task.)
      await expect.poll(() => page.evaluate(() => (window as any).signedOut)).toEqual({ sso: true });

      // By attribute, in the page's HTML: the same publisher user.
      const ctx2 = await browser.context();
      const p2 = await ctx2.newPage();
      await p2.goto(direct(`sso="${await jwt("publisher-user-1", "Publisher Pat")}"`));
      await ready(p2);
      await expect.poll(() => p2.locator("comment-section [part=account]").textContent()).toContain("Signed in as Publisher Pat");
      await expect.poll(() => item(p2, "Posted through single sign-on").locator("[data-a=edit]").count()).toBe(1);
      // Removing the attribute signs out.
      await p2.evaluate(() => document.querySelector("comment-section")!.removeAttribute("sso"));
      await p2.locator("comment-section #name").waitFor();
    },
    T,
  );
  // Runs last: while a guest is suspended or revoked, new guest sessions from the same
  // address (all of these tests) are refused too.
  it(
    "shows warned, suspended and revoked standing; no write controls while suspended or revoked",
    async () => {
      const key = "standing";
      const someone = await api.guest("Someone");
      await api.post(someone.token, key, "A comment to reply to");
      const ctx = await browser.context();
      let page = await open(key, { ctx });
      await join(page, "Sam");
      const uid = await userIdOf(page);

      await admin.sanction(uid, "warn", "Mind the tone");
      await page.reload();
      await ready(page);
      const notice = page.locator("comment-section [part=notice]");
      expect(await notice.getAttribute("data-standing")).toBe("warned");
      expect(await notice.textContent()).toContain("Mind the tone");
      await main(page).waitFor();

      await admin.sanction(uid, "suspend", "Cooling off after insults", 24);
      await page.reload();
      await ready(page);
      expect(await notice.getAttribute("data-standing")).toBe("suspended");
      expect(await notice.textContent()).toMatch(/You can comment again on .*\d{4}/);
      expect(await notice.textContent()).toContain("Cooling off after insults");
      expect(await main(page).count()).toBe(0);
      expect(await page.locator("comment-section comment-item [data-a]").count()).toBe(0);
      await page.screenshot({ path: `${SHOTS}/suspended.png`, fullPage: true });

      await admin.sanction(uid, "revoke", "Repeated personal attacks");
      await page.close();
      page = await open(key, { ctx });
      const revoked = page.locator("comment-section [part=notice]");
      expect(await revoked.getAttribute("data-standing")).toBe("revoked");
      expect(await revoked.textContent()).toContain("revoked");
      expect(await revoked.textContent()).toContain("Repeated personal attacks");
      expect(await page.locator("comment-section textarea").count()).toBe(0);
      expect(await page.locator("comment-section comment-item [data-a]").count()).toBe(0);
      await page.screenshot({ path: `${SHOTS}/revoked.png`, fullPage: true });
      await noViolations(page, "revoked");

      // A new guest name from the same browser (device) gets the same answer.
      await page.locator("comment-section [part=account] button").click();
      await page.locator("comment-section #name").fill("Sam Again");
      await page.locator("comment-section .join button").click();
      await expect.poll(() => page.locator("comment-section [part=notice]").getAttribute("data-standing")).toBe("revoked");
      expect(await page.locator("comment-section textarea").count()).toBe(0);
    },
    T,
  );
});
