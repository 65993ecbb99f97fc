import { Hono } from "hono";
import { z } from "zod";
import { AUDIT_ACTIONS } from "../../../contract/audit.ts";
import { QUEUE_NAMES, type DecisionRequest, type QueuePage, type RejectSpamRequest } from "../../../contract/wire.ts";
import type { AppEnv } from "../../deps.ts";
import { jsonBody, queryWith } from "../../http/validate.ts";
import { listAudit } from "../../moderation/audit-query.ts";
import { listQueue, queueCounts, rejectSpamQueue } from "../../moderation/queue.ts";
import { reviewComment } from "../../moderation/review.ts";
import { rejectWave } from "../../moderation/spam/wave.ts";
import type { WaveRequest } from "../../../contract/spam.ts";
import { announce } from "../live.ts";

const queueQuery = z.object({
  status: z.enum(QUEUE_NAMES).default("pending"),
  sort: z.enum(["oldest", "newest"]).default("oldest"),
  page: z.string().max(1024).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(2048).optional(),
});

const decisionBody = z.object({
  action: z.enum(["approve", "reject"]),
  rule: z.string().min(1).max(64).optional(),
  note: z.string().max(2000).optional(),
  expectStatus: z.enum(["published", "pending", "rejected"]).optional(),
}) satisfies z.ZodType<DecisionRequest>;

const waveBody = z.object({
  rule: z.string().min(1).max(64).optional(),
  note: z.string().max(2000).optional(),
}) satisfies z.ZodType<WaveRequest>;

const isoTime = z.string().datetime({ offset: true });
const auditQuery = z.object({
  cursor: z.string().max(32).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
  actor: z.string().max(64).optional(),
  action: z.enum(AUDIT_ACTIONS).optional(),
  user: z.string().max(64).optional(),
  from: isoTime.optional(),
  to: isoTime.optional(),
});

const rejectSpamBody = z
  .object({ before: z.iso.datetime().optional(), note: z.string().trim().max(1000).optional() })
  .strict() satisfies z.ZodType<RejectSpamRequest>;

export const moderationRoutes = new Hono<AppEnv>()
  .get("/queue", async (c) => {
    const { db, clock } = c.var.deps;
    const site = c.var.site;
    const q = queryWith(c, queueQuery);
    const asOf = clock().toISOString();
    const [page, counts] = await Promise.all([
      listQueue(
        db,
        { siteId: site.id, queue: q.status, sort: q.sort, page: q.page, limit: q.limit, cursor: q.cursor },
        clock(),
        c.var.cursors,
      ),
      queueCounts(db, site.id),
    ]);
    return c.json({ ...page, counts, asOf } satisfies QueuePage);
  })
  .post("/comments/:id/decision", async (c) => {
    const { db, clock } = c.var.deps;
    const site = c.var.site;
    const input = await jsonBody(c, decisionBody);
    const answer = await reviewComment(db, site.id, c.req.param("id"), input, c.get("admin")!.id, clock());
    announce(c, [answer.comment.id]);
    return c.json(answer);
  })
  .post("/comments/:id/wave", async (c) => {
    const { db, clock } = c.var.deps;
    const input = await jsonBody(c, waveBody);
    const changed = (ids: string[]) => announce(c, ids);
    return c.json(await rejectWave(db, c.var.site.id, c.req.param("id"), input, c.get("admin")!.id, clock(), changed));
  })
  .post("/queue/spam/reject", async (c) => {
    const { db, clock } = c.var.deps;
    const input = await jsonBody(c, rejectSpamBody);
    const changed = (ids: string[]) => announce(c, ids);
    return c.json({
      rejected: await rejectSpamQueue(db, { siteId: c.var.site.id, ...input, adminId: c.get("admin")!.id, now: clock(), changed }),
    });
  })
  .get("/audit", async (c) => {
    const { db } = c.var.deps;
    const site = c.var.site;
    const q = queryWith(c, auditQuery);
    return c.json(await listAudit(db, { siteId: site.id, ...q }));
  });
