import { describe, expect, it } from "vitest";
import { pageKey, stripUrl, apiBase } from "../../widget/lib/page-key.ts";
import { relativeTime, formatDate, intlAgo, type TimeUnit } from "../../widget/lib/time.ts";
import strings from "../../widget/i18n/en.ts";
import { segments, normaliseSpans, flagged } from "../../widget/lib/spans.ts";
import { siteStore, deviceId, draftKey } from "../../widget/lib/storage.ts";
import { addTop, replaceComment, removeComment } from "../../widget/lib/edits.ts";
import { thread, addReply, appendPage, findComment, canEdit, initials, descendants } from "../../widget/lib/thread.ts";
import type { Comment } from "../../widget/api.ts";

describe("page key", () => {
  it("uses data-page as given", () => {
    expect(pageKey({ dataPage: " post-42 ", canonical: "https://x.example/a", location: "https://y.example/b?q=1" })).toBe("post-42");
  });
  it("prefers the canonical URL, without query and fragment, resolved against the page", () => {
    expect(pageKey({ canonical: "https://news.example/a/b?utm=1#c", location: "https://m.news.example/x" })).toBe(
      "https://news.example/a/b",
    );
    expect(pageKey({ canonical: "/story/1?x", location: "https://news.example/other" })).toBe("https://news.example/story/1");
  });
  it("falls back to the location without query and fragment", () => {
    expect(pageKey({ dataPage: "", canonical: null, location: "https://news.example/p?id=3#comments" })).toBe("https://news.example/p");
    expect(stripUrl("https://a.example/?")).toBe("https://a.example/");
  });
  it("takes the API from data-api or the script origin", () => {
    expect(apiBase(null, "https://c.example/widget.js?v=1", "https://news.example/")).toBe("https://c.example");
    expect(apiBase("https://api.example/", "/widget.js", "https://news.example/")).toBe("https://api.example");
    expect(apiBase(undefined, "/widget.js", "https://news.example/a")).toBe("https://news.example");
  });
});

describe("times", () => {
  const now = Date.parse("2025-06-01T12:00:00Z");
  const ago = (s: number) => new Date(now - s * 1000).toISOString();
  it("says just now under 45 seconds and for bad input", () => {
    expect(relativeTime(ago(10), now, strings.ago, "just now")).toBe("just now");
    expect(relativeTime("nonsense", now, strings.ago, "just now")).toBe("just now");
  });
  it("picks the largest fitting unit", () => {
    expect(relativeTime(ago(60), now, strings.ago, "now")).toBe("1 minute ago");
    expect(relativeTime(ago(5 * 60), now, strings.ago, "now")).toBe("5 minutes ago");
    expect(relativeTime(ago(3 * 3600), now, strings.ago, "now")).toBe("3 hours ago");
    expect(relativeTime(ago(86400), now, strings.ago, "now")).toBe("yesterday");
    expect(relativeTime(ago(14 * 86400), now, strings.ago, "now")).toBe("2 weeks ago");
    expect(relativeTime(ago(400 * 86400), now, strings.ago, "now")).toBe("last year");
  });
  it("says relative times in English by hand exactly as Intl does", () => {
    const intl = intlAgo("en");
    for (const unit of ["year", "month", "week", "day", "hour", "minute"] as TimeUnit[])
      for (let n = 1; n <= 61; n++) {
        expect(strings.ago(-n, unit)).toBe(intl(-n, unit));
        expect(strings.ago(n, unit)).toBe(intl(n, unit));
      }
  });
  it("formats exact times in a given zone", () => {
    expect(formatDate("2025-06-01T12:00:00Z", "en", "long", "UTC")).toBe("June 1, 2025 at 12:00 PM");
    expect(formatDate("2025-06-01T12:00:00Z", "en", "full", "UTC")).toContain("Sunday");
    expect(formatDate("bad", "en")).toBe("bad");
  });
  it("keeps one formatter per locale, style and zone (reused, never mixed up)", () => {
    const now = Date.parse("2025-06-01T12:00:00Z");
    const ago = (s: number) => new Date(now - s * 1000).toISOString();
    expect(relativeTime(ago(3 * 3600), now, intlAgo("de"), "jetzt")).toBe("vor 3 Stunden");
    expect(relativeTime(ago(3 * 3600), now, strings.ago, "now")).toBe("3 hours ago");
    expect(relativeTime(ago(2 * 3600), now, intlAgo("de"), "jetzt")).toBe("vor 2 Stunden");
    expect(formatDate("2025-06-01T12:00:00Z", "en", "long", "UTC")).toBe("June 1, 2025 at 12:00 PM");
    expect(formatDate("2025-06-01T12:00:00Z", "en", "long", "Asia/Tokyo")).toBe("June 1, 2025 at 9:00 PM");
    expect(formatDate("2025-06-01T12:00:00Z", "en", "full", "UTC")).toContain("Sunday");
  });
  it("counts comments with grouped digits", () => {
    expect([1, 2, 999, 1000, 12345, 1234567].map(strings.count)).toEqual([
      "1 comment",
      "2 comments",
      "999 comments",
      "1,000 comments",
      "12,345 comments",
      "1,234,567 comments",
    ]);
  });
});

describe("spans", () => {
  it("cuts text into plain and marked segments that rebuild the text", () => {
    const text = "You are a stupid worthless idiot";
    const segs = segments(text, [
      { start: 10, end: 16 },
      { start: 27, end: 32 },
    ]);
    expect(segs).toEqual([
      { text: "You are a ", mark: false },
      { text: "stupid", mark: true },
      { text: " worthless ", mark: false },
      { text: "idiot", mark: true },
    ]);
    expect(segs.map((s) => s.text).join("")).toBe(text);
  });
  it("merges overlapping and touching spans, clamps and drops empty ones", () => {
    expect(
      normaliseSpans(
        [
          { start: 5, end: 8 },
          { start: 0, end: 3 },
          { start: 2, end: 5 },
          { start: 9, end: 9 },
          { start: -4, end: 1 },
          { start: 8, end: 99 },
        ],
        10,
      ),
    ).toEqual([{ start: 0, end: 10 }]);
    expect(segments("", [])).toEqual([{ text: "", mark: false }]);
    expect(segments("abc", undefined)).toEqual([{ text: "abc", mark: false }]);
  });
  it("counts UTF-16 offsets as JavaScript strings do", () => {
    const text = "😀 idiot";
    expect(flagged(text, [{ start: 3, end: 8 }])).toEqual(["idiot"]);
  });
});

describe("storage", () => {
  const memory = () => {
    const m = new Map<string, string>();
    return {
      getItem: (k: string) => m.get(k) ?? null,
      setItem: (k: string, v: string) => void m.set(k, v),
      removeItem: (k: string) => void m.delete(k),
      m,
    };
  };
  it("keeps values per site and removes on empty", () => {
    const b = memory();
    const a = siteStore("a", b);
    a.set("token", "t1");
    siteStore("b", b).set("token", "t2");
    expect(a.get("token")).toBe("t1");
    expect(b.m.get("parley:b:token")).toBe("t2");
    a.set("token", null);
    expect(a.get("token")).toBeNull();
  });
  it("falls back to memory when storage throws", () => {
    const broken = {
      getItem: () => {
        throw new Error("blocked");
      },
      setItem: () => {
        throw new Error("blocked");
      },
      removeItem: () => {
        throw new Error("blocked");
      },
    };
    const s = siteStore("x", broken);
    s.set("k", "v");
    expect(s.get("k")).toBe("v");
  });
  it("creates a device id once, in the format the server accepts", () => {
    const s = siteStore("d", memory());
    const id = deviceId(s);
    expect(id).toMatch(/^[A-Za-z0-9_-]{8,128}$/);
    expect(deviceId(s)).toBe(id);
    expect(draftKey("p")).toBe("draft:p:top");
    expect(draftKey("p", "c1")).toBe("draft:p:c1");
  });
});

const c = (id: string, name: string, replies: Comment[] = [], extra: Partial<Comment> = {}): Comment => ({
  id,
  parentId: null,
  author: { id: "u-" + name, name },
  html: `<p>${id}</p>`,
  body: id,
  createdAt: "2025-06-01T12:00:00Z",
  editedAt: null,
  status: "published",
  replies,
  upvotes: 0,
  downvotes: 0,
  ...extra,
});

describe("threads", () => {
  // a ← b ← c ← d ← e ← f (a chain five replies deep) and a sibling g
  const tree = [c("a", "Ana", [c("b", "Ben", [c("c", "Cy", [c("d", "Dee", [c("e", "Eve", [c("f", "Fay")])])])]), c("g", "Gus")])];

  it('nests up to the maximum depth, then flattens with "replying to"', () => {
    const [a] = thread(tree, 3);
    expect(a.comment.id).toBe("a");
    const [b, g] = a.children;
    expect([b.comment.id, g.comment.id]).toEqual(["b", "g"]);
    const [cc] = b.children;
    const [d] = cc.children; // depth 3: the deepest level
    expect(d.comment.id).toBe("d");
    expect(d.replyingTo).toBeNull();
    expect(d.children.map((n) => [n.comment.id, n.replyingTo])).toEqual([
      ["e", "Dee"],
      ["f", "Eve"],
    ]);
    expect(d.children.every((n) => n.children.length === 0)).toBe(true);
  });

  it("flattens everything below the top level with depth 0", () => {
    const [a] = thread(tree, 0);
    expect(a.children.map((n) => [n.comment.id, n.replyingTo])).toEqual([
      ["b", "Ana"],
      ["c", "Ben"],
      ["d", "Cy"],
      ["e", "Dee"],
      ["f", "Eve"],
      ["g", "Ana"],
    ]);
  });

  it("adds, replaces and removes without touching the input", () => {
    const list = [c("a", "Ana", [c("b", "Ben")])];
    const frozen = JSON.stringify(list);
    expect(addTop(list, c("n", "Nia"), "newest").map((x) => x.id)).toEqual(["n", "a"]);
    expect(addTop(list, c("n", "Nia"), "oldest").map((x) => x.id)).toEqual(["a", "n"]);
    // Best first, the reader's own new comment heads the page (the server lists their held one there too).
    expect(addTop(list, c("n", "Nia"), "best").map((x) => x.id)).toEqual(["n", "a"]);
    const withReply = addReply(list, "b", c("r", "Rui"));
    expect(findComment(withReply, "r")).toBeTruthy();
    expect(withReply[0].replies[0].replies.map((x) => x.id)).toEqual(["r"]);
    const edited = replaceComment(withReply, { ...c("b", "Ben"), html: "<p>new</p>", replies: [] });
    expect(findComment(edited, "b")!.html).toBe("<p>new</p>");
    expect(findComment(edited, "b")!.replies.map((x) => x.id)).toEqual(["r"]);
    // With replies: a placeholder stays. Without: gone.
    const placeholder = removeComment(withReply, "b");
    expect(findComment(placeholder, "b")).toMatchObject({ status: "deleted", body: "", html: "" });
    expect(findComment(removeComment(withReply, "r"), "r")).toBeNull();
    expect(JSON.stringify(list)).toBe(frozen);
  });

  it("appends a page without repeating a comment already shown", () => {
    expect(appendPage([c("a", "A"), c("n", "N")], [c("n", "N"), c("z", "Z")]).map((x) => x.id)).toEqual(["a", "n", "z"]);
  });

  it("allows editing only the author, within the window, not deleted", () => {
    const mine = c("m", "Me", [], { author: { id: "me", name: "Me" }, createdAt: "2025-06-01T12:00:00Z" });
    const t = Date.parse("2025-06-01T12:10:00Z");
    expect(canEdit(mine, "me", 15, t)).toBe(true);
    expect(canEdit(mine, "me", 5, t)).toBe(false);
    expect(canEdit(mine, "other", 15, t)).toBe(false);
    expect(canEdit(mine, null, 15, t)).toBe(false);
    expect(canEdit({ ...mine, status: "deleted" }, "me", 15, t)).toBe(false);
  });

  it("makes initials", () => {
    expect(initials("Ana Lima")).toBe("AL");
    expect(initials("émile")).toBe("É");
    expect(initials("Jean Paul Sartre")).toBe("JS");
    expect(initials("  ")).toBe("?");
    expect(initials("😀 smile")).toBe("😀S");
  });
});

describe("reply paging for a server that sent every reply", () => {
  const r = (id: string, m: number, replies: Comment[] = []): Comment => ({
    id,
    parentId: null,
    author: { id: "u", name: "U" },
    html: "",
    body: id,
    createdAt: `2026-01-01T00:0${m}:00.000Z`,
    editedAt: null,
    status: "published",
    replies,
    upvotes: 0,
    downvotes: 0,
  });
  it("lists a thread's descendants oldest first, whatever their depth", () => {
    const t = r("t", 0, [r("a", 1, [r("a2", 5)]), r("b", 2, [r("b1", 3)]), r("c", 4)]);
    expect(descendants(t).map((c) => c.id)).toEqual(["a", "b", "b1", "c", "a2"]);
  });
});
