/**
 * The widget's user-facing strings in English, in one place, ready for translation: what the
 * first paint and reading need. What only the lazily loaded chunk says (writing, the standing
 * notice, the policy dialog) is in strings-extras.ts, so it costs the first paint nothing.
 * Other languages are widget/i18n/LANG.ts (one chunk each; README, "Languages"): they have every
 * key of both files (a missing one is a type error). Functions take the values they interpolate.
 */
import type { TimeUnit } from "./lib/time.ts";

export const strings = {
  locale: "en",
  /** The text direction: "rtl" for Arabic and Hebrew. */
  dir: "ltr",
  justNow: "just now",
  // By hand, as Intl.RelativeTimeFormat says it in English: the first Intl formatter a page builds
  // costs ~50 ms of the first paint. A translation uses Intl (widget/i18n/intl.ts).
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

  // Policy
  policyLine: "Please read our comment policy before commenting",

  // Joining
  joinHeading: "Join the discussion",
  nameLabel: "Display name",
  joinAsGuest: "Continue as guest",
  signedInAs: (name: string) => `Signed in as ${name}`,
  signOut: "Sign out",
  guestsNotAllowed: "Sign in on this site to comment.",

  // Composers the section opens
  replyLabel: (name: string) => `Reply to ${name}`,
  editLabel: "Edit your comment",
  postReply: "Post reply",
  save: "Save",

  // Comment item
  held: "Held for review",
  heldNotice: "Only you can see this comment until a moderator approves it.",
  you: "(you)",
  edited_: "· edited",
  replyingTo: (name: string) => `replying to ${name}`,
  deleted: "This comment was deleted.",
  reply: "Reply",
  edit: "Edit",
  delete: "Delete",
  report: "Report",

  // Votes and permalinks
  sortBest: "Best",
  upvote: (n: number) => `Upvote (${n})`,
  downvote: (n: number) => `Downvote (${n})`,
  voteJoin: "Join the discussion to vote.",
  voteFailed: "Your vote could not be counted. Try again.",
  permalink: "Link",
  linked: "Linked comment",
  linkGone: "The linked comment is not available.",
};

export type Strings = typeof strings;

// The page's language, when the loader is fetching one (widget/i18n/LANG.ts): the modules wait
// for it, so nothing renders in English first.
Object.assign(strings, await globalThis.parleyStrings);
