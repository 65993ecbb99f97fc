/**
 * English: what only the lazily loaded chunk says (writing, reports, the standing notice, the
 * policy dialog, error messages); loaded with that chunk, never before the first paint. The first
 * paint's words are in ../en.ts.
 */
import type { Target } from "../../../contract/targets.ts";

export default {
  // The reader's own: signed in, the composers the section opens, the actions on a comment.
  signedInAs: (name: string) => `Signed in as ${name}`,
  signOut: "Sign out",
  replyLabel: (name: string) => `Reply to ${name}`,
  editLabel: "Edit your comment",
  postReply: "Post reply",
  save: "Save",
  reply: "Reply",
  edit: "Edit",
  delete: "Delete",
  report: "Report",

  // Policy
  policyTitle: "Comment policy",
  rulesHeading: "Rules",
  close: "Close",
  readPolicy: "Read the comment policy",
  ruleLink: (rule: string) => `Read the rule: ${rule}`,

  // Joining
  nameRequired: "Enter a display name.",
  checking: "Checking you are not a robot…",

  // Standing
  warned: "You have received a warning: further breaches of the policy may lead to a suspension.",
  reason: (r: string) => `Reason: ${r}`,
  suspended: (date: string | null) => (date ? `You can comment again on ${date}.` : "Your commenting is suspended."),
  revoked: "Your commenting privileges have been revoked.",

  // Composer
  composerLabel: "Write a comment",
  post: "Post comment",
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
  // What was flagged (the `what` above): the rule's kind, and whom the words were aimed at.
  insult: "insult",
  threat: "threat",
  aimedAt: {
    commenter: "aimed at a commenter",
    "public-figure": "aimed at a public figure",
    group: "aimed at a group",
    none: "aimed at nobody in particular",
  } satisfies Record<Target, string>,
  flagSpam: "looks like spam",
  flagWords: "a word this site does not allow",
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

  // Errors: the widget's own words for the API's error codes (lib/error-text.ts), not the server's.
  rateLimited: (s: number | null) => `You are posting too quickly. Try again in ${s ?? 60} seconds.`,
  networkError: "Could not reach the server. Your text is kept; try again.",
  serverError: "Something went wrong. Your text is kept; try again.",
  sessionExpired: "Your session ended. Please join again.",
  nameInvalid: "This display name cannot be used. Please choose another.",
  challengeFailed: "The robot check did not succeed. Please try again.",
  signInFailed: "Signing in did not work. Reload the page to try again.",
  invalidComment: "This comment cannot be sent as it is. Check the text and try again.",
  tooLarge: "This comment is too long to send.",
  editExpired: (minutes: number) => `Comments can be edited for ${minutes} minutes after posting.`,
  replyGone: "That comment can no longer be replied to.",
  editGone: "This comment can no longer be edited.",
  gone: "This comment no longer exists.",
  notAllowed: "This is not possible here.",

  // Reports and deleting
  confirmDelete: "Delete this comment?",
  reportReasons: { "personal-attack": "Personal attack", spam: "Spam", other: "Something else" },
  reportLabel: "Report reason",
  reportNote: "Note for the moderators (optional)",
  reportSend: "Send report",
  reported: "Thank you: a moderator will look at it.",
  alreadyReported: "You have already reported this comment.",

  // Live updates (live.ts): the bar above the list.
  newComments: (n: number) => (n === 1 ? "1 new comment" : `${n} new comments`),

  // Reply emails (reply-optin.ts)
  optin: {
    label: "Email me replies",
    all: "to all my comments, not only this one",
    email: "Your email",
    on: "We will email you when someone replies.",
    confirm: "Check your inbox: we sent a link to confirm your address.",
    failed: "Could not set up reply emails:",
    retry: "Try again",
  },
  // Why a comment of the reader's waits for a moderator (the 202's `held`), before "only you can see it".
  heldFlagged: (rule: string, what: string) => `This may break the rule “${rule}” (${what}), so a moderator will look at it first.`,
  heldAcknowledged: (rule: string) => `Sent for review: it is published if a moderator finds it within the rule “${rule}”.`,
  heldPremoderation: "A moderator reviews comments here before they appear.",
  heldNewCommenter: "A moderator reviews a new commenter’s first comments before they appear.",
  // Votes and permalinks: said after an action, or when a permalink finds nothing
  voteJoin: "Join the discussion to vote.",
  voteFailed: "Your vote could not be counted. Try again.",
  linkGone: "The linked comment is not available.",
};
