import { serve } from "@hono/node-server";
import { SignJWT } from "jose";
import type { AddressInfo } from "node:net";
import type { DomainEvent } from "../../../contract/notify.ts";
import { DEFAULT_THRESHOLDS } from "../../../server/detector/index.ts";
import type { Detector } from "../../../server/detector/types.ts";
import { noMail, type MailTransport } from "../../../server/notify/mail.ts";
import { Notifier } from "../../../server/notify/notifier.ts";
import { makeTestApp } from "../../helpers/app.ts";

/** "ATTACK" refuses, "HOLDME" holds, "THREAT" is a threat (refused and queued), anything else publishes. */
export const notifyDetector: Detector = {
  version: "stub-notify",
  score(text: string) {
    const at = (word: string) => text.indexOf(word);
    if (at("THREAT") >= 0)
      return { score: 1, spans: [{ start: at("THREAT"), end: at("THREAT") + 6 }], target: "commenter" as const, threat: true };
    if (at("ATTACK") >= 0)
      return { score: 1, spans: [{ start: at("ATTACK"), end: at("ATTACK") + 6 }], target: "commenter" as const, threat: false };
    if (at("HOLDME") >= 0) {
      const score = (DEFAULT_THRESHOLDS.hold + DEFAULT_THRESHOLDS.reject) / 2;
      return { score, spans: [{ start: at("HOLDME"), end: at("HOLDME") + 6 }], target: "commenter" as const, threat: false };
    }
    return { score: 0.01, spans: [], target: "none" as const, threat: false };
  },
};

/** A notifier that only records the events it is handed. */
export class RecordingNotifier extends Notifier {
  events: DomainEvent[] = [];
  override handle(event: DomainEvent): Promise<void> {
    this.events.push(event);
    return Promise.resolve();
  }
}

/**
 * A test app whose notifier is real (or recording), sharing the app's database and clock. The
 * notifier needs the database, which the app creates: it is built in two steps.
 */
export async function notifyApp(
  options: { mail?: MailTransport; publicUrl?: string; record?: boolean; retryBaseMs?: number; onQuery?: (sql: string) => void } = {},
) {
  const ref: { current?: Notifier } = {};
  const lazy = new Proxy({} as Notifier, { get: (_, key) => Reflect.get(ref.current!, key, ref.current) });
  const t = await makeTestApp({ detector: notifyDetector, notifier: lazy }, { onQuery: options.onQuery });
  const config = {
    db: t.db,
    clock: t.clock.now,
    secret: t.deps.secret,
    mail: options.mail ?? noMail,
    publicUrl: options.publicUrl ?? "http://parley.test",
    retry: { baseMs: options.retryBaseMs ?? 1000, maxAttempts: 4 },
  };
  const notifier = options.record ? new RecordingNotifier(config) : new Notifier(config);
  ref.current = notifier;
  return { ...t, notifier };
}

export const SSO_SECRET = "a-publisher-secret-of-32-chars-ok!!";

export function ssoToken(sub: string, name: string, now: Date, extra: Record<string, unknown> = {}) {
  return new SignJWT({ name, ...extra })
    .setProtectedHeader({ alg: "HS256" })
    .setSubject(sub)
    .setExpirationTime(Math.floor(now.getTime() / 1000) + 3600)
    .sign(new TextEncoder().encode(SSO_SECRET));
}

/** Serves an app over real HTTP on a loopback port; answers its base URL and a way to stop it. */
export async function serveOver(app: { fetch: (request: Request) => Response | Promise<Response> }) {
  const server = serve({ fetch: app.fetch, port: 0, hostname: "127.0.0.1" });
  await new Promise((ok) => server.once("listening", ok));
  return { base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, close: () => server.close() };
}
