/**
 * A small typed client of the Parley HTTP API (API.md, version 1), shared by the widget
 * and the admin app. `request()` is generic; the commenter calls below are thin wrappers.
 */

export interface Author {
  id: string;
  name: string;
}
export type CommentStatus = "published" | "pending" | "rejected" | "deleted";
export interface Comment {
  id: string;
  parentId: string | null;
  author: Author;
  html: string;
  body: string;
  createdAt: string;
  editedAt: string | null;
  status: CommentStatus;
  replies: Comment[];
}
export interface Standing {
  status: "good" | "warned" | "suspended" | "revoked";
  until: string | null;
  reason: string | null;
  strikes: number;
}
export interface User {
  id: string;
  name: string;
  [k: string]: unknown;
}
export interface Me {
  user: User;
  standing: Standing;
}
export interface Rule {
  id: string;
  title: string;
  summary: string;
}
export interface Policy {
  version: number;
  title: string;
  markdown: string;
  /** Extension: the markdown rendered and sanitised by the server. */
  html?: string;
  rules: Rule[];
  thresholds: { hold: number; reject: number };
  strikeDays: number;
  ladder: { strikes: number; sanction: "warn" | "suspend" | "revoke"; hours: number | null }[];
}
/** Extension `GET /api/v1/sites/{site}`: public site settings. */
export interface SiteInfo {
  id: string;
  name: string;
  allowGuests: boolean;
  maxCommentLength: number;
  editWindowMinutes: number;
}
export interface Span {
  start: number;
  end: number;
}
export interface PreviewResult {
  html: string;
  decision: "publish" | "hold" | "reject";
  rule: string | null;
  spans: Span[];
}
export interface CommentPage {
  comments: Comment[];
  nextCursor: string | null;
  total: number;
}
export type Sort = "oldest" | "newest";
export type ReportReason = "personal-attack" | "spam" | "other";

/** Error codes of the contract, plus `network` (no answer) and `server_error` (5xx without a body). */
export type ErrorCode =
  | "validation_failed"
  | "unauthorized"
  | "forbidden"
  | "suspended"
  | "revoked"
  | "not_found"
  | "conflict"
  | "too_large"
  | "policy_violation"
  | "rate_limited"
  | "network"
  | "server_error"
  | (string & {});

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
      const q = new URLSearchParams();
      for (const [k, v] of Object.entries(r.query ?? {})) if (v != null && v !== "") q.set(k, "" + v);
      const qs = "" + q;
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

/** The commenter-facing calls of the contract, for one site. */
export function commenterApi(c: Client, site: string) {
  const s = "/api/v1/sites/" + encodeURIComponent(site);
  const call = <T>(path: string, body?: unknown, method?: string) => c.request<T>(s + path, { body, method });
  const one = (id: string) => "/comments/" + encodeURIComponent(id);
  type Posted = { comment: Comment; reason?: string };
  return {
    site: () => call<{ site: SiteInfo }>(""),
    policy: () => call<Policy>("/policy"),
    me: () => call<Me>("/me"),
    session: (body: { name: string; device: string } | { sso: string }) => call<{ token: string; user: User }>("/sessions", body),
    /** `replies`: at most that many descendants per thread (the reply-paging extension). */
    list: (query: { page: string; sort: Sort; limit?: number; cursor?: string | null; replies?: number }, signal?: AbortSignal) =>
      c.request<CommentPage>(s + "/comments", { query, signal }),
    /** A thread's further replies, flat, oldest first (extension). */
    replies: (id: string, query: { cursor?: string | null; limit?: number }) =>
      c.request<{ replies: Comment[]; nextCursor: string | null }>(s + one(id) + "/replies", { query }),
    create: (body: { page: string; url?: string; title?: string; parentId?: string; body: string; acknowledge?: boolean }) =>
      call<Posted>("/comments", body),
    edit: (id: string, body: { body: string; acknowledge?: boolean }) => call<Posted>(one(id), body, "PATCH"),
    remove: (id: string) => call<unknown>(one(id), undefined, "DELETE"),
    report: (id: string, body: { reason: ReportReason; note?: string }) => call<unknown>(one(id) + "/reports", body),
    preview: (body: string) => call<PreviewResult>("/preview", { body }),
    signOut: () => call<unknown>("/sessions/current", undefined, "DELETE"),
  };
}
export type CommenterApi = ReturnType<typeof commenterApi>;
