import { describe, expect, it } from "vitest";
import { DEFAULT_THRESHOLDS } from "../../../server/detector/index.ts";
import { SEED_TARGET_RULES } from "../../../contract/policy.ts";
import { SEED_POLICY_TEXT } from "../../../server/moderation/default-policy.ts";
import { Client } from "../../helpers/client.ts";
import { expectError, ownerOf, stubApp } from "../support/setup.ts";

describe("GET /sites/{site}/policy", () => {
  it("serves the default policy in the contract's shape, with rendered html", async () => {
    const t = await stubApp();
    const c = Client.over(t.app);
    const res = await c.get("/api/v1/sites/demo/policy");
    expect(res.status).toBe(200);
    const policy = res.body;
    expect(policy).toMatchObject({
      version: 1,
      title: expect.any(String),
      markdown: expect.stringContaining(SEED_POLICY_TEXT),
      rules: [
        { id: "personal-attacks", title: expect.any(String), summary: expect.any(String) },
        { id: "threats", title: expect.any(String), summary: expect.any(String) },
        { id: "spam", title: expect.any(String), summary: expect.any(String) },
      ],
      thresholds: {
        hold: DEFAULT_THRESHOLDS.hold,
        reject: DEFAULT_THRESHOLDS.reject,
        targets: SEED_TARGET_RULES,
        spam: { hold: 0.5, reject: 0.85 },
      },
      strikeDays: 90,
      ladder: [
        { strikes: 1, sanction: "warn", hours: null },
        { strikes: 2, sanction: "suspend", hours: 24 },
        { strikes: 3, sanction: "suspend", hours: 168 },
        { strikes: 4, sanction: "revoke", hours: null },
      ],
    });
    expect(policy.rules).toHaveLength(3);
    expect(policy.ladder).toHaveLength(4);
    expect(policy.thresholds.hold).toBeGreaterThan(0);
    expect(policy.thresholds.hold).toBeLessThan(policy.thresholds.reject);
    expect(policy.thresholds.reject).toBeLessThanOrEqual(1);
    // The document is rendered, headings included, and nothing unsafe.
    expect(policy.html).toContain("<p>Please read our comment policy");
    expect(policy.html).toMatch(/<h2>No personal attacks<\/h2>/);
    expect(policy.html).toContain("<li>");
    expect(policy.html).not.toMatch(/<script|on\w+=/i);
    // Readers need no session for it, and it can be revalidated.
    expect(res.headers.get("etag")).toBeTruthy();
  });

  it("serves a new site its own version 1 and the newest version after a publish", async () => {
    const t = await stubApp();
    const owner = await ownerOf(t);
    expect((await owner.post("/api/v1/admin/sites", { id: "news", name: "News" })).status).toBe(201);
    const reader = Client.over(t.app);
    const fresh = await reader.get("/api/v1/sites/news/policy");
    expect(fresh.status).toBe(200);
    expect(fresh.body).toMatchObject({
      version: 1,
      rules: [{ id: "personal-attacks" }, { id: "threats" }, { id: "spam" }],
      strikeDays: 90,
    });

    const current = (await reader.get("/api/v1/sites/demo/policy")).body;
    const draft = {
      title: current.title,
      markdown: `${current.markdown}\n\nUpdated.`,
      rules: current.rules,
      thresholds: { hold: 0.4, reject: 0.95 },
      strikeDays: 30,
      ladder: current.ladder,
    };
    const put = await owner.put("/api/v1/admin/sites/demo/policy", draft);
    expect(put.status, JSON.stringify(put.body)).toBeLessThan(300);
    const updated = (await reader.get("/api/v1/sites/demo/policy")).body;
    expect(updated).toMatchObject({ version: 2, thresholds: { hold: 0.4, reject: 0.95 }, strikeDays: 30 });
    expect(updated.markdown).toContain("Updated.");
    // The other site is unaffected.
    expect((await reader.get("/api/v1/sites/news/policy")).body.version).toBe(1);
  });

  it("answers 404 for an unknown site", async () => {
    const t = await stubApp();
    expectError(await Client.over(t.app).get("/api/v1/sites/nope/policy"), 404, "not_found");
  });
});
