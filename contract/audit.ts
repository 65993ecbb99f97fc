/**
 * Every action the audit log records. The server writes only these (its insert takes an
 * `AuditAction`), and the admin app labels and filters exactly these.
 */
export const AUDIT_ACTIONS = [
  // The detector's verdict on a new comment, and on an edit.
  "comment.publish",
  "comment.hold",
  "comment.refused",
  "comment.edit.publish",
  "comment.edit.hold",
  "comment.edit_refused",
  // People: the author or a moderator deletes; readers report; enough reports hide it.
  "comment.delete",
  "comment.report",
  "comment.hidden",
  // Moderators' decisions, and the strikes and sanctions that follow.
  "comment.approve",
  "comment.reject",
  // A spam wave rejected at once: one entry, with the count.
  "comment.reject_wave",
  "strike.add",
  "strike.void",
  "sanction.warn",
  "sanction.suspend",
  "sanction.revoke",
  "sanction.lift",
  // Blocks of a device or an address, and rejecting everything a commenter wrote at once.
  "block.create",
  "block.lift",
  "user.reject_all",
  "queue.reject_spam",
  // Administration.
  "page.update",
  "policy.publish",
  "site.create",
  "site.update",
  "moderator.create",
  "moderator.remove",
  // Integrations: a site's webhook endpoints (the secret is never logged).
  "webhook.create",
  "webhook.update",
  "webhook.delete",
  // Guests: a session refused because the form's hidden honeypot field was filled (a bot).
  "session.honeypot",
  // Data ownership: a site's export and import, a reader's data exported or erased.
  "data.export",
  "data.import",
  "user.erase",
  "user.export",
] as const;

export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export const isAuditAction = (value: string): value is AuditAction => (AUDIT_ACTIONS as readonly string[]).includes(value);

export type AuditActorType = "admin" | "system" | "detector" | "user";
export type AuditTargetType = "comment" | "user" | "sanction" | "policy" | "site" | "admin" | "page" | "block" | "webhook";

/** One entry of `GET /api/v1/admin/sites/{site}/audit`. */
export interface AuditEntry {
  id: string;
  siteId: string | null;
  actorType: AuditActorType;
  /** An admin id, a user id, "policy" (the ladder), "reports", or null for the detector. */
  actorId: string | null;
  action: AuditAction;
  targetType: AuditTargetType | null;
  targetId: string | null;
  userId: string | null;
  policyVersion: number | null;
  rule: string | null;
  score: number | null;
  detail: Record<string, unknown> | null;
  createdAt: string;
}

export interface AuditPage {
  entries: AuditEntry[];
  nextCursor: string | null;
}

/** The audit query's filters (all optional; `from`/`to` are ISO times). */
export interface AuditFilters {
  actor?: string;
  action?: AuditAction;
  user?: string;
  from?: string;
  to?: string;
}
