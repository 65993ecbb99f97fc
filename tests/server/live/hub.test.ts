// The live hub on its own: bounds, resume with Last-Event-ID, heartbeats and forgetting idle
// pages, under an injected clock.
import { describe, expect, it } from "vitest";
import type { LiveEvent } from "../../../contract/live.ts";
import { LiveHub } from "../../../server/live/hub.ts";

/** A connection's sink that keeps what it was sent, as text. */
function sink() {
  const chunks: string[] = [];
  const decoder = new TextDecoder();
  return {
    chunks,
    closed: false,
    write(chunk: Uint8Array) {
      chunks.push(decoder.decode(chunk));
    },
    close() {
      this.closed = true;
    },
    get text() {
      return chunks.join("");
    },
    /** The events received, parsed, with their ids. */
    get events(): { id: string; data: LiveEvent }[] {
      return [...this.text.matchAll(/id: (\S+)\ndata: (.*)\n\n/g)].map((m) => ({ id: m[1]!, data: JSON.parse(m[2]!) }));
    },
  };
}

const removal = (id: string): LiveEvent => ({ type: "remove", id });

function hubAt(options: Partial<ConstructorParameters<typeof LiveHub>[0]> = {}) {
  const clock = { ms: 1_000_000 };
  const hub = new LiveHub({ maxConnections: 10, now: () => clock.ms, ...options });
  return { hub, clock };
}

describe("the live hub", () => {
  it("sends a page's events to every stream on that page, and to no other page or site", () => {
    const { hub } = hubAt();
    const a = sink();
    const b = sink();
    const other = sink();
    const otherSite = sink();
    hub.open("demo", "p1", null, a);
    hub.open("demo", "p1", null, b);
    hub.open("demo", "p2", null, other);
    hub.open("news", "p1", null, otherSite);
    hub.publish("demo", "p1", [removal("c1"), removal("c2")]);
    expect(a.events.map((e) => e.data)).toEqual([removal("c1"), removal("c2")]);
    expect(b.events).toEqual(a.events);
    expect(other.events).toEqual([]);
    expect(otherSite.events).toEqual([]);
    // The stream starts with its reconnection delay and a comment that flushes the headers.
    expect(a.chunks[0]).toBe("retry: 3000\n:\n\n");
  });

  it("refuses streams beyond its maximum, and has room again once one closes", () => {
    const { hub } = hubAt({ maxConnections: 2 });
    const first = hub.open("demo", "p1", null, sink());
    expect(hub.open("demo", "p1", null, sink())).not.toBeNull();
    expect(hub.open("demo", "p2", null, sink())).toBeNull();
    expect(hub.size).toBe(2);
    first!.close();
    first!.close(); // twice is once
    expect(hub.size).toBe(1);
    expect(hub.open("demo", "p2", null, sink())).not.toBeNull();
  });

  it("refuses a client address more than maxPerAddress streams, and counts each address apart", () => {
    const { hub } = hubAt({ maxConnections: 10, maxPerAddress: 2 });
    const first = hub.open("demo", "p1", null, sink(), "198.51.100.1");
    expect(hub.open("demo", "p2", null, sink(), "198.51.100.1")).not.toBeNull();
    expect(hub.open("demo", "p3", null, sink(), "198.51.100.1")).toBeNull();
    expect(hub.open("demo", "p3", null, sink(), "198.51.100.2")).not.toBeNull();
    first!.close();
    expect(hub.open("demo", "p3", null, sink(), "198.51.100.1")).not.toBeNull();
    expect(hub.size).toBe(3);
  });

  it("resumes from Last-Event-ID with exactly the events missed", () => {
    const { hub } = hubAt();
    const first = sink();
    const conn = hub.open("demo", "p1", null, first);
    hub.publish("demo", "p1", [removal("c1")]);
    const seen = first.events.at(-1)!.id;
    conn!.close();
    hub.publish("demo", "p1", [removal("c2")]);
    hub.publish("demo", "p1", [removal("c3")]);
    const again = sink();
    hub.open("demo", "p1", seen, again);
    expect(again.events.map((e) => e.data)).toEqual([removal("c2"), removal("c3")]);
    // Up to date: nothing is replayed.
    const current = sink();
    hub.open("demo", "p1", again.events.at(-1)!.id, current);
    expect(current.events).toEqual([]);
  });

  it("tells a reader too far behind to reset: events no longer kept, or another process's ids", () => {
    const { hub } = hubAt({ bufferSize: 3 });
    const first = sink();
    hub.open("demo", "p1", null, first);
    hub.publish("demo", "p1", [removal("c1")]);
    const seen = first.events.at(-1)!.id;
    hub.publish("demo", "p1", [removal("c2"), removal("c3"), removal("c4")]);
    const justKept = sink();
    hub.open("demo", "p1", seen, justKept);
    expect(justKept.events.map((e) => e.data)).toEqual([removal("c2"), removal("c3"), removal("c4")]);
    hub.publish("demo", "p1", [removal("c5")]); // c2 is no longer kept
    const behind = sink();
    hub.open("demo", "p1", seen, behind);
    expect(behind.events.map((e) => e.data)).toEqual([{ type: "reset" }]);
    // The reset's id is the page's latest: coming back with it replays nothing more.
    const after = sink();
    hub.open("demo", "p1", behind.events[0]!.id, after);
    expect(after.events).toEqual([]);

    for (const id of ["0123abcd-1", "garbage", `${hub.epoch}-999999`]) {
      const s = sink();
      hub.open("demo", "p1", id, s);
      expect(
        s.events.map((e) => e.data),
        id,
      ).toEqual([{ type: "reset" }]);
    }
  });

  it("forgets a page nobody listened to for keepMs: a reader coming back then resets", () => {
    const { hub, clock } = hubAt({ keepMs: 60_000 });
    const s = sink();
    const conn = hub.open("demo", "p1", null, s);
    hub.publish("demo", "p1", [removal("x1")]);
    const seen = s.events.at(-1)!.id;
    conn!.close();
    clock.ms += 60_000;
    hub.tick();
    expect(hub.watchesSite("demo")).toBe(false);
    hub.publish("demo", "p1", [removal("x2")]); // nobody listens: not kept
    const back = sink();
    hub.open("demo", "p1", seen, back);
    expect(back.events.map((e) => e.data)).toEqual([{ type: "reset" }]);
  });

  it("keeps a page's events for a reader coming back within keepMs", () => {
    const { hub, clock } = hubAt({ keepMs: 60_000 });
    const s = sink();
    const conn = hub.open("demo", "p1", null, s);
    hub.publish("demo", "p1", [removal("c1")]);
    const seen = s.events.at(-1)!.id;
    conn!.close();
    clock.ms += 59_000;
    hub.tick();
    expect(hub.watchesPage("demo", "p1")).toBe(true);
    hub.publish("demo", "p1", [removal("c2")]);
    const back = sink();
    hub.open("demo", "p1", seen, back);
    expect(back.events.map((e) => e.data)).toEqual([removal("c2")]);
  });

  it("sends a heartbeat comment to streams silent for heartbeatMs, and only to those", () => {
    const { hub, clock } = hubAt({ heartbeatMs: 25_000 });
    const quiet = sink();
    const busy = sink();
    hub.open("demo", "p1", null, quiet);
    hub.open("demo", "p2", null, busy);
    clock.ms += 20_000;
    hub.publish("demo", "p2", [removal("c1")]);
    clock.ms += 5_000;
    hub.tick();
    expect(quiet.chunks.at(-1)).toBe(":\n\n");
    expect(busy.chunks.at(-1)).not.toBe(":\n\n");
    const before = quiet.chunks.length;
    clock.ms += 1_000;
    hub.tick();
    expect(quiet.chunks.length).toBe(before); // not again until another 25 s of silence
    clock.ms += 24_000;
    hub.tick();
    expect(quiet.chunks.length).toBe(before + 1);
    expect(busy.chunks.at(-1)).toBe(":\n\n");
  });

  it("costs nothing for sites and pages nobody watches, and closes every stream on shutdown", () => {
    const { hub } = hubAt();
    hub.publish("demo", "p1", [removal("c1")]);
    expect(hub.watchesSite("demo")).toBe(false);
    const a = sink();
    hub.open("demo", "p1", null, a);
    expect(hub.watchesSite("demo")).toBe(true);
    expect(hub.watchesPage("demo", "p2")).toBe(false);
    hub.closeAll();
    expect(a.closed).toBe(true);
  });
});
