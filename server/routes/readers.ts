import { Hono } from "hono";
import { z } from "zod";
import type { CommentCounts as CountsAnswer, PageVotes, VoteAnswer, VoteRequest } from "../../contract/votes.ts";
import type { AppEnv } from "../deps.ts";
import { CommentCounts, MAX_COUNTED_PAGES } from "../comments/counts.ts";
import { threadOf } from "../comments/permalink.ts";
import { etagOf } from "../comments/listing-cache.ts";
import { writer } from "../http/auth.ts";
import { sendCached } from "../http/cached.ts";
import { jsonBody, parseWith, queryWith } from "../http/validate.ts";
import { castVote, PageCounts, pageVotes } from "../votes/votes.ts";
import { pageKey } from "./comments.ts";

const voteBody = z.object({ value: z.union([z.literal(1), z.literal(-1), z.literal(0)]) }) satisfies z.ZodType<VoteRequest>;
const pageQuery = z.object({ page: pageKey });
const countsQuery = z.object({
  page: z.array(pageKey).min(1, "name at least one page").max(MAX_COUNTED_PAGES, `at most ${MAX_COUNTED_PAGES} pages`),
});
const encoder = new TextEncoder();

/** Readers' extensions (README, "Votes", "Comment counts", "Permalinks"): votes, counts, one thread. */
export function readerRoutes() {
  const shared = new PageCounts();
  const counted = new CommentCounts();
  return new Hono<AppEnv>()
    .put("/comments/:id/vote", async (c) => {
      const { db, clock } = c.var.deps;
      const who = await writer(c);
      const { value } = await jsonBody(c, voteBody);
      const { vote, pageKey } = await castVote({ db, site: c.var.site, writer: who, now: clock() }, c.req.param("id"), value);
      shared.update(c.var.site.id, pageKey, vote.commentId, vote.upvotes, vote.downvotes);
      return c.json({ vote } satisfies VoteAnswer);
    })
    .get("/votes", async (c) => {
      const { page } = queryWith(c, pageQuery);
      const viewer = c.get("viewer")?.userId ?? null;
      const answer = await pageVotes(c.var.deps.db, shared, c.var.site.id, page, viewer);
      const body = encoder.encode(JSON.stringify(answer satisfies PageVotes));
      // A reader's own votes make it personal; without a session it is the same for everyone for a few seconds.
      const caching = viewer ? { "Cache-Control": "private, no-cache" } : { "Cache-Control": "public, max-age=3" };
      return sendCached(c, { etag: await etagOf(body), body, gzip: null }, { ...caching, Vary: "Authorization" });
    })
    .get("/counts", async (c) => {
      const keys = [...new Set(parseWith(countsQuery, { page: c.req.queries("page") ?? [] }).page)];
      const { counts, versions } = await counted.get(c.var.deps.db, c.var.site.id, keys);
      const body = encoder.encode(JSON.stringify({ counts } satisfies CountsAnswer));
      // Article lists are not live: a minute in any cache, then revalidated by the pages' versions.
      const etag = await etagOf(encoder.encode(`${c.var.site.id}|${keys.join("\n")}|${versions}`));
      return sendCached(c, { etag, body, gzip: null }, { "Cache-Control": "public, max-age=60" });
    })
    .get("/comments/:id/thread", async (c) => {
      const answer = await threadOf(c.var.deps.db, c.var.site.id, c.req.param("id"), c.get("viewer")?.userId ?? null);
      c.header("Cache-Control", "private, no-cache");
      c.header("Vary", "Authorization");
      return c.json(answer);
    });
}
