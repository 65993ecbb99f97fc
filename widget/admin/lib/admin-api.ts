/**
 * The moderators' calls of the API (API.md "Moderators", plus the server's additions listed in
 * the README), over the shared client. The session cookie is HttpOnly and SameSite=Strict, so
 * calls go same-origin with credentials; every write carries `X-CSRF-Token`. A 401 from any call
 * means the session ended: `onSignedOut` lets the shell ask for the password again without
 * throwing away what is on screen.
 */
import type { AuditFilters, AuditPage } from "../../../contract/audit.ts";
import type { PolicyDraft } from "../../../contract/policy.ts";
import type { WaveAnswer, WaveRequest } from "../../../contract/spam.ts";
import type { EraseAnswer, ImportSummary } from "../../../contract/data.ts";
import type {
  Admin,
  AdminPage,
  AdminPolicy,
  AdminSite,
  Block,
  BlockRequest,
  DecisionAnswer,
  DecisionRequest,
  Dossier,
  LoginAnswer,
  PageChanges,
  QueueName,
  QueuePage,
  RejectAllRequest,
  RejectSpamRequest,
  ReplayAnswer,
  Role,
  Sanction,
  SanctionRequest,
  SiteChanges,
  Sort,
} from "../../../contract/wire.ts";
import type {
  CreatedWebhook,
  Delivery,
  DeliveryPage,
  DigestChoice,
  NotificationStatus,
  Webhook,
  WebhookRequest,
} from "../../../contract/notify.ts";
import { ApiError, createClient } from "../../api.ts";

export { ApiError };
// The wire shapes are the contract's; the views import the ones they use from here.
export type { AuditEntry, AuditFilters } from "../../../contract/audit.ts";
export type {
  Admin,
  AdminPage,
  AdminPolicy,
  Block,
  Dossier,
  PageChanges,
  QueueItem,
  QueueName,
  QueuePage,
  Role,
  Sanction,
  SiteChanges,
  Standing,
} from "../../../contract/wire.ts";
export type { AdminSite as SiteSettings, ReplayAnswer as Replay };
export type { ImportSummary };

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
          const me = (await client.request<LoginAnswer>(`${A}/me`)).data;
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
      const data = await call<LoginAnswer>(`${A}/login`, { body: { email, password } });
      csrf = data.csrfToken;
      return data.admin;
    },
    async me() {
      const data = await call<LoginAnswer>(`${A}/me`);
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
    sites: () => call<{ sites: AdminSite[] }>(`${A}/sites`).then((d) => d.sites),
    site: (s: string) => call<{ site: AdminSite }>(site(s)).then((d) => d.site),
    createSite: (body: { id: string; name: string } & SiteChanges) => call<{ site: AdminSite }>(`${A}/sites`, { body }).then((d) => d.site),
    updateSite: (s: string, body: SiteChanges) => call<{ site: AdminSite }>(site(s), { method: "PATCH", body }).then((d) => d.site),
    queue: (s: string, q: { status: QueueName; sort: Sort; page?: string; limit?: number; cursor?: string | null }, signal?: AbortSignal) =>
      call<QueuePage>(`${site(s)}/queue`, { query: q, signal }),
    decide: (s: string, id: string, body: DecisionRequest) =>
      call<DecisionAnswer>(`${site(s)}/comments/${encodeURIComponent(id)}/decision`, { body }),
    /** Rejects every comment on the site with a near-same body (a spam wave). */
    wave: (s: string, id: string, body: WaveRequest = {}) =>
      call<WaveAnswer>(`${site(s)}/comments/${encodeURIComponent(id)}/wave`, { body }),
    user: (s: string, id: string) => call<Dossier>(`${site(s)}/users/${encodeURIComponent(id)}`),
    sanction: (s: string, id: string, body: SanctionRequest) =>
      call<{ sanction: Sanction }>(`${site(s)}/users/${encodeURIComponent(id)}/sanctions`, { body }).then((d) => d.sanction),
    lift: (s: string, userId: string, sanctionId: string) =>
      call<{ sanction: Sanction }>(`${site(s)}/users/${encodeURIComponent(userId)}/sanctions/${encodeURIComponent(sanctionId)}`, {
        method: "DELETE",
      }).then((d) => d.sanction),
    block: (s: string, userId: string, body: BlockRequest) =>
      call<{ blocks: Block[] }>(`${site(s)}/users/${encodeURIComponent(userId)}/blocks`, { body }).then((d) => d.blocks),
    liftBlock: (s: string, blockId: string) =>
      call<{ block: Block }>(`${site(s)}/blocks/${encodeURIComponent(blockId)}`, { method: "DELETE" }).then((d) => d.block),
    rejectSpam: (s: string, body: RejectSpamRequest) =>
      call<{ rejected: number }>(`${site(s)}/queue/spam/reject`, { body }).then((d) => d.rejected),
    rejectAll: (s: string, userId: string, body: RejectAllRequest) =>
      call<{ rejected: number }>(`${site(s)}/users/${encodeURIComponent(userId)}/reject-all`, { body }).then((d) => d.rejected),
    page: (s: string, page: string) => call<{ page: AdminPage }>(`${site(s)}/pages`, { query: { page } }).then((d) => d.page),
    updatePage: (s: string, page: string, body: PageChanges) =>
      call<{ page: AdminPage }>(`${site(s)}/pages`, { method: "PATCH", query: { page }, body }).then((d) => d.page),
    audit: (s: string, q: AuditFilters & { cursor?: string | null; limit?: number }) =>
      call<AuditPage>(`${site(s)}/audit`, { query: q as Record<string, string> }),
    policy: (s: string) => call<AdminPolicy>(`${site(s)}/policy`),
    versions: (s: string) => call<{ versions: AdminPolicy[] }>(`${site(s)}/policy/versions`).then((d) => d.versions),
    publish: (s: string, draft: PolicyDraft) => call<AdminPolicy>(`${site(s)}/policy`, { method: "PUT", body: draft }),
    replay: (s: string, draft: PolicyDraft, limit = 1000) => call<ReplayAnswer>(`${site(s)}/policy/replay`, { body: { ...draft, limit } }),
    preview: (s: string, markdown: string) =>
      call<{ html: string }>(`${site(s)}/policy/preview`, { body: { markdown } }).then((d) => d.html),
    moderators: () => call<{ moderators: Admin[] }>(`${A}/moderators`).then((d) => d.moderators),
    addModerator: (body: { email: string; password: string; role: Role }) =>
      call<{ moderator: Admin }>(`${A}/moderators`, { body }).then((d) => d.moderator),
    /** A reader's data and erasure (GDPR); the site's import (a file, streamed as the body). */
    readerDataUrl: (s: string, userId: string) => `${o.base ?? ""}${site(s)}/users/${encodeURIComponent(userId)}/data`,
    exportUrl: (s: string) => `${o.base ?? ""}${site(s)}/export`,
    erase: (s: string, userId: string) => call<EraseAnswer>(`${site(s)}/users/${encodeURIComponent(userId)}/erase`, { method: "POST" }),
    /** With a single sign-on map, a multipart form (the file, then `ssoUsers`); else the file as the body. */
    async importFile(s: string, file: Blob, query: Record<string, string>, ssoUsers?: Blob): Promise<ImportSummary> {
      const form = ssoUsers && new FormData();
      form?.set("file", file);
      if (ssoUsers) form?.set("ssoUsers", ssoUsers);
      const res = await (o.fetch ?? fetch)(`${o.base ?? ""}${site(s)}/import?${new URLSearchParams(query)}`, {
        method: "POST",
        body: form || file,
        credentials: "same-origin",
        // (a form's Content-Type, with its boundary, is the browser's to set)
        headers: form ? { "X-CSRF-Token": csrf ?? "" } : { "X-CSRF-Token": csrf ?? "", "Content-Type": "application/octet-stream" },
      });
      const body = (await res.json().catch(() => null)) as { summary?: ImportSummary; error?: { code: string; message: string } } | null;
      if (!res.ok || !body?.summary)
        throw new ApiError(
          res.status,
          body?.error?.code ?? "server_error",
          body?.error?.message ?? `HTTP ${res.status}`,
          body?.error ?? {},
        );
      return body.summary;
    },
    removeModerator: (id: string) => call<unknown>(`${A}/moderators/${encodeURIComponent(id)}`, { method: "DELETE" }),
    /** Email status, digests, webhooks and the delivery log (README, "Notifications"). */
    notify: {
      status: () => call<NotificationStatus>(`${A}/notifications`),
      setDigest: (digest: DigestChoice) => call<NotificationStatus>(`${A}/notifications`, { method: "PATCH", body: { digest } }),
      webhooks: (s: string) => call<{ webhooks: Webhook[] }>(`${site(s)}/webhooks`).then((d) => d.webhooks),
      createWebhook: (s: string, body: WebhookRequest) =>
        call<{ webhook: CreatedWebhook }>(`${site(s)}/webhooks`, { body }).then((d) => d.webhook),
      updateWebhook: (s: string, id: string, body: Partial<WebhookRequest>) =>
        call<{ webhook: Webhook }>(`${site(s)}/webhooks/${encodeURIComponent(id)}`, { method: "PATCH", body }).then((d) => d.webhook),
      deleteWebhook: (s: string, id: string) => call<unknown>(`${site(s)}/webhooks/${encodeURIComponent(id)}`, { method: "DELETE" }),
      testWebhook: (s: string, id: string) =>
        call<{ delivery: Delivery }>(`${site(s)}/webhooks/${encodeURIComponent(id)}/test`, { method: "POST" }).then((d) => d.delivery),
      deliveries: (s: string) => call<DeliveryPage>(`${site(s)}/deliveries`, { query: { limit: "50" } }).then((d) => d.deliveries),
    },
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
