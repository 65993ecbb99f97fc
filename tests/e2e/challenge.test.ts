/**
 * The guest proof of work and the honeypot fields in a real browser: a site that always asks
 * guests for a proof (the widget solves it while the reader types, says so, and joins), and a
 * join form whose hidden field a bot filled (refused).
 */
import type { Page, Request } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunningServer } from "../helpers/server.ts";
import { browserAvailable, type LaunchedBrowser } from "./support/browser.ts";
import type { HostServer } from "./support/host.ts";
import { axe, type Admin } from "./support/api.ts";
import { stage, type Stage } from "./support/stage.ts";

const T = 120_000;
const SITE = "pow";

describe.skipIf(!browserAvailable())("guest challenge in a browser", () => {
  let srv: RunningServer;
  let host: HostServer;
  let browser: LaunchedBrowser;
  let admin: Admin;
  let up: Stage | undefined;
  let seq = 0;

  beforeAll(async () => {
    // the demo site is left as it is: the test's own site asks for proof of work
    ({ srv, host, browser, admin } = up = await stage({ site: null }));
    const created = await admin.admin("POST", "/sites", {
      id: SITE,
      name: "Proof of work",
      origins: [srv.url, host.origin],
      guestChallenge: "always",
    });
    expect(created.status, JSON.stringify(created.data)).toBe(201);
  }, T);

  afterAll(() => up?.close(), T);

  /** A fresh reader on a new article of the site; records the bodies the widget sends. */
  async function open(sent: { url: string; body: any }[] = []): Promise<Page> {
    const url = host.page(`/pow-${++seq}.html`, {
      body: `<script src="${srv.url}/widget.js" data-site="${SITE}" data-page="pow-${seq}" async></script>`,
    });
    const page = await (await browser.context()).newPage();
    page.on("pageerror", (e) => console.error("pageerror:", e.message));
    page.on("request", (r: Request) => {
      if (r.method() === "POST" && r.url().startsWith(srv.url)) sent.push({ url: r.url(), body: r.postDataJSON() });
    });
    await page.goto(url);
    await page.locator("comment-section #name").waitFor();
    return page;
  }

  it(
    "a site that always asks: the widget solves while the reader types, says it is checking, joins, and posts with an empty honeypot",
    async () => {
      const sent: { url: string; body: any }[] = [];
      const page = await open(sent);
      // Slow the challenge down, so the progress text is there to be read.
      let release!: () => void;
      const held = new Promise<void>((r) => (release = r));
      await page.route(`${srv.url}/api/v1/sites/${SITE}/challenge`, async (route) => {
        await held;
        await route.continue();
      });
      await page.locator("comment-section #name").fill("Patient Reader");
      await page.locator("comment-section .join button").click();
      const note = page.locator("comment-section .join [role=status]");
      await expect.poll(() => note.textContent()).toBe("Checking you are not a robot…");
      expect(await page.locator("comment-section .join button").isDisabled()).toBe(true);
      expect(await axe(page)).toEqual([]);
      const started = Date.now();
      release();
      await page.locator("comment-section comment-composer:not([slot]) textarea").waitFor();
      console.log(`challenge: solved and joined ${Date.now() - started} ms after the challenge arrived`);
      expect(await note.count()).toBe(0);

      const joins = sent.filter((s) => s.url.endsWith("/sessions"));
      expect(joins).toHaveLength(1); // solved before asking: no refused round trip
      expect(joins[0]!.body).toMatchObject({
        name: "Patient Reader",
        website: "",
        pow: { challenge: expect.any(String), nonce: expect.stringMatching(/^\d+$/) },
      });

      // The composer's honeypot travels empty with the comment.
      await page.locator("comment-section comment-composer:not([slot]) textarea").fill("A first comment, proven human.");
      await page.locator("comment-section comment-composer:not([slot]) button.primary").click();
      await page.locator("comment-item", { hasText: "A first comment, proven human." }).waitFor();
      expect(sent.find((s) => s.url.endsWith("/comments"))!.body).toMatchObject({ website: "" });
    },
    T,
  );

  it(
    "the server asks (a proof the widget did not bring): the widget solves the challenge the answer carried and joins",
    async () => {
      const sent: { url: string; body: any }[] = [];
      const page = await open(sent);
      // No early proof: the challenge endpoint fails, so only the refusal's challenge is at hand.
      await page.route(`${srv.url}/api/v1/sites/${SITE}/challenge`, (route) => route.abort());
      await page.locator("comment-section #name").fill("Late Reader");
      await page.locator("comment-section .join button").click();
      await page.locator("comment-section comment-composer:not([slot]) textarea").waitFor();
      const joins = sent.filter((s) => s.url.endsWith("/sessions"));
      expect(joins.map((j) => !!j.body.pow)).toEqual([false, true]);
    },
    T,
  );

  it(
    "a bot that fills the hidden honeypot field is refused, and the refusal is in the audit log",
    async () => {
      const page = await open();
      const trap = page.locator("comment-section .join input[name=website]");
      // Hidden from people: off-screen size, out of the tab order, unannounced.
      expect(
        await trap.evaluate((el) => [el.getAttribute("tabindex"), el.getAttribute("aria-hidden"), el.getAttribute("autocomplete")]),
      ).toEqual(["-1", "true", "off"]);
      const box = await trap.boundingBox();
      expect(box!.width * box!.height).toBeLessThanOrEqual(1);
      await page.locator("comment-section #name").fill("Spam Bot");
      await trap.evaluate((el: HTMLInputElement) => (el.value = "https://cheap-pills.example"));
      await page.locator("comment-section .join button").click();
      const alert = page.locator("comment-section .join [role=alert]");
      await alert.waitFor();
      // The widget's own words (the server's message is for developers, and in English).
      expect(await alert.textContent()).toBe("The robot check did not succeed. Please try again.");
      expect(await page.locator("comment-section comment-composer").count()).toBe(0);
      const audit = await admin.admin("GET", `/sites/${SITE}/audit?action=session.honeypot`);
      expect(audit.data.entries.length).toBeGreaterThan(0);
      expect(audit.data.entries[0].detail).toMatchObject({ name: "Spam Bot" });
    },
    T,
  );
});
