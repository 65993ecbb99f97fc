import type { Context } from "hono";
import { Hono } from "hono";
import { z } from "zod";
import { POLL_SECONDS, type LiveInfo } from "../../contract/live.ts";
import type { AppEnv } from "../deps.ts";
import { ApiError } from "../errors.ts";
import { queryWith, singleLine } from "../http/validate.ts";
import { openStream } from "../live/stream.ts";

const eventsQuery = z.object({ page: singleLine(1024) });

/** What `GET /sites/{site}` tells the widget: a stream where this runtime has a hub, else polling. */
export function liveInfo(c: Context<AppEnv>): LiveInfo {
  return { mode: c.var.deps.live ? "sse" : "poll", pollSeconds: c.var.deps.livePollSeconds ?? POLL_SECONDS };
}

/** `GET /sites/{site}/events?page=KEY`: a page's live updates (README "Live updates"). */
export const liveRoutes = new Hono<AppEnv>().get("/events", (c) => {
  const hub = c.var.deps.live;
  const { page } = queryWith(c, eventsQuery);
  const retry = { "Retry-After": String(POLL_SECONDS) };
  if (!hub) throw new ApiError("unavailable", "Live updates are not streamed here: poll the listing with its ETag.", {}, retry);
  const lastEventId = c.req.header("Last-Event-ID") ?? null;
  const address = c.var.deps.clientAddress(c);
  const stream = openStream(hub, { siteId: c.var.site.id, pageKey: page, lastEventId, address }, c.req.raw.signal);
  if (!stream) throw new ApiError("unavailable", "Too many live connections right now: poll the listing with its ETag.", {}, retry);
  return stream;
});
