/**
 * Every JSON shape the API sends and takes (API.md, version 1, and the extensions listed in
 * README.md's "API"). Types only: the widget imports them with `import type` and pays nothing;
 * the server's serialisers are checked against them with `satisfies`.
 */
import type { Policy, PolicyDraft, SanctionType } from "./policy.ts";
import type { Target } from "./targets.ts";
import type { ChallengeProof } from "./challenge.ts";
import type { LiveInfo } from "./live.ts";

export type { AuditAction, AuditActorType, AuditEntry, AuditFilters, AuditPage, AuditTargetType } from "./audit.ts";
export type { ErrorBody, ErrorCode, ErrorDetails } from "./errors.ts";
export type { Challenge, ChallengeProof } from "./challenge.ts";
export type { LadderStep, Policy, PolicyDraft, Rule, SanctionType, Thresholds } from "./policy.ts";

/** A range of a comment body in UTF-16 code units (as JavaScript strings index). */
export interface Span {
  start: number;
  end: number;
}

// Commenters

export interface PublicUser {
  id: string;
  name: string;
  avatar?: string;
  kind: "guest" | "sso";
}

export type StandingStatus = "good" | "warned" | "suspended" | "revoked";
export interface Standing {
  status: StandingStatus;
  until: string | null;
  reason: string | null;
  /** Active strikes. */
  strikes: number;
}

/**
 * `POST /sites/{site}/sessions`: a guest's name, or a single-sign-on JWT; either with the
 * widget's device id (an extension for SSO), which links the session's writes to the device.
 */
export type SessionRequest =
  | {
      name: string;
      device?: string;
      /** The proof of work, when the site asks for one (`challenge_required`). */
      pow?: ChallengeProof;
      /** The join form's honeypot: a person leaves it empty. */
      website?: string;
    }
  | { sso: string; device?: string };
export interface SessionAnswer {
  token: string;
  user: PublicUser;
}
/** `GET /sites/{site}/me` */
export interface MeAnswer {
  user: PublicUser;
  standing: Standing;
}

/** Extension `GET /sites/{site}`: what the widget may know about a site. */
export interface PublicSite {
  id: string;
  name: string;
  allowGuests: boolean;
  /** Whether the site has a single-sign-on secret. */
  sso: boolean;
  editWindowMinutes: number;
  maxCommentLength: number;
  /** When guests must solve a proof of work ("auto": during a spam wave). */
  challenge: GuestChallenge;
  /** Readers may vote comments down as well as up. */
  downvotes: boolean;
  /** How the widget hears of new comments here (README "Live updates"). */
  live?: LiveInfo;
}

/** `GET /sites/{site}/policy`: the current version, with its markdown rendered (`html`). */
/** (Without the word lists: blocked words are for moderation, not for readers to route around.) */
export interface PublicPolicy extends Omit<Policy, "publishedBy" | "words"> {
  html: string;
}

// Comments

export type CommentStatus = "published" | "pending" | "rejected" | "deleted";
export interface Author {
  id: string;
  name: string;
}
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
  /** Extension: readers' votes (0 on a deleted comment); in a cached listing, as of its build (README, "Votes"). */
  upvotes: number;
  downvotes: number;
  /** With paged replies (`replies=R` on a listing): every reply the reader may see, and where the unsent ones start. */
  replyCount?: number;
  repliesCursor?: string | null;
}

export type Sort = "oldest" | "newest";
/** `GET /sites/{site}/comments` */
export interface CommentPage {
  comments: Comment[];
  nextCursor: string | null;
  total: number;
  /** An extension, present only when a moderator closed the page to new comments. */
  closed?: true;
}

/** `POST /sites/{site}/comments` */
export interface CreateCommentRequest {
  page: string;
  url?: string;
  title?: string;
  parentId?: string;
  body: string;
  acknowledge?: boolean;
  /** A hidden form field the widget always sends empty: filled in, the comment is spam (honeypot). */
  website?: string;
}
/** `PATCH /sites/{site}/comments/{id}` */
export interface EditCommentRequest {
  body: string;
  acknowledge?: boolean;
}
/** Why a comment waits for a moderator (a queue item's `holdReason`; "threat": refused as a threat, queued). */
export type HoldReason = "detector" | "spam" | "words" | "acknowledged" | "linked_address" | "threat" | "premoderation" | "new_commenter";
/**
 * A 202's why, for the widget to say in the reader's language (extension: `reason` says it in
 * English). `rule`, `ruleTitle` and `target` are those of the rule that held it, null when no rule
 * did (a moderation mode, an address linked to a sanction: the author is told only that a moderator looks).
 */
export interface HeldFor {
  reason: HoldReason;
  rule: string | null;
  ruleTitle: string | null;
  target: Target | null;
}
/** The answer to a create or an edit: 200/201 published, 202 held with the `reason` (and `held`, an extension). */
export interface WriteAnswer {
  comment: Comment;
  reason?: string;
  held?: HeldFor;
}

export type Decision = "publish" | "hold" | "reject";
/** `POST /sites/{site}/preview`: what posting would do; `score` is an extension. */
export interface PreviewAnswer {
  html: string;
  decision: Decision;
  rule: string | null;
  spans: Span[];
  score: number;
  /** Whom the flagged words are aimed at (contract/targets.ts). */
  target: Target;
}

export type ReportReason = "personal-attack" | "spam" | "other";
/** `POST /sites/{site}/comments/{id}/reports` */
export interface ReportRequest {
  reason: ReportReason;
  note?: string;
}
export interface Report {
  id: string;
  commentId: string;
  reason: ReportReason;
  note: string | null;
  createdAt: string;
}

// Moderators

export type Role = "owner" | "moderator";
export interface Admin {
  id: string;
  email: string;
  role: Role;
  /** Absent from `GET /admin/me`. */
  createdAt?: string;
}
/** `POST /admin/login` and `GET /admin/me` */
export interface LoginAnswer {
  admin: Admin;
  csrfToken: string;
}

/**
 * The moderation queues: pending (held, but not as spam), spam (held by the spam rule, or sent
 * for review after its refusal), threats (refused as threats, not yet confirmed by a moderator),
 * reported (open reports), rejected.
 */
export const QUEUE_NAMES = ["pending", "spam", "threats", "reported", "rejected"] as const;
export type QueueName = (typeof QUEUE_NAMES)[number];
export interface QueueReport {
  reason: ReportReason;
  note: string | null;
  createdAt: string;
  /** What the report counted toward hiding: 0 when an earlier report shares its reporter's user, device or address. */
  weight: number;
}
/**
 * Moderators only: the sanction of another commenter that an address shared with the author held
 * the comment for (hold reason `linked_address`). Never shown to the author or to readers.
 */
export interface LinkedSanction {
  userId: string;
  sanctionId: string;
  type: "suspend" | "revoke";
  until: string | null;
  reason: string;
}
export interface QueueItem {
  comment: Comment;
  page: string;
  pageTitle: string | null;
  pageUrl: string | null;
  parent: Comment | null;
  author: Author & { standing: Standing };
  /** The detector's score per rule it enforces. */
  scores: Record<string, number | null>;
  rule: string | null;
  spans: Span[];
  /** Whom the detector read the flagged words as aimed at; null for comments from before targets. */
  target: Target | null;
  /** Why a pending comment waits: "detector", "spam", "acknowledged", "reports", "linked_address"; "threat" for one refused as a threat. */
  holdReason: string | null;
  /** When an address shared with a sanctioned commenter held it: that sanction. */
  linkedSanction: LinkedSanction | null;
  policyVersion: number | null;
  reports: number;
  reportReasons: QueueReport[];
  /** The spam signals' score (0..1) and the reasons that fired; null and [] for comments from before spam signals. */
  spamScore: number | null;
  signals: string[];
  /** Comments on the site (this one included) with a near-same body, not yet rejected or deleted: what "reject the wave" would reject. */
  wave: number;
}
/** `GET /admin/sites/{site}/queue` */
export interface QueuePage {
  items: QueueItem[];
  nextCursor: string | null;
  counts: Record<QueueName, number>;
  /** The server's time of the answer: what a bulk action "up to what I saw" sends back (`before`). */
  asOf: string;
}

/** `POST /admin/sites/{site}/comments/{id}/decision` */
export interface DecisionRequest {
  action: "approve" | "reject";
  /** With reject: the rule broken, which makes the rejection a strike. */
  rule?: string;
  note?: string;
  /** The status the moderator saw; another one by now is a `conflict`. */
  expectStatus?: Exclude<CommentStatus, "deleted">;
}
export interface DecisionAnswer {
  comment: Comment;
  standing: Standing;
}

export interface Sanction {
  id: string;
  type: SanctionType;
  until: string | null;
  reason: string;
  rule: string | null;
  policyVersion: number | null;
  createdAt: string;
  /** An admin id, or "policy" when the ladder gave it. */
  createdBy: string;
  liftedAt: string | null;
  liftedBy: string | null;
}
/**
 * A moderator's block of the devices or addresses a commenter used: no sessions or writes from
 * them, whoever uses them (the device id and address hash themselves are not shown).
 */
export interface Block {
  id: string;
  kind: "device" | "address";
  userId: string | null;
  reason: string;
  createdBy: string;
  createdAt: string;
  /** Null: for good. */
  until: string | null;
  liftedAt: string | null;
  liftedBy: string | null;
}
/** `POST /admin/sites/{site}/users/{userId}/blocks`: every device (or recent address) of the commenter. */
export interface BlockRequest {
  kind: "device" | "address";
  /** Absent: for good. */
  hours?: number;
  reason: string;
}
/** `POST /admin/sites/{site}/queue/spam/reject`: every comment in the spam queue up to `before` (default: now) → `{"rejected": n}` */
export interface RejectSpamRequest {
  /** The newest comment the moderator saw: later arrivals stay for another look. */
  before?: string;
  note?: string;
}
/** `POST /admin/sites/{site}/users/{userId}/reject-all` → `{"rejected": n}` */
export interface RejectAllRequest {
  note?: string;
}

/** `POST /admin/sites/{site}/users/{userId}/sanctions` */
export interface SanctionRequest {
  type: SanctionType;
  hours?: number;
  reason: string;
}

export interface Strike {
  id: string;
  siteId: string;
  userId: string;
  commentId: string | null;
  rule: string;
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
/** `GET /admin/sites/{site}/users/{userId}` */
/**
 * What a commenter's record says (moderation/trust.ts): "restricted" with an active strike or
 * recent rejections; "trusted" after many published comments over some weeks with none rejected;
 * "new" before a few; "regular" between. Trusted commenters' borderline comments publish.
 */
export const TRUST_LEVELS = ["restricted", "new", "regular", "trusted"] as const;
export type TrustLevel = (typeof TRUST_LEVELS)[number];
export interface Trust {
  level: TrustLevel;
  /** Published comments. */
  published: number;
  /** Comments rejected in the last 90 days. */
  rejected: number;
  /** Active strikes. */
  strikes: number;
  /** Days since the commenter first joined. */
  days: number;
}

export interface Dossier {
  user: PublicUser & { email: string | null; createdAt: string };
  standing: Standing;
  trust: Trust;
  blocks: Block[];
  strikes: Strike[];
  sanctions: Sanction[];
  comments: UserComment[];
}

/** `GET`/`PUT /admin/sites/{site}/policy` and each of `…/policy/versions`. */
export interface AdminPolicy extends PublicPolicy {
  publishedBy: string;
  words: Policy["words"];
}

/** `POST /admin/sites/{site}/policy/replay`: a draft, and how many recent comments to replay. */
export type ReplayRequest = PolicyDraft & { limit?: number };
export interface ReplayExample {
  id: string;
  body: string;
  score: number;
  before: Decision;
  after: Decision;
  status: CommentStatus;
  spans: Span[];
  target: Target;
}
export interface ReplayAnswer {
  examined: number;
  /** Counts keyed "before→after", e.g. "publish→hold". */
  changed: Partial<Record<`${Decision}→${Decision}`, number>>;
  totals: { before: Record<Decision, number>; after: Record<Decision, number> };
  examples: ReplayExample[];
  currentVersion: number;
}

/** A site as moderators see it: everything but the SSO secret, which is write-only. */
export interface AdminSite {
  id: string;
  name: string;
  origins: string[];
  allowGuests: boolean;
  ssoConfigured: boolean;
  editWindowMinutes: number;
  maxCommentLength: number;
  rateLimitPerMinute: number;
  /** The weight of readers' reports at which a comment is hidden (reportAction "hide"). */
  reportThreshold: number;
  /** "hide": reports whose weight reaches reportThreshold hide the comment until a moderator decides; "queue": reported comments stay visible, in the reported queue. */
  reportAction: ReportAction;
  moderationMode: ModerationMode;
  /** With moderationMode "first": how many of a commenter's comments must be published before theirs publish at once. */
  firstComments: number;
  guestChallenge: GuestChallenge;
  /** Link domains (and their subdomains) that are no spam signal, besides the site's own origins. */
  linkAllowlist: string[];
  /** Days address hashes (links, reports) are kept before the hourly sweep removes them (1..3650, default 90). */
  retentionDays: number;
  /** Erasing a commenter: "placeholder" keeps their comments' places in threads, "remove" drops them with their replies. */
  erasure: "placeholder" | "remove";
  /** Readers may vote comments down as well as up (default false: upvotes only). */
  downvotes: boolean;
  createdAt: string;
}
export type ReportAction = "hide" | "queue";
/**
 * When comments wait for a moderator before anyone else sees them: "post" only what the policy's
 * rules hold (post-moderation, the default); "first" also every comment of a commenter with fewer
 * than `firstComments` published comments; "all" every comment (pre-moderation).
 */
export const MODERATION_MODES = ["post", "first", "all"] as const;
export type ModerationMode = (typeof MODERATION_MODES)[number];
/** Whether a guest must solve a proof-of-work challenge to join: never, under a spam wave, or always. */
export const GUEST_CHALLENGES = ["off", "auto", "always"] as const;
export type GuestChallenge = (typeof GUEST_CHALLENGES)[number];
/** `GET`/`PATCH /admin/sites/{site}/pages?page=KEY`: a page's moderator settings. */
export interface AdminPage {
  key: string;
  url: string | null;
  title: string | null;
  /** No new comments or replies. */
  closed: boolean;
  /** Overrides the site's moderationMode on this page; null: the site's. */
  moderationMode: ModerationMode | null;
}
export type PageChanges = Partial<Pick<AdminPage, "closed" | "moderationMode">>;

/** `PATCH /admin/sites/{site}` (and `POST /admin/sites` with `id` and `name`). */
export type SiteChanges = Partial<Omit<AdminSite, "id" | "ssoConfigured" | "createdAt">> & { ssoSecret?: string | null };
export type { WaveAnswer, WaveRequest } from "./spam.ts";
export type { DomainEvent, EventType, Webhook, Delivery, NotificationStatus, Subscription, SubscriptionRequest } from "./notify.ts";
export type { EraseAnswer, ExportHeader, ExportRecord, ExportVote, ImportSummary, ReaderData } from "./data.ts";
export type { CommentCounts, ListingSort, PageVotes, ThreadAnswer, VoteAnswer, VoteRequest, VoteValue } from "./votes.ts";
export type { LiveEvent, LiveInfo, LiveMode } from "./live.ts";
