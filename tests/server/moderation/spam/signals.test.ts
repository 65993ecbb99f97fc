// Each spam signal that needs the database, through the API on a real libSQL database with a
// settable clock: near-same copies within the window, bursts, a first comment, a linking habit,
// and edits (their signals and bands are computed again).
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { commentBands, comments } from "../../../../db/schema.ts";
import { HOUR, keywordDetector, setup, type Harness } from "../harness.ts";

let h: Harness;
beforeAll(async () => {
  h = await setup({ detector: keywordDetector() });
});

const row = async (id: string) => (await h.db.select().from(comments).where(eq(comments.id, id)))[0]!;
const signalsOf = async (id: string) => (await row(id)).signals;

describe("spam signals that read other comments", () => {
  it("counts near-same copies on other pages and by other accounts within 24 hours", async () => {
    const body = "Lovely piece. My uncle earns 400 a week on his phone, the method is at cheap-method.example.net/start";
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) {
      const res = await (await h.guest(`Copy ${i}`)).postComment(body, { page: h.page(), acknowledge: true });
      ids.push(res.body.comment.id);
    }
    expect(await signalsOf(ids[0]!)).not.toContain("same text on 1 page by 1 account in 24 h");
    expect(await signalsOf(ids[1]!)).toContain("same text on 2 pages by 2 accounts in 24 h");
    expect(await signalsOf(ids[2]!)).toContain("same text on 3 pages by 3 accounts in 24 h");
    // four bands each, written with the comment
    expect(await h.db.select().from(commentBands).where(eq(commentBands.commentId, ids[2]!))).toHaveLength(4);

    h.clock.advance(25 * HOUR);
    const later = await (await h.guest("Later")).postComment(body, { page: h.page(), acknowledge: true });
    expect((await signalsOf(later.body.comment.id))!.some((s) => s.startsWith("same text"))).toBe(false);
  });

  it("reads five comments by one author within two minutes as a burst", async () => {
    const g = await h.guest("Busy");
    const page = h.page();
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) ids.push((await h.posted(g, `Point number ${i} about the budget, ${"and more ".repeat(i)}`, page)).id);
    expect(await signalsOf(ids[3]!)).toEqual([]);
    expect(await signalsOf(ids[4]!)).toEqual(["5 comments in 2 minutes"]);
    // alone it is no reason to hold
    expect((await row(ids[4]!)).status).toBe("published");
    h.tick();
    h.tick();
    expect(await signalsOf((await h.posted(g, "A calmer sixth comment about the budget.", page)).id)).toEqual([]);
  });

  it("judges a first comment's links more strictly, and an author who links every time", async () => {
    const g = await h.guest("Linker");
    const page = h.page();
    const first = await g.postComment("Look: https://deals.example.shop/today", { page });
    expect(first.status).toBe(202);
    expect(await signalsOf(first.body.comment.id)).toEqual([
      "links to domains not on the site's list (deals.example.shop)",
      "first comment is mostly a link",
    ]);
    const second = await g.postComment("Thanks, the rest of the article is also worth reading, see https://deals.example.shop/more", {
      page,
    });
    expect(await signalsOf(second.body.comment.id)).toEqual([
      "links to domains not on the site's list (deals.example.shop)",
      "each of their 1 earlier comment in 24 h linked elsewhere too",
    ]);
    expect(second.status).toBe(202);

    const reader = await h.guest("Reader");
    await h.posted(reader, "I agree with most of this, though the second chart is confusing.", page);
    const cited = await reader.postComment("The numbers are from the state audit, see https://audit.example.org/report for all of it.", {
      page,
    });
    expect(cited.status).toBe(201);
    expect(await signalsOf(cited.body.comment.id)).toEqual(["links to domains not on the site's list (audit.example.org)"]);
    // A source readers cite (a government site, a wire service) is no signal at all.
    const sourced = await reader.postComment("Same figures at https://www.census.gov/quickfacts and https://apnews.com/article/x.", {
      page,
    });
    expect(sourced.status).toBe(201);
    expect(await signalsOf(sourced.body.comment.id)).toEqual([]);
  });

  it("reads an edit's signals again, and moves its bands to the new text", async () => {
    const g = await h.guest("Editor");
    const c = await h.posted(g, "A fair comment about the school board and its budget choices.", h.page());
    const before = (await h.db.select().from(commentBands).where(eq(commentBands.commentId, c.id))).map((b) => b.band);
    const edited = await g.patch(`/api/v1/sites/demo/comments/${c.id}`, { body: "https://bit.ly/xyz https://bit.ly/abc" });
    expect(edited.status).toBe(422);
    expect(edited.body.error).toMatchObject({ rule: "spam", canAcknowledge: true });
    const sent = await g.patch(`/api/v1/sites/demo/comments/${c.id}`, { body: "https://bit.ly/xyz https://bit.ly/abc", acknowledge: true });
    expect(sent.status).toBe(202);
    const now = await row(c.id);
    expect(now.signals).toEqual(["2 links", "link shortener (bit.ly)", "links to domains not on the site's list (bit.ly)", "only a link"]);
    expect(now.spamScore).toBeGreaterThanOrEqual(0.85);
    const after = (await h.db.select().from(commentBands).where(eq(commentBands.commentId, c.id))).map((b) => b.band);
    expect(after).toHaveLength(4);
    expect(after).not.toEqual(before);
  });
});
