import { describe, expect, it } from "vitest";
import { htmlToMarkdown } from "../../../../server/data/import/html-to-markdown.ts";
import { pageKeyFor } from "../../../../server/data/import/page-keys.ts";
import { wpDate } from "../../../../server/data/import/wordpress.ts";
import { renderComment } from "../../../../server/render/markdown.ts";

describe("imported HTML to markdown", () => {
  it("keeps what a comment can say", () => {
    expect(htmlToMarkdown("<p>One <b>bold</b> and <em>it</em>.</p><p>Two<br/>lines</p>")).toBe("One **bold** and *it*.\n\nTwo\nlines");
    expect(htmlToMarkdown("<ul><li>a</li><li>b</li></ul><ol><li>x</li><li>y</li></ol>")).toBe("- a\n- b\n\n1. x\n2. y");
    expect(htmlToMarkdown("<blockquote>said</blockquote>reply")).toBe("> said\n\nreply");
    expect(htmlToMarkdown("<pre><code>a < b\n  *c*</code></pre>")).toBe("```\na < b\n  *c*\n```");
    expect(htmlToMarkdown('<a href="https://example.org/x">https://example.org/x</a>')).toBe("https://example.org/x");
    expect(htmlToMarkdown("caf&eacute; &#8230; &#x1F600; &amp;amp;")).toBe("café … 😀 &amp;");
  });

  it("keeps plain text plain, and lets nothing unsafe through", () => {
    expect(htmlToMarkdown("2 * 3 = 6, [not a link](x) and _under_")).toBe("2 \\* 3 = 6, \\[not a link\\](x) and \\_under\\_");
    const hostile = htmlToMarkdown(
      '<a href="javascript:alert(1)">click</a><script>steal()</script><img src=x onerror=alert(1) alt="a picture"><iframe src="https://evil.example">x</iframe>&lt;b&gt;',
    );
    expect(hostile).toBe("clicka picture\\<b\\>");
    const html = renderComment(hostile);
    expect(html).not.toMatch(/<(script|img|iframe|a)\b|javascript:|onerror/);
  });

  it("reads WordPress text: a newline is a line break, a blank line a paragraph", () => {
    expect(htmlToMarkdown("one\ntwo\n\nthree", { newlinesAreBreaks: true })).toBe("one\ntwo\n\nthree");
    expect(htmlToMarkdown("one\ntwo\n\nthree")).toBe("one two three");
  });
});

describe("page keys and dates of imported threads", () => {
  it("derives the widget's key from the address, with renamed domains and ?p=N kept", () => {
    expect(pageKeyFor("http://old.example.com/a/b/?utm=x#c", {})).toBe("http://old.example.com/a/b/");
    expect(pageKeyFor("http://old.example.com/a/", { "old.example.com": "new.example.com" })).toBe("http://new.example.com/a/");
    expect(pageKeyFor("http://old.example.com/a/", { "old.example.com": "https://new.example.com/" })).toBe("https://new.example.com/a/");
    expect(pageKeyFor("https://blog.example.com/?p=42&replytocom=7", {})).toBe("https://blog.example.com/?p=42");
    expect(pageKeyFor("//cdn.example.com/x", {})).toBe("https://cdn.example.com/x");
    expect(pageKeyFor("not a url", {})).toBeNull();
    expect(pageKeyFor("javascript:alert(1)", {})).toBeNull();
  });

  it("uses WordPress's GMT date, or the local one shifted by the blog's offset", () => {
    expect(wpDate("2020-06-01 10:05:00", "2020-06-01 12:05:00", 120)).toBe("2020-06-01T10:05:00.000Z");
    expect(wpDate("0000-00-00 00:00:00", "2020-06-01 12:05:00", 120)).toBe("2020-06-01T10:05:00.000Z");
    expect(wpDate("", "", 0)).toBeNull();
  });
});
