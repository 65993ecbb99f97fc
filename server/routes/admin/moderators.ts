import { eq } from "drizzle-orm";
import { Hono } from "hono";
import { z } from "zod";
import { runBatch } from "../../../db/client.ts";
import { admins } from "../../../db/schema.ts";
import type { AppEnv } from "../../deps.ts";
import { ApiError, notFound } from "../../errors.ts";
import { requireOwner } from "../../http/auth.ts";
import { jsonBody } from "../../http/validate.ts";
import { createAdmin, publicAdmin } from "../../identity/admins.ts";
import { auditInsert } from "../../moderation/audit.ts";

const createBody = z.object({
  email: z.string().trim().email().max(320),
  password: z.string().min(12, "use at least 12 characters").max(1024),
  role: z.enum(["owner", "moderator"]).default("moderator"),
});

export const moderatorRoutes = new Hono<AppEnv>()
  .get("/moderators", async (c) => {
    const rows = await c.var.deps.db.select().from(admins).orderBy(admins.createdAt);
    return c.json({ moderators: rows.map(publicAdmin) });
  })
  .post("/moderators", async (c) => {
    const owner = requireOwner(c);
    const { db, clock } = c.var.deps;
    const input = await jsonBody(c, createBody);
    const now = clock();
    const admin = await createAdmin(db, { ...input, createdBy: owner.id }, now);
    await auditInsert(db, {
      siteId: null,
      actorType: "admin",
      actorId: owner.id,
      action: "moderator.create",
      targetType: "admin",
      targetId: admin.id,
      detail: { email: admin.email, role: admin.role },
      createdAt: now,
    });
    return c.json({ moderator: publicAdmin(admin) }, 201);
  })
  .delete("/moderators/:id", async (c) => {
    const owner = requireOwner(c);
    const { db, clock } = c.var.deps;
    const id = c.req.param("id");
    if (id === owner.id) throw new ApiError("conflict", "You cannot remove your own account.");
    const target = await db.query.admins.findFirst({ where: eq(admins.id, id) });
    if (!target) throw notFound("The moderator");
    // Sessions go with the account (ON DELETE CASCADE); the audit log keeps the id.
    await runBatch(db, [
      db.delete(admins).where(eq(admins.id, id)),
      auditInsert(db, {
        siteId: null,
        actorType: "admin",
        actorId: owner.id,
        action: "moderator.remove",
        targetType: "admin",
        targetId: id,
        detail: { email: target.email },
        createdAt: clock(),
      }),
    ]);
    return c.json({ ok: true });
  });
