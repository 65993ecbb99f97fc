import { Hono } from "hono";
import { z } from "zod";
import { ListingCache } from "../comments/listing-cache.ts";
import { threadReplies, viewerListing } from "../comments/listing.ts";
import { reportComment } from "../comments/reports.ts";
import { createComment, deleteComment, editComment, type Author } from "../comments/write.ts";
import type { AppEnv } from "../deps.ts";
import { clientAddressHash, requireViewer, resolveAdmin } from "../http/auth.ts";
import { sendCached } from "../http/cached.ts";
import { jsonBody, queryWith, singleLine } from "../http/validate.ts";
import { judgeBody } from "../moderation/pipeline.ts";
import { renderComment } from "../render/markdown.ts";
import { getSite } from "../sites/sites.ts";
import type { Context } from "hono";

const pageKey = singleLine(1024);
// SQLite text ends at a NUL, so a stored body would lose everything after one; CommonMark reads
// NUL as U+FFFD anyway, so the source is stored the way it renders.
const body = z
  .string()
  .max(200_000)
  .transform((s) => s.replaceAll("\u0000", "\uFFFD"));

const listQuery = z.object({
  page: pageKey,
  sort: z.enum(["oldest", "newest"]).default("oldest"),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(2048).optional(),
  replies: z.coerce.number().int().min(0).max(100).optional(),
});

const repliesQuery = z.object({
  cursor: z.string().max(2048).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

// Listings differ by viewer (their own pending comments): caches revalidate, per token.
const caching = { "Cache-Control": "private, no-cache", Vary: "Authorization" };

const createBody = z.object({
  page: pageKey,
  url: z.string().url().max(2048).optional(),
  title: singleLine(500).optional(),
  parentId: z.string().min(1).max(64).optional(),
  body,
  acknowledge: z.boolean().optional(),
});

const editBody = z.object({ body, acknowledge: z.boolean().optional() });
const reportBody = z.object({ reason: z.enum(["personal-attack", "spam", "other"]), note: z.string().max(1000).optional() });
const previewBody = z.object({ body });

async function author(c: Context<AppEnv>): Promise<Author> {
  const viewer = requireViewer(c);
  return { userId: viewer.userId, name: viewer.name, addressHash: await clientAddressHash(c) };
}

/** Public listings and reply pages are served from memory while the page's version in the database is unchanged. */
export function commentRoutes() {
  const cache = new ListingCache();
  return new Hono<AppEnv>()
    .get("/comments", async (c) => {
      const { db } = c.var.deps;
      const site = await getSite(db, c.req.param("site")!);
      const q = queryWith(c, listQuery);
      const listQ = { siteId: site.id, pageKey: q.page, sort: q.sort, limit: q.limit, cursor: q.cursor, replies: q.replies };
      return sendCached(c, await viewerListing(db, cache, listQ, c.get("viewer")?.userId ?? null), caching);
    })
    .get("/comments/:id/replies", async (c) => {
      const { db } = c.var.deps;
      const site = await getSite(db, c.req.param("site")!);
      const q = queryWith(c, repliesQuery);
      const answer = await threadReplies(db, cache, { siteId: site.id, rootId: c.req.param("id"), ...q }, c.get("viewer")?.userId ?? null);
      return sendCached(c, answer, caching);
    })
    .post("/comments", async (c) => {
      const { db, detector, clock } = c.var.deps;
      const site = await getSite(db, c.req.param("site")!);
      const who = await author(c);
      const input = await jsonBody(c, createBody);
      const result = await createComment({ db, detector, now: clock() }, site, who, input);
      return result.reason ? c.json({ comment: result.comment, reason: result.reason }, 202) : c.json({ comment: result.comment }, 201);
    })
    .patch("/comments/:id", async (c) => {
      const { db, detector, clock } = c.var.deps;
      const site = await getSite(db, c.req.param("site")!);
      const who = await author(c);
      const input = await jsonBody(c, editBody);
      const result = await editComment({ db, detector, now: clock() }, site, who, c.req.param("id"), input);
      return result.reason ? c.json({ comment: result.comment, reason: result.reason }, 202) : c.json({ comment: result.comment }, 200);
    })
    .delete("/comments/:id", async (c) => {
      const { db, clock } = c.var.deps;
      const site = await getSite(db, c.req.param("site")!);
      const viewer = c.get("viewer");
      const admin = viewer ? null : await resolveAdmin(c);
      const actor = admin ? { type: "admin" as const, adminId: admin.id } : { type: "user" as const, userId: requireViewer(c).userId };
      const comment = await deleteComment(db, site, c.req.param("id"), actor, clock());
      return c.json({ comment });
    })
    .post("/comments/:id/reports", async (c) => {
      const { db, clock } = c.var.deps;
      const site = await getSite(db, c.req.param("site")!);
      const who = await author(c);
      const input = await jsonBody(c, reportBody);
      const report = await reportComment(db, site, who, c.req.param("id"), input, clock());
      return c.json({ report }, 201);
    })
    .post("/preview", async (c) => {
      const { db, detector } = c.var.deps;
      const site = await getSite(db, c.req.param("site")!);
      requireViewer(c);
      const input = await jsonBody(c, previewBody);
      if (input.body.trim() === "") return c.json({ html: "", decision: "publish", rule: null, spans: [], score: 0 });
      const { verdict } = await judgeBody(db, site, detector, input.body);
      return c.json({
        html: renderComment(input.body),
        decision: verdict.decision,
        rule: verdict.rule,
        spans: verdict.spans,
        score: verdict.score,
      });
    });
}
