import { createServer, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { httpMailApi } from "../../../server/notify/mail.ts";
import { renderMail } from "../../../server/notify/render.ts";
import { en } from "../../../server/notify/strings.ts";

let close: (() => void) | undefined;
afterEach(() => close?.());

/** A mail API on loopback: answers `status`, keeps what it was sent. */
async function mailApi(status: number) {
  const got: { headers: IncomingHttpHeaders; body: any }[] = [];
  const server = createServer((req, res) => {
    let body = "";
    req.on("data", (c) => (body += c));
    req.on("end", () => {
      got.push({ headers: req.headers, body: JSON.parse(body) });
      res
        .writeHead(status, { "content-type": "application/json" })
        .end(JSON.stringify(status === 200 ? { id: "m-1" } : { message: "bad key" }));
    });
  });
  await new Promise<void>((ok) => server.listen(0, "127.0.0.1", ok));
  close = () => server.close();
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/emails`, got };
}

describe("the HTTP mail API adapter (Workers)", () => {
  const message = renderMail("ana@example.com", en.sanctionLifted({ site: "News", type: "suspend" }), {
    url: "https://c.example.com/api/v1/notify/unsubscribe?token=d.x.y",
    label: "Unsubscribe",
  });

  it("POSTs Resend's shape with the key, both parts and the one-click headers", async () => {
    const api = await mailApi(200);
    const mail = httpMailApi({ url: api.url, key: "re_test", from: "News <c@example.com>" });
    expect(mail.mode).toBe("http");
    expect(await mail.send(message)).toBe('HTTP 200 {"id":"m-1"}');
    expect(api.got[0]!.headers.authorization).toBe("Bearer re_test");
    expect(api.got[0]!.body).toMatchObject({
      from: "News <c@example.com>",
      to: "ana@example.com",
      subject: "The moderators of News lifted a suspension",
      text: expect.stringContaining("Unsubscribe: https://c.example.com/api/v1/notify/unsubscribe?token=d.x.y"),
      html: expect.stringContaining("<p>The moderators of News lifted a suspension they had given you.</p>"),
      headers: {
        "List-Unsubscribe": "<https://c.example.com/api/v1/notify/unsubscribe?token=d.x.y>",
        "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
      },
    });
  });

  it("throws on a refusal, so the sender retries", async () => {
    const api = await mailApi(401);
    await expect(httpMailApi({ url: api.url, key: "wrong", from: "c@example.com" }).send(message)).rejects.toThrow(/HTTP 401/);
  });
});
