// The contract suite's harness: plain HTTP (fetch) against the target its vitest project
// started, nothing from the server's source. Each test file works on a site of its own,
// created through the admin API, so files never see each other's comments, users or limits.
import { SignJWT } from "jose";
import { expect, inject } from "vitest";
import { HttpClient, type ApiResponse } from "../../helpers/http-client.ts";
import type { Target } from "../targets/target.ts";

export type Answer<T = any> = ApiResponse<T>;

/** A caller: a client address, and whatever it signed in with (a commenter's token, an admin's cookie). */
export class Api extends HttpClient {
  constructor(
    readonly target: Target,
    readonly address: string,
  ) {
    super((path, init) =>
      send(target.url + path, { ...init, headers: { [target.addressHeader]: address, ...(init?.headers as Record<string, string>) } }),
    );
  }
}

/**
 * `wrangler dev` itself sometimes answers 503 to a burst of requests before the Worker sees them
 * (cloudflare/workers-sdk#6517). Such an answer, without the contract's JSON error body, is sent
 * again; Parley's own 503s (`unavailable`, in the contract's format) are answers like any other.
 */
async function send(url: string, init: RequestInit): Promise<Response> {
  for (let attempt = 1; ; attempt++) {
    const res = await fetch(url, init);
    const parleys = (res.headers.get("content-type") ?? "").includes("application/json");
    if (res.status !== 503 || parleys || attempt === 3) return res;
    await res.arrayBuffer();
    await new Promise((r) => setTimeout(r, 100 * attempt));
  }
}

/** A commenter: a caller with a session, and the user the session is for. */
export type Commenter = Api & { user: { id: string; name: string }; device?: string };

/** Asserts the contract's error format and returns the `error` object. */
export function expectError(res: Answer, status: number, code: string): Record<string, any> {
  expect(res.status, JSON.stringify(res.body)).toBe(status);
  expect(res.body?.error?.code, JSON.stringify(res.body)).toBe(code);
  expect(typeof res.body.error.message).toBe("string");
  expect(res.body.error.message.length).toBeGreaterThan(0);
  return res.body.error;
}

/**
 * Rate limits count in fixed windows of the server's clock (a minute for writes and sessions, 15
 * minutes for failed logins), and the server runs on this machine. A test that needs its requests
 * to fall in one window starts with at least `needSeconds` of it left, so that the window turning
 * halfway does not reset the count. Real time, only ever waited for.
 */
export async function startOfWindow(windowSeconds: number, needSeconds = 15): Promise<void> {
  const left = windowSeconds - ((Date.now() / 1000) % windowSeconds);
  if (left < needSeconds) await new Promise((r) => setTimeout(r, left * 1000 + 250));
}

function hash16(text: string): number {
  let h = 0x811c9dc5;
  for (const ch of text) h = Math.imul(h ^ ch.charCodeAt(0), 0x01000193);
  return (h >>> 0) & 0xffff;
}

export const SSO_SECRET = "contract-suite-sso-secret-0123456789";

/**
 * Settings every file's site starts with: room for many writes, so a limit is only met where a
 * test seeks it (and no proof of work for the guests a file opens by the dozen, a wave to "auto").
 */
const ROOMY = {
  allowGuests: true,
  rateLimitPerMinute: 10_000,
  ssoSecret: SSO_SECRET,
  origins: ["https://news.example.com"],
  guestChallenge: "off",
};

export type Contract = Awaited<ReturnType<typeof contract>>;

/**
 * Sets up one test file against the target: an owner signed in, and a site `c-NAME` of its own.
 * Callers come from addresses of their own (10.x.y.n, x.y from NAME), so per-address limits and
 * address-bound sanctions stay within the test that caused them.
 */
export async function contract(name: string, settings: Record<string, unknown> = {}) {
  const target = inject("target");
  const prefix = hash16(name);
  let n = 0;
  let devices = 0;
  const nextAddress = () => {
    n++;
    return `10.${prefix >> 8}.${(prefix & 255) ^ (n >> 8)}.${n & 255}`;
  };

  const caller = (address = nextAddress()) => new Api(target, address);
  const owner = caller();
  const ownerInfo = await owner.signIn(target.owner.email, target.owner.password);

  const site = `c-${name}`;
  const created = await owner.post("/api/v1/admin/sites", { id: site, name: `Contract: ${name}`, ...ROOMY, ...settings });
  expect(created.status, JSON.stringify(created.body)).toBe(201);

  const api = (s = site) => `/api/v1/sites/${s}`;
  const admin = (s = site) => `/api/v1/admin/sites/${s}`;

  const c = {
    target,
    site,
    owner,
    ownerId: ownerInfo.id,
    /** Paths on this file's site. */
    api: api(),
    admin: admin(),
    comments: `${api()}/comments`,
    pathsOf: (s: string) => ({ api: api(s), admin: admin(s), comments: `${api(s)}/comments` }),
    nextAddress,
    /** An anonymous caller from an address of its own. */
    caller,
    /** A new guest from its own address and device (or the ones given). */
    async guest(name = "Guest", opts: { address?: string; device?: string; site?: string } = {}): Promise<Commenter> {
      const device = opts.device ?? `dev-${site}-${++devices}`;
      const who = caller(opts.address);
      const res = await who.post(`${api(opts.site ?? site)}/sessions`, { name, device });
      expect(res.status, JSON.stringify(res.body)).toBe(201);
      who.token = res.body.token;
      return Object.assign(who, { user: res.body.user, device });
    },
    /** An HS256 token signed with this file's site's SSO secret; `exp` one hour ahead unless given. */
    ssoToken(claims: Record<string, unknown>, secret = SSO_SECRET, alg = "HS256") {
      const jwt = new SignJWT(claims).setProtectedHeader({ alg, typ: "JWT" }).setIssuedAt();
      if (!("exp" in claims)) jwt.setExpirationTime("1h");
      return jwt.sign(new TextEncoder().encode(secret));
    },
    /** Changes a site's settings through the admin API, asserting it worked. */
    async patchSite(changes: Record<string, unknown>, s = site) {
      const res = await owner.patch(`/api/v1/admin/sites/${s}`, changes);
      expect(res.status, JSON.stringify(res.body)).toBe(200);
      return res.body.site;
    },
    /** Another site with the same roomy settings (plus these), for tests that need a second one. */
    async otherSite(id: string, extra: Record<string, unknown> = {}) {
      const res = await owner.post("/api/v1/admin/sites", { id: `${site}-${id}`, name: `${site} ${id}`, ...ROOMY, ...extra });
      expect(res.status, JSON.stringify(res.body)).toBe(201);
      return res.body.site.id as string;
    },
    /** The public listing of `page` as `who` sees it. */
    list(page: string, query = "", who: Api = caller()) {
      return who.get(`${api()}/comments?page=${encodeURIComponent(page)}${query}`);
    },
    post(who: Api, page: string, body: string, extra: Record<string, unknown> = {}) {
      return who.post(`${api()}/comments`, { page, body, ...extra });
    },
  };
  return c;
}
