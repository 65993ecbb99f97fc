import { Hono } from "hono";
import { z } from "zod";
import { policyDraftSchema, type Policy } from "../../../contract/policy.ts";
import type { AdminPolicy } from "../../../contract/wire.ts";
import type { AppEnv } from "../../deps.ts";
import { jsonBody, queryWith } from "../../http/validate.ts";
import { currentPolicy, listPolicyVersions, publicPolicy, publishPolicy } from "../../moderation/policies.ts";
import { replayPolicy } from "../../moderation/replay.ts";
import { renderDocument } from "../../render/markdown.ts";

const adminPolicy = (p: Policy) => ({ ...publicPolicy(p), publishedBy: p.publishedBy, words: p.words }) satisfies AdminPolicy;
const previewBody = z.object({ markdown: z.string().max(50_000) });
const replayQuery = z.object({ limit: z.coerce.number().int().min(1).max(10_000).default(1000) });

export const policyAdminRoutes = new Hono<AppEnv>()
  .get("/policy", async (c) => {
    const { db } = c.var.deps;
    const site = c.var.site;
    return c.json(adminPolicy(await currentPolicy(db, site.id)));
  })
  .put("/policy", async (c) => {
    const { db, clock } = c.var.deps;
    const site = c.var.site;
    const draft = await jsonBody(c, policyDraftSchema);
    const admin = c.get("admin")!;
    const policy = await publishPolicy(db, site.id, draft, admin.id, clock(), { type: "admin", id: admin.id }, c.var.events);
    return c.json(adminPolicy(policy), 201);
  })
  .get("/policy/versions", async (c) => {
    const { db } = c.var.deps;
    const site = c.var.site;
    return c.json({ versions: (await listPolicyVersions(db, site.id)).map(adminPolicy) });
  })
  // A draft's reader-facing text rendered exactly as publishing would render it; nothing is stored.
  .post("/policy/preview", async (c) => {
    const { markdown } = await jsonBody(c, previewBody);
    return c.json({ html: renderDocument(markdown) });
  })
  .post("/policy/replay", async (c) => {
    const { db, detector } = c.var.deps;
    const site = c.var.site;
    const { limit } = queryWith(c, replayQuery);
    const draft = await jsonBody(c, z.intersection(policyDraftSchema, z.object({ limit: z.number().int().min(1).max(10_000).optional() })));
    return c.json(await replayPolicy(db, detector, site.id, await currentPolicy(db, site.id), draft, draft.limit ?? limit));
  });
