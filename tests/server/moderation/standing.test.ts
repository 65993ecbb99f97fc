import { describe, expect, it } from "vitest";
import { sanctionInForce, standingError, standingFrom, type SanctionRow } from "../../../server/moderation/standing.ts";
import { TestClock } from "../../helpers/app.ts";

const HOUR = 3_600_000;
const clock = new TestClock(new Date("2026-11-25T12:00:00.000Z"));
const at = (hours: number) => new Date(clock.now().getTime() + hours * HOUR).toISOString();

let n = 0;
function sanction(type: SanctionRow["type"], until: string | null, extra: Partial<SanctionRow> = {}): SanctionRow {
  return {
    id: `s${++n}`,
    siteId: "demo",
    userId: "u1",
    type,
    until,
    reason: `${type} reason ${n}`,
    rule: null,
    policyVersion: 1,
    createdBy: "policy",
    createdAt: clock.now().toISOString(),
    liftedAt: null,
    liftedBy: null,
    ...extra,
  };
}

describe("standingFrom", () => {
  const now = clock.now();
  it("good with no sanctions, and counts strikes", () => {
    expect(standingFrom([], 0, now)).toEqual({ status: "good", until: null, reason: null, strikes: 0 });
    expect(standingFrom([], 2, now)).toEqual({ status: "good", until: null, reason: null, strikes: 2 });
  });

  it("warned, suspended, revoked, each with until and reason", () => {
    const warn = sanction("warn", at(90 * 24));
    expect(standingFrom([warn], 1, now)).toEqual({ status: "warned", until: warn.until, reason: warn.reason, strikes: 1 });
    const suspend = sanction("suspend", at(24));
    expect(standingFrom([suspend], 2, now)).toEqual({ status: "suspended", until: suspend.until, reason: suspend.reason, strikes: 2 });
    const revoke = sanction("revoke", null);
    expect(standingFrom([revoke], 4, now)).toEqual({ status: "revoked", until: null, reason: revoke.reason, strikes: 4 });
  });

  it("revoke outranks suspend outranks warn, whatever the order", () => {
    const w = sanction("warn", at(2000));
    const s = sanction("suspend", at(24));
    const r = sanction("revoke", null);
    expect(standingFrom([w, s, r], 0, now).status).toBe("revoked");
    expect(standingFrom([r, s, w], 0, now).status).toBe("revoked");
    expect(standingFrom([w, s], 0, now).status).toBe("suspended");
    expect(standingFrom([s, w], 0, now).status).toBe("suspended");
  });

  it("of two suspensions, the one that ends last decides", () => {
    const short = sanction("suspend", at(24));
    const long = sanction("suspend", at(168));
    expect(standingFrom([short, long], 0, now).until).toBe(long.until);
    expect(standingFrom([long, short], 0, now).until).toBe(long.until);
  });

  it("ignores lifted and ended sanctions; a sanction ends exactly at its until", () => {
    const lifted = sanction("revoke", null, { liftedAt: clock.now().toISOString(), liftedBy: "admin" });
    const ended = sanction("suspend", at(-1));
    const endsNow = sanction("suspend", at(0));
    expect(standingFrom([lifted, ended, endsNow], 1, now)).toEqual({ status: "good", until: null, reason: null, strikes: 1 });
    expect(sanctionInForce(endsNow, now)).toBe(false);
    expect(sanctionInForce(endsNow, new Date(now.getTime() - 1))).toBe(true);
  });

  it("moves with the injected clock: a 24 h suspension over a warning", () => {
    const c = new TestClock(clock.now());
    const list = [sanction("warn", at(90 * 24)), sanction("suspend", at(24))];
    expect(standingFrom(list, 2, c.now()).status).toBe("suspended");
    c.advance(24 * HOUR - 1);
    expect(standingFrom(list, 2, c.now()).status).toBe("suspended");
    c.advance(1);
    expect(standingFrom(list, 2, c.now()).status).toBe("warned");
    c.advance(90 * 24 * HOUR);
    expect(standingFrom(list, 0, c.now()).status).toBe("good");
  });
});

describe("standingError", () => {
  it("refuses suspended (until + reason) and revoked (reason); lets good and warned through", () => {
    expect(standingError({ status: "good", until: null, reason: null, strikes: 0 })).toBeNull();
    expect(standingError({ status: "warned", until: at(1), reason: "w", strikes: 1 })).toBeNull();
    const s = standingError({ status: "suspended", until: at(24), reason: "too rude", strikes: 2 })!;
    expect(s.status).toBe(403);
    expect(s.toJSON().error).toMatchObject({ code: "suspended", until: at(24), reason: "too rude" });
    const r = standingError({ status: "revoked", until: null, reason: "enough", strikes: 4 })!;
    expect(r.status).toBe(403);
    expect(r.toJSON().error).toMatchObject({ code: "revoked", reason: "enough" });
  });
});
