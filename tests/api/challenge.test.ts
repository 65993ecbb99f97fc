// The guest proof of work and the honeypot fields (README, "Guest challenge"), over HTTP.
import { beforeAll, describe, expect, it } from "vitest";
import { createHash } from "node:crypto";
import { leadingZeroBits, solveChallenge, type Challenge } from "../../contract/challenge.ts";
import { contract, expectError, type Contract } from "./support/contract.ts";
import { clean } from "./support/phrases.ts";

let t: Contract;
beforeAll(async () => {
  t = await contract("challenge", { guestChallenge: "always" });
});

const solved = async (c: Challenge) => ({ challenge: c.challenge, nonce: await solveChallenge(c.challenge, c.difficulty) });
const sessions = (site?: string) => `${site ? t.pathsOf(site).api : t.api}/sessions`;

describe("the challenge", () => {
  it("GET /challenge answers a fresh challenge, not to be cached; the public site says when guests need one", async () => {
    const res = await t.caller().get(`${t.api}/challenge`);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ challenge: expect.any(String), difficulty: expect.any(Number), expiresAt: expect.any(String) });
    expect(res.body.difficulty).toBeGreaterThanOrEqual(8);
    expect(Date.parse(res.body.expiresAt)).toBeGreaterThan(Date.now());
    expect(res.headers.get("cache-control")).toBe("no-store");
    expect((await t.caller().get(`${t.api}/challenge`)).body.challenge).not.toBe(res.body.challenge);
    expect((await t.caller().get(t.api)).body.site.challenge).toBe("always");
    expectError(await t.caller().get("/api/v1/sites/no-such-site/challenge"), 404, "not_found");
  });

  it("a guest without a proof is told 403 challenge_required, with a challenge that, solved, opens the session once", async () => {
    const asked = expectError(await t.caller().post(sessions(), { name: "Ana" }), 403, "challenge_required");
    expect(asked.challenge).toEqual({ challenge: expect.any(String), difficulty: expect.any(Number), expiresAt: expect.any(String) });
    const pow = await solved(asked.challenge);
    const who = t.caller();
    const joined = await who.post(sessions(), { name: "Ana", device: "challenge-device-1", pow, website: "" });
    expect(joined.status, JSON.stringify(joined.body)).toBe(201);
    who.token = joined.body.token;
    expect((await who.get(`${t.api}/me`)).body.user.name).toBe("Ana");

    const reused = expectError(await t.caller().post(sessions(), { name: "Bo", pow }), 403, "challenge_required");
    expect(reused.message).toMatch(/already used/);
    expect(reused.challenge.challenge).not.toBe(pow.challenge);
  });

  it("refuses a proof for another site, a tampered challenge, and a nonce that does not solve it", async () => {
    const other = await t.otherSite("elsewhere", { guestChallenge: "always" });
    const foreign = await solved((await t.caller().get(`${t.pathsOf(other).api}/challenge`)).body);
    expect(expectError(await t.caller().post(sessions(), { name: "Cy", pow: foreign }), 403, "challenge_required").message).toMatch(
      /another site/,
    );
    const pow = await solved((await t.caller().get(`${t.api}/challenge`)).body);
    const parts = pow.challenge.split(".");
    parts[3] = "1"; // claim an easier difficulty
    const tampered = { challenge: parts.join("."), nonce: pow.nonce };
    expect(expectError(await t.caller().post(sessions(), { name: "Cy", pow: tampered }), 403, "challenge_required").message).toMatch(
      /not one this server gave out/,
    );
    let wrong = 0;
    const fresh = (await t.caller().get(`${t.api}/challenge`)).body as Challenge;
    while (leadingZeroBits(createHash("sha256").update(`${fresh.challenge}:${wrong}`).digest("hex")) >= fresh.difficulty) wrong++;
    const unsolved = { challenge: fresh.challenge, nonce: String(wrong) };
    expect(expectError(await t.caller().post(sessions(), { name: "Cy", pow: unsolved }), 403, "challenge_required").message).toMatch(
      /does not solve/,
    );
    // The proof is still good on its own site, once.
    expect((await t.caller().post(sessions(other), { name: "Cy", pow: foreign })).status).toBe(201);
  });

  it("validates the proof and the honeypot, naming the field", async () => {
    for (const [body, field] of [
      [{ name: "Di", pow: { challenge: "x" } }, "pow.nonce"],
      [{ name: "Di", pow: "x" }, "pow"],
      [{ name: "Di", website: 5 }, "website"],
      [{ name: "Di", website: "x".repeat(201) }, "website"],
    ] as const) {
      expect(expectError(await t.caller().post(sessions(), body), 400, "validation_failed").field, JSON.stringify(body)).toBe(field);
    }
  });

  it("single sign-on is never asked for a proof", async () => {
    const res = await t.caller().post(sessions(), { sso: await t.ssoToken({ sub: "reader-1", name: "Eve" }) });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
  });

  it('"auto" asks guests for a proof once the site sees a wave of new guest sessions', async () => {
    const site = await t.otherSite("wave", { guestChallenge: "auto" });
    expect((await t.caller().get(t.pathsOf(site).api)).body.site.challenge).toBe("auto");
    let n = 0;
    // The threshold is the README's (30 in 5 minutes): the first ones are let in without a proof.
    for (; n < 30; n++) {
      const res = await t.caller().post(sessions(site), { name: `Reader ${n}` });
      if (res.status !== 201) break;
    }
    expect(n).toBe(30);
    const asked = expectError(await t.caller().post(sessions(site), { name: "Spammer" }), 403, "challenge_required");
    expect((await t.caller().post(sessions(site), { name: "Reader", pow: await solved(asked.challenge) })).status).toBe(201);
    // The file's own site is "always"; "off" asks no one.
    const off = await t.otherSite("off", { guestChallenge: "off" });
    expect((await t.caller().post(sessions(off), { name: "Fay" })).status).toBe(201);
  });
});

describe("honeypot fields", () => {
  it("a filled join-form honeypot is refused as challenge_required, even with a good proof, and audited", async () => {
    const pow = await solved((await t.caller().get(`${t.api}/challenge`)).body);
    const refused = expectError(
      await t.caller().post(sessions(), { name: "Bot", pow, website: "https://cheap-pills.example" }),
      403,
      "challenge_required",
    );
    expect(refused.message).not.toMatch(/website|honeypot|hidden/i);
    const audit = await t.owner.get(`${t.admin}/audit?action=session.honeypot`);
    expect(audit.status).toBe(200);
    expect(audit.body.entries).toEqual([
      expect.objectContaining({ action: "session.honeypot", detail: expect.objectContaining({ name: "Bot" }) }),
    ]);
  });

  it("POST /comments accepts an empty website field and refuses one over 200 characters", async () => {
    const off = await t.otherSite("comments", { guestChallenge: "off" });
    const who = await t.guest("Writer", { site: off });
    const comments = t.pathsOf(off).comments;
    const ok = await who.post(comments, { page: "honeypot-page", body: clean(0), website: "" });
    expect(ok.status, JSON.stringify(ok.body)).toBe(201);
    const error = expectError(
      await who.post(comments, { page: "honeypot-page", body: clean(1), website: "x".repeat(201) }),
      400,
      "validation_failed",
    );
    expect(error.field).toBe("website");
  });
});
