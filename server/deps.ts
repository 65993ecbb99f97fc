import type { Context } from "hono";
import type { Db } from "../db/client.ts";
import type { SiteRow } from "../db/rows.ts";
import type { Cursors } from "./comments/cursor.ts";
import type { Detector } from "./detector/types.ts";
import type { Hash } from "./lib/crypto.ts";
import type { EventSink } from "../contract/notify.ts";
import type { Notifier } from "./notify/notifier.ts";
import type { LiveHub } from "./live/hub.ts";

export interface StaticAsset {
  body: string;
  /** The body gzipped, served to clients that accept it. */
  gzipped?: Uint8Array<ArrayBuffer>;
  contentType: string;
  /** Strong validator, also used to build cache-busting URLs. */
  etag: string;
}

/** Everything the app needs from its runtime, so tests, Node and Workers build it the same way. */
export interface AppDeps {
  db: Db;
  /** Current time; tests move it to expire sanctions and strikes. */
  clock: () => Date;
  /** Server secret: keys the client-address hash. */
  secret: string;
  detector: Detector;
  /** SHA-256 and HMAC-SHA-256 in hex: node:crypto's on Node, Web Crypto's on Workers. */
  hash: Hash;
  /** The client's network address as this runtime sees it. */
  clientAddress: (c: Context) => string;
  /**
   * "https:" or "http:", as the client connected (behind a TLS-terminating proxy, as the proxy
   * says); defaults to the request URL's protocol.
   */
  requestProtocol?: (c: Context) => string;
  /** How far ahead a single sign-on token may expire (SSO_MAX_TOKEN_HOURS); default 24. */
  ssoMaxTokenHours?: number;
  /** Built front-end bundles by name ("widget.js", "admin.js"). */
  assets?: Record<string, StaticAsset>;
  /**
   * Live updates' hub (server/live/hub.ts): only the Node entry has one. Without it the events
   * endpoint answers 503 `unavailable` and widgets poll the listing.
   */
  live?: LiveHub;
  /** Seconds between a polling widget's requests of the listing (LIVE_POLL_SECONDS); default 30. */
  livePollSeconds?: number;
  /** One structured log line per request; defaults to none. */
  log?: (entry: Record<string, unknown>) => void;
  /** Webhooks and email (notify/): queues deliveries from domain events; default: webhooks only, no email. */
  notifier?: Notifier;
}

export interface Viewer {
  userId: string;
  siteId: string;
  name: string;
  /** The device id and keyed address hash the session was opened with. */
  device: string | null;
  addressHash: string | null;
}

export interface AdminIdentity {
  id: string;
  email: string;
  role: "owner" | "moderator";
  csrfToken: string;
}

export type AppEnv = {
  Variables: {
    deps: AppDeps;
    /** The site named in the path, resolved once by the `site()` middleware. */
    site: SiteRow;
    viewer?: Viewer;
    admin?: AdminIdentity;
    requestId: string;
    /** Page cursors signed with the server secret (comments/cursor.ts). */
    cursors: Cursors;
    /** Where this request's domain events go (notify/): the notifier, handed to waitUntil on Workers. */
    events: EventSink;
    notifier: Notifier;
  };
};
