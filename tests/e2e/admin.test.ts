// The moderators' view at /admin, end to end: the real server, headless Chromium, the built
// dist/admin.js under the page's strict CSP. One server and one signed-in moderator page for
// the whole file; the tests run in order and each seeds what it needs over HTTP.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { BrowserContext, Page } from "playwright-core";
import { AUDIT_ACTIONS } from "../../contract/audit.ts";
import { Client } from "../helpers/client.ts";
import { startServer, type RunningServer } from "../helpers/server.ts";
import { browserAvailable, launchBrowser, type LaunchedBrowser } from "./support/browser.ts";
import { ATTACK, axeViolations, focused, Guest, screenshot } from "./admin-support.ts";

const run = browserAvailable();
const WAIT = { timeout: 20_000 };

let server: RunningServer;
let browser: LaunchedBrowser;
let ctx: BrowserContext;
let page: Page;
let owner: Client;
let guests = 0;
/** The reader revoked and restored in the ladder test, whose history the audit test reads. */
let ritaId: string | undefined;
const pageErrors: string[] = [];

const join = (name: string) => Guest.join(server.url, name, guests++);
/** The admin app's parts, through its shadow roots. */
const tab = (name: RegExp) => page.getByRole("tab", { name });
const item = (commentId: string) => page.locator(`queue-item[data-id="${commentId}"]`);
const status = () => page.locator("parley-admin .status");

async function gotoView(view: string) {
  await page.locator(`parley-admin nav a[href="#${view}"]`).click();
  await page.locator(`parley-admin main h2`).first().waitFor(WAIT);
}

describe.skipIf(!run)("admin view", () => {
  beforeAll(async () => {
    server = await startServer({ env: { TRUST_PROXY: "1" } });
    owner = Client.http(server.url);
    await owner.loginAdmin(server.adminEmail, server.adminPassword);
    browser = await launchBrowser();
    ctx = await browser.context({ viewport: { width: 1280, height: 900 } });
    await ctx.grantPermissions(["clipboard-read", "clipboard-write"], { origin: server.url });
    page = await ctx.newPage();
    page.on("pageerror", (e) => pageErrors.push(String(e)));
    page.on("console", (m) => {
      if (m.type() === "error" && !/Failed to load resource/.test(m.text())) pageErrors.push(m.text());
    });
    // confirm() for lifting, revoking, publishing and removing: the moderator says yes.
    page.on("dialog", (d) => d.accept());
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it("is served under a strict CSP, may not be framed, and signs in", async () => {
    const res = await page.goto(server.url + "/admin");
    const csp = res!.headers()["content-security-policy"];
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(res!.headers()["x-frame-options"]).toBe("DENY");

    const email = page.getByLabel("Email");
    await email.waitFor(WAIT);
    await screenshot(page, "login");
    expect(await axeViolations(page)).toEqual([]);
    await email.fill(server.adminEmail);
    await page.getByLabel("Password").fill("not the password");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect.poll(() => page.getByRole("alert").filter({ hasText: "do not match" }).count(), WAIT).toBe(1);

    await page.getByLabel("Password").fill(server.adminPassword);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.getByText(`${server.adminEmail} (Owner)`).waitFor(WAIT);
    await tab(/Pending/).waitFor(WAIT);

    // A reload keeps the session (HttpOnly cookie) and gets a fresh CSRF token from /me.
    await page.reload();
    await page.getByText(`${server.adminEmail} (Owner)`).waitFor(WAIT);
    expect(pageErrors).toEqual([]);
  });

  it("works the pending queue with the keyboard, in context, and updates without a reload", async () => {
    const [ana, ben, cat, dan] = await Promise.all([join("Ana"), join("Ben"), join("Cat"), join("Dan")]);
    const thread = await dan.post("I think the council got this one right, on balance.");
    const a = await ana.held(`${ATTACK} Ana`, { parentId: thread.id });
    const b = await ben.held(`Ben says: ${ATTACK}`);
    const c = await cat.held(`Cat here. ${ATTACK}`);
    // A published comment that a reader reported.
    const reported = await ben.post("Honestly this whole article is paid propaganda.");
    await dan.report(reported.id, "spam", "Looks like an ad");

    await page.keyboard.press("."); // refresh now rather than at the next poll
    await expect.poll(() => tab(/Pending/).textContent(), WAIT).toContain("3");
    await expect.poll(() => tab(/Reported/).textContent(), WAIT).toContain("1");

    // In context: the page, the parent comment, the author's standing, the score and the marked words.
    const first = item(a.id);
    await first.waitFor(WAIT);
    await expect.poll(() => first.locator("blockquote").textContent()).toContain("council got this one right");
    expect(await first.getByRole("link", { name: "Demo article" }).count()).toBe(1);
    expect(await first.locator("mark").count()).toBeGreaterThan(0);
    expect(await first.locator(".badge").first().textContent()).toContain("Good standing");
    expect(await first.locator("dl").textContent()).toMatch(/Detector score\s*\d+%/);
    expect(await first.locator("dl").textContent()).toContain("Sent for review by the author");
    await screenshot(page, "queue");

    // Newest first, and a page filter.
    await page.getByLabel("Order").selectOption("newest");
    await expect
      .poll(() => page.locator("queue-item").evaluateAll((els) => els.map((e) => e.getAttribute("data-id"))), WAIT)
      .toEqual([c.id, b.id, a.id]);
    await page.getByLabel("Order").selectOption("oldest");
    await page.getByLabel("Page", { exact: true }).fill("some-other-page");
    await page.getByRole("button", { name: "Filter", exact: true }).click();
    await page.getByText("Nothing waiting here").waitFor(WAIT);
    await page.getByRole("button", { name: "Clear", exact: true }).click();
    await first.waitFor(WAIT);
    await first.locator("article").focus();

    // j/k move the current item, with focus.
    await page.keyboard.press("j");
    await expect.poll(async () => (await focused(page)).comment).toBe(b.id);
    await page.keyboard.press("k");
    await expect.poll(async () => (await focused(page)).comment).toBe(a.id);

    // a approves the current item: it leaves the queue, the count drops, the reader sees it.
    await page.keyboard.press("a");
    await first.waitFor({ state: "detached", ...WAIT });
    await expect.poll(() => status().textContent(), WAIT).toContain("Approved the comment by Ana");
    await expect.poll(() => tab(/Pending/).textContent(), WAIT).toContain("2");
    const listing = await Client.http(server.url).get("/api/v1/sites/demo/comments?page=demo-article");
    expect(JSON.stringify(listing.body)).toContain(a.id);
    // Focus moved to the next item, so the moderator can keep going.
    await expect.poll(async () => (await focused(page)).comment).toBe(b.id);

    // Shift+R rejects without a strike.
    await page.keyboard.press("Shift+R");
    await item(b.id).waitFor({ state: "detached", ...WAIT });
    const benUser = await owner.get(`/api/v1/admin/sites/demo/users/${ben.user.id}`);
    expect(benUser.body.standing).toMatchObject({ status: "good", strikes: 0 });

    // r asks for the rule and shows what the ladder will do before it is confirmed.
    await expect.poll(async () => (await focused(page)).comment).toBe(c.id);
    await page.keyboard.press("r");
    const dialog = page.locator("reject-dialog dialog");
    await dialog.waitFor(WAIT);
    await expect.poll(() => dialog.locator("#outcome").textContent(), WAIT).toMatch(/strike 1 for Cat.*warning/s);
    await screenshot(page, "reject-dialog");
    expect(await axeViolations(page)).toEqual([]);
    await dialog.getByRole("button", { name: "Reject and warn" }).click();
    await item(c.id).waitFor({ state: "detached", ...WAIT });
    await expect.poll(() => status().textContent(), WAIT).toContain("Rejected the comment by Cat: Warned");
    await page.getByText("Nothing waiting here").waitFor(WAIT);

    // A comment held while the moderator watches arrives without a reload; its count too.
    const late = await (await join("Eve")).held(`Eve: ${ATTACK}`);
    await item(late.id).waitFor(WAIT);
    await expect.poll(() => tab(/Pending/).textContent(), WAIT).toContain("1");

    // Bulk: select it and the reported one's queue is separate; approve the selection with progress.
    await page.keyboard.press("x");
    await page.getByRole("button", { name: "Approve selected" }).click();
    await item(late.id).waitFor({ state: "detached", ...WAIT });

    // Bulk rejection with strikes: the dialog shows each author's outcome, strikes counted in order.
    const fay = await join("Fay");
    const f1 = await fay.held(`Fay: ${ATTACK}`);
    const f2 = await fay.held(`Fay again: ${ATTACK}`);
    await item(f2.id).waitFor(WAIT);
    await page.getByLabel("Select all").check();
    await page.getByRole("button", { name: "Reject selected…" }).click();
    const outcomes = page.locator("reject-dialog #outcome");
    await expect.poll(() => outcomes.textContent(), WAIT).toMatch(/Fay: strike 1, warning\s*Fay: strike 2, suspended 1 day/);
    await page.locator("reject-dialog dialog").getByRole("button", { name: "Reject and suspend" }).click();
    await item(f2.id).waitFor({ state: "detached", ...WAIT });
    await expect.poll(() => status().textContent(), WAIT).toContain("2 comments decided");
    expect(await item(f1.id).count()).toBe(0);
    const fayUser = await owner.get(`/api/v1/admin/sites/demo/users/${fay.user.id}`);
    expect(fayUser.body.standing).toMatchObject({ status: "suspended", strikes: 2 });

    // Two moderators, one comment: the one who decides second is told, and overrides nothing.
    const queueEl = page.locator("admin-queue");
    await queueEl.evaluate((el: any) => (el.pollSeconds = 0)); // no poll in between, to make the race certain
    const gus = await join("Gus");
    const g1 = await gus.held(`Gus: ${ATTACK}`);
    await page.keyboard.press(".");
    await item(g1.id).waitFor(WAIT);
    expect((await owner.post(`/api/v1/admin/sites/demo/comments/${g1.id}/decision`, { action: "reject" })).status).toBe(200);
    await item(g1.id).locator("article").focus();
    await page.keyboard.press("a");
    await item(g1.id).waitFor({ state: "detached", ...WAIT });
    await expect.poll(() => status().textContent(), WAIT).toContain("left the queue: This comment is rejected now");
    expect((await owner.get(`/api/v1/admin/sites/demo/users/${gus.user.id}`)).body.comments[0].status).toBe("rejected");
    await queueEl.evaluate((el: any) => (el.pollSeconds = 5));
    await page.keyboard.press(".");

    // The reported queue shows the reasons.
    await tab(/Reported/).click();
    const rep = item(reported.id);
    await rep.waitFor(WAIT);
    expect(await rep.locator("article").textContent()).toContain("Looks like an ad");
    expect(await rep.locator("article").textContent()).toContain("Spam");
    expect(pageErrors).toEqual([]);
  });

  it("keeps refused threats in their own queue until a moderator confirms them", async () => {
    const tom = await join("Tom");
    await tom.threat("Somebody should shoot him, honestly.");
    await gotoView("queue");
    await expect.poll(() => tab(/Threats/).textContent(), WAIT).toContain("1");
    await tab(/Threats/).click();
    const queued = page.locator("queue-item").filter({ hasText: "Somebody should shoot" });
    await queued.waitFor(WAIT);
    expect(await queued.locator("dl").textContent()).toContain("Refused as a threat");
    expect(await queued.locator("mark").count()).toBeGreaterThan(0);
    // Shift+R: confirmed without a strike; it leaves this queue for the rejected one.
    await queued.locator("article").focus();
    await page.keyboard.press("Shift+R");
    await queued.waitFor({ state: "detached", ...WAIT });
    await expect.poll(() => status().textContent(), WAIT).toContain("Rejected the comment by Tom");
    await expect.poll(() => tab(/Threats/).textContent(), WAIT).toContain("0");
    await tab(/Rejected/).click();
    await page.locator("queue-item").filter({ hasText: "Somebody should shoot" }).waitFor(WAIT);
  });

  it("blocks a commenter's device and rejects all their comments from the drawer; closes a page from the queue", async () => {
    const zed = await join("Zed");
    const where = { page: "zed-page" };
    await zed.post("An ordinary remark from Zed.", where);
    const held = await zed.held(`Zed: ${ATTACK}`, where);
    const zedPosts = () =>
      zed.client.call("POST", "/api/v1/sites/demo/comments", { page: "zed-other", body: "Another remark." }, zed.headers);

    // The drawer: trust, then a block on Zed's device.
    await gotoView("queue");
    await tab(/Pending/).click();
    await item(held.id).waitFor(WAIT);
    await item(held.id).getByRole("button", { name: "Zed", exact: true }).click();
    const drawer = page.locator("user-drawer dialog");
    await drawer.getByRole("heading", { name: "Commenter: Zed" }).waitFor(WAIT);
    await expect.poll(() => drawer.locator("#trust").textContent(), WAIT).toBe("New");
    const blocks = drawer.locator("user-blocks");
    await blocks.getByLabel("Block", { exact: true }).selectOption("device");
    await blocks.getByLabel("Reason (for the audit log)").fill("Posting for a bot farm");
    await blocks.getByRole("button", { name: "Block", exact: true }).click();
    await expect.poll(() => status().textContent(), WAIT).toContain("Blocked 1 identifier");
    await blocks.locator('li[data-active="true"]').waitFor(WAIT);
    expect((await zedPosts()).status).toBe(403);
    await blocks.locator('li[data-active="true"]').getByRole("button", { name: "Lift" }).click();
    await expect.poll(() => status().textContent(), WAIT).toContain("Block lifted");
    expect((await zedPosts()).status).toBe(201);

    // Everything Zed wrote, rejected at once (confirm() says yes).
    await blocks.getByRole("button", { name: "Reject all their comments" }).click();
    await expect.poll(() => status().textContent(), WAIT).toContain("Rejected 3 comments");
    await drawer.getByRole("button", { name: "Close" }).click();
    await item(held.id).waitFor({ state: "detached", ...WAIT });
    const zedPage = await Client.http(server.url).get("/api/v1/sites/demo/comments?page=zed-page");
    expect(zedPage.body.total).toBe(0);

    // A page's own settings, from the queue filtered to it.
    await page.locator("#page-filter").fill("zed-page");
    await page.getByRole("button", { name: "Filter", exact: true }).click();
    const settings = page.locator("page-settings");
    await settings.getByLabel("Closed to new comments").check();
    await expect.poll(() => status().textContent(), WAIT).toContain("Page saved: closed");
    await settings.getByLabel("Moderation on this page").selectOption("all");
    await expect.poll(() => status().textContent(), WAIT).toContain("Pre-moderation");
    expect((await owner.get("/api/v1/admin/sites/demo/pages?page=zed-page")).body.page).toMatchObject({
      closed: true,
      moderationMode: "all",
    });
    const refused = await zed.client.call("POST", "/api/v1/sites/demo/comments", { page: "zed-page", body: "Hello?" }, zed.headers);
    expect(refused.status).toBe(403);
    await page.getByRole("button", { name: "Clear", exact: true }).click();
  });

  it("publishes a policy version after replaying it on recent comments", async () => {
    await gotoView("policy");
    const publish = page.locator("policy-editor #publish");
    await publish.waitFor(WAIT);
    expect(await publish.isDisabled()).toBe(true);
    expect(await page.locator("policy-editor #publish-why").textContent()).toContain("Replay the draft");

    // The text, with a preview rendered by the server.
    const md = page.getByLabel("Text readers see (Markdown)");
    await md.fill("Please be **respectful**. No personal attacks.");
    await page.locator("policy-editor").getByRole("button", { name: "Preview" }).click();
    await expect.poll(() => page.locator("policy-editor #p-preview strong").textContent(), WAIT).toBe("respectful");
    await page.locator("policy-editor").getByRole("button", { name: "Write" }).click();

    // A stricter ladder: warn at 1 strike, revoke at 2.
    const editor = page.locator("policy-editor");
    await editor.getByRole("button", { name: "Remove the step at 4 strikes" }).click();
    await editor.getByRole("button", { name: "Remove the step at 3 strikes" }).click();
    await editor.locator("#l-sanction-1").selectOption("revoke");
    await editor.locator("#th-hold").fill("0.05");
    // Per target: commenters held from their own 0.3; public figures may be refused too.
    await editor.getByLabel("A commenter: Hold from").fill("0.3");
    await editor.getByLabel("A public figure or the author: At most").selectOption("reject");
    // Word lists, one a line (a blank line between is fine).
    await editor.getByLabel("Refused words and phrases").fill("crypto giveaway\n\nmiracle cure");
    await editor.getByLabel("Allowed words (the detector does not flag them)").fill("ass");

    await editor.getByRole("button", { name: "Replay on recent comments" }).click();
    const replay = editor.locator("#replay");
    await replay.waitFor(WAIT);
    expect(await replay.textContent()).toMatch(/\d+ recent comments examined/);
    expect(await replay.locator('tr[data-decision="hold"]').count()).toBe(1);
    // Holding from 5% would hold the clean comments published so far: counted, with examples.
    expect(await replay.textContent()).toContain("Published → Held");
    expect(await replay.locator("td.example").count()).toBeGreaterThan(0);
    await screenshot(page, "policy");

    await expect.poll(() => publish.isDisabled()).toBe(false);
    const before = (await owner.get("/api/v1/admin/sites/demo/policy")).body.version as number;
    await publish.click();
    await expect.poll(() => status().textContent(), WAIT).toContain(`Version ${before + 1} is published`);
    const now = (await owner.get("/api/v1/admin/sites/demo/policy")).body;
    expect(now.version).toBe(before + 1);
    expect(now.ladder).toEqual([
      { strikes: 1, sanction: "warn", hours: null },
      { strikes: 2, sanction: "revoke", hours: null },
    ]);
    expect(now.thresholds.hold).toBe(0.05);
    expect(now.thresholds.targets.commenter).toMatchObject({ hold: 0.3, atMost: "reject" });
    expect(now.thresholds.targets["public-figure"]).toMatchObject({ hold: null, atMost: "reject" });
    expect(now.markdown).toContain("**respectful**");
    expect(now.words).toEqual({
      blocked: [
        { phrase: "crypto giveaway", action: "reject" },
        { phrase: "miracle cure", action: "reject" },
      ],
      allowed: ["ass"],
    });
    // Every version, with who published it.
    const row = editor.locator(`tr[data-version="${before + 1}"]`);
    await row.waitFor(WAIT);
    expect(await row.textContent()).toContain(server.adminEmail);
    expect(await editor.locator('tr[data-version="1"]').count()).toBe(1);
    // Changing the enforcement again needs a new replay.
    await editor.locator("#th-hold").fill("0.5");
    await expect.poll(() => publish.isDisabled()).toBe(true);
    await editor.getByRole("button", { name: "Discard changes" }).first().click();
    expect(pageErrors).toEqual([]);
  });

  it("rejects with a strike, the ladder revokes, the widget refuses; lifting it restores the composer", async () => {
    // The ladder this test relies on (published in the UI above; set again if that test was skipped).
    const policy = (await owner.get("/api/v1/admin/sites/demo/policy")).body;
    const ladder = [
      { strikes: 1, sanction: "warn", hours: null },
      { strikes: 2, sanction: "revoke", hours: null },
    ];
    if (JSON.stringify(policy.ladder) !== JSON.stringify(ladder)) {
      const { title, markdown, rules, thresholds, strikeDays } = policy;
      expect((await owner.put("/api/v1/admin/sites/demo/policy", { title, markdown, rules, thresholds, strikeDays, ladder })).status).toBe(
        201,
      );
    }

    // A reader joins from the demo article's widget (the browser has no X-Forwarded-For: its own address).
    const reader = await (await browser.context()).newPage();
    await reader.goto(server.url + "/");
    await reader.getByLabel("Display name").fill("Rita");
    await reader.getByRole("button", { name: "Continue as guest" }).click();
    await reader.locator("comment-section textarea").first().waitFor(WAIT);
    const token = await reader.evaluate(() => localStorage.getItem("parley:demo:token"));
    expect(token).toBeTruthy();
    const rita = Guest.withToken(server.url, token!, "10.99.0.1");
    ritaId = (await rita.client.get("/api/v1/sites/demo/me")).body.user.id;
    const r1 = await rita.held(`Rita: ${ATTACK}`);
    const r2 = await rita.held(`Rita again: ${ATTACK} Really.`);

    await gotoView("queue");
    await tab(/Pending/).click();
    await item(r1.id).waitFor(WAIT);
    await item(r1.id).locator("article").focus();
    await page.keyboard.press("r");
    const dialog = page.locator("reject-dialog dialog");
    await expect.poll(() => dialog.locator("#outcome").textContent(), WAIT).toMatch(/strike 1 for Rita.*warning/s);
    await dialog.getByRole("button", { name: "Reject and warn" }).click();
    await item(r1.id).waitFor({ state: "detached", ...WAIT });

    // Focus came back from the dialog and moved on to the next item.
    await expect.poll(async () => (await focused(page)).comment, WAIT).toBe(r2.id);
    await page.keyboard.press("r");
    await expect.poll(() => dialog.locator("#outcome").textContent(), WAIT).toMatch(/strike 2 for Rita.*revokes comment privileges/s);
    await dialog.getByLabel("Note for the audit log (optional)").fill("Second attack today");
    await dialog.getByRole("button", { name: "Reject and revoke" }).click();
    await item(r2.id).waitFor({ state: "detached", ...WAIT });
    await expect.poll(() => status().textContent(), WAIT).toContain("Rejected the comment by Rita: Revoked");

    // The reader's widget now shows the revocation instead of the composer.
    await reader.reload();
    const notice = reader.locator('comment-section [data-standing="revoked"]');
    await notice.waitFor(WAIT);
    expect(await notice.textContent()).toContain("revoked");
    expect(await reader.locator("comment-section textarea").count()).toBe(0);

    // The moderator opens Rita from the rejected queue: standing, strikes, sanctions with who/why.
    await tab(/Rejected/).click();
    await item(r2.id).waitFor(WAIT);
    await item(r2.id).getByRole("button", { name: "Rita", exact: true }).click();
    const drawer = page.locator("user-drawer dialog");
    await drawer.getByRole("heading", { name: "Commenter: Rita" }).waitFor(WAIT);
    await expect.poll(() => drawer.locator("#standing").textContent(), WAIT).toBe("Revoked");
    const revoke = drawer.locator('li[data-type="revoke"][data-in-force="true"]');
    expect(await revoke.textContent()).toContain("by the policy ladder");
    expect(await drawer.locator("li[data-comment]").count()).toBe(2);
    await screenshot(page, "user");
    expect(await axeViolations(page)).toEqual([]);

    await revoke.getByRole("button", { name: /^Lift/ }).click();
    await expect.poll(() => drawer.locator("#standing").textContent(), WAIT).toBe("Warned");
    await expect.poll(() => drawer.locator('li[data-type="revoke"]').textContent(), WAIT).toContain(`lifted`);

    // A manual sanction with a reason the reader sees: suspend for 2 hours, then lift it too.
    await drawer.getByLabel("Sanction", { exact: true }).selectOption("suspend");
    await drawer.getByLabel("Hours", { exact: true }).fill("2");
    await drawer.getByLabel("Reason (the commenter will see it)").fill("Cooling-off period");
    await drawer.getByRole("button", { name: "Apply" }).click();
    await expect.poll(() => drawer.locator("#standing").textContent(), WAIT).toBe("Suspended");
    await reader.reload();
    await expect
      .poll(() => reader.locator('comment-section [data-standing="suspended"]').textContent(), WAIT)
      .toContain("Cooling-off period");
    await drawer.locator('li[data-type="suspend"][data-in-force="true"]').getByRole("button", { name: /^Lift/ }).click();
    await expect.poll(() => drawer.locator("#standing").textContent(), WAIT).toBe("Warned");

    // Lifted: the widget offers the composer again.
    await reader.reload();
    await reader.locator("comment-section textarea").first().waitFor(WAIT);
    expect(await reader.locator('comment-section [data-standing="revoked"]').count()).toBe(0);
    await drawer.getByRole("button", { name: "Close" }).click();
    expect(pageErrors).toEqual([]);
  });

  it("reads the audit log with filters", async () => {
    await gotoView("audit");
    const log = page.locator("audit-log");
    await log.locator("tbody tr").first().waitFor(WAIT);
    // The filter offers every action the server records, and nothing else.
    const offered = await log
      .getByLabel("Action")
      .locator("option")
      .evaluateAll((options) => options.map((o) => o.getAttribute("value")));
    expect(offered).toEqual(["", ...AUDIT_ACTIONS]);

    await log.getByLabel("Action").selectOption("comment.approve");
    await log.getByRole("button", { name: "Apply filters" }).click();
    await expect
      .poll(async () => new Set(await log.locator("tbody tr").evaluateAll((rows) => rows.map((r) => r.getAttribute("data-action")))), WAIT)
      .toEqual(new Set(["comment.approve"]));
    expect(await log.locator("tbody tr").first().textContent()).toContain(server.adminEmail);

    // By actor: the policy ladder's own sanctions.
    await log.getByLabel("Action").selectOption("");
    await log.getByLabel("Actor").selectOption("policy");
    await log.getByRole("button", { name: "Apply filters" }).click();
    await expect
      .poll(async () => new Set(await log.locator("tbody tr").evaluateAll((rows) => rows.map((r) => r.getAttribute("data-action")))), WAIT)
      .toEqual(new Set(["sanction.warn", "sanction.suspend", "sanction.revoke"]));

    // By commenter: everything that happened to Rita, in order.
    if (ritaId) {
      await log.getByLabel("Actor").selectOption("");
      await log.getByLabel("User id").fill(ritaId);
      await log.getByRole("button", { name: "Apply filters" }).click();
      await expect
        .poll(async () => await log.locator("tbody tr").evaluateAll((rows) => rows.map((r) => r.getAttribute("data-action"))), WAIT)
        .toEqual(
          expect.arrayContaining(["sanction.lift", "sanction.revoke", "strike.add", "comment.reject", "sanction.warn", "sanction.suspend"]),
        );
      await screenshot(page, "audit");
      expect(page.url()).toContain(`user=${ritaId}`);
    }

    // By date: nothing from tomorrow on.
    const tomorrow = new Date(Date.now() + 86_400_000);
    const ymd = `${tomorrow.getFullYear()}-${String(tomorrow.getMonth() + 1).padStart(2, "0")}-${String(tomorrow.getDate()).padStart(2, "0")}`;
    await log.getByLabel("From").fill(ymd);
    await log.getByRole("button", { name: "Apply filters" }).click();
    await log.getByText("No entries match these filters.").waitFor(WAIT);
    await log.getByRole("button", { name: "Clear filters" }).click();
    await log.locator("tbody tr").first().waitFor(WAIT);
    expect(pageErrors).toEqual([]);
  });

  it("changes site settings, keeps the SSO secret write-only, and copies the embed snippet", async () => {
    await gotoView("sites");
    const sites = page.locator("site-settings");
    await sites.locator("#snippet").waitFor(WAIT);
    expect(await sites.locator("#snippet").textContent()).toBe(`<script src="${server.url}/widget.js" data-site="demo" async></script>`);
    await sites.getByRole("button", { name: "Copy" }).click();
    await expect.poll(() => status().textContent(), WAIT).toContain("Copied");
    expect(await page.evaluate(() => navigator.clipboard.readText())).toContain('data-site="demo"');

    // A bad origin is refused; what was typed stays.
    const origins = sites.getByLabel("Allowed origins (one a line)");
    const before = await origins.inputValue();
    await origins.fill(`${before}\nnot an origin`.trim());
    await sites.getByLabel("Comments a minute per commenter").fill("30");
    await sites.getByRole("button", { name: "Save" }).click();
    await expect.poll(() => sites.locator("form .error[role=alert]").first().textContent(), WAIT).toContain("origin");
    expect(await sites.getByLabel("Comments a minute per commenter").inputValue()).toBe("30");

    await origins.fill(`${before}\nhttps://news.example.com`.trim());
    await sites.getByLabel("Reports that hide a comment until a moderator decides").fill("2");
    await sites.getByLabel("What readers’ reports do").selectOption("queue");
    await sites.getByLabel("Edit window (minutes)").fill("20");
    await sites.getByLabel("Moderation mode").selectOption("first");
    await sites.getByLabel("New commenters: comments to approve first").fill("2");
    await sites.getByLabel("Robot check for guests").selectOption("always");
    await sites.getByLabel("Link domains that are not spam").fill("wikipedia.org\nExample.org");
    await sites.getByLabel("Guests may comment without signing in").uncheck();
    await sites.getByLabel("Readers may vote comments down as well as up").check();
    await sites.getByLabel("Single sign-on secret").fill("s".repeat(40));
    await sites.getByRole("button", { name: "Save" }).click();
    await expect.poll(() => status().textContent(), WAIT).toContain("Saved");
    await screenshot(page, "sites");
    const site = (await owner.get("/api/v1/admin/sites/demo")).body.site;
    expect(site).toMatchObject({
      rateLimitPerMinute: 30,
      reportThreshold: 2,
      reportAction: "queue",
      editWindowMinutes: 20,
      allowGuests: false,
      downvotes: true,
      ssoConfigured: true,
      moderationMode: "first",
      firstComments: 2,
      guestChallenge: "always",
      linkAllowlist: ["wikipedia.org", "example.org"],
    });
    expect(site.origins).toContain("https://news.example.com");
    expect(JSON.stringify(site)).not.toContain("ssss");
    expect(await sites.getByLabel("Single sign-on secret").inputValue()).toBe("");
    await sites.getByText("A secret is set").waitFor(WAIT);

    // Back to guests allowed, secret removed.
    await sites.getByLabel("Guests may comment without signing in").check();
    await sites.getByLabel("Readers may vote comments down as well as up").uncheck();
    await sites.getByLabel("What readers’ reports do").selectOption("hide");
    await sites.getByLabel("Remove the secret (turns single sign-on off)").check();
    await sites.getByRole("button", { name: "Save" }).click();
    await sites.getByText("No secret set.").waitFor(WAIT);
    expect((await owner.get("/api/v1/admin/sites/demo")).body.site).toMatchObject({
      allowGuests: true,
      downvotes: false,
      ssoConfigured: false,
      reportAction: "hide",
    });
    expect(pageErrors).toEqual([]);
  });

  it("asks for the password again when the session ends, and keeps the work on screen", async () => {
    await gotoView("policy");
    const editor = page.locator("policy-editor");
    await editor.locator("#p-title").fill("Comment policy (revised)");
    await ctx.clearCookies();
    await editor.getByRole("button", { name: "Replay on recent comments" }).click();
    const again = page.locator("#reauth");
    await again.getByText("Your session ended").waitFor(WAIT);
    await again.getByLabel("Email").fill(server.adminEmail);
    await again.getByLabel("Password").fill(server.adminPassword);
    await again.getByRole("button", { name: "Sign in" }).click();
    await again.waitFor({ state: "hidden", ...WAIT });
    expect(await editor.locator("#p-title").inputValue()).toBe("Comment policy (revised)");
    // The new session's CSRF token is used from here on.
    await editor.getByRole("button", { name: "Replay on recent comments" }).click();
    await editor.locator("#replay").waitFor(WAIT);
    await editor.getByRole("button", { name: "Discard changes" }).first().click();
    expect(pageErrors).toEqual([]);
  });

  it("lets an owner add and remove a moderator, audited under the owner’s name, and signs out", async () => {
    await gotoView("moderators");
    const panel = page.locator("moderators-panel");
    await panel.getByLabel("Email").fill("mo@example.com");
    await panel.getByLabel("Password").fill("a long enough password");
    await panel.getByRole("button", { name: "Add" }).click();
    await panel.locator('tr[data-moderator="mo@example.com"]').waitFor(WAIT);
    await screenshot(page, "moderators");

    // The new moderator can sign in (and is not an owner).
    const mo = Client.http(server.url);
    expect((await mo.loginAdmin("mo@example.com", "a long enough password")).role).toBe("moderator");

    // A moderator (not an owner) sees the site settings and the accounts, and may change neither.
    const moPage = await (await browser.context()).newPage();
    await moPage.goto(server.url + "/admin#sites");
    await moPage.getByLabel("Email").fill("mo@example.com");
    await moPage.getByLabel("Password").fill("a long enough password");
    await moPage.getByRole("button", { name: "Sign in" }).click();
    await moPage.getByText("Only an owner can change these settings.").waitFor(WAIT);
    expect(await moPage.locator("site-settings").getByRole("button", { name: "Save" }).isDisabled()).toBe(true);
    await moPage.locator('parley-admin nav a[href="#moderators"]').click();
    await moPage.getByText("Only an owner can change these settings.").waitFor(WAIT);
    expect(
      await moPage
        .locator("moderators-panel")
        .getByRole("button", { name: /^Remove/ })
        .count(),
    ).toBe(0);
    await moPage.close();

    await panel.getByRole("button", { name: "Remove mo@example.com" }).click();
    await panel.locator('tr[data-moderator="mo@example.com"]').waitFor({ state: "detached", ...WAIT });
    const audit = (await owner.get("/api/v1/admin/sites/demo/audit?action=moderator.create")).body.entries;
    expect(audit[0]).toMatchObject({ action: "moderator.create", actorId: (await owner.get("/api/v1/admin/me")).body.admin.id });

    // Accessibility of the main screens (serious and critical axe findings).
    for (const view of ["queue", "policy", "audit", "sites", "moderators"]) {
      await gotoView(view);
      await page.waitForTimeout(0);
      await page
        .locator("parley-admin main [role=status].state")
        .waitFor({ state: "detached", timeout: 20_000 })
        .catch(() => {});
      expect({ view, violations: await axeViolations(page) }).toEqual({ view, violations: [] });
    }

    await page.getByRole("button", { name: "Sign out" }).click();
    await page.getByLabel("Email").waitFor(WAIT);
    await page.reload();
    await page.getByLabel("Email").waitFor(WAIT);
    expect(pageErrors).toEqual([]);
  });
});
