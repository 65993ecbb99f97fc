/** A few flows on the real detector: plain attacks never publish; the seed comment does. */
import { beforeAll, describe, expect, it } from "vitest";
import { SEED_COMMENT } from "../../../server/demo/article.ts";
import { createDetector } from "../../../server/detector/index.ts";
import { phrases, setup, type Harness } from "./harness.ts";

let h: Harness;
let thresholds: { hold: number; reject: number };
const scores = new Map<string, number>();

beforeAll(async () => {
  h = await setup();
  const policy = await h.admin.get("/api/v1/sites/demo/policy");
  thresholds = policy.body.thresholds;
  const detector = createDetector();
  for (const text of [SEED_COMMENT, ...phrases.real.clean, ...phrases.real.attacks.map((a) => a.body)])
    scores.set(text, detector.score(text).score);
});

const expectedStatus = (score: number) => (score < thresholds.hold ? 201 : score < thresholds.reject ? 202 : 422);

describe("real detector", () => {
  it("the seed comment publishes", async () => {
    expect(scores.get(SEED_COMMENT)!).toBeLessThan(thresholds.hold);
    const a = await h.guest("Seed");
    const res = await a.postComment(SEED_COMMENT, { page: h.page() });
    expect(res.status).toBe(201);
    expect(res.body.comment.status).toBe("published");
  });

  it.each(phrases.real.clean)("civil disagreement publishes: %s", async (text) => {
    const a = await h.guest("Civil");
    const res = await a.postComment(text, { page: h.page() });
    expect(res.status).toBe(201);
  });

  it.each(phrases.real.attacks)("a plain attack never publishes: $body", async ({ body, offending }) => {
    const score = scores.get(body)!;
    expect(score).toBeGreaterThanOrEqual(thresholds.hold);
    const a = await h.guest("Rude");
    const page = h.page();
    const preview = await a.post("/api/v1/sites/demo/preview", { body });
    const res = await a.postComment(body, { page });
    expect(res.status).not.toBe(201);
    expect(res.status).toBe(expectedStatus(score));
    const spans: { start: number; end: number }[] = res.status === 422 ? res.body.error.spans : preview.body.spans;
    expect(preview.body.decision).toBe(res.status === 422 ? "reject" : "hold");
    expect(preview.body.spans).toEqual(spans);
    // The spans are UTF-16 offsets into the body that cover at least one offending word.
    expect(spans.length).toBeGreaterThan(0);
    const flagged = spans.map((s) => body.slice(s.start, s.end).toLowerCase()).join(" ");
    expect(offending.some((w) => flagged.includes(w))).toBe(true);
    for (const s of spans) expect(s.end).toBeLessThanOrEqual(body.length);
    expect((await h.publicList(page)).body.total).toBe(0);
    if (res.status === 422) {
      expect(res.body.error).toMatchObject({ rule: "personal-attacks", canAcknowledge: true });
      const ack = await a.postComment(body, { page, acknowledge: true });
      expect(ack.status).toBe(202);
      expect((await h.publicList(page)).body.total).toBe(0);
    }
  });

  it("a possible threat (the learned reading, no rule) is held under the threats rule, in the pending queue", async () => {
    // veiled lines no rule reads: the first the learned reading holds (its bars move with each retrain)
    const detector = createDetector();
    const body = [
      "People like her don't last long round here.",
      "Careful, councillor. People remember.",
      "If I were the minister I'd get a bodyguard.",
      "The councillor should be careful walking home after the meeting.",
    ].find((text) => detector.score(text).possibleThreat)!;
    expect(body).toBeDefined();
    const a = await h.guest("Menace");
    const page = h.page();
    const res = await a.postComment(body, { page });
    expect(res.status).toBe(202);
    expect(res.body.held).toMatchObject({ reason: "detector", rule: "threats", ruleTitle: "No threats" });
    expect((await h.publicList(page)).body.total).toBe(0);
    const pending = await h.admin.get("/api/v1/admin/sites/demo/queue?queue=pending");
    const row = pending.body.items.find((i: { comment: { body: string } }) => i.comment.body === body);
    expect(row).toMatchObject({ comment: { status: "pending" }, rule: "threats", holdReason: "detector" });
    expect(row.spans.length).toBeGreaterThan(0);
  });
});
