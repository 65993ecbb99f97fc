import { Hono } from "hono";
import { z } from "zod";
import { MAX_SANCTION_HOURS, SANCTION_TYPES } from "../../../contract/policy.ts";
import type { BlockRequest, RejectAllRequest, SanctionRequest } from "../../../contract/wire.ts";
import type { AppEnv } from "../../deps.ts";
import { jsonBody } from "../../http/validate.ts";
import { imposeSanction, liftSanction, toSanctionJson } from "../../moderation/sanctions.ts";
import { rejectAllBy, userDossier } from "../../moderation/users.ts";
import { announce } from "../live.ts";
import { blockUser, liftBlock, toBlockJson } from "../../moderation/blocks.ts";

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

const blockBody = z
  .object({
    kind: z.enum(["device", "address"]),
    hours: z.number().positive().max(MAX_SANCTION_HOURS).optional(),
    reason: z.string().trim().min(1, "say why: the audit log keeps it").max(1000),
  })
  .strict() satisfies z.ZodType<BlockRequest>;
const rejectAllBody = z.object({ note: z.string().trim().max(1000).optional() }).strict() satisfies z.ZodType<RejectAllRequest>;

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
  })
  .post("/users/:userId/blocks", async (c) => {
    const { db, clock } = c.var.deps;
    const input = await jsonBody(c, blockBody);
    const made = await blockUser(db, {
      siteId: c.var.site.id,
      userId: c.req.param("userId"),
      ...input,
      adminId: c.get("admin")!.id,
      now: clock(),
    });
    return c.json({ blocks: made.map(toBlockJson) }, 201);
  })
  .delete("/blocks/:blockId", async (c) => {
    const { db, clock } = c.var.deps;
    return c.json({ block: toBlockJson(await liftBlock(db, c.var.site.id, c.req.param("blockId"), c.get("admin")!.id, clock())) });
  })
  .post("/users/:userId/reject-all", async (c) => {
    const { db, clock } = c.var.deps;
    const input = await jsonBody(c, rejectAllBody);
    const rejected = await rejectAllBy(db, {
      siteId: c.var.site.id,
      userId: c.req.param("userId"),
      note: input.note,
      adminId: c.get("admin")!.id,
      now: clock(),
      changed: (ids) => announce(c, ids),
    });
    return c.json({ rejected });
  });
