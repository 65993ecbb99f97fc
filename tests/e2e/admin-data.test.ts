// Data ownership in the moderators' view: retention and erasure settings, the import form (a
// Disqus file uploaded, its summary shown), the site export link, and a commenter's data and
// erasure from the user drawer. The real server, headless Chromium, dist/admin.js.
import { resolve } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Client } from "../helpers/client.ts";
import { startServer, type RunningServer } from "../helpers/server.ts";
import { Guest } from "./admin-support.ts";
import { browserAvailable, launchBrowser, type LaunchedBrowser } from "./support/browser.ts";

const run = browserAvailable();
const WAIT = { timeout: 20_000 };
let server: RunningServer;
let browser: LaunchedBrowser;
let page: Page;
let owner: Client;
const status = () => page.locator("parley-admin .status");

async function gotoView(view: string) {
  await page.locator(`parley-admin nav a[href="#${view}"]`).click();
  await page.locator(`parley-admin main h2`).first().waitFor(WAIT);
}

describe.skipIf(!run)("data ownership in the admin view", () => {
  beforeAll(async () => {
    server = await startServer({ env: { TRUST_PROXY: "1" } });
    owner = Client.http(server.url);
    await owner.loginAdmin(server.adminEmail, server.adminPassword);
    browser = await launchBrowser();
    page = await (await browser.context({ viewport: { width: 1280, height: 900 } })).newPage();
    page.on("dialog", (d) => d.accept());
    await page.goto(server.url + "/admin");
    await page.getByLabel("Email").fill(server.adminEmail);
    await page.getByLabel("Password").fill(server.adminPassword);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.locator("parley-admin nav").waitFor(WAIT);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it("sets retention and erasure, imports a Disqus file and offers the export", async () => {
    await gotoView("sites");
    const settings = page.locator("site-settings");
    await settings.getByLabel("Days to keep address hashes").fill("30");
    await settings.getByLabel("Erasing a commenter").selectOption("remove");
    await settings.getByRole("button", { name: "Save", exact: true }).click();
    await expect
      .poll(async () => (await owner.get("/api/v1/admin/sites/demo")).body.site, WAIT)
      .toMatchObject({ retentionDays: 30, erasure: "remove" });

    const data = page.locator("site-data");
    await data.getByLabel("From").selectOption("disqus");
    await data.getByLabel("Export file").setInputFiles(resolve(import.meta.dirname, "../fixtures/import/disqus.xml"));
    await data.getByLabel("Renamed domains (old=new, one a line)").fill("old.example.com=https://news.example.com");
    await data.getByRole("button", { name: "Import" }).click();
    await expect.poll(() => data.locator("#import-summary").textContent(), WAIT).toContain("5 new comments");
    expect(await data.locator("#import-summary").textContent()).toContain("orphan 1");
    await expect.poll(() => status().textContent(), WAIT).toContain("Imported 5 comments; 4 left out.");
    const listing = await Client.http(server.url).get(
      `/api/v1/sites/demo/comments?page=${encodeURIComponent("https://news.example.com/2013/05/hello-world/")}`,
    );
    expect(listing.body.comments[0].author.name).toBe("Alice");

    expect(await data.locator("#export-site").getAttribute("href")).toBe("/api/v1/admin/sites/demo/export");
  });

  it("imports a WordPress file with a single sign-on map: its authors become the publisher's users", async () => {
    await gotoView("sites");
    const data = page.locator("site-data");
    await data.getByLabel("From").selectOption("wordpress");
    await data.getByLabel("Export file").setInputFiles(resolve(import.meta.dirname, "../fixtures/import/wordpress.xml"));
    await data.getByLabel("Single sign-on users (optional)").setInputFiles({
      name: "sso.json",
      mimeType: "application/json",
      buffer: Buffer.from(JSON.stringify({ "dana@example.com": "sub-dana" })),
    });
    await data.getByRole("button", { name: "Import" }).click();
    type Listed = { author: { id: string; name: string }; replies?: Listed[] };
    const all = (list: Listed[]): Listed[] => list.flatMap((c) => [c, ...all(c.replies ?? [])]);
    const danaId = async () => {
      const page = encodeURIComponent("https://blog.example.com/2020/06/hello-world/");
      const listing = await Client.http(server.url).get(`/api/v1/sites/demo/comments?page=${page}&limit=50`);
      return all(listing.body.comments ?? []).find((c) => c.author.name === "Dana")?.author.id;
    };
    await expect.poll(danaId, WAIT).toBeTruthy();
    expect((await owner.get(`/api/v1/admin/sites/demo/users/${await danaId()}`)).body.user).toMatchObject({ kind: "sso" });
  });

  it("downloads a commenter's data and erases them from the drawer", async () => {
    const vic = await Guest.join(server.url, "Vic", 1);
    const held = await vic.held();
    await gotoView("queue");
    await page.getByRole("tab", { name: /Pending/ }).click();
    const item = page.locator(`queue-item[data-id="${held.id}"]`);
    await item.waitFor(WAIT);
    await item.getByRole("button", { name: "Vic", exact: true }).click();
    const drawer = page.locator("user-drawer dialog");
    await drawer.getByRole("heading", { name: "Commenter: Vic" }).waitFor(WAIT);
    const reader = drawer.locator("reader-data");
    expect(await reader.locator("#reader-export").getAttribute("href")).toBe(`/api/v1/admin/sites/demo/users/${vic.user.id}/data`);
    const download = await owner.get(`/api/v1/admin/sites/demo/users/${vic.user.id}/data`);
    expect(download.body.comments[0].id).toBe(held.id);

    await reader.getByRole("button", { name: "Erase this commenter" }).click();
    await expect.poll(() => status().textContent(), WAIT).toContain("Erased; 1 comment affected.");
    await expect
      .poll(async () => (await owner.get(`/api/v1/admin/sites/demo/users/${vic.user.id}`)).body.user.name, WAIT)
      .toBe("[deleted]");
    expect((await vic.client.call("GET", "/api/v1/sites/demo/me", undefined, vic.headers)).status).toBe(401);
  });
});
