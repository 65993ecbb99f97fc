import { describe, expect, it } from "vitest";
import { ApiError, type QueueItem } from "../../../../widget/admin/lib/admin-api.ts";
import { DecisionsController } from "../../../../widget/admin/controllers/decisions.ts";

const item = (id: string, status: "pending" | "published" = "pending") =>
  ({ comment: { id, status }, author: { id: "u-" + id, name: "N" + id } }) as unknown as QueueItem;
const standing = { status: "warned", until: null, reason: null, strikes: 1 } as const;

describe("decisions controller", () => {
  it("decides one after another; a conflict leaves the queue, a failure stays with its error", async () => {
    const order: string[] = [];
    const progress: (string | null)[] = [];
    const host = {
      addController() {},
      requestUpdate: () => progress.push(d.progress ? `${d.progress.done}/${d.progress.total}` : null),
      updateComplete: Promise.resolve(true),
      removeController() {},
    };
    const d: DecisionsController = new DecisionsController(
      host,
      async (id, body) => {
        order.push(`${id}:${body.action}:${body.expectStatus}`);
        expect(d.busy.get(id)).toBe("Rejecting…");
        if (id === "b") throw new ApiError(409, "conflict", "This comment is rejected now");
        if (id === "c") throw new ApiError(500, "server_error", "boom");
        return { standing };
      },
      (m) => `failed: ${m}`,
    );
    const out = await d.run([item("a"), item("b", "published"), item("c")], "reject", "r1", "", "Rejecting…");
    expect(order).toEqual(["a:reject:pending", "b:reject:published", "c:reject:pending"]);
    expect([...out.done]).toEqual(["a", "b"]);
    expect(out.conflicts).toBe(1);
    expect(out.last).toMatchObject({ item: { comment: { id: "b" } }, conflict: "This comment is rejected now" });
    expect([...d.errors.keys()]).toEqual(["c"]);
    expect(d.errors.get("c")).toMatch(/^failed: .*server/);
    expect(d.busy.size).toBe(0);
    expect(d.progress).toBeNull();
    expect(progress).toContain("3/3");
    expect([...d.decided.keys()]).toEqual(["a", "b"]);
  });

  it("a new run clears the errors of the items it retries", async () => {
    let fail = true;
    const host = { addController() {}, requestUpdate() {}, removeController() {}, updateComplete: Promise.resolve(true) };
    const d = new DecisionsController(
      host,
      async () => {
        if (fail) throw new ApiError(0, "network", "offline");
        return { standing };
      },
      (m) => m,
    );
    await d.run([item("a")], "approve", null, "", "Approve…");
    expect(d.errors.get("a")).toContain("Could not reach the server");
    fail = false;
    const out = await d.run([item("a")], "approve", null, "", "Approve…");
    expect(d.errors.size).toBe(0);
    expect(out.last?.standing).toEqual(standing);
  });
});
