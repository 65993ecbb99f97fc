// The live controller's bookkeeping without a browser: what an event or a polled first page does
// to the shown list and to the "new comments" bar (the stream and the polling themselves run in
// Chromium, tests/e2e/live.test.ts).
import "./support/english.ts";
import { beforeAll, describe, expect, it } from "vitest";
import type { Comment, CommentPage } from "../../widget/api.ts";
import type { LiveController as Live } from "../../widget/live.ts";

let LiveController: typeof Live;
beforeAll(async () => {
  // The controller listens to the window and the document; nothing else of the DOM is used here.
  Object.assign(globalThis, {
    HTMLElement: class {},
    addEventListener() {},
    document: { addEventListener() {}, hidden: false, createTreeWalker: () => ({}) },
  });
  ({ LiveController } = await import("../../widget/live.ts"));
});

const at = (m: number) => `2026-01-01T00:${String(m).padStart(2, "0")}:00.000Z`;
const c = (id: string, m: number, o: Partial<Comment> = {}): Comment => ({
  id,
  parentId: null,
  author: { id: "other", name: "Other" },
  html: `<p>${id}</p>`,
  body: id,
  createdAt: at(m),
  editedAt: null,
  status: "published",
  upvotes: 0,
  downvotes: 0,
  replies: [],
  ...o,
});

/** A section as the controller sees it: the shown list, the reader, the sort; no live info, so nothing connects. */
function host(comments: Comment[], total = comments.length) {
  const list = { comments, total, next: null as string | null, loads: 0, load: () => void list.loads++ };
  const h = {
    api: "",
    site: "demo",
    page: "p",
    isConnected: false,
    _info: null,
    _sort: "oldest",
    _list: list,
    _session: { me: { user: { id: "me" } } },
    focused: "",
    _focus: (id: string) => void (h.focused = id),
    updates: 0,
    requestUpdate: () => void h.updates++,
    addController() {},
  };
  const live = new LiveController(h as never);
  return { h, list, live };
}
const ids = (list: readonly Comment[]): string[] => list.flatMap((x) => [x.id, ...ids(x.replies ?? [])]);
const waiting = (live: Live) => ids(live._fresh);

describe("live updates' controller", () => {
  it("keeps new comments and replies behind the bar, and puts them in their places when shown", () => {
    const { list, live, h } = host([c("a", 1), c("b", 2)]);
    live._apply({ type: "comment", comment: c("n1", 3) });
    live._apply({ type: "comment", comment: c("r1", 4, { parentId: "a" }) });
    live._apply({ type: "comment", comment: c("r2", 5, { parentId: "n1" }) });
    // a reply in a thread that is not shown comes with that thread, if ever
    live._apply({ type: "comment", comment: c("elsewhere", 6, { parentId: "unknown" }) });
    expect(ids(list.comments)).toEqual(["a", "b"]);
    expect(waiting(live)).toEqual(["n1", "r2", "r1"]);
    live._show();
    expect(ids(list.comments)).toEqual(["a", "r1", "b", "n1", "r2"]);
    expect(list.total).toBe(5);
    expect(live._fresh).toEqual([]);
    expect(h.focused).toBe("n1");
  });

  it("never announces the reader's own comments, nor removes them on an event", () => {
    const { list, live } = host([c("mine", 1, { author: { id: "me", name: "Me" }, status: "pending" }), c("b", 2)]);
    live._apply({ type: "comment", comment: c("mine2", 3, { author: { id: "me", name: "Me" } }) });
    expect(live._fresh).toEqual([]);
    live._apply({ type: "remove", id: "mine" });
    expect(ids(list.comments)).toEqual(["mine", "b"]);
    // approved by a moderator: published in place, counted
    live._apply({ type: "comment", comment: c("mine", 1, { author: { id: "me", name: "Me" } }) });
    expect(list.comments[0]!.status).toBe("published");
    expect(list.total).toBe(3);
  });

  it("applies edits and removals in place; a removed comment with replies stays a placeholder", () => {
    const { list, live } = host([c("a", 1, { replies: [c("r", 2, { parentId: "a" })] }), c("b", 3)], 3);
    live._apply({ type: "comment", comment: c("b", 3, { body: "edited", editedAt: at(9) }) });
    expect(list.comments[1]).toMatchObject({ body: "edited", editedAt: at(9) });
    live._apply({ type: "remove", id: "a" });
    expect(list.comments[0]).toMatchObject({ id: "a", status: "deleted", body: "" });
    live._apply({ type: "remove", id: "b" });
    expect(ids(list.comments)).toEqual(["a", "r"]);
    expect(list.total).toBe(1);
    live._apply({ type: "remove", id: "never-shown" });
    expect(list.total).toBe(1);
  });

  it("a reset drops the waiting comments and loads the listing again", () => {
    const { list, live } = host([c("a", 1)]);
    live._apply({ type: "comment", comment: c("n", 2) });
    live._apply({ type: "reset" });
    expect(live._fresh).toEqual([]);
    expect(list.loads).toBe(1);
  });

  it("reads a polled first page as the stream would have said it: new, edited, and gone within what the page covers", () => {
    const shown = [c("a", 1), c("b", 2, { replies: [c("r", 3, { parentId: "b" })] }), c("c", 4), c("d", 7)];
    const { list, live } = host(shown);
    const page: CommentPage = {
      // a: edited; b: its reply r gone (the thread came whole); c: gone (before the page's last); d: beyond the page (more follow)
      comments: [c("a", 1, { body: "edited", editedAt: at(8) }), { ...c("b", 2), repliesCursor: null }, c("n", 6)],
      nextCursor: "more",
      total: 4,
    };
    live._diff(page);
    expect(list.comments[0]).toMatchObject({ body: "edited" });
    expect(ids(list.comments)).toEqual(["a", "b", "d"]);
    expect(waiting(live)).toEqual(["n"]);
  });
});
