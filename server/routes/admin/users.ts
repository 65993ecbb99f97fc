import { Hono } from "hono";
import { z } from "zod";
import { MAX_SANCTION_HOURS, SANCTION_TYPES } from "../../../contract/policy.ts";
import type { SanctionRequest } from "../../../contract/wire.ts";
import type { AppEnv } from "../../deps.ts";
import { jsonBody } from "../../http/validate.ts";
import { imposeSanction, liftSanction, toSanctionJson } from "../../moderation/sanctions.ts";
import { userDossier } from "../../moderation/users.ts";

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
    return c.json(await userDossier(db, c.var.site.id, c.req.param("userId"), clock()));
  })
  .post("/users/:userId/sanctions", async (c) => {
    const { db, clock } = c.var.deps;
    const input = await jsonBody(c, sanctionBody);
    const target = { siteId: c.var.site.id, userId: c.req.param("userId") };
    const sanction = await imposeSanction(db, { ...target, ...input, adminId: c.get("admin")!.id, now: clock() });
    return c.json({ sanction: toSanctionJson(sanction) }, 201);
  })
  .delete("/users/:userId/sanctions/:sanctionId", async (c) => {
    const { db, clock } = c.var.deps;
    const target = { siteId: c.var.site.id, userId: c.req.param("userId"), sanctionId: c.req.param("sanctionId") };
    const sanction = await liftSanction(db, target, c.get("admin")!.id, clock());
    return c.json({ sanction: toSanctionJson(sanction) });
  });
