// Live updates (issue 12): the site says how a widget hears of changes; Node streams them as
// Server-Sent Events (public data only, resumable with Last-Event-ID); Workers answer the stream
// with 503 `unavailable` and widgets poll the listing, which answers If-None-Match with 304.
import { beforeAll, describe, expect, inject, it } from "vitest";
import { contract, expectError, type Contract } from "./support/contract.ts";
import { clean, HELD } from "./support/phrases.ts";

let t: Contract;
beforeAll(async () => {
  t = await contract("live");
});

/** An open event stream read as text, with a way to wait for what it has not said yet. */
async function stream(page: string, lastEventId?: string) {
  const ctrl = new AbortController();
  const res = await fetch(`${t.target.url}${t.api}/events?page=${encodeURIComponent(page)}`, {
    headers: { ...(lastEventId ? { "Last-Event-ID": lastEventId } : {}), Origin: "https://news.example.com" },
    signal: ctrl.signal,
  });
  let text = "";
  const reader = res.body!.getReader();
  const decoder = new TextDecoder();
  const pump = (async () => {
    try {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) return;
        text += decoder.decode(value, { stream: true });
      }
    } catch {
      // aborted
    }
  })();
  const events = () => [...text.matchAll(/id: (\S+)\ndata: (.*)\n\n/g)].map((m) => ({ id: m[1]!, data: JSON.parse(m[2]!) }));
  return {
    res,
    get text() {
      return text;
    },
    events,
    async waitFor(n: number) {
      for (let i = 0; i < 400 && events().length < n; i++) await new Promise((r) => setTimeout(r, 10));
      expect(events().length, text).toBeGreaterThanOrEqual(n);
      return events();
    },
    async close() {
      ctrl.abort();
      await pump;
    },
  };
}

describe("the site's live mode", () => {
  it("is a stream on Node and polling on Workers, with the polling interval", async () => {
    const res = await t.caller().get(t.api);
    expect(res.status).toBe(200);
    expect(res.body.site.live).toEqual({ mode: t.target.name === "node" ? "sse" : "poll", pollSeconds: 30 });
  });
});

describe("polling the listing (every target; what widgets do on Workers)", () => {
  it("answers If-None-Match with 304 until the page changes, then 200 with a new ETag", async () => {
    const page = "polled";
    const ana = await t.guest("Ana");
    await t.post(ana, page, clean(1));
    const reader = t.caller();
    const first = await t.list(page, "&limit=20&replies=3", reader);
    const etag = first.headers.get("etag")!;
    expect(etag).toBeTruthy();
    const again = await reader.get(`${t.comments}?page=${page}&limit=20&replies=3`, { "If-None-Match": etag });
    expect(again.status).toBe(304);
    await t.post(ana, page, clean(2));
    const changed = await reader.get(`${t.comments}?page=${page}&limit=20&replies=3`, { "If-None-Match": etag });
    expect(changed.status).toBe(200);
    expect(changed.headers.get("etag")).not.toBe(etag);
    expect(changed.body.total).toBe(2);
  });
});

describe.runIf(inject("target").name === "workers")("the events endpoint on Workers", () => {
  it("answers 503 unavailable with Retry-After: the widget polls", async () => {
    const res = await t.caller().get(`${t.api}/events?page=anything`);
    expectError(res, 503, "unavailable");
    expect(res.headers.get("retry-after")).toBe("30");
  });
});

describe.runIf(inject("target").name === "node")("GET /sites/{site}/events on Node", () => {
  it("streams a page's published comments, edits and removals; a held comment only by its id", async () => {
    const page = "streamed";
    const s = await stream(page);
    expect(s.res.status).toBe(200);
    expect(s.res.headers.get("content-type")).toBe("text/event-stream; charset=utf-8");
    expect(s.res.headers.get("cache-control")).toBe("no-store");
    expect(s.res.headers.get("access-control-allow-origin")).toBe("https://news.example.com");
    const other = await stream("another-page");

    const ana = await t.guest("Ana");
    const posted = await t.post(ana, page, clean("streamed"));
    expect(posted.status).toBe(201);
    const [first] = await s.waitFor(1);
    expect(first!.data).toEqual({ type: "comment", comment: { ...posted.body.comment, replies: [] } });

    const held = await t.post(ana, page, HELD);
    expect(held.status).toBe(202);
    const edit = await ana.patch(`${t.comments}/${posted.body.comment.id}`, { body: clean("edited") });
    expect(edit.status).toBe(200);
    // Changes are read back as they are when sent: an edit and a removal in the same moment would
    // reach readers as the removal alone (what the comment is now), so the edit is seen first.
    await s.waitFor(3);
    const removed = await ana.delete(`${t.comments}/${posted.body.comment.id}`);
    expect(removed.status).toBe(200);
    const events = (await s.waitFor(4)).map((e) => e.data);
    expect(events.slice(1)).toEqual([
      { type: "remove", id: held.body.comment.id },
      { type: "comment", comment: expect.objectContaining({ id: posted.body.comment.id, body: clean("edited") }) },
      { type: "remove", id: posted.body.comment.id },
    ]);
    expect(s.text).not.toContain(HELD);
    expect(other.events()).toEqual([]);

    // A moderator's approval publishes the held comment to open pages.
    const approved = await t.owner.post(`${t.admin}/comments/${held.body.comment.id}/decision`, { action: "approve" });
    expect(approved.status).toBe(200);
    expect((await s.waitFor(5)).at(-1)!.data).toMatchObject({ type: "comment", comment: { id: held.body.comment.id, body: HELD } });
    await s.close();
    await other.close();
  });

  it("resumes from Last-Event-ID with what was missed, and tells an unknown id to reset", async () => {
    const page = "resumed";
    const ana = await t.guest("Ana");
    const s = await stream(page);
    await t.post(ana, page, clean("one"));
    const [one] = await s.waitFor(1);
    await s.close();
    const two = await t.post(ana, page, clean("two"));
    const three = await t.post(ana, page, clean("three"));

    const back = await stream(page, one!.id);
    const missed = await back.waitFor(2);
    expect(missed.map((e) => e.data.comment.id)).toEqual([two.body.comment.id, three.body.comment.id]);
    await back.close();

    const lost = await stream(page, "not-an-id-of-this-server");
    expect((await lost.waitFor(1)).map((e) => e.data)).toEqual([{ type: "reset" }]);
    await lost.close();
  });

  it("needs a page, like the listing", async () => {
    expectError(await t.caller().get(`${t.api}/events`), 400, "validation_failed");
  });
});
