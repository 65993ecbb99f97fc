import { Hono } from "hono";
import { z } from "zod";
import type { SubscriptionRequest } from "../../contract/notify.ts";
import type { AppEnv } from "../deps.ts";
import { requireViewer } from "../http/auth.ts";
import { jsonBody } from "../http/validate.ts";
import { listSubscriptions, subscribe, unsubscribeOwn } from "../notify/subscriptions.ts";

const subscribeBody = z
  .object({
    commentId: z.string().min(1).max(64).nullable().optional(),
    email: z.string().trim().email().max(320).optional(),
  })
  .strict() satisfies z.ZodType<SubscriptionRequest>;

/** A reader's reply notifications (README, "Notifications"). */
export const subscriptionRoutes = new Hono<AppEnv>()
  .get("/subscriptions", async (c) => {
    const viewer = requireViewer(c);
    return c.json({ subscriptions: await listSubscriptions(c.var.deps.db, c.var.site.id, viewer.userId) });
  })
  .post("/subscriptions", async (c) => {
    const viewer = requireViewer(c);
    const request = await jsonBody(c, subscribeBody);
    const { db, clock } = c.var.deps;
    const { subscription, created } = await subscribe(db, c.var.notifier, {
      siteId: c.var.site.id,
      userId: viewer.userId,
      request,
      now: clock(),
    });
    return c.json({ subscription }, created ? 201 : 200);
  })
  .delete("/subscriptions/:id", async (c) => {
    const viewer = requireViewer(c);
    await unsubscribeOwn(c.var.deps.db, c.var.notifier, { siteId: c.var.site.id, userId: viewer.userId, id: c.req.param("id") });
    return c.json({ ok: true });
  });
