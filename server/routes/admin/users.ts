import { and, eq } from "drizzle-orm";
import { Hono } from "hono";
import { z } from "zod";
import { MAX_SANCTION_HOURS, SANCTION_TYPES } from "../../../contract/policy.ts";
import type { SanctionRequest } from "../../../contract/wire.ts";
import { runBatch } from "../../../db/client.ts";
import { sanctions, users } from "../../../db/schema.ts";
import type { AppEnv } from "../../deps.ts";
import { ApiError, notFound } from "../../errors.ts";
import { jsonBody } from "../../http/validate.ts";
import { currentPolicy } from "../../moderation/policies.ts";
import { liftSanctionStatements, manualSanction, toSanctionJson } from "../../moderation/sanctions.ts";
import { userDossier } from "../../moderation/users.ts";
import { getSite } from "../../sites/sites.ts";

const sanctionBody = z
  .object({
    type: z.enum(SANCTION_TYPES),
    hours: z.number().positive().max(MAX_SANCTION_HOURS).optional(),
    reason: z.string().trim().min(1, "say why: the user will see it").max(1000),
  })
  .refine((s) => s.type !== "suspend" || s.hours !== undefined, {
    path: ["hours"],
    message: "a suspension needs hours",
  }) satisfies z.ZodType<SanctionRequest>;

export const userAdminRoutes = new Hono<AppEnv>()
  .get("/users/:userId", async (c) => {
    const { db, clock } = c.var.deps;
    const site = await getSite(db, c.req.param("site")!);
    return c.json(await userDossier(db, site.id, c.req.param("userId"), clock()));
  })
  .post("/users/:userId/sanctions", async (c) => {
    const { db, clock } = c.var.deps;
    const site = await getSite(db, c.req.param("site")!);
    const userId = c.req.param("userId");
    const input = await jsonBody(c, sanctionBody);
    const user = await db.query.users.findFirst({ where: and(eq(users.id, userId), eq(users.siteId, site.id)) });
    if (!user) throw notFound("The user");
    const { sanction, statements } = manualSanction(db, {
      siteId: site.id,
      userId,
      ...input,
      adminId: c.get("admin")!.id,
      policy: await currentPolicy(db, site.id),
      now: clock(),
    });
    await runBatch(db, statements);
    return c.json({ sanction: toSanctionJson(sanction) }, 201);
  })
  .delete("/users/:userId/sanctions/:sanctionId", async (c) => {
    const { db, clock } = c.var.deps;
    const site = await getSite(db, c.req.param("site")!);
    const sanction = await db.query.sanctions.findFirst({
      where: and(eq(sanctions.id, c.req.param("sanctionId")), eq(sanctions.userId, c.req.param("userId")), eq(sanctions.siteId, site.id)),
    });
    if (!sanction) throw notFound("The sanction");
    if (sanction.liftedAt) throw new ApiError("conflict", "This sanction has already been lifted.");
    const now = clock();
    await runBatch(db, liftSanctionStatements(db, sanction, c.get("admin")!.id, now));
    return c.json({ sanction: toSanctionJson({ ...sanction, liftedAt: now.toISOString(), liftedBy: c.get("admin")!.id }) });
  });
