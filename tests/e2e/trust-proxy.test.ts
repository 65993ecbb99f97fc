// Behind a reverse proxy (TRUST_PROXY=1) the client address is the one the proxy saw: what a
// client writes into X-Forwarded-For itself must not move it to another address.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startServer, type RunningServer } from "../helpers/server.ts";
import { clearOfMinuteBoundary, Guest, siteForLoad } from "./process-helpers.ts";

let server: RunningServer;

beforeAll(async () => {
  server = await startServer({ env: { TRUST_PROXY: "1" } });
  // One comment a minute per commenter, so an address may make ten.
  await siteForLoad(server, 1);
});
afterAll(() => server?.stop());

/** A guest whose requests reach us through the proxy from `seenAddress`, claiming `claimed`. */
function throughProxy(claimed: string, seenAddress: string): Guest {
  return new Guest(server.url, `${claimed}, ${seenAddress}`);
}

describe("the client address behind a trusted proxy", () => {
  it("rotating the client-supplied X-Forwarded-For entry does not escape the per-address limit", async () => {
    await clearOfMinuteBoundary(30);
    const statuses: number[] = [];
    for (let i = 1; i <= 11; i++) {
      const guest = await throughProxy(`198.51.100.${i}`, "203.0.113.5").join(`Rotating ${i}`);
      statuses.push((await guest.post("proxy-article", `Comment number ${i} from behind the proxy.`)).status);
    }
    expect(statuses.slice(0, 10).every((s) => s === 201 || s === 202)).toBe(true);
    expect(statuses[10]).toBe(429);

    // Another address the proxy saw is another client.
    const other = await throughProxy("198.51.100.1", "203.0.113.6").join("Elsewhere");
    expect((await other.post("proxy-article", "A comment from another network.")).status).toBe(201);
    // (waiting out a minute's last 30 s alone can take 30.5 s: the default 30 s timed it out when it began then)
  }, 90_000);

  it("marks the admin cookie Secure when the proxy says the client connected over https", async () => {
    const login = (proto: string) =>
      fetch(`${server.url}/api/v1/admin/login`, {
        method: "POST",
        headers: { "Content-Type": "application/json", "X-Forwarded-For": "203.0.113.7", "X-Forwarded-Proto": proto },
        body: JSON.stringify({ email: server.adminEmail, password: server.adminPassword }),
      });
    const secure = await login("https");
    expect(secure.status).toBe(200);
    expect(secure.headers.get("set-cookie")).toMatch(/;\s*Secure/i);
    const plain = await login("http");
    expect(plain.status).toBe(200);
    expect(plain.headers.get("set-cookie")).not.toMatch(/;\s*Secure/i);
  });
});
