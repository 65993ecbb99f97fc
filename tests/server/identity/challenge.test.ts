// The guest proof of work on the server: signing and checking (stateless), single use (the
// session's transaction), when it is asked for, the honeypot, and the sweep of spent challenges.
import { count, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { solveChallenge } from "../../../contract/challenge.ts";
import { SignJWT } from "jose";
import { auditLog, usedChallenges, users } from "../../../db/schema.ts";
import { CHALLENGE_DIFFICULTY, CHALLENGE_MINUTES, checkProof, issueChallenge } from "../../../server/identity/challenge.ts";
import { GUEST_WAVE_MINUTES, GUEST_WAVE_SESSIONS, SESSIONS_PER_MINUTE } from "../../../server/identity/guest-gate.ts";
import { webCryptoHash } from "../../../server/lib/crypto.ts";
import { sweepExpired } from "../../../server/maintenance.ts";
import { makeTestApp } from "../../helpers/app.ts";
import { Client } from "../../helpers/client.ts";
import { expectError, ownerOf, patchSite, type TestApp } from "../support/setup.ts";

const keys = { hash: webCryptoHash, secret: "a server secret for the challenge tests" };
const NOW = new Date("2026-12-01T10:00:00.000Z");
const SESSIONS = "/api/v1/sites/demo/sessions";

async function solved(challenge: { challenge: string; difficulty: number }) {
  return { challenge: challenge.challenge, nonce: await solveChallenge(challenge.challenge, challenge.difficulty) };
}

describe("signing and checking a challenge", () => {
  it("issues a signed challenge for the site, with the default difficulty and its expiry", async () => {
    const c = await issueChallenge(keys, "demo", NOW);
    expect(c.difficulty).toBe(CHALLENGE_DIFFICULTY);
    expect(c.expiresAt).toBe(new Date(NOW.getTime() + CHALLENGE_MINUTES * 60_000).toISOString());
    expect(c.challenge.split(".")).toHaveLength(6);
    expect((await issueChallenge(keys, "demo", NOW)).challenge).not.toBe(c.challenge); // a random id each time
  });

  it("accepts a solved challenge, and refuses a tampered, foreign, expired, unsolved or easier one", async () => {
    const proof = await solved(await issueChallenge(keys, "demo", NOW));
    const ok = await checkProof(keys, "demo", proof, NOW);
    expect(ok).toEqual({ ok: { id: proof.challenge.split(".")[1], expiresAt: expect.any(String) } });

    const problem = async (p: { challenge: string; nonce: string }, site = "demo", at = NOW, k = keys) => {
      const r = await checkProof(k, site, p, at);
      return "problem" in r ? r.problem : "accepted";
    };
    // Another secret, or a part changed (here the expiry pushed back), breaks the signature.
    expect(await problem(proof, "demo", NOW, { ...keys, secret: "another server's secret" })).toMatch(/not one this server gave out/);
    const parts = proof.challenge.split(".");
    const later = [...parts.slice(0, 4), String(Number(parts[4]) + 3600), parts[5]].join(".");
    expect(await problem({ ...proof, challenge: later })).toMatch(/not one this server gave out/);
    expect(await problem({ ...proof, challenge: "garbage" })).toMatch(/not one this server gave out/);
    // Given out for another site.
    expect(await problem(proof, "other")).toMatch(/another site/);
    // Expired: exactly at its expiry, and after.
    const expiry = new Date(NOW.getTime() + CHALLENGE_MINUTES * 60_000);
    expect(await problem(proof, "demo", new Date(expiry.getTime() - 1000))).toBe("accepted");
    expect(await problem(proof, "demo", expiry)).toMatch(/expired/);
    // A nonce that does not solve it.
    let wrong = 0;
    while ((await problem({ ...proof, nonce: String(wrong) })) === "accepted") wrong++;
    expect(await problem({ ...proof, nonce: String(wrong) })).toMatch(/does not solve/);
    // A challenge signed at a lower difficulty than the server now asks for.
    const easy = await issueChallenge(keys, "demo", NOW, 4);
    expect(await problem(await solved(easy))).toMatch(/easier/);
  });
});

describe("guest sessions with a challenge", () => {
  let t: TestApp;
  let owner: Client;
  let n = 0;
  const caller = () => {
    t.setAddress(`198.51.100.${++n}`);
    return Client.over(t.app);
  };

  beforeAll(async () => {
    t = await makeTestApp();
    owner = await ownerOf(t);
  });

  it("GET /challenge gives a fresh challenge, never cached", async () => {
    const res = await caller().get("/api/v1/sites/demo/challenge");
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ challenge: expect.any(String), difficulty: CHALLENGE_DIFFICULTY, expiresAt: expect.any(String) });
    expect(res.headers.get("cache-control")).toBe("no-store");
    expectError(await caller().get("/api/v1/sites/nowhere/challenge"), 404, "not_found");
  });

  it('"always": a guest without a proof gets challenge_required with a challenge, solves it, joins once', async () => {
    await patchSite(owner, { guestChallenge: "always" });
    expect((await caller().get("/api/v1/sites/demo")).body.site.challenge).toBe("always");
    const first = expectError(await caller().post(SESSIONS, { name: "Ana" }), 403, "challenge_required");
    expect(first.challenge).toEqual({ challenge: expect.any(String), difficulty: CHALLENGE_DIFFICULTY, expiresAt: expect.any(String) });

    const pow = await solved(first.challenge);
    const joined = await caller().post(SESSIONS, { name: "Ana", pow });
    expect(joined.status, JSON.stringify(joined.body)).toBe(201);
    expect(await t.db.select().from(usedChallenges)).toEqual([{ id: pow.challenge.split(".")[1], expiresAt: first.challenge.expiresAt }]);

    // The same proof again: refused, with a new challenge, and no second user.
    const again = expectError(await caller().post(SESSIONS, { name: "Bo", pow }), 403, "challenge_required");
    expect(again.message).toMatch(/already used/);
    expect(again.challenge.challenge).not.toBe(pow.challenge);
    const bad = expectError(await caller().post(SESSIONS, { name: "Bo", pow: { ...pow, nonce: "x" } }), 403, "challenge_required");
    expect(bad.message).toMatch(/does not solve/);
  });

  it("a reused proof opens nothing: the session's rows and the spent id land together", async () => {
    await patchSite(owner, { guestChallenge: "always" });
    const pow = await solved((await caller().get("/api/v1/sites/demo/challenge")).body);
    const [one, two] = await Promise.all([caller().post(SESSIONS, { name: "Twin", pow }), caller().post(SESSIONS, { name: "Twin", pow })]);
    expect([one.status, two.status].sort()).toEqual([201, 403]);
    expect(await t.db.select({ n: count() }).from(users).where(eq(users.name, "Twin"))).toEqual([{ n: 1 }]);
  });

  it("validates the proof's shape and names the field", async () => {
    await patchSite(owner, { guestChallenge: "always" });
    for (const pow of [
      { challenge: "", nonce: "1" },
      { challenge: "x", nonce: "" },
      { challenge: "x" },
      "x",
      { challenge: "x", nonce: "1", extra: 1 },
    ]) {
      const error = expectError(await caller().post(SESSIONS, { name: "Cy", pow }), 400, "validation_failed");
      expect(error.field).toMatch(/^pow/);
    }
    expect(expectError(await caller().post(SESSIONS, { name: "Cy", website: "x".repeat(201) }), 400, "validation_failed").field).toBe(
      "website",
    );
  });

  it('"off" asks no guest; single sign-on is never asked', async () => {
    await patchSite(owner, { guestChallenge: "off" });
    expect((await caller().post(SESSIONS, { name: "Di" })).status).toBe(201);
    // A proof sent anyway is not looked at.
    expect((await caller().post(SESSIONS, { name: "Di", pow: { challenge: "junk", nonce: "1" } })).status).toBe(201);
    await patchSite(owner, { guestChallenge: "always", ssoSecret: "an sso secret that is long enough for the site" });
    const jwt = await new SignJWT({ sub: "u-1", name: "Eve" })
      .setProtectedHeader({ alg: "HS256" })
      .setExpirationTime(Math.floor(t.clock.now().getTime() / 1000) + 3600)
      .sign(new TextEncoder().encode("an sso secret that is long enough for the site"));
    expect((await caller().post(SESSIONS, { sso: jwt })).status).toBe(201);
  });

  it('"auto": no proof until the site is in a wave of guest sessions, then one is needed', async () => {
    const w = await makeTestApp();
    await patchSite(await ownerOf(w), { guestChallenge: "auto" });
    let m = 0;
    const post = (body: Record<string, unknown>) => {
      w.setAddress(`192.0.2.${++m}`);
      return Client.over(w.app).post(SESSIONS, body);
    };
    for (let i = 0; i < GUEST_WAVE_SESSIONS; i++) expect((await post({ name: `Reader ${i}` })).status).toBe(201);
    const asked = expectError(await post({ name: "One more" }), 403, "challenge_required");
    expect((await post({ name: "One more", pow: await solved(asked.challenge) })).status).toBe(201);
    // The wave is the last GUEST_WAVE_MINUTES: once they pass without new guests, none is asked.
    w.clock.advance(GUEST_WAVE_MINUTES * 60_000);
    expect((await post({ name: "Later" })).status).toBe(201);
    // Spread over the minutes, the same number of guests is no wave.
    const spread = await makeTestApp();
    await patchSite(await ownerOf(spread), { guestChallenge: "auto" });
    for (let i = 0; i < 2 * GUEST_WAVE_SESSIONS; i++) {
      spread.setAddress(`192.0.2.${i}`);
      expect((await Client.over(spread.app).post(SESSIONS, { name: `Calm ${i}` })).status).toBe(201);
      spread.clock.advance((GUEST_WAVE_MINUTES * 60_000) / GUEST_WAVE_SESSIONS + 1000);
    }
  });

  it("a filled honeypot is refused like a missing proof, with no hint, and audited", async () => {
    await patchSite(owner, { guestChallenge: "off" });
    const refused = expectError(
      await caller().post(SESSIONS, { name: "Bot", device: "bot-device-1", website: "https://spam.example" }),
      403,
      "challenge_required",
    );
    expect(refused.message).toBe("Please confirm you are not a robot.");
    expect(refused.message).not.toMatch(/website|honeypot|field/i);
    // Even with a good proof.
    await patchSite(owner, { guestChallenge: "always" });
    const pow = await solved(refused.challenge);
    expectError(await caller().post(SESSIONS, { name: "Bot", website: "x", pow }), 403, "challenge_required");
    const audited = await t.db.select().from(auditLog).where(eq(auditLog.action, "session.honeypot"));
    expect(audited).toHaveLength(2);
    expect(audited[0]).toMatchObject({ siteId: "demo", actorType: "system", detail: { name: "Bot", device: "bot-device-1" } });
    // An empty honeypot is a person's.
    expect((await caller().post(SESSIONS, { name: "Person", website: "", pow })).status).toBe(201);
  });

  it("the session limit per address still applies first", async () => {
    const l = await makeTestApp();
    await patchSite(await ownerOf(l), { guestChallenge: "always" });
    l.setAddress("203.0.113.50");
    const c = Client.over(l.app);
    for (let i = 0; i < SESSIONS_PER_MINUTE; i++) expectError(await c.post(SESSIONS, { name: `G${i}` }), 403, "challenge_required");
    expectError(await c.post(SESSIONS, { name: "G" }), 429, "rate_limited");
  });

  it("the hourly sweep deletes spent challenges once they have expired", async () => {
    const before = (await t.db.select({ n: count() }).from(usedChallenges))[0]!.n;
    expect(before).toBeGreaterThan(0);
    await sweepExpired(t.db, t.clock.now());
    expect((await t.db.select({ n: count() }).from(usedChallenges))[0]!.n).toBe(before);
    await sweepExpired(t.db, new Date(t.clock.now().getTime() + CHALLENGE_MINUTES * 60_000 + 1000));
    expect((await t.db.select({ n: count() }).from(usedChallenges))[0]!.n).toBe(0);
  });
});
