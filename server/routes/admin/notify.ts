import { Hono } from "hono";
import { z } from "zod";
import { DIGEST_CHOICES, EVENT_TYPES, type WebhookRequest } from "../../../contract/notify.ts";
import type { AppEnv } from "../../deps.ts";
import { requireOwner } from "../../http/auth.ts";
import { jsonBody, queryWith } from "../../http/validate.ts";
import { notificationStatus, setDigest } from "../../notify/status.ts";
import {
  createWebhook,
  deleteWebhook,
  getDelivery,
  listDeliveries,
  listWebhooks,
  testDeliveryRow,
  updateWebhook,
} from "../../notify/webhooks.ts";

const url = z
  .string()
  .max(2048)
  .url()
  .refine((u) => /^https?:\/\//i.test(u), "a webhook URL starts with https:// (or http://)");
const events = z
  .array(z.enum(EVENT_TYPES))
  .min(1, "choose at least one event")
  .max(EVENT_TYPES.length * 2);
const createBody = z.object({ url, events, active: z.boolean().optional() }).strict() satisfies z.ZodType<WebhookRequest>;
const updateBody = z.object({ url: url.optional(), events: events.optional(), active: z.boolean().optional() }).strict();
const deliveryQuery = z.object({
  channel: z.enum(["email", "webhook"]).optional(),
  webhook: z.string().max(64).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(200).optional(),
});
const digestBody = z.object({ digest: z.enum(DIGEST_CHOICES) }).strict();

/** Webhooks (owners change them; every moderator reads them and the delivery log). Mounted at /sites/:site. */
export const webhookAdminRoutes = new Hono<AppEnv>()
  .get("/webhooks", async (c) => c.json({ webhooks: await listWebhooks(c.var.deps.db, c.var.site.id) }))
  .post("/webhooks", async (c) => {
    const owner = requireOwner(c);
    const input = await jsonBody(c, createBody);
    const webhook = await createWebhook(c.var.deps.db, { siteId: c.var.site.id, ...input, adminId: owner.id, now: c.var.deps.clock() });
    c.var.notifier.invalidate(c.var.site.id);
    return c.json({ webhook }, 201);
  })
  .patch("/webhooks/:id", async (c) => {
    const owner = requireOwner(c);
    const changes = await jsonBody(c, updateBody);
    const target = { siteId: c.var.site.id, id: c.req.param("id") };
    const webhook = await updateWebhook(c.var.deps.db, { ...target, changes, adminId: owner.id, now: c.var.deps.clock() });
    c.var.notifier.invalidate(c.var.site.id);
    return c.json({ webhook });
  })
  .delete("/webhooks/:id", async (c) => {
    const owner = requireOwner(c);
    await deleteWebhook(c.var.deps.db, { siteId: c.var.site.id, id: c.req.param("id"), adminId: owner.id, now: c.var.deps.clock() });
    c.var.notifier.invalidate(c.var.site.id);
    return c.json({ ok: true });
  })
  // Sent now, signed like any event; the answer is the delivery as it stands after the first attempt.
  .post("/webhooks/:id/test", async (c) => {
    const { db, clock } = c.var.deps;
    const row = await testDeliveryRow(db, c.var.site.id, c.req.param("id"), clock());
    await c.var.notifier.enqueue(row);
    return c.json({ delivery: await getDelivery(db, c.var.site.id, row.id) }, 201);
  })
  .get("/deliveries", async (c) => {
    const q = queryWith(c, deliveryQuery);
    return c.json(await listDeliveries(c.var.deps.db, { siteId: c.var.site.id, ...q }));
  });

/** Email status and the moderator's own digest choice. Mounted at the admin root. */
export const notificationAdminRoutes = new Hono<AppEnv>()
  .get("/notifications", async (c) => c.json(await notificationStatus(c.var.deps.db, c.var.notifier.config.mail, c.get("admin")!.id)))
  .patch("/notifications", async (c) => {
    const { digest } = await jsonBody(c, digestBody);
    await setDigest(c.var.deps.db, c.get("admin")!.id, digest);
    return c.json(await notificationStatus(c.var.deps.db, c.var.notifier.config.mail, c.get("admin")!.id));
  });
