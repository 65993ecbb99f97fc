/**
 * Every email's words, in one module so a translation is one more dictionary. A template gives a
 * subject, paragraphs and an optional link; render.ts makes the plain-text and HTML parts from them.
 */
export interface MailContent {
  subject: string;
  paragraphs: string[];
  /** The one thing to do: "Read the reply", "Confirm". */
  action?: { label: string; url: string };
  /** Quoted text (a comment's body), shown set apart. */
  quote?: string;
  /** Why the reader gets this, above the unsubscribe link. */
  footer: string;
}

export interface Strings {
  unsubscribe: string;
  confirm(a: { site: string; url: string }): MailContent;
  reply(a: { site: string; page: string; name: string; body: string; url: string }): MailContent;
  published(a: { site: string; page: string; body: string; url: string }): MailContent;
  rejected(a: { site: string; page: string; body: string; rule: string | null; note: string | null }): MailContent;
  sanctionApplied(a: {
    site: string;
    type: "warn" | "suspend" | "revoke";
    until: string | null;
    reason: string;
    rule: string | null;
  }): MailContent;
  sanctionLifted(a: { site: string; type: "warn" | "suspend" | "revoke" }): MailContent;
  threat(a: { site: string; page: string; name: string; body: string; url: string }): MailContent;
  digest(a: { counts: { site: string; queue: string; count: number }[]; url: string; period: "hourly" | "daily" }): MailContent;
  confirmedTitle: string;
  confirmButton: string;
  confirmedPage: string;
  unsubscribePage: { title: string; button: string; done: string; invalid: string };
}

const SANCTION = { warn: "a warning", suspend: "a suspension", revoke: "revoked comment privileges" } as const;

export const en: Strings = {
  unsubscribe: "Unsubscribe",
  confirm: ({ site, url }) => ({
    subject: `Confirm reply notifications on ${site}`,
    paragraphs: [
      `Someone (we hope you) asked to be told by email when readers reply to their comments on ${site}.`,
      "Nothing is sent until you confirm. If it was not you, ignore this email and we will not write again.",
    ],
    action: { label: "Confirm", url },
    footer: `You get this email because this address was entered under a comment on ${site}.`,
  }),
  reply: ({ site, page, name, body, url }) => ({
    subject: `${name} replied to your comment on ${page}`,
    paragraphs: [`${name} replied to your comment on "${page}":`],
    quote: body,
    action: { label: "Read the reply", url },
    footer: `You asked ${site} to tell you about replies to your comments.`,
  }),
  published: ({ site, page, body, url }) => ({
    subject: `Your comment on ${page} is published`,
    paragraphs: [`A moderator of ${site} published your comment on "${page}":`],
    quote: body,
    action: { label: "See it", url },
    footer: `${site} tells commenters what moderators decide about their comments.`,
  }),
  rejected: ({ site, page, body, rule, note }) => ({
    subject: `Your comment on ${page} was not published`,
    paragraphs: [
      `A moderator of ${site} did not publish your comment on "${page}".`,
      ...(rule ? [`It breaks the rule "${rule}" of the comment policy.`] : []),
      ...(note ? [`The moderator's note: ${note}`] : []),
    ],
    quote: body,
    footer: `${site} tells commenters what moderators decide about their comments.`,
  }),
  sanctionApplied: ({ site, type, until, reason, rule }) => ({
    subject: type === "warn" ? `A warning from the moderators of ${site}` : `Your comment privileges on ${site} have changed`,
    paragraphs: [
      `The moderators of ${site} gave you ${SANCTION[type]}${until && type === "suspend" ? ` until ${until.replace("T", " ").slice(0, 16)} UTC` : ""}.`,
      `Reason: ${reason}`,
      ...(rule ? [`Rule: ${rule}`] : []),
    ],
    footer: `${site} tells commenters what moderators decide about them.`,
  }),
  sanctionLifted: ({ site, type }) => ({
    subject: `The moderators of ${site} lifted ${SANCTION[type]}`,
    paragraphs: [`The moderators of ${site} lifted ${SANCTION[type]} they had given you.`],
    footer: `${site} tells commenters what moderators decide about them.`,
  }),
  threat: ({ site, page, name, body, url }) => ({
    subject: `Threat held on ${site}: ${page}`,
    paragraphs: [`The detector refused a comment by ${name} on "${page}" as a threat. It waits in the Threats queue.`],
    quote: body,
    action: { label: "Open the Threats queue", url },
    footer: "Moderators are told about threats at once. Choose your digest in /admin.",
  }),
  digest: ({ counts, url, period }) => ({
    subject: `${counts.reduce((n, c) => n + c.count, 0)} comments wait for a moderator`,
    paragraphs: [
      `What waits in the moderation queues now (your ${period} digest):`,
      ...counts.map((c) => `${c.site}, ${c.queue}: ${c.count}`),
    ],
    action: { label: "Open the queues", url },
    footer: "You get this digest as a moderator. Choose hourly, daily or none in /admin.",
  }),
  confirmedTitle: "Reply notifications",
  confirmButton: "Yes, email me replies",
  confirmedPage: "Confirmed: we will email you when readers reply. Every email has a link to stop.",
  unsubscribePage: {
    title: "Unsubscribe",
    button: "Unsubscribe",
    done: "Done: you will get no more of these emails.",
    invalid: "This link is not valid (it may have been cut short). Copy the whole link from the email.",
  },
};

/** By language tag; English when a site's language has no dictionary yet. */
export const STRINGS: Record<string, Strings> = { en };

export function stringsFor(locale: string | null | undefined): Strings {
  return STRINGS[locale ?? "en"] ?? STRINGS[(locale ?? "").split("-")[0]!] ?? en;
}
