import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { renderComment, renderDocument } from "../../../server/render/markdown.ts";
import { Client } from "../../helpers/client.ts";
import { scanHtml, unsafeParts } from "../support/html-scan.ts";
import { guest, ownerOf, patchSite, stubApp, type TestApp } from "../support/setup.ts";

const fixture = JSON.parse(readFileSync(new URL("../../fixtures/xss-vectors.json", import.meta.url), "utf8")) as {
  vectors: { name: string; input: string }[];
};
const vectors = fixture.vectors;
/** The source as the server keeps it: NUL reads as U+FFFD, as CommonMark renders it. */
const asStored = (input: string) => input.replaceAll("\u0000", "\uFFFD");

describe("the HTML checker itself", () => {
  it("passes safe markup", () => {
    expect(
      unsafeParts(
        '<p>a <a href="https://example.com" rel="nofollow ugc noopener" target="_blank" title="t &quot;onclick=x&quot;">b</a></p>',
      ),
    ).toEqual([]);
    expect(unsafeParts('<ol start="3">\n<li>x</li>\n</ol>\n<pre><code class="language-js">&lt;script&gt;</code></pre>')).toEqual([]);
  });

  it("flags what it must", () => {
    const bad = [
      "<img src=x onerror=alert(1)>",
      "<p onclick=alert(1)>x</p>",
      '<p title="x"onclick="y">x</p>',
      '<a href="javascript:alert(1)" rel="nofollow ugc noopener">x</a>',
      '<a href="JaVaScRiPt:alert(1)" rel="nofollow ugc noopener">x</a>',
      '<a href="&#106;avascript:alert(1)" rel="nofollow ugc noopener">x</a>',
      '<a href="java&#x09;script:alert(1)" rel="nofollow ugc noopener">x</a>',
      '<a href="java\nscript:alert(1)" rel="nofollow ugc noopener">x</a>',
      '<a href=" \u0001javascript:alert(1)" rel="nofollow ugc noopener">x</a>',
      '<a href="data:text/html,x" rel="nofollow ugc noopener">x</a>',
      '<a href="vbscript:x" rel="nofollow ugc noopener">x</a>',
      '<a href="//evil.example" rel="nofollow ugc noopener">x</a>',
      '<a href="https://example.com">no rel</a>',
      "<svg/onload=alert(1)>",
      "<script>alert(1)</script>",
      "<style>p{}</style>",
      "<!-- comment -->",
      "<p",
      '<td style="background:url(javascript:x)">x</td>',
      '<code class="x" onmouseover="y">x</code>',
    ];
    for (const html of bad) expect(unsafeParts(html), html).not.toEqual([]);
  });

  it("reads attributes as a browser does", () => {
    const { tags } = scanHtml(`<a href='x y' title=plain data-x rel="a&amp;b">`);
    expect(tags[0]!.attrs.map((a) => [a.name, a.value])).toEqual([
      ["href", "x y"],
      ["title", "plain"],
      ["data-x", null],
      ["rel", "a&b"],
    ]);
  });
});

describe("the XSS fixture", () => {
  it("holds at least 100 distinct vectors", () => {
    expect(vectors.length).toBeGreaterThanOrEqual(100);
    expect(new Set(vectors.map((v) => v.input)).size).toBe(vectors.length);
    expect(new Set(vectors.map((v) => v.name)).size).toBe(vectors.length);
  });
});

describe("renderComment", () => {
  it.each(vectors.map((v) => [v.name, v.input]))("renders %s safely", (_name, input) => {
    const html = renderComment(input);
    expect(unsafeParts(html), html).toEqual([]);
    expect(unsafeParts(renderDocument(input)).filter((p) => !/^tag <h[1-6]>|^end tag <\/h[1-6]>/.test(p))).toEqual([]);
  });

  it("renders the formatting commenters use", () => {
    expect(renderComment("**bold** _em_ `code` ~~gone~~")).toBe("<p><strong>bold</strong> <em>em</em> <code>code</code> <s>gone</s></p>");
    expect(renderComment("> quoted")).toBe("<blockquote>\n<p>quoted</p>\n</blockquote>");
    expect(renderComment("- a\n- b")).toBe("<ul>\n<li>a</li>\n<li>b</li>\n</ul>");
    expect(renderComment("line one\nline two")).toBe("<p>line one<br>\nline two</p>");
    expect(renderComment("```\nx < y\n```")).toBe("<pre><code>x &lt; y\n</code></pre>");
    // No headings in comments; the policy document may have them.
    expect(renderComment("# Big")).toBe("<p># Big</p>");
    expect(renderDocument("# Big")).toBe("<h1>Big</h1>");
  });

  it('gives every link rel="nofollow ugc noopener", for web and mail addresses only', () => {
    for (const [input, href] of [
      ["[x](https://example.com/a?b=1)", "https://example.com/a?b=1"],
      ["[x](http://example.com)", "http://example.com"],
      ["[x](HTTPS://EXAMPLE.COM)", "HTTPS://EXAMPLE.COM"],
      ["[x](mailto:ana@example.com)", "mailto:ana@example.com"],
      ["<https://example.com>", "https://example.com"],
      ["see https://example.com/page today", "https://example.com/page"],
      ["ana@example.com", "mailto:ana@example.com"],
      ["[x][r]\n\n[r]: https://example.com/ref", "https://example.com/ref"],
    ] as const) {
      const html = renderComment(input);
      const links = scanHtml(html).tags.filter((t) => t.name === "a");
      expect(links, input).toHaveLength(1);
      const attrs = Object.fromEntries(links[0]!.attrs.map((a) => [a.name, a.value]));
      expect(attrs.href, input).toBe(href);
      expect(attrs.rel, input).toBe("nofollow ugc noopener");
      expect(unsafeParts(html)).toEqual([]);
    }
  });

  it("turns unsafe links into plain text rather than dropping what was written", () => {
    const html = renderComment("[click](javascript:alert(1))");
    expect(scanHtml(html).tags.map((t) => t.name)).toEqual(["p"]);
    expect(html).toContain("click");
  });

  it("does not render images", () => {
    const html = renderComment("![alt](https://example.com/tracker.png)");
    expect(html).not.toMatch(/<img/i);
    expect(unsafeParts(html)).toEqual([]);
  });
});

describe("XSS through the API", () => {
  let t: TestApp;
  let author: Client;
  beforeAll(async () => {
    t = await stubApp();
    const owner = await ownerOf(t);
    await patchSite(owner, { rateLimitPerMinute: 10_000 });
    // XSS vectors are full of links to other sites: without the spam rule, every one publishes.
    const {
      version: _v,
      html: _h,
      publishedAt: _p,
      publishedBy: _b,
      ...policy
    } = (await owner.get("/api/v1/admin/sites/demo/policy")).body;
    const withoutSpam = { ...policy, rules: policy.rules.filter((r: { id: string }) => r.id !== "spam") };
    expect((await owner.put("/api/v1/admin/sites/demo/policy", withoutSpam)).status).toBe(201);
    author = await guest(t, "Mallory");
  });

  it("stores and serves every vector as safe HTML, with the source kept as written", async () => {
    const posted = new Map<string, { input: string; name: string }>();
    for (const v of vectors) {
      const res = await author.postComment(v.input, { page: "xss" });
      expect(res.status, `${v.name}: ${JSON.stringify(res.body)}`).toBe(201);
      expect(res.body.comment.body, v.name).toBe(asStored(v.input));
      expect(unsafeParts(res.body.comment.html), `${v.name}: ${res.body.comment.html}`).toEqual([]);
      posted.set(res.body.comment.id, v);
    }
    const list = await Client.over(t.app).get("/api/v1/sites/demo/comments?page=xss&limit=200");
    expect(list.status).toBe(200);
    expect(list.body.comments).toHaveLength(vectors.length);
    for (const c of list.body.comments) {
      const v = posted.get(c.id)!;
      expect(c.body, v.name).toBe(asStored(v.input));
      expect(unsafeParts(c.html), `${v.name}: ${c.html}`).toEqual([]);
    }
  });

  it("previews every vector as safe HTML", async () => {
    for (const v of vectors) {
      const res = await author.post("/api/v1/sites/demo/preview", { body: v.input });
      expect(res.status).toBe(200);
      expect(unsafeParts(res.body.html), `${v.name}: ${res.body.html}`).toEqual([]);
    }
  });

  it("keeps an edit's HTML safe too", async () => {
    const id = (await author.postComment("harmless", { page: "xss-edit" })).body.comment.id;
    const res = await author.patch(`/api/v1/sites/demo/comments/${id}`, { body: "<img src=x onerror=alert(1)> [x](javascript:alert(1))" });
    expect(res.status).toBe(200);
    expect(unsafeParts(res.body.comment.html)).toEqual([]);
    expect(res.body.comment.html).toContain("&lt;img src=x onerror=alert(1)&gt;");
  });
});
