import { Hono } from "hono";
import type { AppEnv } from "../../deps.ts";
import { requireAdmin } from "../../http/auth.ts";
import { site } from "../../http/site.ts";
import { adminAuthRoutes } from "./auth.ts";
import { dataAdminRoutes } from "./data.ts";
import { moderationRoutes } from "./moderation.ts";
import { moderatorRoutes } from "./moderators.ts";
import { notificationAdminRoutes, webhookAdminRoutes } from "./notify.ts";
import { pageAdminRoutes } from "./pages.ts";
import { policyAdminRoutes } from "./policy.ts";
import { siteAdminRoutes } from "./sites.ts";
import { userAdminRoutes } from "./users.ts";

/** Every admin route but login needs the session cookie; writes also need X-CSRF-Token. */
export function adminRoutes() {
  const app = new Hono<AppEnv>();
  app.route("/", adminAuthRoutes);
  app.use("*", requireAdmin());
  app.use("/sites/:site/*", site());
  app.route("/", siteAdminRoutes);
  app.route("/", moderatorRoutes);
  app.route("/sites/:site", moderationRoutes);
  app.route("/sites/:site", userAdminRoutes);
  app.route("/sites/:site", policyAdminRoutes);
  app.route("/sites/:site", pageAdminRoutes);
  app.route("/sites/:site", webhookAdminRoutes);
  app.route("/", notificationAdminRoutes);
  app.route("/sites/:site", dataAdminRoutes);
  return app;
}
