import { build } from "esbuild";
import { resolve } from "node:path";
import { createContext, runInContext } from "node:vm";
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
    expect(htmlToMarkdown('<a href="https://example.org/x">https://example.org/x</a>')).toBe("<https://example.org/x>");
    expect(htmlToMarkdown("<s>gone</s> and <del>gone</del>")).toBe("~~gone~~ and ~~gone~~");
  });

  it("converts links, keeping their text and only web and mail addresses", () => {
    expect(htmlToMarkdown("<a href='https://x.example/?a=1&amp;b=2'>the <b>post</b></a>")).toBe("[the **post**](https://x.example/?a=1\\&b=2)");
    expect(htmlToMarkdown("<a href='mailto:ed@example.com' title='Write'>mail</a>")).toBe("[mail](mailto:ed@example.com)");
    expect(htmlToMarkdown("<a href='/relative'>rel</a> <a href=' data:text/html,x'>data</a> <a>none</a>")).toBe("rel data none");
    expect(renderComment(htmlToMarkdown("<a href='https://x.example/a b(c)'>spaced</a>"))).toContain('href="https://x.example/a%20b(c)"');
  });

  it("converts nested lists and quotes, and quotes in lists", () => {
    expect(htmlToMarkdown("<ul><li>one<ol><li>two</li><li>three<blockquote>q</blockquote></li></ol></li><li>four</ul>")).toBe(
      "- one\n\n  1. two\n  2. three\n     > q\n\n- four",
    );
    expect(htmlToMarkdown("<blockquote><p>a</p><blockquote>inner</blockquote><p>b</p></blockquote>")).toBe("> a\n>\n> > inner\n>\n> b");
  });

  it("keeps code literal, inline and in blocks", () => {
    expect(htmlToMarkdown("<p>use <code>a`b</code> and <code>*x*</code></p>")).toBe("use ``a`b`` and `*x*`");
    expect(renderComment(htmlToMarkdown("<pre>if (a &lt; b) {\n  return [x](y);\n}</pre>"))).toBe("<pre><code>if (a &lt; b) {\n  return [x](y);\n}\n</code></pre>");
  });

  it("decodes entities once: an escaped tag or entity stays text", () => {
    expect(htmlToMarkdown("caf&eacute; &#8230; &#x1F600; &copy; &quot;q&quot;")).toBe('café … 😀 © "q"');
    expect(renderComment(htmlToMarkdown("&amp;amp; &lt;b&gt;not bold&lt;/b&gt;"))).toBe("<p>&amp;amp; &lt;b&gt;not bold&lt;/b&gt;</p>");
  });

  it("closes nested and unclosed tags as a browser would", () => {
    expect(htmlToMarkdown("<div><span>nested <i><b>deep</b></i></span></div>")).toBe("nested ***deep***");
    // A browser carries the open <i> past </b>.
    expect(renderComment(htmlToMarkdown("a <b>bold <i>both</b> after"))).toBe("<p>a <strong>bold <em>both</em></strong><em> after</em></p>");
    expect(htmlToMarkdown("<p>one<p>two")).toBe("one\n\ntwo");
  });

  it("drops scripts, styles and embeds with their text; keeps headings', tables' and images' text as paragraphs", () => {
    expect(htmlToMarkdown("<style>p{color:red}</style><p>kept</p><script>steal()</script><noscript>ns</noscript><template><b>t</b></template>")).toBe("kept");
    expect(htmlToMarkdown("<h2>Title</h2>text")).toBe("Title\n\ntext");
    expect(htmlToMarkdown("<table><tr><th>h</th><th>i</th></tr><tr><td>a</td><td>b</td></tr></table>after")).toBe("h i\n\na b\n\nafter");
    expect(htmlToMarkdown("<video src='https://v.example/a.mp4'>no video</video><img src='https://i.example/a.png' alt='alt'>")).toBe("no videoalt");
  });

  it("keeps plain text plain, and lets nothing unsafe through", () => {
    expect(htmlToMarkdown("2 * 3 = 6, [not a link](x) and _under_")).toBe("2 \\* 3 = 6, \\[not a link]\\(x) and \\_under\\_");
    expect(htmlToMarkdown("1. not a list\n# not a heading")).toBe("1\\. not a list # not a heading");
    expect(htmlToMarkdown("a<br>- not a list<br># not a heading<br>> not a quote")).toBe("a\n\\- not a list\n\\# not a heading\n\\> not a quote");
    const hostile = htmlToMarkdown(
      '<a href="javascript:alert(1)">click</a><script>steal()</script><img src=x onerror=alert(1) alt="a picture"><iframe src="https://evil.example">x</iframe>&lt;b&gt;',
    );
    expect(hostile).toBe("clicka picture\\<b>");
    const html = renderComment(hostile);
    expect(html).not.toMatch(/<(script|img|iframe|a)\b|javascript:|onerror/);
  });

  it("reads WordPress text: a newline is a line break, a blank line a paragraph", () => {
    expect(htmlToMarkdown("one\ntwo\n\nthree", { newlinesAreBreaks: true })).toBe("one\ntwo\n\nthree");
    expect(renderComment(htmlToMarkdown("one\r\ntwo\r\n\r\nthree", { newlinesAreBreaks: true }))).toBe("<p>one<br>\ntwo</p>\n<p>three</p>");
    expect(htmlToMarkdown("<p>a</p>\n\n<p>b</p>\n<pre>x\n\ny</pre>", { newlinesAreBreaks: true })).toBe("a\n\nb\n\n```\nx\n\ny\n```");
    expect(htmlToMarkdown("one\ntwo\n\nthree")).toBe("one two three");
  });
});

describe("the converter on Workers", () => {
  it("runs bundled for workerd, in a context without Node's globals (no process, Buffer or require)", async () => {
    const bundled = await build({
      entryPoints: [resolve(import.meta.dirname, "../../../../server/data/import/html-to-markdown.ts")],
      bundle: true,
      write: false,
      format: "iife",
      globalName: "converter",
      platform: "browser",
      conditions: ["workerd", "worker", "browser"],
      logLevel: "silent",
    });
    const context = createContext({ URL, TextEncoder, TextDecoder });
    runInContext(bundled.outputFiles[0]!.text, context);
    const convert = runInContext("converter.htmlToMarkdown", context) as typeof htmlToMarkdown;
    expect(convert("<p>a <b>b</b> &amp; <a href='https://x.example/'>c</a></p>one\ntwo", { newlinesAreBreaks: true })).toBe(
      "a **b** & [c](https://x.example/)\n\none\ntwo",
    );
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
