/**
 * Notifications and integrations (README, "Notifications"): the domain events the server emits,
 * the webhook and delivery-log shapes of the admin API, and reply subscriptions.
 */

/** Every event a webhook can subscribe to, in the order the admin view lists them. */
export const EVENT_TYPES = [
  "comment.created",
  "comment.published",
  "comment.held",
  "comment.rejected",
  "comment.deleted",
  "report.created",
  "sanction.applied",
  "sanction.lifted",
  "policy.published",
] as const;

export type EventType = (typeof EVENT_TYPES)[number];

/** A comment as events carry it: enough for a newsroom's tools, never address hashes or devices. */
export interface EventComment {
  id: string;
  pageKey: string;
  parentId: string | null;
  authorId: string;
  authorName: string;
  status: "published" | "pending" | "rejected" | "deleted";
  holdReason: string | null;
  body: string;
  createdAt: string;
}

export interface EventSanction {
  id: string;
  userId: string;
  type: "warn" | "suspend" | "revoke";
  until: string | null;
  reason: string;
  rule: string | null;
}

interface Base {
  siteId: string;
  /** When it happened (ISO). */
  at: string;
}

/** One union for everything that happened: webhooks send it as `data`, emails are made from it. */
export type DomainEvent = Base &
  (
    | { type: "comment.created"; comment: EventComment }
    /** Visible to readers: posted and published at once, approved by a moderator, or edited while published. */
    | { type: "comment.published"; comment: EventComment; by: "detector" | "moderator"; edited: boolean; from?: string }
    /** A published comment its author edited into something held for a moderator: readers no longer see it. */
    | { type: "comment.held"; comment: EventComment }
    /** A moderator's rejection, one by one or in bulk (`bulk`: a wave, the spam queue, all by a commenter). */
    | { type: "comment.rejected"; comment: EventComment; rule: string | null; note: string | null; bulk: boolean; from?: string }
    | { type: "comment.deleted"; commentId: string; pageKey: string; authorId: string; by: "author" | "moderator" }
    | { type: "report.created"; report: { id: string; commentId: string; reason: string }; hidden: boolean }
    | { type: "sanction.applied"; sanction: EventSanction; byPolicy: boolean }
    | { type: "sanction.lifted"; sanction: EventSanction }
    | { type: "policy.published"; version: number }
  );

/** Where the domain hands its events; the notifier behind it queues deliveries off the request path. */
export interface EventSink {
  emit(event: DomainEvent): void;
}

/** A sink that drops everything (scripts, tests that do not look). */
export const noEvents: EventSink = { emit() {} };

/** The JSON body of a webhook call (Standard Webhooks: `type`, `timestamp`, `data`). */
export interface WebhookBody {
  type: EventType | "webhook.test";
  timestamp: string;
  data: Record<string, unknown>;
}

/** `GET /admin/sites/{site}/webhooks`: the secret is never sent back. */
export interface Webhook {
  id: string;
  url: string;
  events: EventType[];
  active: boolean;
  createdAt: string;
}

/** `POST /admin/sites/{site}/webhooks` answers the secret once, for the receiver to verify with. */
export interface CreatedWebhook extends Webhook {
  secret: string;
}

export interface WebhookRequest {
  url: string;
  events: EventType[];
  active?: boolean;
}

/** One row of the delivery log (`GET /admin/sites/{site}/deliveries`). */
export interface Delivery {
  id: string;
  channel: "email" | "webhook";
  /** The webhook's id, or the email address (moderators of the site see it). */
  recipient: string;
  kind: string;
  status: "queued" | "sent" | "failed";
  attempts: number;
  nextAttemptAt: string | null;
  lastResponse: string | null;
  lastError: string | null;
  createdAt: string;
  sentAt: string | null;
}

export interface DeliveryPage {
  deliveries: Delivery[];
  nextCursor: string | null;
}

/** How email leaves this server: SMTP (Node), an HTTP mail API (Workers), or not at all. */
export type EmailMode = "smtp" | "http" | "off";

export const DIGEST_CHOICES = ["off", "hourly", "daily"] as const;
export type DigestChoice = (typeof DIGEST_CHOICES)[number];

/** `GET /admin/notifications`: email status, and every moderator's digest choice. */
export interface NotificationStatus {
  email: { mode: EmailMode; from: string | null; note: string };
  /** The signed-in moderator's own choice. */
  digest: DigestChoice;
  moderators: { id: string; email: string; digest: DigestChoice }[];
}

/** `POST /sites/{site}/subscriptions`: replies to one comment of yours, or to all of them. */
export interface SubscriptionRequest {
  commentId?: string | null;
  /** Guests give an address (confirmed by a link first); SSO readers use their token's `email`. */
  email?: string;
}

export interface Subscription {
  id: string;
  commentId: string | null;
  confirmed: boolean;
  createdAt: string;
}
