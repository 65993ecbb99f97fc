import { sql } from "drizzle-orm";
import { GUEST_CHALLENGES, MODERATION_MODES, type LinkedSanction } from "../contract/wire.ts";
import type { PolicyWords, Thresholds } from "../contract/policy.ts";
import { index, integer, primaryKey, real, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";

/** Times are ISO 8601 UTC strings: they sort as text and go to clients unchanged. */

export const settings = sqliteTable("settings", {
  key: text("key").primaryKey(),
  value: text("value").notNull(),
});

export const sites = sqliteTable("sites", {
  id: text("id").primaryKey(),
  name: text("name").notNull(),
  origins: text("origins", { mode: "json" }).$type<string[]>().notNull(),
  allowGuests: integer("allow_guests", { mode: "boolean" }).notNull().default(true),
  ssoSecret: text("sso_secret"),
  editWindowMinutes: integer("edit_window_minutes").notNull().default(15),
  maxCommentLength: integer("max_comment_length").notNull().default(10000),
  rateLimitPerMinute: integer("rate_limit_per_minute").notNull().default(6),
  reportThreshold: integer("report_threshold").notNull().default(3),
  /** What readers' reports do: "hide" a comment once their weight reaches reportThreshold, or only "queue" it. */
  reportAction: text("report_action", { enum: ["hide", "queue"] })
    .notNull()
    .default("hide"),
  moderationMode: text("moderation_mode", { enum: MODERATION_MODES }).notNull().default("post"),
  firstComments: integer("first_comments").notNull().default(1),
  guestChallenge: text("guest_challenge", { enum: GUEST_CHALLENGES }).notNull().default("auto"),
  linkAllowlist: text("link_allowlist", { mode: "json" }).$type<string[]>().notNull().default([]),
  /** Readers may vote comments down as well as up (a vote is otherwise an upvote only). */
  downvotes: integer("downvotes", { mode: "boolean" }).notNull().default(false),
  /** Days to keep address hashes and rate-limit rows before the sweep removes them. */
  retentionDays: integer("retention_days").notNull().default(90),
  /** What erasing a commenter does to their comments: "placeholder" keeps the threads, "remove" drops them with their replies. */
  erasure: text("erasure", { enum: ["placeholder", "remove"] })
    .notNull()
    .default("placeholder"),
  createdAt: text("created_at").notNull(),
});

export const pages = sqliteTable(
  "pages",
  {
    siteId: text("site_id")
      .notNull()
      .references(() => sites.id),
    key: text("key").notNull(),
    url: text("url"),
    title: text("title"),
    /** Bumped on every change to the page's comments: the listing cache's validator. */
    version: integer("version").notNull().default(0),
    /** Closed by a moderator: no new comments or replies (existing ones stay). */
    closed: integer("closed", { mode: "boolean" }).notNull().default(false),
    /** A moderator's override of the site's moderation mode for this page; null: the site's. */
    moderationMode: text("moderation_mode", { enum: MODERATION_MODES }),
    createdAt: text("created_at").notNull(),
  },
  (t) => [primaryKey({ columns: [t.siteId, t.key] })],
);

export const users = sqliteTable(
  "users",
  {
    id: text("id").primaryKey(),
    siteId: text("site_id")
      .notNull()
      .references(() => sites.id),
    kind: text("kind", { enum: ["guest", "sso"] }).notNull(),
    /** The publisher's user id (`sub`) for SSO users; null for guests. */
    externalId: text("external_id"),
    name: text("name").notNull(),
    email: text("email"),
    avatar: text("avatar"),
    /** Told by email (when the address is known) that a held comment was decided or a sanction applied or lifted. */
    notifyDecisions: integer("notify_decisions", { mode: "boolean" }).notNull().default(true),
    /** Set when the commenter was erased (GDPR art. 17): the row stays so threads and the audit log keep their ids. */
    erasedAt: text("erased_at"),
    createdAt: text("created_at").notNull(),
  },
  (t) => [uniqueIndex("users_site_external").on(t.siteId, t.externalId)],
);

/**
 * What ties a commenter (guest or SSO) to a device or network: a sanction follows these, not the
 * name. A device link is an identity; an address link only a signal, which counts while `seenAt`
 * is recent (moderation/links.ts).
 */
export const userIdentifiers = sqliteTable(
  "user_identifiers",
  {
    siteId: text("site_id").notNull(),
    kind: text("kind", { enum: ["device", "address"] }).notNull(),
    /** The device id as the widget sent it, or a keyed hash of the client address. */
    value: text("value").notNull(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id),
    createdAt: text("created_at").notNull(),
    /** When a session last made this link (a returning SSO user refreshes it). */
    seenAt: text("seen_at"),
  },
  (t) => [
    primaryKey({ columns: [t.siteId, t.kind, t.value, t.userId] }),
    index("user_identifiers_user").on(t.userId),
    // The retention sweep: a site's address links last seen before its cut-off.
    index("user_identifiers_seen").on(t.siteId, t.kind, t.seenAt),
  ],
);

export const sessions = sqliteTable(
  "sessions",
  {
    tokenHash: text("token_hash").primaryKey(),
    siteId: text("site_id").notNull(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id),
    /** The device id and keyed address hash the session was opened with: every write checks them. */
    device: text("device"),
    addressHash: text("address_hash"),
    createdAt: text("created_at").notNull(),
    expiresAt: text("expires_at").notNull(),
  },
  (t) => [index("sessions_user").on(t.userId), index("sessions_expires").on(t.expiresAt)],
);

export const comments = sqliteTable(
  "comments",
  {
    id: text("id").primaryKey(),
    siteId: text("site_id").notNull(),
    pageKey: text("page_key").notNull(),
    parentId: text("parent_id"),
    /** The top-level comment of the thread (itself for a top-level comment). */
    rootId: text("root_id").notNull(),
    authorId: text("author_id")
      .notNull()
      .references(() => users.id),
    body: text("body").notNull(),
    html: text("html").notNull(),
    status: text("status", { enum: ["published", "pending", "rejected", "deleted"] }).notNull(),
    /** Why a pending comment waits: "detector", "acknowledged", "reports", "linked_address"; "threat": refused as a threat, until a moderator decides. */
    holdReason: text("hold_reason"),
    /** For moderators only: the sanction of another user an address link held the comment for. */
    linkedSanction: text("linked_sanction", { mode: "json" }).$type<LinkedSanction>(),
    score: real("score"),
    rule: text("rule"),
    spans: text("spans", { mode: "json" }).$type<{ start: number; end: number }[]>(),
    /** Whom the detector read the flagged words as aimed at (contract/targets.ts); null before targets. */
    target: text("target", { enum: ["commenter", "public-figure", "group", "none"] }),
    /** The body's 64-bit simhash (hex), for near-same bodies across pages and accounts; null before spam signals. */
    fingerprint: text("fingerprint"),
    /** The spam signals' combined score (0..1) and the signals that fired, as moderators read them. */
    spamScore: real("spam_score"),
    signals: text("signals", { mode: "json" }).$type<string[]>(),
    policyVersion: integer("policy_version"),
    /** Readers' votes, kept in step with `votes` in the same transaction. */
    upvotes: integer("upvotes").notNull().default(0),
    downvotes: integer("downvotes").notNull().default(0),
    reportCount: integer("report_count").notNull().default(0),
    /** The open reports' weight toward hiding: distinct reporters only, by standing (moderation/reports.ts). */
    reportWeight: real("report_weight").notNull().default(0),
    lastReportAt: text("last_report_at"),
    /** When a moderator last decided on it: reports after this are open again. */
    decidedAt: text("decided_at"),
    createdAt: text("created_at").notNull(),
    editedAt: text("edited_at"),
    deletedAt: text("deleted_at"),
  },
  (t) => [
    index("comments_page_top").on(t.siteId, t.pageKey, t.parentId, t.createdAt, t.id),
    index("comments_root").on(t.rootId),
    index("comments_author").on(t.authorId, t.createdAt),
    // Queues: a status's rows in order (pending, rejected), so counting and paging read only them.
    index("comments_site_status").on(t.siteId, t.status, t.createdAt, t.id),
    // Reported: only comments with open reports, whatever their share of the site. "Not rejected
    // or deleted" rather than "published or pending", so no index on status competes for it.
    index("comments_reported")
      .on(t.siteId, t.createdAt, t.id, t.status, t.reportCount)
      .where(sql`${t.reportCount} > 0 and ${t.status} not in ('rejected', 'deleted')`),
    // Threats: refused as threats and waiting for a moderator (a decision clears the hold reason).
    // Status and hold reason are columns too, so the planner prefers it to comments_site_status.
    index("comments_threats")
      .on(t.siteId, t.status, t.holdReason, t.createdAt, t.id)
      .where(sql`${t.status} = 'rejected' and ${t.holdReason} = 'threat'`),
    // Spam: held by the spam rule (or sent for review after its refusal), waiting for a moderator.
    index("comments_spam")
      .on(t.siteId, t.status, t.rule, t.createdAt, t.id)
      .where(sql`${t.status} = 'pending' and ${t.rule} = 'spam'`),
    // A page's published count, and a reader's own pending comments on it.
    index("comments_page_status").on(t.siteId, t.pageKey, t.status, t.authorId),
  ],
);

export const reports = sqliteTable(
  "reports",
  {
    id: text("id").primaryKey(),
    siteId: text("site_id").notNull(),
    commentId: text("comment_id")
      .notNull()
      .references(() => comments.id),
    userId: text("user_id")
      .notNull()
      .references(() => users.id),
    reason: text("reason", { enum: ["personal-attack", "spam", "other"] }).notNull(),
    note: text("note"),
    /** The reporter's session device id and address hash: reports sharing one count once. */
    device: text("device"),
    addressHash: text("address_hash"),
    /** What this report added toward hiding (0 when an earlier report shares an identity). */
    weight: real("weight").notNull().default(1),
    createdAt: text("created_at").notNull(),
  },
  (t) => [
    uniqueIndex("reports_comment_user").on(t.commentId, t.userId),
    index("reports_user").on(t.userId),
    // The retention sweep clears old reports' address hashes by date.
    index("reports_site_created").on(t.siteId, t.createdAt),
  ],
);

export const policies = sqliteTable(
  "policies",
  {
    siteId: text("site_id").notNull(),
    version: integer("version").notNull(),
    title: text("title").notNull(),
    markdown: text("markdown").notNull(),
    rules: text("rules", { mode: "json" }).$type<{ id: string; title: string; summary: string }[]>().notNull(),
    /** Policies stored before per-target rules have no `targets`: they read as the defaults. */
    thresholds: text("thresholds", { mode: "json" }).$type<Thresholds>().notNull(),
    strikeDays: integer("strike_days").notNull(),
    ladder: text("ladder", { mode: "json" })
      .$type<{ strikes: number; sanction: "warn" | "suspend" | "revoke"; hours: number | null }[]>()
      .notNull(),
    /** An admin id, or "system" for the default policy. */
    publishedBy: text("published_by").notNull(),
    publishedAt: text("published_at").notNull(),
    /** The site's word lists (blocked, allowed); null for policies stored before them (none). */
    words: text("words", { mode: "json" }).$type<PolicyWords>(),
  },
  (t) => [primaryKey({ columns: [t.siteId, t.version] })],
);

/** One row per verdict on a comment, automatic or human, with the policy that produced it. */
export const decisions = sqliteTable(
  "decisions",
  {
    id: text("id").primaryKey(),
    siteId: text("site_id").notNull(),
    commentId: text("comment_id").notNull(),
    actor: text("actor").notNull(),
    outcome: text("outcome", { enum: ["publish", "hold", "reject", "approve"] }).notNull(),
    policyVersion: integer("policy_version").notNull(),
    rule: text("rule"),
    score: real("score"),
    note: text("note"),
    createdAt: text("created_at").notNull(),
  },
  (t) => [index("decisions_comment").on(t.commentId, t.createdAt)],
);

export const strikes = sqliteTable(
  "strikes",
  {
    id: text("id").primaryKey(),
    siteId: text("site_id").notNull(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id),
    commentId: text("comment_id"),
    rule: text("rule").notNull(),
    policyVersion: integer("policy_version").notNull(),
    createdBy: text("created_by").notNull(),
    createdAt: text("created_at").notNull(),
    expiresAt: text("expires_at").notNull(),
    /** Set when a moderator overturns the rejection that gave the strike. */
    voidedAt: text("voided_at"),
  },
  (t) => [
    index("strikes_user").on(t.userId, t.expiresAt),
    index("strikes_comment").on(t.commentId),
    // One comment, one strike, however many moderators reject it at once.
    uniqueIndex("strikes_one_per_comment")
      .on(t.commentId)
      .where(sql`${t.commentId} IS NOT NULL AND ${t.voidedAt} IS NULL`),
  ],
);

export const sanctions = sqliteTable(
  "sanctions",
  {
    id: text("id").primaryKey(),
    siteId: text("site_id").notNull(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id),
    type: text("type", { enum: ["warn", "suspend", "revoke"] }).notNull(),
    until: text("until"),
    reason: text("reason").notNull(),
    rule: text("rule"),
    policyVersion: integer("policy_version"),
    /** An admin id, or "policy" when the ladder applied it. */
    createdBy: text("created_by").notNull(),
    createdAt: text("created_at").notNull(),
    liftedAt: text("lifted_at"),
    liftedBy: text("lifted_by"),
  },
  (t) => [index("sanctions_user").on(t.userId, t.createdAt)],
);

/** Append-only: nothing updates or deletes these rows. `seq` orders them for cursors. */
export const auditLog = sqliteTable(
  "audit_log",
  {
    seq: integer("seq").primaryKey({ autoIncrement: true }),
    id: text("id").notNull().unique(),
    siteId: text("site_id"),
    actorType: text("actor_type", { enum: ["admin", "system", "detector", "user"] }).notNull(),
    actorId: text("actor_id"),
    action: text("action").notNull(),
    targetType: text("target_type"),
    targetId: text("target_id"),
    /** The user the action concerns, for filtering by user. */
    userId: text("user_id"),
    policyVersion: integer("policy_version"),
    rule: text("rule"),
    score: real("score"),
    detail: text("detail", { mode: "json" }).$type<Record<string, unknown>>(),
    createdAt: text("created_at").notNull(),
  },
  (t) => [
    index("audit_site_seq").on(t.siteId, t.seq),
    // The audit view's action filter, newest first, without walking the rest of the log.
    index("audit_site_action").on(t.siteId, t.action, t.seq),
    index("audit_user").on(t.userId, t.seq),
  ],
);

export const admins = sqliteTable("admins", {
  id: text("id").primaryKey(),
  email: text("email").notNull().unique(),
  passwordHash: text("password_hash").notNull(),
  role: text("role", { enum: ["owner", "moderator"] }).notNull(),
  /** The queue digest by email: threats are sent at once unless "off"; the rest hourly or daily. */
  digest: text("digest", { enum: ["off", "hourly", "daily"] })
    .notNull()
    .default("hourly"),
  digestSentAt: text("digest_sent_at"),
  createdAt: text("created_at").notNull(),
  createdBy: text("created_by"),
});

export const adminSessions = sqliteTable(
  "admin_sessions",
  {
    tokenHash: text("token_hash").primaryKey(),
    adminId: text("admin_id")
      .notNull()
      .references(() => admins.id, { onDelete: "cascade" }),
    csrfToken: text("csrf_token").notNull(),
    createdAt: text("created_at").notNull(),
    expiresAt: text("expires_at").notNull(),
  },
  (t) => [index("admin_sessions_admin").on(t.adminId), index("admin_sessions_expires").on(t.expiresAt)],
);

/** Fixed-window counters kept in the database so that limits hold across server instances. */
export const rateLimits = sqliteTable(
  "rate_limits",
  {
    key: text("key").primaryKey(),
    windowStart: integer("window_start").notNull(),
    count: integer("count").notNull().default(0),
  },
  // The hourly sweep deletes finished windows by start.
  (t) => [index("rate_limits_window").on(t.windowStart)],
);

/**
 * Locality-sensitive bands of each comment's fingerprint (four 16-bit slices of the simhash): two
 * bodies a few bits apart share a band, so near-same bodies are found by index, not by scanning.
 */
export const commentBands = sqliteTable(
  "comment_bands",
  {
    siteId: text("site_id").notNull(),
    /** "slice:value", e.g. "2:9f3a". */
    band: text("band").notNull(),
    commentId: text("comment_id").notNull(),
    createdAt: text("created_at").notNull(),
  },
  // The key is the lookup's order (a band's most recent first), and the table is WITHOUT ROWID
  // (migration 0010): one b-tree per row written instead of three. `createdAt` is the comment's
  // creation or last edit, so an edit can name its old rows by key.
  (t) => [primaryKey({ columns: [t.siteId, t.band, t.createdAt, t.commentId] })],
);

/** A moderator's block of a device or an address (keyed hash): no sessions or writes from it. */
export const blocks = sqliteTable(
  "blocks",
  {
    id: text("id").primaryKey(),
    siteId: text("site_id").notNull(),
    kind: text("kind", { enum: ["device", "address"] }).notNull(),
    value: text("value").notNull(),
    /** The commenter whose device or address it was, as the moderator chose it. */
    userId: text("user_id"),
    reason: text("reason").notNull(),
    createdBy: text("created_by").notNull(),
    createdAt: text("created_at").notNull(),
    /** Null: for good. */
    until: text("until"),
    liftedAt: text("lifted_at"),
    liftedBy: text("lifted_by"),
  },
  (t) => [index("blocks_value").on(t.siteId, t.kind, t.value), index("blocks_user").on(t.userId)],
);

/** Proof-of-work challenges already used (single use), kept until they expire. */
export const usedChallenges = sqliteTable(
  "used_challenges",
  {
    id: text("id").primaryKey(),
    expiresAt: text("expires_at").notNull(),
  },
  (t) => [index("used_challenges_expires").on(t.expiresAt)],
);

/** One reader's vote on one comment: +1 or -1. The comment's counters change in the same transaction. */
export const votes = sqliteTable(
  "votes",
  {
    commentId: text("comment_id").notNull(),
    userId: text("user_id").notNull(),
    siteId: text("site_id").notNull(),
    value: integer("value").notNull(),
    createdAt: text("created_at").notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.commentId, t.userId] }),
    index("votes_user").on(t.userId),
    // The site export's keyset, in the primary key's order: one range of the site's votes.
    index("votes_site").on(t.siteId, t.commentId, t.userId),
  ],
);

/**
 * Reply notifications a reader asked for: on one comment, or on all their comments (commentId
 * null). A guest's address waits for confirmation (double opt-in); the row, and the address with
 * it, is deleted on unsubscribe.
 */
export const subscriptions = sqliteTable(
  "subscriptions",
  {
    id: text("id").primaryKey(),
    siteId: text("site_id").notNull(),
    userId: text("user_id").notNull(),
    commentId: text("comment_id"),
    email: text("email").notNull(),
    /** Hash of the token in confirmation and unsubscribe links. */
    tokenHash: text("token_hash").notNull().unique(),
    confirmedAt: text("confirmed_at"),
    createdAt: text("created_at").notNull(),
  },
  (t) => [index("subscriptions_user").on(t.userId, t.commentId), index("subscriptions_comment").on(t.commentId)],
);

/** A site's webhook endpoints. The secret is write-only: it is never sent back. */
export const webhooks = sqliteTable(
  "webhooks",
  {
    id: text("id").primaryKey(),
    siteId: text("site_id").notNull(),
    url: text("url").notNull(),
    /** Standard Webhooks secret, "whsec_" + base64. */
    secret: text("secret").notNull(),
    events: text("events", { mode: "json" }).$type<string[]>().notNull(),
    active: integer("active", { mode: "boolean" }).notNull().default(true),
    createdAt: text("created_at").notNull(),
  },
  (t) => [index("webhooks_site").on(t.siteId)],
);

/**
 * Everything Parley sends, emails and webhook calls alike: queued by the request that caused it,
 * sent off the request path with retries and backoff, and kept as the delivery log moderators read.
 */
export const deliveries = sqliteTable(
  "deliveries",
  {
    id: text("id").primaryKey(),
    siteId: text("site_id"),
    channel: text("channel", { enum: ["email", "webhook"] }).notNull(),
    /** The email address, or the webhook's id. */
    recipient: text("recipient").notNull(),
    /** The event or email kind, e.g. "comment.published", "reply", "digest". */
    kind: text("kind").notNull(),
    payload: text("payload", { mode: "json" }).$type<Record<string, unknown>>().notNull(),
    status: text("status", { enum: ["queued", "sent", "failed"] }).notNull(),
    attempts: integer("attempts").notNull().default(0),
    nextAttemptAt: text("next_attempt_at"),
    /** The last attempt's HTTP status or SMTP reply, and error if any. */
    lastResponse: text("last_response"),
    lastError: text("last_error"),
    createdAt: text("created_at").notNull(),
    sentAt: text("sent_at"),
  },
  (t) => [
    // The sender's next batch: queued rows due by now.
    index("deliveries_due")
      .on(t.status, t.nextAttemptAt)
      .where(sql`${t.status} = 'queued'`),
    index("deliveries_site").on(t.siteId, t.createdAt),
  ],
);

/** What an import brought in, by the source's own ids: re-running an import adds nothing twice. */
export const importKeys = sqliteTable(
  "import_keys",
  {
    siteId: text("site_id").notNull(),
    /** "disqus", "wordpress", "remark42" or "parley". */
    source: text("source").notNull(),
    kind: text("kind", { enum: ["comment", "user", "page"] }).notNull(),
    externalId: text("external_id").notNull(),
    localId: text("local_id").notNull(),
  },
  (t) => [primaryKey({ columns: [t.siteId, t.source, t.kind, t.externalId] })],
);
