import { Hono, type Context } from "hono";
import { bodyLimit } from "hono/body-limit";
import { etag } from "hono/etag";
import { secureHeaders } from "hono/secure-headers";
import type { AppDeps, AppEnv } from "./deps.ts";
import type { EventSink } from "../contract/notify.ts";
import { signedCursors } from "./comments/cursor.ts";
import { ApiError } from "./errors.ts";
import { commenter } from "./http/auth.ts";
import { siteCors } from "./http/cors.ts";
import { site } from "./http/site.ts";
import { setResponseHeader } from "./http/response.ts";
import { newId } from "./lib/crypto.ts";
import { noMail } from "./notify/mail.ts";
import { Notifier } from "./notify/notifier.ts";
import { adminRoutes } from "./routes/admin/index.ts";
import { commenterRoutes } from "./routes/commenters.ts";
import { feedRoutes } from "./routes/feeds.ts";
import { notifyLinkRoutes } from "./routes/notify-links.ts";
import { subscriptionRoutes } from "./routes/subscriptions.ts";
import { commentRoutes } from "./routes/comments.ts";
import { liveRoutes } from "./routes/live.ts";
import { pageRoutes } from "./routes/pages.ts";
import { policyRoutes } from "./routes/policy.ts";
import { readerRoutes } from "./routes/readers.ts";
import { liveEvents } from "./live/publish.ts";

export const MAX_BODY_BYTES = 64 * 1024;

const isImportUpload = (path: string) => /^\/api\/v1\/admin\/sites\/[^/]+\/import$/.test(path);

/** The whole HTTP surface, built from its dependencies: the same on Node, Workers and in tests. */
export function createApp(deps: AppDeps) {
  const app = new Hono<AppEnv>();
  const cursors = signedCursors(deps.secret);
  const live = deps.live && liveEvents({ db: deps.db, live: deps.live, log: deps.log });
  const notifier =
    deps.notifier ??
    new Notifier({ db: deps.db, clock: deps.clock, secret: deps.secret, mail: noMail, publicUrl: "http://localhost", log: deps.log });

  // A runtime has execution contexts (Workers) or has none (Node): where the first lookup threw,
  // this app stops asking (a thrown Error and its stack, twice per POST, cost ~16 µs).
  let executionContexts = true;
  const waitUntil = (c: Context<AppEnv>) => {
    const found = executionContexts ? waitUntilOf(c) : undefined;
    executionContexts = found !== undefined;
    return found;
  };

  app.use(async function context(c, next) {
    const started = performance.now();
    c.set("deps", deps);
    c.set("cursors", cursors);
    c.set("notifier", notifier);
    // the execution context is looked up only when something is emitted (on Node the lookup throws)
    // One path for what happened, after each commit: webhooks and emails, and open pages (Node).
    let sink: EventSink | undefined;
    c.set("events", {
      emit: (event) => {
        (sink ??= notifier.sink(waitUntil(c))).emit(event);
        live?.emit(event);
      },
    });
    c.set("requestId", c.req.header("X-Request-Id")?.slice(0, 64) || newId());
    await next();
    setResponseHeader(c, "X-Request-Id", c.get("requestId"));
    deps.log?.({
      at: deps.clock().toISOString(),
      id: c.get("requestId"),
      method: c.req.method,
      path: c.req.path,
      status: c.res.status,
      ms: Math.round((performance.now() - started) * 10) / 10,
    });
  });
  // The widget and its API are used from publishers' pages: resources are cross-origin by design.
  app.use(secureHeaders({ crossOriginResourcePolicy: "cross-origin", xFrameOptions: false, crossOriginEmbedderPolicy: false }));
  const tooLarge = () => new ApiError("too_large", `The request body is over ${MAX_BODY_BYTES / 1024} KiB.`);
  const limitBody = bodyLimit({
    maxSize: MAX_BODY_BYTES,
    onError: () => {
      throw tooLarge();
    },
  });
  // Reads carry no body; a body with a Content-Length (what browsers send) is judged by its header,
  // which the HTTP parser holds the body to. hono's bodyLimit looks at `c.req.raw.body`, which on
  // Node builds a full web Request and stream for every write: ~4× the cost of the JSON itself.
  app.use("/api/*", (c, next) => {
    if (c.req.method === "GET" || c.req.method === "HEAD") return next();
    // An import's upload is streamed and limited by its route (routes/admin/data.ts).
    if (isImportUpload(c.req.path)) return next();
    const length = c.req.header("Content-Length");
    if (length === undefined || c.req.header("Transfer-Encoding") !== undefined) return limitBody(c, next);
    if (Number(length) > MAX_BODY_BYTES) throw tooLarge();
    return next();
  });
  const tagged = etag();
  // A site export is streamed (an ETag would read it whole first), and an event stream never ends.
  const untagged = (path: string) => /^\/api\/v1\/admin\/sites\/[^/]+\/export$/.test(path) || path.endsWith("/events");
  app.use("/api/*", (c, next) => (untagged(c.req.path) ? next() : tagged(c, next)));

  const siteApi = new Hono<AppEnv>();
  siteApi.use(siteCors(), site(), commenter());
  siteApi.route("/", commenterRoutes);
  siteApi.route("/", policyRoutes);
  siteApi.route("/", commentRoutes());
  siteApi.route("/", feedRoutes);
  siteApi.route("/", subscriptionRoutes);
  siteApi.route("/", readerRoutes());
  siteApi.route("/", liveRoutes);
  app.route("/api/v1/sites/:site", siteApi);
  app.route("/api/v1/admin", adminRoutes());
  app.route("/api/v1/notify", notifyLinkRoutes);
  app.route("/", pageRoutes());

  app.notFound((c) => c.json(new ApiError("not_found", `Nothing is at ${c.req.method} ${c.req.path}.`).toJSON(), 404));
  app.onError((error, c) => {
    if (error instanceof ApiError) {
      for (const [name, value] of Object.entries(error.headers)) c.header(name, value);
      return c.json(error.toJSON(), error.status);
    }
    deps.log?.({ level: "error", id: c.get("requestId"), error: error instanceof Error ? error.stack : String(error) });
    return c.json({ error: { code: "internal", message: "Something went wrong on our side. Please try again." } }, 500);
  });
  return app;
}

export type App = ReturnType<typeof createApp>;

/** Workers keep a request's background work alive through waitUntil; Node has no execution context. */
function waitUntilOf(c: Context<AppEnv>): ((work: Promise<unknown>) => void) | undefined {
  try {
    const ctx = c.executionCtx;
    return (work) => ctx.waitUntil(work);
  } catch {
    return undefined;
  }
}
