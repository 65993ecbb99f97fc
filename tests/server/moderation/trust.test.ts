// Trust from a commenter's record (moderation/trust.ts), and what it changes (moderation/modes.ts):
// a trusted commenter's borderline comment publishes; a new commenter's is held.
import { describe, expect, it } from "vitest";
import { DEFAULT_THRESHOLDS } from "../../../server/detector/index.ts";
import type { Detector } from "../../../server/detector/types.ts";
import { TRUST, trustLevel } from "../../../server/moderation/trust.ts";
import { DAY, setup } from "./harness.ts";

describe("trust levels", () => {
  const record = { published: 0, rejected: 0, strikes: 0, days: 0 };
  it("climbs with published comments and time, and falls with rejections or a strike", () => {
    expect(trustLevel(record)).toBe("new");
    expect(trustLevel({ ...record, published: TRUST.regularAfter })).toBe("regular");
    expect(trustLevel({ ...record, published: TRUST.trustedAfter, days: TRUST.trustedDays - 1 })).toBe("regular");
    expect(trustLevel({ ...record, published: TRUST.trustedAfter, days: TRUST.trustedDays })).toBe("trusted");
    expect(trustLevel({ ...record, published: 500, days: 400, rejected: 1 })).toBe("regular");
    expect(trustLevel({ ...record, published: 500, days: 400, rejected: TRUST.restrictedAfter })).toBe("restricted");
    expect(trustLevel({ ...record, published: 500, days: 400, strikes: 1 })).toBe("restricted");
  });
});

/** "borderline" scores just above hold; "over the middle" between the middle and reject; else 0. */
function scoredDetector(): Detector {
  const { hold, reject } = DEFAULT_THRESHOLDS;
  return {
    version: "test-trust",
    score(text: string) {
      const at = (score: number) => ({ score, spans: [{ start: 0, end: 4 }], target: "commenter" as const, threat: false });
      if (text.includes("borderline")) return at(hold + 0.01);
      if (text.includes("over the middle")) return at((hold + reject) / 2 + 0.01);
      return { score: 0, spans: [], target: "none" as const, threat: false };
    },
  };
}

describe("trust in the write path", () => {
  it("a trusted commenter's borderline comment publishes (decision noted), not one past the middle; a new one's is held", async () => {
    const h = await setup({ detector: scoredDetector() });
    const page = h.page();
    const [old, fresh] = [await h.guest("Old Timer"), await h.guest("Newcomer")];
    for (let i = 0; i < TRUST.trustedAfter; i++) {
      await h.posted(old, `Ordinary remark number ${i}.`, page);
      if (i % 5 === 4) h.tick();
    }
    h.clock.advance(TRUST.trustedDays * DAY);
    await h.admin.loginAdmin(); // (the admin session has expired meanwhile)
    const res = await h.admin.get(`/api/v1/admin/sites/demo/users/${old.user.id}`);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const dossier = res.body;
    expect(dossier.trust).toEqual({ level: "trusted", published: TRUST.trustedAfter, rejected: 0, strikes: 0, days: TRUST.trustedDays });

    const published = await h.posted(old, "A borderline remark.", page, 201);
    const decisions = await h.db.query.decisions.findMany();
    expect(decisions.find((d) => d.commentId === published.id)).toMatchObject({ outcome: "publish", note: "trusted" });
    await h.posted(old, "A remark over the middle.", page, 202);
    await h.posted(fresh, "A borderline remark.", page, 202);
  });
});
