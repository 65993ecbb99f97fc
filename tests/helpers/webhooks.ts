/**
 * A real webhook receiver on loopback for the notification tests: records every call's headers and
 * body and answers 200; `verify` checks a call with the Standard Webhooks library (not our code).
 */
import { createServer, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";
import { Webhook } from "standardwebhooks";

export interface WebhookCall {
  headers: IncomingHttpHeaders;
  body: string;
}

export async function webhookReceiver() {
  const calls: WebhookCall[] = [];
  const server = createServer((req, res) => {
    let body = "";
    req.on("data", (c) => (body += c));
    req.on("end", () => {
      calls.push({ headers: req.headers, body });
      res.writeHead(200).end("ok");
    });
  });
  await new Promise<void>((ok) => server.listen(0, "127.0.0.1", ok));
  const port = (server.address() as AddressInfo).port;
  return {
    calls,
    url: (path: string) => `http://127.0.0.1:${port}${path}`,
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}

/** The event a call carries, verified against the webhook's secret (throws when the signature is wrong). */
export function verifyCall(secret: string, call: WebhookCall) {
  return new Webhook(secret).verify(call.body, {
    "webhook-id": String(call.headers["webhook-id"]),
    "webhook-timestamp": String(call.headers["webhook-timestamp"]),
    "webhook-signature": String(call.headers["webhook-signature"]),
  }) as { type: string; data: Record<string, any> };
}
