// The policy: what readers see, what moderators publish (versions), replaying a draft on recent
// comments before publishing it, and a published policy taking effect on the next write.
import { beforeAll, describe, expect, it } from "vitest";
import { contract, expectError, type Contract } from "./support/contract.ts";
import { ATTACK, CLEAN, clean, HELD } from "./support/phrases.ts";

let t: Contract;
beforeAll(async () => {
  t = await contract("policy");
});

const DEFAULT_LADDER = [
  { strikes: 1, sanction: "warn", hours: null },
  { strikes: 2, sanction: "suspend", hours: 24 },
  { strikes: 3, sanction: "suspend", hours: 168 },
  { strikes: 4, sanction: "revoke", hours: null },
];

/** The current policy as a draft, with changes. */
async function draftFrom(site: string, changes: Record<string, unknown> = {}) {
  const p = (await t.caller().get(`/api/v1/sites/${site}/policy`)).body;
  return {
    title: p.title,
    markdown: p.markdown,
    rules: p.rules,
    thresholds: p.thresholds,
    strikeDays: p.strikeDays,
    ladder: p.ladder,
    ...changes,
  };
}

describe("reading the policy", () => {
  it("serves a new site the default policy, version 1, to anyone", async () => {
    const res = await t.caller().get(`${t.api}/policy`);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      version: 1,
      title: expect.any(String),
      markdown: expect.stringContaining("Please read our comment policy"),
      rules: [
        { id: "personal-attacks", title: expect.any(String), summary: expect.any(String) },
        { id: "threats", title: expect.any(String), summary: expect.any(String) },
        { id: "spam", title: expect.any(String), summary: expect.any(String) },
      ],
      strikeDays: 90,
      ladder: DEFAULT_LADDER,
    });
    const { hold, reject, targets, spam } = res.body.thresholds;
    expect(0 < hold && hold < reject && reject <= 1).toBe(true);
    expect(spam).toEqual({ hold: 0.5, reject: 0.85 });
    // Per target (README): attacks on commenters may be refused; public figures, groups and nobody are held at most.
    expect(Object.keys(targets).sort()).toEqual(["commenter", "group", "none", "public-figure"]);
    expect([targets.commenter.atMost, targets["public-figure"].atMost, targets.group.atMost, targets.none.atMost]).toEqual([
      "reject",
      "hold",
      "hold",
      "hold",
    ]);
    expect(res.body.html).toContain("<p>Please read our comment policy");
    expect(res.body.html).not.toMatch(/<script|\son\w+=/i);
    expectError(await t.caller().get("/api/v1/sites/no-such-site/policy"), 404, "not_found");
  });

  it("serves moderators the same policy with who published it, and every version", async () => {
    const reader = (await t.caller().get(`${t.api}/policy`)).body;
    const admin = await t.owner.get(`${t.admin}/policy`);
    expect(admin.status).toBe(200);
    expect(admin.body).toMatchObject({ ...reader, publishedBy: expect.any(String) });
    const versions = await t.owner.get(`${t.admin}/policy/versions`);
    expect(versions.body.versions.map((v: any) => v.version)).toEqual([1]);
    expectError(await t.caller().get(`${t.admin}/policy`), 401, "unauthorized");
  });

  it("renders a draft's text as publishing would, storing nothing", async () => {
    const res = await t.owner.post(`${t.admin}/policy/preview`, { markdown: "## Be kind\n\n<script>x</script> **please**" });
    expect(res.status).toBe(200);
    expect(res.body.html).toContain("<h2>Be kind</h2>");
    expect(res.body.html).toContain("<strong>please</strong>");
    expect(res.body.html).not.toContain("<script>");
    expect((await t.caller().get(`${t.api}/policy`)).body.version).toBe(1);
  });
});

describe("publishing", () => {
  it("publishes a new version that readers get at once; versions lists both; other sites keep theirs", async () => {
    const site = await t.otherSite("publish");
    const paths = t.pathsOf(site);
    const draft = await draftFrom(site, {
      markdown: "Please read our comment policy. Updated.",
      thresholds: { hold: 0.4, reject: 0.95 },
      strikeDays: 30,
    });
    const put = await t.owner.put(`${paths.admin}/policy`, draft);
    expect(put.status, JSON.stringify(put.body)).toBe(201);
    expect(put.body).toMatchObject({ version: 2, thresholds: { hold: 0.4, reject: 0.95 }, strikeDays: 30, publishedBy: t.ownerId });
    const reader = await t.caller().get(`${paths.api}/policy`);
    expect(reader.body).toMatchObject({ version: 2, markdown: "Please read our comment policy. Updated.", strikeDays: 30 });
    const versions = (await t.owner.get(`${paths.admin}/policy/versions`)).body.versions;
    expect(versions.map((v: any) => v.version).sort()).toEqual([1, 2]);
    for (const v of versions) expect(v).toMatchObject({ publishedBy: expect.any(String), publishedAt: expect.any(String) });
    expect((await t.caller().get(`${t.api}/policy`)).body.version).toBe(1);
    // The audit log has the publication.
    const audit = (await t.owner.get(`${paths.admin}/audit?action=policy.publish`)).body.entries;
    expect(audit[0]).toMatchObject({ action: "policy.publish", actorId: t.ownerId, policyVersion: 2 });
  });

  it("refuses an invalid draft with validation_failed naming the field, publishing nothing", async () => {
    const site = await t.otherSite("invalid");
    const paths = t.pathsOf(site);
    const cases: [Record<string, unknown>, string][] = [
      [{ title: "" }, "title"],
      [{ rules: [] }, "rules"],
      [{ thresholds: { hold: 0.9, reject: 0.5 } }, "thresholds.hold"],
      [{ ladder: [{ strikes: 1, sanction: "suspend", hours: null }] }, "ladder[0].hours"],
      [
        {
          ladder: [
            { strikes: 2, sanction: "warn" },
            { strikes: 1, sanction: "revoke" },
          ],
        },
        "ladder[1].strikes",
      ],
    ];
    for (const [changes, field] of cases) {
      const res = await t.owner.put(`${paths.admin}/policy`, await draftFrom(site, changes));
      expect(expectError(res, 400, "validation_failed").field, JSON.stringify(changes)).toBe(field);
    }
    expect((await t.caller().get(`${paths.api}/policy`)).body.version).toBe(1);
  });

  it("applies a published policy from the next write: thresholds decide, the ladder sanctions, decisions record the version", async () => {
    const site = await t.otherSite("strict");
    const paths = t.pathsOf(site);
    const ana = await t.guest("Ana", { site });
    // Under version 1 the held phrase is held.
    expect((await ana.post(paths.comments, { page: "p", body: HELD })).status).toBe(202);
    // Version 2: everything from 0.2 up is refused, and the first strike revokes.
    const strict = await draftFrom(site, {
      thresholds: { hold: 0.1, reject: 0.2 },
      ladder: [{ strikes: 1, sanction: "revoke", hours: null }],
    });
    expect((await t.owner.put(`${paths.admin}/policy`, strict)).status).toBe(201);
    const refused = expectError(await ana.post(paths.comments, { page: "p", body: HELD }), 422, "policy_violation");
    expect(refused.rule).toBe("personal-attacks");
    expect((await ana.post(paths.comments, { page: "p", body: clean(1) })).status).toBe(201);

    const held = await ana.post(paths.comments, { page: "p", body: ATTACK.body, acknowledge: true });
    expect(held.status).toBe(202);
    const decision = await t.owner.post(`${paths.admin}/comments/${held.body.comment.id}/decision`, {
      action: "reject",
      rule: "personal-attacks",
    });
    expect(decision.body.standing).toMatchObject({ status: "revoked", strikes: 1 });
    expectError(await ana.post(paths.comments, { page: "p", body: CLEAN }), 403, "revoked");
    const audit = (await t.owner.get(`${paths.admin}/audit?action=comment.reject`)).body.entries;
    expect(audit[0]).toMatchObject({ targetId: held.body.comment.id, policyVersion: 2, rule: "personal-attacks" });
  });
});

describe("replaying a draft", () => {
  it("compares how recent comments would be decided under a draft with how they are, writing nothing", async () => {
    const site = await t.otherSite("replay");
    const paths = t.pathsOf(site);
    const ana = await t.guest("Ana", { site });
    for (const body of [CLEAN, clean(1), HELD]) expect((await ana.post(paths.comments, { page: "p", body })).status).toBeLessThan(300);
    // A draft that holds everything above 0.01 and refuses nothing below 0.99.
    const draft = await draftFrom(site, { thresholds: { hold: 0.01, reject: 0.99 } });
    const res = await t.owner.post(`${paths.admin}/policy/replay`, draft);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      examined: 3,
      changed: { "publish→hold": 2 },
      totals: { before: { publish: 2, hold: 1, reject: 0 }, after: { publish: 0, hold: 3, reject: 0 } },
      currentVersion: 1,
    });
    expect(res.body.examples).toHaveLength(2);
    for (const e of res.body.examples) expect(e).toMatchObject({ before: "publish", after: "hold", id: expect.any(String) });
    // limit: only the most recent.
    expect((await t.owner.post(`${paths.admin}/policy/replay?limit=1`, draft)).body.examined).toBe(1);
    expect((await t.caller().get(`${paths.api}/policy`)).body.version).toBe(1);
    expect((await t.caller().get(`${paths.comments}?page=p`)).body.total).toBe(2);
    expectError(await t.owner.post(`${paths.admin}/policy/replay`, { ...draft, rules: [] }), 400, "validation_failed");
  });
});

describe("the site's word lists", () => {
  it("are versioned with the policy, shown to moderators only, replayed, and enforced on the next write", async () => {
    const site = await t.otherSite("words");
    const paths = t.pathsOf(site);
    const ana = await t.guest("Ana", { site });
    const spam = "Get rich with c r y p t o, my friends.";
    expect((await ana.post(paths.comments, { page: "w", body: spam })).status).toBe(201);
    const words = {
      blocked: [
        { phrase: "crypto", action: "reject" },
        { phrase: "miracle cure", action: "hold" },
      ],
      allowed: ["ass"],
    };
    const draft = await draftFrom(site, { words });
    const replay = await t.owner.post(`${paths.admin}/policy/replay`, draft);
    expect(replay.body).toMatchObject({ examined: 1, changed: { "publish→reject": 1 } });
    const published = await t.owner.put(`${paths.admin}/policy`, draft);
    expect(published.status, JSON.stringify(published.body)).toBe(201);
    expect(published.body).toMatchObject({ version: 2, words });
    expect((await t.owner.get(`${paths.admin}/policy`)).body.words).toEqual(words);
    expect((await t.caller().get(`${paths.api}/policy`)).body.words, "readers do not see the lists").toBeUndefined();

    const refused = await ana.post(paths.comments, { page: "w", body: `Buy CRYPT0 today.` });
    const error = expectError(refused, 422, "policy_violation");
    expect(error).toMatchObject({ rule: "blocked-words", policyVersion: 2, canAcknowledge: true, spans: [{ start: 4, end: 10 }] });
    expect(refused.body.error.message).toContain("Words this site does not allow");
    const held = await ana.post(paths.comments, { page: "w", body: "A m1racle cure, they say." });
    expect(held.status, JSON.stringify(held.body)).toBe(202);
    const queued = (await t.owner.get(`${paths.admin}/queue?status=pending&page=w`)).body.items;
    expect(queued[0]).toMatchObject({ comment: { id: held.body.comment.id }, rule: "blocked-words", holdReason: "words" });
    expectError(
      await t.owner.put(`${paths.admin}/policy`, { ...draft, words: { blocked: [{ phrase: " ", action: "reject" }], allowed: [] } }),
      400,
      "validation_failed",
    );
  });
});
