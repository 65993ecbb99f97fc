import { parseFeed } from "@rowanmanning/feed-parser";
import { afterEach, describe, expect, it } from "vitest";
import { Client } from "../../helpers/client.ts";
import { notifyApp, serveOver } from "./support.ts";

let cleanup: (() => void)[] = [];
afterEach(() => {
  for (const f of cleanup.reverse()) f();
  cleanup = [];
});

async function setup() {
  const t = await notifyApp();
  const http = await serveOver(t.app);
  cleanup.push(http.close, () => t.close());
  const owner = Client.http(http.base);
  await owner.loginAdmin();
  const origins = (await owner.get("/api/v1/admin/sites")).body.sites.find((s: { id: string }) => s.id === "demo").origins;
  expect((await owner.patch("/api/v1/admin/sites/demo", { origins: [...origins, "https://news.example.com"] })).status).toBe(200);
  const reader = Client.http(http.base);
  await reader.joinAsGuest(`Ana <"&'> Ünïcode`);
  return { t, base: http.base, reader };
}

async function feed(base: string, path: string) {
  const res = await fetch(base + path);
  expect(res.status).toBe(200);
  expect(res.headers.get("content-type")).toBe("application/atom+xml; charset=utf-8");
  const text = await res.text();
  return { text, feed: parseFeed(text).toJSON() };
}

describe("Atom feeds", () => {
  it("list a page's latest published comments, escaped, linking to each comment's permalink", async () => {
    const { t, base, reader } = await setup();
    const later = () => t.clock.advance(60_000);
    const url = "https://news.example.com/news/rates?x=1&y=2";
    const first = await reader.postComment("Rates <b>up</b> & **again** \u0001", { url: undefined, title: "Rates & <you>" });
    expect(first.status).toBe(201);
    later();
    const second = await reader.post("/api/v1/sites/demo/comments", {
      page: "rates",
      url,
      title: "Rates & <you>",
      body: "Second, on another page.",
    });
    expect(second.status, JSON.stringify(second.body)).toBe(201);
    const held = await reader.post("/api/v1/sites/demo/comments", { page: "rates", body: "HOLDME not in feeds" });
    expect(held.status).toBe(202);
    later();
    const third = await reader.post("/api/v1/sites/demo/comments", { page: "rates", parentId: second.body.comment.id, body: "A reply." });
    expect(third.status).toBe(201);

    const { feed: page, text } = await feed(base, "/api/v1/sites/demo/feed.atom?page=rates");
    expect(text).not.toContain("\u0001");
    expect(page.meta).toEqual({ type: "atom", version: "1.0" });
    expect(page.title).toBe("Comments on Rates & <you>");
    expect(page.self).toBe(`${base}/api/v1/sites/demo/feed.atom?page=rates`);
    expect(page.url).toBe(url);
    expect(page.items.map((i) => i.content)).toEqual(["<p>A reply.</p>", "<p>Second, on another page.</p>"]);
    const [reply] = page.items;
    expect(reply!.url).toBe(`${url}#comment-${third.body.comment.id}`);
    expect(reply!.authors[0]!.name).toBe(`Ana <"&'> Ünïcode`);
    expect(reply!.title).toBe(`Ana <"&'> Ünïcode on Rates & <you>`);
    expect(reply!.id).toMatch(new RegExp(`^tag:127\\.0\\.0\\.1,2026:parley/demo/comment/${third.body.comment.id}$`));
    expect(reply!.published).toBe(third.body.comment.createdAt);
    expect(page.updated).toBe(third.body.comment.createdAt);

    const { feed: site, text: siteText } = await feed(base, "/api/v1/sites/demo/feed.atom");
    expect(site.title).toBe("Comments on Parley demo");
    // the seeded demo comment, ours, newest first; never the held one
    const bodies = site.items.map((i) => i.content ?? "");
    expect(bodies.slice(0, 3)).toEqual([
      "<p>A reply.</p>",
      "<p>Second, on another page.</p>",
      expect.stringContaining("<strong>again</strong>"),
    ]);
    // the comment's HTML (which shows the author's "<b>" as text) is escaped once more for XML
    expect(siteText).toContain("Rates &amp;lt;b&amp;gt;up&amp;lt;/b&amp;gt; &amp;amp; &lt;strong&gt;again&lt;/strong&gt;");
    expect(bodies.join("")).not.toContain("HOLDME");
    // ids are stable, one per comment
    expect(new Set(site.items.map((i) => i.id)).size).toBe(site.items.length);
  });

  it("answers an empty, valid feed for a page without comments, and 404 for an unknown site", async () => {
    const { base } = await setup();
    const { feed: empty } = await feed(base, "/api/v1/sites/demo/feed.atom?page=nothing-here");
    expect(empty.items).toEqual([]);
    expect(empty.title).toBe("Comments on nothing-here");
    expect(empty.updated).not.toBeNull();
    expect((await fetch(`${base}/api/v1/sites/nope/feed.atom`)).status).toBe(404);
  });
});
