import { and, eq, isNotNull, isNull, ne, or } from "drizzle-orm";
import type { DomainEvent, EventSink, WebhookBody } from "../../contract/notify.ts";
import type { Db } from "../../db/client.ts";
import { admins, comments, deliveries, pages, sites, subscriptions, users, webhooks } from "../../db/schema.ts";
import { newId } from "../lib/crypto.ts";
import { dueDigests } from "./digest.ts";
import { currentPolicy } from "../moderation/policies.ts";
import type { MailTransport } from "./mail.ts";
import { permalink } from "./permalink.ts";
import { renderMail, type MailMessage } from "./render.ts";
import { sendDue, type SendOptions } from "./sender.ts";
import { stringsFor, type MailContent } from "./strings.ts";
import { linkToken, type LinkKind } from "./tokens.ts";

export interface NotifyConfig {
  db: Db;
  clock: () => Date;
  secret: string;
  mail: MailTransport;
  /** This server's public origin, for links in emails (PUBLIC_URL). */
  publicUrl: string;
  /** How webhook calls go out; tests may wrap it. */
  fetch?: typeof fetch;
  retry?: Partial<SendOptions["retry"]>;
  log?: (entry: Record<string, unknown>) => void;
}

/** Each instance re-reads a site's webhooks and subscription count at most this often (changes here apply at once). */
const CACHE_MS = 5_000;

interface SiteTargets {
  hooks: { id: string; events: string[] }[];
  subscribers: boolean;
}

type NewDelivery = typeof deliveries.$inferInsert;

/**
 * Turns domain events into queued deliveries (webhook calls, emails), then sends what is due.
 * On the POST path this costs nothing while a site has no webhooks and no reply subscribers: both
 * are cached per site, and every other email comes from moderators' actions.
 */
export class Notifier {
  // Answers, not promises: on Workers a request awaiting a promise another request created hangs.
  private targets = new Map<string, { at: number; value: SiteTargets }>();
  readonly options: SendOptions;

  constructor(readonly config: NotifyConfig) {
    this.options = {
      mail: config.mail,
      fetch: config.fetch ?? ((input, init) => fetch(input, init)),
      retry: { baseMs: 30_000, maxAttempts: 6, ...config.retry },
    };
  }

  /**
   * A sink for one request: on Workers the work is handed to `waitUntil`, on Node it just runs. The
   * request's events share one read of a site's targets (never another request's: on Workers that hangs).
   */
  sink(waitUntil?: (work: Promise<unknown>) => void): EventSink {
    const reads = new Map<string, Promise<SiteTargets>>();
    return {
      emit: (event) => {
        const work = this.handle(event, reads);
        waitUntil?.(work);
      },
    };
  }

  /** Drops a site's cached webhooks and subscriber flag (after a change through this instance). */
  invalidate(siteId: string) {
    this.targets.delete(siteId);
    this.invalidations++;
  }
  /** Counts invalidations, so a read that was on its way during one is not cached. */
  private invalidations = 0;

  /** Queues what the event calls for and sends it; never throws (a failure is logged). */
  async handle(event: DomainEvent, reads = new Map<string, Promise<SiteTargets>>()): Promise<void> {
    try {
      const rows = await this.deliveriesFor(event, reads);
      if (rows.length === 0) return;
      await this.config.db.insert(deliveries).values(rows);
      await this.sendDue();
    } catch (error) {
      this.config.log?.({ level: "error", notify: event.type, error: error instanceof Error ? error.message : String(error) });
    }
  }

  /** Sends the deliveries that are due now (also the timer's and the cron's work). */
  sendDue(): Promise<number> {
    return sendDue(this.config.db, this.config.clock(), this.options, this.config.log);
  }

  /** The timer's and the cron's work: moderators' digests that are due, then every due delivery. */
  async tick(): Promise<void> {
    try {
      const now = this.config.clock();
      if (this.emailOn) {
        const mails = await dueDigests(this.config.db, now, (to, id, content) => this.mail(to, content, { kind: "g", id }), this.adminUrl);
        if (mails.length > 0) {
          await this.config.db.insert(deliveries).values(mails.map((m) => this.emailRow(null, m.kind, m.message)));
        }
      }
      await this.sendDue();
    } catch (error) {
      this.config.log?.({ level: "error", notify: "tick", error: error instanceof Error ? error.message : String(error) });
    }
  }

  private get adminUrl() {
    return `${this.config.publicUrl.replace(/\/$/, "")}/admin`;
  }

  /** A queued email row, due now. */
  emailRow(siteId: string | null, kind: string, message: MailMessage): NewDelivery {
    const now = this.config.clock().toISOString();
    return {
      id: newId(),
      siteId,
      channel: "email",
      recipient: message.to,
      kind,
      payload: { ...message },
      status: "queued",
      nextAttemptAt: now,
      createdAt: now,
    };
  }

  /** Queues one delivery and sends it (the admin's "send test event", confirmation emails). */
  async enqueue(row: NewDelivery): Promise<void> {
    await this.config.db.insert(deliveries).values(row);
    await this.sendDue();
  }

  get emailOn(): boolean {
    return this.config.mail.mode !== "off";
  }

  /** The site's active webhooks and whether it has confirmed subscribers, read at most once per CACHE_MS. */
  private async siteTargets(siteId: string): Promise<SiteTargets> {
    const cached = this.targets.get(siteId);
    if (cached && Date.now() - cached.at < CACHE_MS) return cached.value;
    const { db } = this.config;
    const at = Date.now();
    const seen = this.invalidations;
    const [hooks, subscribed] = await Promise.all([
      db
        .select({ id: webhooks.id, events: webhooks.events })
        .from(webhooks)
        .where(and(eq(webhooks.siteId, siteId), eq(webhooks.active, true))),
      this.emailOn
        ? db
            .select({ id: subscriptions.id })
            .from(subscriptions)
            .where(and(eq(subscriptions.siteId, siteId), isNotNull(subscriptions.confirmedAt)))
            .limit(1)
        : Promise.resolve([]),
    ]);
    const value = { hooks, subscribers: subscribed.length > 0 };
    // An invalidation while this read was on its way wins: the answer may predate the change.
    if (seen === this.invalidations) this.targets.set(siteId, { at, value });
    return value;
  }

  private async deliveriesFor(event: DomainEvent, reads: Map<string, Promise<SiteTargets>>): Promise<NewDelivery[]> {
    const cached = this.targets.get(event.siteId);
    let read = cached && Date.now() - cached.at < CACHE_MS ? cached.value : reads.get(event.siteId);
    if (!read) reads.set(event.siteId, (read = this.siteTargets(event.siteId)));
    const targets = await read;
    const now = this.config.clock().toISOString();
    const rows: NewDelivery[] = targets.hooks
      .filter((h) => h.events.includes(event.type))
      .map((h) => ({
        id: newId(),
        siteId: event.siteId,
        channel: "webhook" as const,
        recipient: h.id,
        kind: event.type,
        payload: { body: webhookBody(event) },
        status: "queued" as const,
        nextAttemptAt: now,
        createdAt: now,
      }));
    if (this.emailOn) {
      for (const mail of await this.emailsFor(event, targets)) rows.push(this.emailRow(event.siteId, mail.kind, mail.message));
    }
    return rows;
  }

  /** The emails an event causes: replies to subscribers, decision notices to authors, threats to moderators. */
  private async emailsFor(event: DomainEvent, targets: SiteTargets): Promise<{ kind: string; message: MailMessage }[]> {
    switch (event.type) {
      case "comment.created":
        return event.comment.holdReason === "threat" && event.comment.status === "rejected" ? this.threatMails(event) : [];
      case "comment.published": {
        const mails = [];
        if (!event.edited && event.comment.parentId && targets.subscribers) mails.push(...(await this.replyMails(event)));
        if (event.by === "moderator" && event.from === "pending") mails.push(...(await this.decisionMail(event)));
        return mails;
      }
      case "comment.rejected":
        // Bulk rejections are spam waves and clean-ups: their authors are not written to.
        return !event.bulk && event.from === "pending" ? this.decisionMail(event) : [];
      case "sanction.applied":
      case "sanction.lifted":
        return this.decisionMail(event);
      default:
        return [];
    }
  }

  async mail(to: string, content: MailContent, unsubscribe: { kind: LinkKind; id: string } | null): Promise<MailMessage> {
    const link = unsubscribe
      ? { url: await this.link("unsubscribe", unsubscribe.kind, unsubscribe.id), label: stringsFor(null).unsubscribe }
      : null;
    return renderMail(to, content, link);
  }

  /** An absolute link to one of the notify endpoints, carrying a signed token. */
  async link(action: "confirm" | "unsubscribe", kind: LinkKind, id: string): Promise<string> {
    const token = await linkToken(this.config.secret, kind, id);
    return `${this.config.publicUrl.replace(/\/$/, "")}/api/v1/notify/${action}?token=${token}`;
  }

  private async siteAndPage(siteId: string, pageKey: string | null) {
    const { db } = this.config;
    const [site] = await db.select({ name: sites.name }).from(sites).where(eq(sites.id, siteId));
    const [page] = pageKey
      ? await db
          .select({ url: pages.url, key: pages.key, title: pages.title })
          .from(pages)
          .where(and(eq(pages.siteId, siteId), eq(pages.key, pageKey)))
      : [];
    return { site: site?.name ?? siteId, page: page ?? (pageKey ? { url: null, key: pageKey, title: null } : null) };
  }

  private async replyMails(event: Extract<DomainEvent, { type: "comment.published" }>) {
    const { db } = this.config;
    const reply = event.comment;
    const [parent] = await db.select({ authorId: comments.authorId }).from(comments).where(eq(comments.id, reply.parentId!));
    if (!parent || parent.authorId === reply.authorId) return [];
    const subs = await db
      .select({ id: subscriptions.id, email: subscriptions.email })
      .from(subscriptions)
      .where(
        and(
          eq(subscriptions.siteId, event.siteId),
          eq(subscriptions.userId, parent.authorId),
          isNotNull(subscriptions.confirmedAt),
          or(eq(subscriptions.commentId, reply.parentId!), isNull(subscriptions.commentId)),
        ),
      );
    if (subs.length === 0) return [];
    const { site, page } = await this.siteAndPage(event.siteId, reply.pageKey);
    const url = (page && permalink(page, reply.id)) ?? this.config.publicUrl;
    const title = page?.title ?? reply.pageKey;
    // One email per address, even when both a per-comment and an all-comments subscription match.
    const byEmail = new Map(subs.map((s) => [s.email, s]));
    return Promise.all(
      [...byEmail.values()].map(async (s) => ({
        kind: "reply",
        message: await this.mail(s.email, stringsFor(null).reply({ site, page: title, name: reply.authorName, body: reply.body, url }), {
          kind: "s",
          id: s.id,
        }),
      })),
    );
  }

  /** The address a commenter's notices go to: their SSO email, or a guest's confirmed subscription address. */
  private async noticeAddress(userId: string): Promise<string | null> {
    const { db } = this.config;
    const [user] = await db.select({ email: users.email, on: users.notifyDecisions }).from(users).where(eq(users.id, userId));
    if (!user?.on) return null;
    if (user.email) return user.email;
    const [sub] = await db
      .select({ email: subscriptions.email })
      .from(subscriptions)
      .where(and(eq(subscriptions.userId, userId), isNotNull(subscriptions.confirmedAt)))
      .limit(1);
    return sub?.email ?? null;
  }

  private async decisionMail(
    event: Extract<DomainEvent, { type: "comment.published" | "comment.rejected" | "sanction.applied" | "sanction.lifted" }>,
  ) {
    const userId = "comment" in event ? event.comment.authorId : event.sanction.userId;
    const to = await this.noticeAddress(userId);
    if (!to) return [];
    const t = stringsFor(null);
    const { site, page } = await this.siteAndPage(event.siteId, "comment" in event ? event.comment.pageKey : null);
    const title = page?.title ?? page?.key ?? "";
    let content: MailContent;
    if (event.type === "comment.published") {
      const url = (page && permalink(page, event.comment.id)) ?? this.config.publicUrl;
      content = t.published({ site, page: title, body: event.comment.body, url });
    } else if (event.type === "comment.rejected") {
      content = t.rejected({
        site,
        page: title,
        body: event.comment.body,
        rule: await this.ruleTitle(event.siteId, event.rule),
        note: event.note,
      });
    } else if (event.type === "sanction.applied") {
      const s = event.sanction;
      content = t.sanctionApplied({
        site,
        type: s.type,
        until: s.until,
        reason: s.reason,
        rule: await this.ruleTitle(event.siteId, s.rule),
      });
    } else {
      content = t.sanctionLifted({ site, type: event.sanction.type });
    }
    return [
      {
        kind: event.type.startsWith("sanction") ? event.type : "decision",
        message: await this.mail(to, content, { kind: "d", id: userId }),
      },
    ];
  }

  private async ruleTitle(siteId: string, rule: string | null): Promise<string | null> {
    if (!rule) return null;
    const policy = await currentPolicy(this.config.db, siteId);
    return policy.rules.find((r) => r.id === rule)?.title ?? rule;
  }

  private async threatMails(event: Extract<DomainEvent, { type: "comment.created" }>) {
    const { db } = this.config;
    const moderators = await db.select({ id: admins.id, email: admins.email }).from(admins).where(ne(admins.digest, "off"));
    if (moderators.length === 0) return [];
    const { site, page } = await this.siteAndPage(event.siteId, event.comment.pageKey);
    const url = this.adminUrl;
    const content = stringsFor(null).threat({
      site,
      page: page?.title ?? event.comment.pageKey,
      name: event.comment.authorName,
      body: event.comment.body,
      url,
    });
    return Promise.all(
      moderators.map(async (m) => ({ kind: "threat", message: await this.mail(m.email, content, { kind: "g", id: m.id }) })),
    );
  }
}

/** The Standard Webhooks body: `type`, `timestamp`, and the event as `data`. */
export function webhookBody(event: DomainEvent): WebhookBody {
  const { type, at, ...data } = event;
  return { type, timestamp: at, data };
}
