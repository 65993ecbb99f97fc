import { Hono } from "hono";
import { z } from "zod";
import { ListingCache } from "../comments/listing-cache.ts";
import type { CreateCommentRequest, EditCommentRequest, PreviewAnswer, ReportRequest, WriteAnswer } from "../../contract/wire.ts";
import type { AppEnv } from "../deps.ts";
import { requireViewer, resolveAdmin, writer } from "../http/auth.ts";
import { threadReplies, viewerListing } from "../comments/listing.ts";
import { sendCached } from "../http/cached.ts";
import { jsonBody, queryWith, singleLine } from "../http/validate.ts";
import { deleteComment, editComment, postComment, previewComment } from "../moderation/comment-writes.ts";
import { reportComment } from "../moderation/reports.ts";
import { LISTING_SORTS } from "../../contract/votes.ts";

export const pageKey = singleLine(1024);
// SQLite text ends at a NUL, so a stored body would lose everything after one; CommonMark reads
// NUL as U+FFFD anyway, so the source is stored the way it renders.
const body = z
  .string()
  .max(200_000)
  .transform((s) => s.replaceAll("\u0000", "\uFFFD"));

const listQuery = z.object({
  page: pageKey,
  sort: z.enum(LISTING_SORTS).default("oldest"),
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
  // the hidden field the widget sends empty: a filled one is a spam signal (an absurdly long one an error)
  website: z.string().max(200).optional(),
}) satisfies z.ZodType<CreateCommentRequest>;

const editBody = z.object({ body, acknowledge: z.boolean().optional() }) satisfies z.ZodType<EditCommentRequest>;
const reportBody = z.object({
  reason: z.enum(["personal-attack", "spam", "other"]),
  note: z.string().max(1000).optional(),
}) satisfies z.ZodType<ReportRequest>;
const previewBody = z.object({ body });

/** Public listings and reply pages are served from memory while the page's version in the database is unchanged. */
export function commentRoutes() {
  const cache = new ListingCache();
  return new Hono<AppEnv>()
    .get("/comments", async (c) => {
      const { db } = c.var.deps;
      const site = c.var.site;
      const q = queryWith(c, listQuery);
      const listQ = { siteId: site.id, pageKey: q.page, sort: q.sort, limit: q.limit, cursor: q.cursor, replies: q.replies };
      return sendCached(c, await viewerListing(db, cache, listQ, c.get("viewer")?.userId ?? null, c.var.cursors), caching);
    })
    .get("/comments/:id/replies", async (c) => {
      const { db } = c.var.deps;
      const site = c.var.site;
      const q = queryWith(c, repliesQuery);
      const answer = await threadReplies(
        db,
        cache,
        { siteId: site.id, rootId: c.req.param("id"), ...q },
        c.get("viewer")?.userId ?? null,
        c.var.cursors,
      );
      return sendCached(c, answer, caching);
    })
    .post("/comments", async (c) => {
      const { db, detector, clock } = c.var.deps;
      const who = await writer(c);
      const input = await jsonBody(c, createBody);
      const result = await postComment({ db, site: c.var.site, writer: who, now: clock(), events: c.var.events }, detector, input);
      return result.reason ? c.json(result satisfies WriteAnswer, 202) : c.json({ comment: result.comment } satisfies WriteAnswer, 201);
    })
    .patch("/comments/:id", async (c) => {
      const { db, detector, clock } = c.var.deps;
      const who = await writer(c);
      const input = await jsonBody(c, editBody);
      const result = await editComment(
        { db, site: c.var.site, writer: who, now: clock(), events: c.var.events },
        detector,
        c.req.param("id"),
        input,
      );
      return result.reason ? c.json(result satisfies WriteAnswer, 202) : c.json({ comment: result.comment } satisfies WriteAnswer, 200);
    })
    .delete("/comments/:id", async (c) => {
      const { db, clock } = c.var.deps;
      const viewer = c.get("viewer");
      const admin = viewer ? null : await resolveAdmin(c);
      const actor = admin ? { type: "admin" as const, adminId: admin.id } : { type: "user" as const, userId: requireViewer(c).userId };
      const comment = await deleteComment(db, c.var.site, c.req.param("id"), actor, clock(), c.var.events);
      return c.json({ comment });
    })
    .post("/comments/:id/reports", async (c) => {
      const { db, clock } = c.var.deps;
      const who = await writer(c);
      const input = await jsonBody(c, reportBody);
      const report = await reportComment(
        { db, site: c.var.site, writer: who, now: clock(), events: c.var.events },
        c.req.param("id"),
        input,
      );
      return c.json({ report }, 201);
    })
    .post("/preview", async (c) => {
      const { db, detector, clock } = c.var.deps;
      const who = await writer(c);
      const input = await jsonBody(c, previewBody);
      const ctx = { db, site: c.var.site, writer: who, now: clock() };
      return c.json((await previewComment(ctx, detector, input.body)) satisfies PreviewAnswer);
    });
}
