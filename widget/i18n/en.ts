/**
 * English, the source of every translation: what the first paint and reading say. A chunk of its
 * own like every language (README, "Languages"), so that the modules carry no strings; what only
 * the lazily loaded chunk says is in extras/en.ts. Functions take the values they interpolate.
 */
import type { TimeUnit } from "../lib/time.ts";

export default {
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
  guestsNotAllowed: "Sign in on this site to comment.",

  // Comment item
  held: "Held for review",
  heldNotice: "Only you can see this comment until a moderator approves it.",
  you: "(you)",
  edited_: "· edited",
  replyingTo: (name: string) => `replying to ${name}`,
  deleted: "This comment was deleted.",

  // Votes and permalinks
  sortBest: "Best",
  upvote: (n: number) => `Upvote (${n})`,
  downvote: (n: number) => `Downvote (${n})`,
  permalink: "Link",
  linked: "Linked comment",
};
