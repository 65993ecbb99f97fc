/**
 * The widget's languages in a real browser: a German page and an Arabic (right-to-left) page from
 * another origin than the API, axe-core finding nothing on either, and the network log showing only
 * the chosen language's two chunks (English's on an English page): its first-paint strings beside
 * the modules, the rest only once the comments are there.
 */
import { mkdirSync } from "node:fs";
import type { Page, Request } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunningServer } from "../helpers/server.ts";
import { browserAvailable, type LaunchedBrowser } from "./support/browser.ts";
import { HOSTILE_CSS, type HostServer } from "./support/host.ts";
import { axe, type Api } from "./support/api.ts";
import { stage, type Stage } from "./support/stage.ts";

const SHOTS = "artifacts/screenshots";
const T = 120_000;
/** A language chunk's URL: /w/LANG-HASH.js (the first paint's strings), /w/LANG-extras-HASH.js (the rest). */
const LANGUAGE_CHUNK = /\/w\/([a-z]{2,3}(?:-extras)?)-\w+\.js$/;

describe.skipIf(!browserAvailable())("widget languages in a browser", () => {
  let srv: RunningServer;
  let host: HostServer;
  let browser: LaunchedBrowser;
  let api: Api;
  let up: Stage | undefined;
  let seq = 0;

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    ({ srv, host, browser, api } = up = await stage({ site: { guestChallenge: "off" } }));
  }, T);

  afterAll(() => up?.close(), T);

  /**
   * A page of the publisher's in `htmlLang` with the script tag, two comments (one a reply) on it;
   * returns the page and the language chunks it fetched, in order, with "listed" where the first
   * page of comments arrived (`events`; `chunks` without it).
   */
  async function open(htmlLang: string, attrs = "") {
    const key = `lang-${++seq}`;
    const a = await api.guest("Ana Lima");
    const b = await api.guest("Bruno Costa");
    const first = await api.post(a.token, key, "The first comment on this article.");
    await api.post(b.token, key, "A reply to the first comment.", first.id);
    const url = host.page(`/lang-${seq}.html`, {
      body: `<!doctype html><html lang="${htmlLang}"><head><meta charset="utf-8"><title>Article ${seq}</title>
        <style>${HOSTILE_CSS}</style></head><body><main><h1>Article ${seq}</h1><p>Text.</p>
        <script src="${srv.url}/widget.js" data-site="demo" data-page="${key}" ${attrs} async></script></main></body></html>`,
    });
    const ctx = await browser.context();
    const page = await ctx.newPage();
    const chunks: string[] = [];
    const events: string[] = [];
    page.on("request", (r: Request) => {
      const m = LANGUAGE_CHUNK.exec(new URL(r.url()).pathname);
      if (!m) return;
      chunks.push(m[1]!);
      events.push(m[1]!);
    });
    page.on("response", (r) => {
      if (new URL(r.url()).pathname.endsWith("/comments") && !events.includes("listed")) events.push("listed");
    });
    page.on("pageerror", (e) => console.error("pageerror:", e.message));
    await page.goto(url);
    await page.locator("comment-section comment-item").first().waitFor();
    return { page, chunks, events };
  }

  const heading = (page: Page) => page.locator("comment-section #h").textContent();
  const section = (page: Page) => page.locator("comment-section");
  /** The section root's language and direction, as the widget set them. */
  const root = (page: Page) =>
    page.evaluate(() => {
      const r = document.querySelector("comment-section")!.shadowRoot!.querySelector(".root")!;
      return { lang: r.getAttribute("lang"), dir: r.getAttribute("dir"), direction: getComputedStyle(r).direction };
    });

  /** Where the first comment's avatar and text are, and how the reply is indented, in page pixels. */
  const layout = (page: Page) =>
    page.evaluate(() => {
      const section = document.querySelector("comment-section")!.shadowRoot!;
      const [top, reply] = [...section.querySelectorAll("comment-item")].map((i) => i.shadowRoot!);
      const box = (e: Element) => e.getBoundingClientRect();
      const topArticle = box(top!.querySelector("article")!);
      const replyArticle = box(reply!.querySelector("article")!);
      return {
        avatar: box(top!.querySelector(".av")!).left,
        text: box(top!.querySelector(".main")!).left,
        count: box(section.querySelector("#h")!).left,
        sort: box(section.querySelector("#sort")!).left,
        // A reply is indented from the start side: the left in LTR, the right in RTL.
        leftIndent: replyArticle.left - topArticle.left,
        rightIndent: topArticle.right - replyArticle.right,
      };
    });

  it(
    "a German page (html lang=de): German throughout, Intl plurals and times, German error text; only the German chunks, the second after the comments; axe finds nothing",
    async () => {
      const { page, chunks, events } = await open("de");
      await expect.poll(() => heading(page)).toBe("2 Kommentare");
      expect(await root(page)).toEqual({ lang: "de", dir: "ltr", direction: "ltr" });
      const section = page.locator("comment-section");
      await expect.poll(() => section.locator("comment-item").first().locator("time").textContent()).toBe("gerade eben");
      expect(await section.getByText("Bitte lesen Sie vor dem Kommentieren unsere Kommentarrichtlinien").isVisible()).toBe(true);
      expect(await section.locator("#sort option").allTextContents()).toEqual(["Älteste zuerst", "Neueste zuerst", "Beste zuerst"]);
      expect(await section.locator("comment-item").first().locator("[data-a=reply]").count()).toBe(0); // not signed in
      // The vote button's name, and a permalink, in German.
      const first = section.locator("comment-item").first();
      expect(await first.getByRole("button", { name: "Positiv bewerten (0)" }).count()).toBe(1);
      await expect.poll(() => first.getByRole("link", { name: "Link" }).count()).toBe(1);
      expect(await axe(page)).toEqual([]);

      // A name the server refuses: the widget's German words, not the server's English message.
      await section.locator("#name").fill("Admin");
      await section.locator(".join button").click();
      const alert = section.locator(".join [role=alert]");
      await expect.poll(() => alert.textContent()).toBe("Dieser Anzeigename kann nicht verwendet werden. Bitte wählen Sie einen anderen.");

      // Joined: the lazily loaded chunk's strings are German too.
      await section.locator("#name").fill("Clara Weber");
      await section.locator(".join button").click();
      const composer = section.locator("comment-composer:not([slot])");
      await composer.locator("textarea").waitFor();
      expect(await composer.locator("label[for=text]").textContent()).toBe("Kommentar schreiben");
      expect(await composer.locator("button.primary").textContent()).toContain("Kommentar senden");
      expect(await composer.locator(".optin label").first().textContent()).toContain("Antworten per E-Mail erhalten");
      await composer.locator("textarea").fill("Danke für den Artikel.");
      expect((await composer.locator("#count").textContent())?.replace(/\s+/g, " ")).toContain("22 / 10.000");
      await composer.locator("button.primary").click();
      await expect.poll(() => heading(page)).toBe("3 Kommentare");
      expect(await axe(page)).toEqual([]);
      await page.screenshot({ path: `${SHOTS}/lang-de.png`, fullPage: true });
      // German only: the first paint's part before the comments arrived, the rest after them.
      expect(chunks).toEqual(["de", "de-extras"]);
      expect(events.indexOf("de")).toBeLessThan(events.indexOf("listed"));
      expect(events.indexOf("listed")).toBeLessThan(events.indexOf("de-extras"));
    },
    T,
  );

  it(
    "an Arabic page (html lang=ar, no dir): the widget sets dir=rtl, the layout mirrors, Arabic plurals; only the Arabic chunks; axe finds nothing",
    async () => {
      const { page, chunks } = await open("ar");
      await expect.poll(() => heading(page)).toBe("تعليقان");
      expect(await root(page)).toEqual({ lang: "ar", dir: "rtl", direction: "rtl" });
      const ar = await layout(page);
      // Mirrored: the avatar right of the text, the count right of the sort menu, the reply indented from the right.
      expect(ar.avatar).toBeGreaterThan(ar.text);
      expect(ar.count).toBeGreaterThan(ar.sort);
      expect(ar.rightIndent).toBeGreaterThan(20);
      expect(ar.leftIndent).toBeLessThan(1);
      // A comment keeps its own direction (dir=auto): English text in the Arabic section reads left to right.
      const body = section(page).locator("comment-item").first().locator("[part=body]");
      expect(await body.evaluate((b) => getComputedStyle(b).direction)).toBe("ltr");
      expect(await axe(page)).toEqual([]);

      // Joined: the composer and its notices are right to left too.
      await section(page).locator("#name").fill("ليلى");
      await section(page).locator(".join button").click();
      const composer = section(page).locator("comment-composer:not([slot])");
      await composer.locator("textarea").waitFor();
      expect(await composer.locator("label[for=text]").textContent()).toBe("اكتب تعليقًا");
      await composer.locator("textarea").fill("شكرًا على المقال");
      expect(await composer.locator("#count").textContent()).toContain(`${new Intl.NumberFormat("ar").format(16)} من `);
      expect(await composer.locator("textarea").evaluate((t) => getComputedStyle(t).direction)).toBe("rtl");
      expect(await axe(page)).toEqual([]);
      await page.screenshot({ path: `${SHOTS}/lang-ar-rtl.png`, fullPage: true });
      expect(chunks).toEqual(["ar", "ar-extras"]);

      // The same thread on an English page: not mirrored.
      const { page: en, chunks: english } = await open("en");
      await expect.poll(() => heading(en)).toBe("2 comments");
      const ltr = await layout(en);
      expect(ltr.avatar).toBeLessThan(ltr.text);
      expect(ltr.count).toBeLessThan(ltr.sort);
      expect(ltr.leftIndent).toBeGreaterThan(20);
      expect(await root(en)).toEqual({ lang: "en", dir: "ltr", direction: "ltr" });
      // English is a chunk like the others: the modules carry no strings.
      await expect.poll(() => english).toEqual(["en", "en-extras"]);
    },
    T,
  );

  it(
    "data-lang on the script tag wins over <html lang>; a regional tag maps to its base; an unshipped language falls back to English, marked so",
    async () => {
      const polish = await open("en", 'data-lang="pl-PL"');
      await expect.poll(() => heading(polish.page)).toBe("2 komentarze");
      expect((await root(polish.page)).lang).toBe("pl");
      await expect.poll(() => polish.chunks).toEqual(["pl", "pl-extras"]);

      const brazil = await open("pt-BR");
      await expect.poll(() => heading(brazil.page)).toBe("2 comentários");
      await expect.poll(() => brazil.chunks).toEqual(["pt", "pt-extras"]);

      const dutch = await open("nl");
      await expect.poll(() => heading(dutch.page)).toBe("2 comments");
      expect(await root(dutch.page)).toEqual({ lang: "en", dir: "ltr", direction: "ltr" });
      await expect.poll(() => dutch.chunks).toEqual(["en", "en-extras"]);
    },
    T,
  );
});
