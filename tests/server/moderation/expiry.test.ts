/** Time: suspensions end, strikes expire after strikeDays, warnings stand while their strike does. */
import { beforeAll, describe, expect, it } from "vitest";
import { DAY, HOUR, keywordDetector, phrases, setup, type Guest, type Harness } from "./harness.ts";

let h: Harness;
beforeAll(async () => {
  h = await setup({ detector: keywordDetector() });
});

/** Admin sessions last 12 hours: sign in again after moving the clock far. */
async function advance(ms: number) {
  h.clock.advance(ms);
  await h.admin.loginAdmin();
}
const me = async (c: Guest) => (await c.get("/api/v1/sites/demo/me")).body.standing;

describe("expiry", () => {
  it("a 24 h suspension ends after 24 h; the warning under it stands", async () => {
    const a = await h.guest("Ana");
    const page = h.page();
    expect((await h.strike(a, page)).standing.status).toBe("warned");
    const second = await h.strike(a, page);
    expect(second.standing.status).toBe("suspended");
    const until = Date.parse(second.standing.until!);
    expect(until - h.clock.now().getTime()).toBe(24 * HOUR);

    h.clock.advance(24 * HOUR - 1000);
    const refused = await a.postComment(phrases.keyword.clean[0]!, { page });
    expect(refused.status).toBe(403);
    expect(refused.body.error.code).toBe("suspended");

    h.clock.advance(1000);
    expect(await me(a)).toMatchObject({ status: "warned", strikes: 2 });
    const allowed = await a.postComment(phrases.keyword.clean[0]!, { page });
    expect(allowed.status).toBe(201);
    await h.admin.loginAdmin();
  });

  it("a manual 2-hour suspension ends after 2 hours", async () => {
    const a = await h.guest("Ben");
    const s = await h.admin.post(`/api/v1/admin/sites/demo/users/${a.user.id}/sanctions`, {
      type: "suspend",
      hours: 2,
      reason: "cool off",
    });
    expect(s.status).toBe(201);
    expect((await a.postComment(phrases.keyword.clean[1]!, { page: h.page() })).status).toBe(403);
    h.clock.advance(2 * HOUR);
    expect(await me(a)).toMatchObject({ status: "good", strikes: 0 });
    expect((await a.postComment(phrases.keyword.clean[1]!, { page: h.page() })).status).toBe(201);
  });

  it("strikes expire after strikeDays (90) and stop counting toward the ladder; the warning stands until then", async () => {
    const page = h.page();
    const a = await h.guest("Ana");
    const b = await h.guest("Ben");
    expect((await h.strike(a, page)).standing).toMatchObject({ status: "warned", strikes: 1 });
    expect((await h.strike(b, page)).standing).toMatchObject({ status: "warned", strikes: 1 });

    await advance(89 * DAY);
    expect(await me(a)).toMatchObject({ status: "warned", strikes: 1 });
    // Within the 90 days, a second strike is a second strike.
    expect((await h.strike(b, page)).standing).toMatchObject({ status: "suspended", strikes: 2 });

    await advance(1 * DAY);
    // Exactly 90 days on: the first strikes and the warnings behind them are gone.
    expect(await me(a)).toEqual({ status: "good", until: null, reason: null, strikes: 0 });
    const dossier = await h.admin.get(`/api/v1/admin/sites/demo/users/${a.user.id}`);
    expect(dossier.body.strikes).toHaveLength(1);
    expect(dossier.body.strikes[0].active).toBe(false);
    expect(dossier.body.standing).toMatchObject({ status: "good", strikes: 0 });

    // A new strike for Ana starts the ladder again: a warning, not a suspension.
    expect((await h.strike(a, page)).standing).toMatchObject({ status: "warned", strikes: 1 });
    // Ben: his first strike has expired, so a third rejection is his second active strike.
    expect((await me(b)).strikes).toBe(1);
    const third = await h.strike(b, page);
    expect(third.standing).toMatchObject({ status: "suspended", strikes: 2 });
    expect(Date.parse(third.standing.until!) - h.clock.now().getTime()).toBe(24 * HOUR);
  });
});
