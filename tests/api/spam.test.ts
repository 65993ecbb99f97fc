// Spam: the signals a moderator reads, the spam rule's hold and refusal (never a strike by
// itself), and the bulk rejection of a spam wave.
import { beforeAll, describe, expect, it } from "vitest";
import { contract, expectError, type Contract } from "./support/contract.ts";
import { HELD } from "./support/phrases.ts";

let t: Contract;
beforeAll(async () => {
  t = await contract("spam", { linkAllowlist: ["example.org"] });
});

const queue = (query = "", status = "spam") => t.owner.get(`${t.admin}/queue?status=${status}${query}`);
const itemOf = async (id: string, page: string) =>
  (await queue(`&page=${encodeURIComponent(page)}&limit=200`)).body.items.find((i: any) => i.comment.id === id);

describe("spam signals and the spam rule", () => {
  it("publishes a comment with a link to the site's own or allowed domains", async () => {
    const ana = await t.guest("Ana");
    const res = await t.post(
      ana,
      "spam-ok",
      "The full report is at https://news.example.com/report and https://data.example.org/budget, page 4.",
    );
    expect(res.status, JSON.stringify(res.body)).toBe(201);
  });

  it("holds a shortened link to another site, with the reasons for moderators (hold reason spam)", async () => {
    const ben = await t.guest("Ben");
    const body = "Interesting point about the budget. I doubled my savings with this trick: https://bit.ly/3kFx9 check it";
    const res = await t.post(ben, "spam-held", body);
    expect(res.status, JSON.stringify(res.body)).toBe(202);
    expect(res.body.reason).toMatch(/No spam/);
    const item = await itemOf(res.body.comment.id, "spam-held");
    expect(item).toMatchObject({ holdReason: "spam", rule: "spam", target: "none" });
    expect(item.signals).toEqual([
      "link shortener (bit.ly)",
      "links to domains not on the site's list (bit.ly)",
      "first comment links to another site",
    ]);
    expect(item.spamScore).toBeGreaterThanOrEqual(0.5);
    expect(item.spamScore).toBeLessThan(0.85);
    // the link is what the rule flagged
    expect(item.spans.map((s: any) => body.slice(s.start, s.end))).toEqual(["https://bit.ly/3kFx9"]);
  });

  it("refuses a filled hidden field under the spam rule; the author may send it for review, and it is no strike", async () => {
    const cy = await t.guest("Cy");
    const body = "Nice article, thanks for writing it.";
    const refused = await t.post(cy, "spam-honeypot", body, { website: "http://cheap.example.net" });
    const err = expectError(refused, 422, "policy_violation");
    expect(err).toMatchObject({ rule: "spam", canAcknowledge: true, target: "none" });
    const sent = await t.post(cy, "spam-honeypot", body, { website: "http://cheap.example.net", acknowledge: true });
    expect(sent.status).toBe(202);
    const item = await itemOf(sent.body.comment.id, "spam-honeypot");
    expect(item).toMatchObject({ holdReason: "acknowledged", rule: "spam", spamScore: 1, signals: ["hidden field filled"] });
    // rejecting it without naming a rule gives no strike
    const decided = await t.owner.post(`${t.admin}/comments/${sent.body.comment.id}/decision`, { action: "reject" });
    expect(decided.body.standing).toMatchObject({ status: "good", strikes: 0 });
  });

  it("reads the same link-only text across pages and accounts as a wave, and refuses it", async () => {
    const body = "www.cheap-watches.example.net/deal";
    const answers = [];
    for (let i = 0; i < 4; i++) answers.push(await t.post(await t.guest(`Bot ${i}`), `spam-wave-${i}`, body, { acknowledge: i < 3 }));
    // the first is held (only a link, first comment, another site); the fourth copy is refused
    expect(answers[0]!.status).toBe(202);
    const last = expectError(answers[3]!, 422, "policy_violation");
    expect(last.rule).toBe("spam");
    const item = await itemOf(answers[2]!.body.comment.id, "spam-wave-2");
    expect(item.signals).toContain("same text on 3 pages by 3 accounts in 24 h");
    expect(item.signals).toContain("only a link");
  });
});

describe("rejecting a spam wave", () => {
  it("rejects every near-same comment on the site at once, without strikes, audited once; other comments stay", async () => {
    const wave = "Work from home and earn 500 dollars a day, no experience needed, see https://tinyurl.com/earn-daily now";
    const ids: string[] = [];
    const authors: string[] = [];
    for (let i = 0; i < 5; i++) {
      const bot = await t.guest(`Wave ${i}`);
      authors.push(bot.user.id);
      const res = await t.post(bot, `wave-page-${i}`, i === 4 ? wave.replace("500", "600") : wave, { acknowledge: true });
      expect(res.status, JSON.stringify(res.body)).toBe(202);
      ids.push(res.body.comment.id);
    }
    const reader = await t.guest("Reader");
    const ordinary = await t.post(reader, "wave-page-0", "I work from home too, and the commute I no longer have is the best part.");
    expect(ordinary.status).toBe(201);

    const item = await itemOf(ids[0]!, "wave-page-0");
    expect(item.wave).toBe(5);
    const res = await t.owner.post(`${t.admin}/comments/${ids[0]}/wave`, {});
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body).toEqual({ rejected: 5 });
    for (let i = 0; i < 5; i++) expect(await itemOf(ids[i]!, `wave-page-${i}`)).toBeUndefined();
    expect((await t.list("wave-page-0")).body.comments.map((c: any) => c.id)).toEqual([ordinary.body.comment.id]);
    const audit = await t.owner.get(`${t.admin}/audit?action=comment.reject_wave`);
    expect(audit.body.entries).toHaveLength(1);
    expect(audit.body.entries[0]).toMatchObject({ targetId: ids[0], detail: { count: 5 }, rule: null });
    const strikes = await t.owner.get(`${t.admin}/users/${authors[0]}`);
    expect(strikes.body.strikes).toEqual([]);
    // again: nothing left to reject
    expect((await t.owner.post(`${t.admin}/comments/${ids[0]}/wave`, {})).body).toEqual({ rejected: 0 });
  });

  it("gives each author one strike when a rule is named; refuses an unknown rule, a missing comment, and a request without CSRF", async () => {
    const body = "Free crypto signals every morning, join the group at https://t.ly/signals-free before it closes";
    const bot = await t.guest("Signals");
    const a = await t.post(bot, "wave-rule-1", body, { acknowledge: true });
    const b = await t.post(bot, "wave-rule-2", body, { acknowledge: true });
    expect([a.status, b.status]).toEqual([202, 202]);
    expectError(await t.owner.post(`${t.admin}/comments/${a.body.comment.id}/wave`, { rule: "no-such-rule" }), 400, "validation_failed");
    expectError(await t.owner.post(`${t.admin}/comments/nope/wave`, {}), 404, "not_found");
    const anonymous = t.caller();
    expect((await anonymous.post(`${t.admin}/comments/${a.body.comment.id}/wave`, {})).status).toBe(401);
    const res = await t.owner.post(`${t.admin}/comments/${a.body.comment.id}/wave`, { rule: "spam" });
    expect(res.body).toEqual({ rejected: 2 });
    const dossier = await t.owner.get(`${t.admin}/users/${bot.user.id}`);
    expect(dossier.body.strikes).toHaveLength(1);
    expect(dossier.body.strikes[0]).toMatchObject({ rule: "spam" });
  });
});

describe("the spam queue", () => {
  it("keeps spam apart from the other held comments, and rejects it all at once up to what the moderator saw", async () => {
    const page = "spam-queue";
    const held = async (name: string, body: string) => {
      const bot = await t.guest(name);
      const res = await t.post(bot, page, body);
      expect(res.status, JSON.stringify(res.body)).toBe(202);
      return res.body.comment.id as string;
    };
    const spam = [
      await held("Bot A", "Cheap meds here: https://bit.ly/meds-cheap"),
      await held("Bot B", "Earn daily: https://tinyurl.com/earn-now"),
    ];
    const reader = await t.guest("Reader");
    const doubtful = (await t.post(reader, page, HELD)).body.comment.id;
    const ids = async (status: string) =>
      (await queue(`&page=${page}`, status)).body.items.map((i: { comment: { id: string } }) => i.comment.id);
    expect((await ids("spam")).sort()).toEqual([...spam].sort());
    expect(await ids("pending")).toEqual([doubtful]);

    const seen = new Date().toISOString();
    await new Promise((r) => setTimeout(r, 5));
    const later = await held("Bot C", "Free signals: https://bit.ly/signals-vip");
    const res = await t.owner.post(`${t.admin}/queue/spam/reject`, { before: seen, note: "wave" });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.rejected).toBeGreaterThanOrEqual(2);
    expect(await ids("spam"), "what came after the moderator looked stays").toEqual([later]);
    expect(await ids("pending")).toEqual([doubtful]);
    expect((await ids("rejected")).sort()).toEqual(expect.arrayContaining(spam));
    const audit = await t.owner.get(`${t.admin}/audit?action=queue.reject_spam`);
    expect(audit.body.entries[0]).toMatchObject({ targetType: "site", detail: { note: "wave" } });
    expectError(await t.owner.post(`${t.admin}/queue/spam/reject`, { before: "yesterday" }), 400, "validation_failed");
  });
});
