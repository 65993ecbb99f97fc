/**
 * A small typed client of the Parley HTTP API (API.md, version 1), shared by the widget
 * and the admin app. `request()` is generic; the commenter calls below are thin wrappers.
 */

import type {
  Comment,
  CommentPage,
  ErrorCode as ContractErrorCode,
  MeAnswer,
  PreviewAnswer,
  PublicPolicy,
  PublicSite,
  PublicUser,
  SessionAnswer,
  SessionRequest,
  ListingSort,
  PageVotes,
  ThreadAnswer,
  VoteAnswer,
  VoteValue,
} from "../contract/wire.ts";

// The wire shapes are the contract's (types only: nothing of them reaches the bundle).
export type {
  Author,
  Challenge,
  ChallengeProof,
  Comment,
  CommentPage,
  CommentStatus,
  ReportReason,
  Rule,
  SessionRequest,
  Span,
  Standing,
  PageVotes,
  VoteValue,
} from "../contract/wire.ts";
export type { ListingSort as Sort };
export type { MeAnswer as Me, PreviewAnswer as PreviewResult, PublicPolicy as Policy, PublicSite as SiteInfo, PublicUser as User };

/** Error codes of the contract, plus `network` (no answer) and `server_error` (5xx without a body). */
export type ErrorCode = ContractErrorCode | "network" | "server_error" | (string & {});

/** The contract's `{"error": {"code", "message", ...}}` as a thrown value; `status` 0 = no answer. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode,
    message: string,
    /** Everything inside `error` (e.g. `until`, `reason`, `rule`, `spans`, `canAcknowledge`). */
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the error's extra fields differ by code
    readonly details: Record<string, any> = {},
    /** Seconds, from `Retry-After`. */
    readonly retryAfter: number | null = null,
  ) {
    super(message);
    this.name = "ApiError";
  }
}

export interface ClientOptions {
  /** Bearer token for commenter calls. */
  token?: () => string | null | undefined;
  /** For the admin app: the CSRF token sent on writes as `X-CSRF-Token`. */
  csrf?: () => string | null | undefined;
  /** `include` for the admin app's session cookie; default `omit`. */
  credentials?: RequestCredentials;
  /** Default 30 s. */
  timeoutMs?: number;
  fetch?: typeof fetch;
}
export interface RequestOptions {
  method?: string;
  body?: unknown;
  query?: Record<string, string | number | null | undefined>;
  headers?: Record<string, string>;
  /** Default: the client's timeout. */
  signal?: AbortSignal;
}
export interface Response<T> {
  status: number;
  data: T;
}
export interface Client {
  base: string;
  /** Call `base + path`; JSON in and out; a non-2xx answer throws `ApiError`. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- callers name the answer's type
  request<T = any>(path: string, opts?: RequestOptions): Promise<Response<T>>;
}

/** A request's query string: empty and null values left out, the rest in the order given. */
export function queryString(query: RequestOptions["query"] = {}): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) if (v != null && v !== "") q.set(k, "" + v);
  return "" + q;
}

/** Where a site's API lives, under the API origin. */
export const sitePath = (site: string): string => "/api/v1/sites/" + encodeURIComponent(site);

export function createClient(base: string, o: ClientOptions = {}): Client {
  base = base.replace(/\/+$/, "");
  return {
    base,
    async request(path, r = {}) {
      const method = r.method ?? (r.body === undefined ? "GET" : "POST");
      const headers: Record<string, string> = { accept: "application/json", ...r.headers };
      const token = o.token?.();
      const csrf = method != "GET" && o.csrf?.();
      if (token) headers.authorization = "Bearer " + token;
      if (csrf) headers["x-csrf-token"] = csrf;
      if (r.body !== undefined) headers["content-type"] = "application/json";
      const qs = queryString(r.query);
      let res: globalThis.Response;
      // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the answer's shape is the caller's T
      let data: any;
      try {
        res = await (o.fetch ?? fetch)(base + path + (qs && "?" + qs), {
          method,
          headers,
          body: r.body === undefined ? undefined : JSON.stringify(r.body),
          credentials: o.credentials ?? "omit",
          signal: r.signal ?? AbortSignal.timeout?.(o.timeoutMs ?? 3e4),
        });
        data = await res.json().catch(() => null);
      } catch (e) {
        throw new ApiError(0, "network", (e as Error)?.message || "Network error");
      }
      if (!res.ok) {
        const { code, message, ...details } = data?.error ?? {};
        const ra = res.headers.get("retry-after");
        throw new ApiError(
          res.status,
          code ?? (res.status >= 500 ? "server_error" : "unknown"),
          message ?? (res.statusText || "HTTP " + res.status),
          details,
          ra && +ra >= 0 ? +ra : null,
        );
      }
      return { status: res.status, data };
    },
  };
}

/** The commenter-facing calls a reader needs before writing, for one site (writing: api-writes.ts). */
export function commenterApi(c: Client, site: string) {
  const s = sitePath(site);
  const call = <T>(path: string, body?: unknown, method?: string) => c.request<T>(s + path, { body, method });
  const one = (id: string) => "/comments/" + encodeURIComponent(id);
  return {
    client: c,
    site: () => call<{ site: PublicSite }>(""),
    policy: () => call<PublicPolicy>("/policy"),
    me: () => call<MeAnswer>("/me"),
    session: (body: SessionRequest) => call<SessionAnswer>("/sessions", body),
    /** `replies`: at most that many descendants per thread (the reply-paging extension). */
    list: (query: { page: string; sort: ListingSort; limit?: number; cursor?: string | null; replies?: number }, signal?: AbortSignal) =>
      c.request<CommentPage>(s + "/comments", { query, signal }),
    /** A thread's further replies, flat, oldest first (extension). */
    replies: (id: string, query: { cursor?: string | null; limit?: number }) =>
      c.request<{ replies: Comment[]; nextCursor: string | null }>(s + one(id) + "/replies", { query }),
    signOut: () => call<unknown>("/sessions/current", undefined, "DELETE"),
    /** Extensions (README, "Votes", "Permalinks"). */
    vote: (id: string, value: VoteValue) => call<VoteAnswer>(one(id) + "/vote", { value }, "PUT"),
    votes: (page: string) => c.request<PageVotes>(s + "/votes", { query: { page } }),
    thread: (id: string) => call<ThreadAnswer>(one(id) + "/thread"),
  };
}
export type CommenterApi = ReturnType<typeof commenterApi>;
