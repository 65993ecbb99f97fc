import { describe, expect, it } from "vitest";
import { commenterApi, createClient, type Comment } from "../../../widget/api.ts";
import { CommentsController, FIRST_SCREEN, PAGE_SIZE, REPLIES, repliesLeft, type Thread } from "../../../widget/controllers/comments.ts";

const c = (id: string, createdAt: string, replies: Comment[] = [], parentId: string | null = null): Comment => ({
  id,
  parentId,
  author: { id: "u", name: "U" },
  html: "",
  body: id,
  createdAt,
  editedAt: null,
  status: "published",
  replies,
  upvotes: 0,
  downvotes: 0,
});
const at = (m: number) => `2026-01-01T00:${String(m).padStart(2, "0")}:00.000Z`;
const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } });

/** A host that counts updates, and an API answering from `respond`. */
function setup(respond: (url: URL, init: RequestInit) => Response | Promise<Response>) {
  const host = { updates: 0, addController() {}, requestUpdate: () => void host.updates++, updateComplete: Promise.resolve(true) };
  const f = (async (u: string, init: RequestInit) => respond(new URL(u), init)) as unknown as typeof fetch;
  const api = commenterApi(createClient("https://api.example", { fetch: f }), "demo");
  let ended = 0;
  const list = new CommentsController(
    host,
    () => ({ api, page: "p", sort: "oldest" }),
    () => void ended++,
  );
  return { list, host, ended: () => ended };
}

describe("comments controller", () => {
  it("follows the server's reply paging: /comments/{id}/replies with the cursor, attached by parentId", async () => {
    const paged = { ...c("t", at(0), [c("a", at(1))]), replyCount: 3, repliesCursor: "k1" };
    const seen: string[] = [];
    const { list } = setup((url) => {
      seen.push(url.pathname + url.search);
      if (url.pathname.endsWith("/replies")) return json({ replies: [c("a1", at(2), [], "a"), c("b", at(3), [], "t")], nextCursor: null });
      return json({ comments: [paged], nextCursor: null, total: 4 });
    });
    await list.load();
    expect(seen[0]).toContain(`replies=${REPLIES}`);
    expect(repliesLeft(list.comments[0] as Thread)).toBe(2);
    await list.loadReplies("t");
    expect(seen[1]).toBe("/api/v1/sites/demo/comments/t/replies?cursor=k1&limit=50");
    const t = list.comments[0] as Thread;
    expect(t.replies.map((r) => r.id)).toEqual(["a", "b"]);
    expect(t.replies[0].replies.map((r) => r.id)).toEqual(["a1"]);
    expect(t.repliesCursor).toBeNull();
    expect(list.replies).toEqual({});
  });

  it("asks for the first screen's threads first, then at once for the rest of the page", async () => {
    const threads = Array.from({ length: PAGE_SIZE + 2 }, (_, i) => c("t" + i, at(i)));
    const seen: URLSearchParams[] = [];
    const { list } = setup((url) => {
      seen.push(url.searchParams);
      const from = Number(url.searchParams.get("cursor") ?? 0);
      const to = from + Number(url.searchParams.get("limit"));
      return json({ comments: threads.slice(from, to), nextCursor: to < threads.length ? String(to) : null, total: threads.length });
    });
    const first = await list.load();
    expect(first?.length).toBe(FIRST_SCREEN);
    expect(seen[0].get("limit")).toBe(String(FIRST_SCREEN));
    await expect.poll(() => list.comments.length).toBe(PAGE_SIZE);
    expect(seen[1].get("cursor")).toBe(String(FIRST_SCREEN));
    expect(seen[1].get("limit")).toBe(String(PAGE_SIZE - FIRST_SCREEN));
    expect(list.state).toBe("ready");
    expect(list.next).toBe(String(PAGE_SIZE));
  });

  it("a newer load aborts the older one, whose answer never lands", async () => {
    let calls = 0;
    const { list } = setup(
      (_url, init) =>
        new Promise((ok, fail) => {
          const n = ++calls;
          if (n === 1) init.signal!.addEventListener("abort", () => fail(new DOMException("aborted", "AbortError")));
          else ok(json({ comments: [c("new", at(1))], nextCursor: null, total: 1 }));
        }),
    );
    const first = list.load();
    const second = list.load();
    expect(await first).toBeNull();
    expect((await second)?.map((x) => x.id)).toEqual(["new"]);
    expect(list.comments.map((x) => x.id)).toEqual(["new"]);
    expect(list.state).toBe("ready");
  });

  it("a 401 ends the session and asks again; a failure is an error state", async () => {
    let calls = 0;
    const { list, ended } = setup(() =>
      ++calls === 1 ? json({ error: { code: "unauthorized", message: "no" } }, 401) : json({ error: { code: "x", message: "down" } }, 500),
    );
    await list.load();
    expect(ended()).toBe(1);
    expect(calls).toBe(2);
    expect(list.state).toBe("error");
  });
});
