/**
 * Every user-facing string of the widget, in one place, ready for translation: replace
 * this object (same shape) to translate. Functions take the values they interpolate.
 */
import type { TimeUnit } from "./lib/time.ts";

export const strings = {
  locale: "en",
  justNow: "just now",
  // By hand, as Intl.RelativeTimeFormat says it in English: the first Intl formatter a page builds
  // costs ~50 ms of the first paint. A translation can use `intlAgo(locale)` from lib/time.ts.
  ago: (n: number, unit: TimeUnit) => {
    const k = Math.abs(n);
    if (k === 1 && unit === "day") return n < 0 ? "yesterday" : "tomorrow";
    if (k === 1 && unit !== "hour" && unit !== "minute") return (n < 0 ? "last " : "next ") + unit;
    const units = `${k} ${unit}${k === 1 ? "" : "s"}`;
    return n < 0 ? `${units} ago` : `in ${units}`;
  },

  // Section
  heading: "Comments",
  // Digits grouped by hand: the first toLocaleString builds a number formatter (~50 ms in Chromium).
  count: (n: number) => (n === 1 ? "1 comment" : `${String(n).replace(/\B(?=(\d{3})+$)/g, ",")} comments`),
  sortLabel: "Sort",
  sortOldest: "Oldest",
  sortNewest: "Newest",
  loading: "Loading comments…",
  loadMore: "Load more",
  moreReplies: (n: number) => `Show ${n || ""} more ${n === 1 ? "reply" : "replies"}`.replace("  ", " "),
  loadFailed: "Comments could not be loaded.",
  offline: "You appear to be offline.",
  retry: "Try again",
  empty: "No comments yet. Start the conversation.",
  closed: "Comments are closed.",
  newComments: (n: number) => (n === 1 ? "1 new comment" : `${n} new comments`),

  // Policy
  policyLine: "Please read our comment policy before commenting",
  policyTitle: "Comment policy",
  rulesHeading: "Rules",
  close: "Close",
  readPolicy: "Read the comment policy",
  ruleLink: (rule: string) => `Read the rule: ${rule}`,

  // Joining
  joinHeading: "Join the discussion",
  nameLabel: "Display name",
  joinAsGuest: "Continue as guest",
  signedInAs: (name: string) => `Signed in as ${name}`,
  signOut: "Sign out",
  guestsNotAllowed: "Sign in on this site to comment.",
  nameRequired: "Enter a display name.",
  checking: "Checking you are not a robot…",

  // Standing
  warned: "You have received a warning: further breaches of the policy may lead to a suspension.",
  reason: (r: string) => `Reason: ${r}`,
  suspended: (date: string | null) => (date ? `You can comment again on ${date}.` : "Your commenting is suspended."),
  revoked: "Your commenting privileges have been revoked.",

  // Composer
  composerLabel: "Write a comment",
  replyLabel: (name: string) => `Reply to ${name}`,
  editLabel: "Edit your comment",
  post: "Post comment",
  postReply: "Post reply",
  save: "Save",
  posting: "Posting…",
  cancel: "Cancel",
  preview: "Preview",
  previewEmpty: "Nothing to preview yet.",
  counter: (n: number, max: number) => `${n} / ${max}`,
  counterHelp: (max: number) => `characters, at most ${max}`,
  tooLong: (over: number) => `${over} too many`,
  shortcut: "Markdown: **bold**, *italic*, [link](https://…), > quote, `code`. Ctrl+Enter or ⌘+Enter posts.",
  mayBreak: (rule: string) => `This may break the comment policy${rule ? `: ${rule}` : ""}.`,
  flagged: (what: string) => `Flagged (${what}):`,
  rejected: (rule: string) =>
    `Not posted: this appears to break the rule “${rule}”. Revise the marked text, or ask a moderator to review it.`,
  // A threat: refused, and already queued for moderators (no "submit anyway").
  refusedForReview: (rule: string) => `Not posted: this appears to break the rule “${rule}”. A moderator will review it.`,
  // The site's word lists, a rule of their own (not in the policy's list of rules).
  blockedWords: "Blocked words",
  revise: "Revise",
  submitAnyway: "Submit for review anyway",

  // Outcomes
  posted: "Your comment was posted.",
  edited: "Your changes were saved.",
  held: "Held for review",
  heldNotice: "Only you can see this comment until a moderator approves it.",
  rateLimited: (s: number | null) => `You are posting too quickly. Try again in ${s ?? 60} seconds.`,
  networkError: "Could not reach the server. Your text is kept; try again.",
  serverError: "Something went wrong. Your text is kept; try again.",
  sessionExpired: "Your session ended. Please join again.",

  // Comment item
  you: "(you)",
  edited_: "· edited",
  replyingTo: (name: string) => `replying to ${name}`,
  deleted: "This comment was deleted.",
  reply: "Reply",
  edit: "Edit",
  delete: "Delete",
  report: "Report",
  confirmDelete: "Delete this comment?",
  reportReasons: { "personal-attack": "Personal attack", spam: "Spam", other: "Something else" },
  reportLabel: "Report reason",
  reportNote: "Note for the moderators (optional)",
  reportSend: "Send report",
  reported: "Thank you: a moderator will look at it.",
  alreadyReported: "You have already reported this comment.",
};

export type Strings = typeof strings;
