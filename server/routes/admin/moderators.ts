import { Hono } from "hono";
import { z } from "zod";
import type { AppEnv } from "../../deps.ts";
import { requireOwner } from "../../http/auth.ts";
import { jsonBody } from "../../http/validate.ts";
import { addModerator, listAdmins, publicAdmin, removeModerator } from "../../identity/admins.ts";

const createBody = z.object({
  email: z.string().trim().email().max(320),
  password: z.string().min(12, "use at least 12 characters").max(1024),
  role: z.enum(["owner", "moderator"]).default("moderator"),
});

export const moderatorRoutes = new Hono<AppEnv>()
  .get("/moderators", async (c) => {
    return c.json({ moderators: (await listAdmins(c.var.deps.db)).map(publicAdmin) });
  })
  .post("/moderators", async (c) => {
    const owner = requireOwner(c);
    const input = await jsonBody(c, createBody);
    const admin = await addModerator(c.var.deps.db, input, owner.id, c.var.deps.clock());
    return c.json({ moderator: publicAdmin(admin) }, 201);
  })
  .delete("/moderators/:id", async (c) => {
    const owner = requireOwner(c);
    await removeModerator(c.var.deps.db, c.req.param("id"), owner.id, c.var.deps.clock());
    return c.json({ ok: true });
  });
