import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PollController } from "../../../../widget/admin/controllers/poll.ts";

const g = globalThis as unknown as { document?: unknown; window?: unknown };
const doc = { hidden: false, addEventListener() {}, removeEventListener() {} };

beforeAll(() => {
  g.document = doc;
  g.window = globalThis;
});
afterAll(() => {
  delete g.document;
  delete g.window;
});

function setup(refresh: (signal: AbortSignal) => Promise<void>, busy = () => false) {
  const host = {
    isConnected: true,
    updates: 0,
    addController() {},
    removeController() {},
    requestUpdate: () => void host.updates++,
    updateComplete: Promise.resolve(true),
  };
  const poll = new PollController(host as never, { seconds: () => 0, busy, refresh });
  return { poll, host };
}

describe("poll controller", () => {
  it("one refresh at a time: a newer one aborts the one in flight", async () => {
    const signals: AbortSignal[] = [];
    let release!: () => void;
    const { poll } = setup(async (signal) => {
      signals.push(signal);
      if (signals.length === 1) await new Promise<void>((ok) => (release = ok));
    });
    const first = poll.now();
    const second = poll.now();
    await second;
    expect(signals[0].aborted).toBe(true);
    expect(signals[1].aborted).toBe(false);
    expect(poll.updatedAt).not.toBeNull();
    release();
    await first;
    expect(poll.stale).toBe(false);
  });

  it("a failed refresh marks the view stale; the next success clears it", async () => {
    let fail = true;
    const { poll } = setup(async () => {
      if (fail) throw new Error("offline");
    });
    await poll.now();
    expect(poll.stale).toBe(true);
    fail = false;
    await poll.now();
    expect(poll.stale).toBe(false);
  });

  it("waits while the tab is hidden or the host is busy", async () => {
    let calls = 0;
    let busy = true;
    const { poll } = setup(
      async () => void calls++,
      () => busy,
    );
    await poll.now();
    doc.hidden = true;
    busy = false;
    await poll.now();
    doc.hidden = false;
    expect(calls).toBe(0);
    await poll.now();
    expect(calls).toBe(1);
  });
});
