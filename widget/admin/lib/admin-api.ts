/**
 * The moderators' calls of the API (API.md "Moderators", plus the server's additions listed in
 * the README), over the shared client. The session cookie is HttpOnly and SameSite=Strict, so
 * calls go same-origin with credentials; every write carries `X-CSRF-Token`. A 401 from any call
 * means the session ended: `onSignedOut` lets the shell ask for the password again without
 * throwing away what is on screen.
 */
import { ApiError, createClient, type Comment, type Standing } from "../../api.ts";
import type { LadderStep } from "./ladder.ts";
import type { PolicyDraft } from "./policy-draft.ts";
import type { Span } from "../../lib/spans.ts";

export { ApiError };
export type { Comment, Standing };

export type Role = "owner" | "moderator";
export interface Admin {
  id: string;
  email: string;
  role: Role;
  createdAt?: string;
}
export type QueueName = "pending" | "reported" | "rejected";
export interface ReportReason {
  reason: "personal-attack" | "spam" | "other" | string;
  note: string | null;
  createdAt: string;
}
export interface QueueItem {
  comment: Comment;
  page: string;
  pageTitle: string | null;
  pageUrl: string | null;
  parent: Comment | null;
  author: { id: string; name: string; standing: Standing };
  scores: Record<string, number | null>;
  rule: string | null;
  spans: Span[];
  holdReason: string | null;
  policyVersion: number | null;
  reports: number;
  reportReasons: ReportReason[];
}
export interface QueuePage {
  items: QueueItem[];
  nextCursor: string | null;
  counts: Record<QueueName, number>;
}
export interface AdminPolicy extends PolicyDraft {
  version: number;
  html: string;
  publishedAt: string;
  publishedBy: string;
}
export interface Sanction {
  id: string;
  type: "warn" | "suspend" | "revoke";
  until: string | null;
  reason: string;
  rule: string | null;
  policyVersion: number | null;
  createdAt: string;
  createdBy: string;
  liftedAt: string | null;
  liftedBy: string | null;
}
export interface Strike {
  id: string;
  rule: string;
  commentId: string | null;
  policyVersion: number;
  createdBy: string;
  createdAt: string;
  expiresAt: string;
  active: boolean;
}
export interface UserComment extends Comment {
  page: string;
  score: number | null;
  rule: string | null;
}
export interface Dossier {
  user: { id: string; name: string; email?: string | null; createdAt?: string; [k: string]: unknown };
  standing: Standing;
  strikes: Strike[];
  sanctions: Sanction[];
  comments: UserComment[];
}
export interface AuditEntry {
  id: string;
  siteId: string | null;
  actorType: "admin" | "system" | "detector" | "user";
  actorId: string | null;
  action: string;
  targetType: string | null;
  targetId: string | null;
  userId: string | null;
  policyVersion: number | null;
  rule: string | null;
  score: number | null;
  detail: Record<string, unknown> | null;
  createdAt: string;
}
export interface AuditFilters {
  actor?: string;
  action?: string;
  user?: string;
  from?: string;
  to?: string;
}
export interface ReplayExample {
  id: string;
  body: string;
  score: number;
  before: string;
  after: string;
  status: string;
  spans: Span[];
}
export type Decision = "publish" | "hold" | "reject";
export interface Replay {
  examined: number;
  changed: Record<string, number>;
  totals: { before: Record<Decision, number>; after: Record<Decision, number> };
  examples: ReplayExample[];
  currentVersion: number;
}
export interface SiteSettings {
  id: string;
  name: string;
  origins: string[];
  allowGuests: boolean;
  ssoConfigured: boolean;
  editWindowMinutes: number;
  maxCommentLength: number;
  rateLimitPerMinute: number;
  reportThreshold: number;
  createdAt?: string;
}
export type SiteChanges = Partial<Omit<SiteSettings, "id" | "ssoConfigured" | "createdAt">> & { ssoSecret?: string | null };
export type { LadderStep };

export interface AdminApiOptions {
  base?: string;
  onSignedOut?: () => void;
  fetch?: typeof fetch;
}

export function adminApi(o: AdminApiOptions = {}) {
  let csrf: string | null = null;
  const client = createClient(o.base ?? "", { csrf: () => csrf, credentials: "same-origin", fetch: o.fetch, timeoutMs: 60_000 });
  const A = "/api/v1/admin";
  const site = (s: string) => `${A}/sites/${encodeURIComponent(s)}`;

  async function call<T>(path: string, opts: Parameters<typeof client.request>[1] = {}, retried = false): Promise<T> {
    try {
      return (await client.request<T>(path, opts)).data;
    } catch (e) {
      if (e instanceof ApiError && e.status === 401 && !path.endsWith("/login") && !path.endsWith("/me")) o.onSignedOut?.();
      // A write refused for its CSRF token (another tab signed in again): fetch the new one, retry once.
      if (!retried && e instanceof ApiError && e.status === 403 && /csrf/i.test(e.message) && opts.method !== "GET") {
        try {
          const me = (await client.request<{ admin: Admin; csrfToken: string }>(`${A}/me`)).data;
          csrf = me.csrfToken;
        } catch {
          throw e;
        }
        return call<T>(path, opts, true);
      }
      throw e;
    }
  }

  return {
    get csrfToken() {
      return csrf;
    },
    async login(email: string, password: string) {
      const data = await call<{ admin: Admin; csrfToken: string }>(`${A}/login`, { body: { email, password } });
      csrf = data.csrfToken;
      return data.admin;
    },
    async me() {
      const data = await call<{ admin: Admin; csrfToken: string }>(`${A}/me`);
      csrf = data.csrfToken;
      return data.admin;
    },
    async logout() {
      try {
        await call(`${A}/logout`, { method: "POST" });
      } finally {
        csrf = null;
      }
    },
    sites: () => call<{ sites: SiteSettings[] }>(`${A}/sites`).then((d) => d.sites),
    site: (s: string) => call<{ site: SiteSettings }>(site(s)).then((d) => d.site),
    createSite: (body: { id: string; name: string } & SiteChanges) =>
      call<{ site: SiteSettings }>(`${A}/sites`, { body }).then((d) => d.site),
    updateSite: (s: string, body: SiteChanges) => call<{ site: SiteSettings }>(site(s), { method: "PATCH", body }).then((d) => d.site),
    queue: (
      s: string,
      q: { status: QueueName; sort: "oldest" | "newest"; page?: string; limit?: number; cursor?: string | null },
      signal?: AbortSignal,
    ) => call<QueuePage>(`${site(s)}/queue`, { query: q, signal }),
    decide: (
      s: string,
      id: string,
      body: { action: "approve" | "reject"; rule?: string; note?: string; expectStatus?: "published" | "pending" | "rejected" },
    ) => call<{ comment: Comment; standing: Standing }>(`${site(s)}/comments/${encodeURIComponent(id)}/decision`, { body }),
    user: (s: string, id: string) => call<Dossier>(`${site(s)}/users/${encodeURIComponent(id)}`),
    sanction: (s: string, id: string, body: { type: Sanction["type"]; hours?: number; reason: string }) =>
      call<{ sanction: Sanction }>(`${site(s)}/users/${encodeURIComponent(id)}/sanctions`, { body }).then((d) => d.sanction),
    lift: (s: string, userId: string, sanctionId: string) =>
      call<{ sanction: Sanction }>(`${site(s)}/users/${encodeURIComponent(userId)}/sanctions/${encodeURIComponent(sanctionId)}`, {
        method: "DELETE",
      }).then((d) => d.sanction),
    audit: (s: string, q: AuditFilters & { cursor?: string | null; limit?: number }) =>
      call<{ entries: AuditEntry[]; nextCursor: string | null }>(`${site(s)}/audit`, { query: q as Record<string, string> }),
    policy: (s: string) => call<AdminPolicy>(`${site(s)}/policy`),
    versions: (s: string) => call<{ versions: AdminPolicy[] }>(`${site(s)}/policy/versions`).then((d) => d.versions),
    publish: (s: string, draft: PolicyDraft) => call<AdminPolicy>(`${site(s)}/policy`, { method: "PUT", body: draft }),
    replay: (s: string, draft: PolicyDraft, limit = 1000) => call<Replay>(`${site(s)}/policy/replay`, { body: { ...draft, limit } }),
    preview: (s: string, markdown: string) =>
      call<{ html: string }>(`${site(s)}/policy/preview`, { body: { markdown } }).then((d) => d.html),
    moderators: () => call<{ moderators: Admin[] }>(`${A}/moderators`).then((d) => d.moderators),
    addModerator: (body: { email: string; password: string; role: Role }) =>
      call<{ moderator: Admin }>(`${A}/moderators`, { body }).then((d) => d.moderator),
    removeModerator: (id: string) => call<unknown>(`${A}/moderators/${encodeURIComponent(id)}`, { method: "DELETE" }),
  };
}
export type AdminApi = ReturnType<typeof adminApi>;

/** A person-facing sentence for a failed call. */
export function errorMessage(e: unknown): string {
  if (e instanceof ApiError) {
    if (e.code === "network") return "Could not reach the server. Nothing was lost; try again.";
    if (e.code === "server_error" || e.status >= 500) return "Something went wrong on the server. Nothing was lost; try again.";
    if (e.code === "rate_limited") return `Too many attempts. Try again in ${e.retryAfter ?? 60} seconds.`;
    return e.message;
  }
  if ((e as Error)?.name === "AbortError") return "The request was cancelled.";
  return (e as Error)?.message || "Something went wrong.";
}
