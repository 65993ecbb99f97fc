/**
 * Whom flagged words are aimed at, and how the widget, the admin app and the server's messages
 * say it. No dependencies: the widget's initial bundle imports it.
 */

/**
 * As the detector reads it: another commenter (second person, a vocative, an @mention, the
 * author of the comment replied to), a public figure (a named third person, an official, the
 * article's author), a group (people by identity or affiliation), or nobody in particular.
 */
export const TARGETS = ["commenter", "public-figure", "group", "none"] as const;
export type Target = (typeof TARGETS)[number];

const AIMED_AT: Record<Target, string> = {
  commenter: "aimed at a commenter",
  "public-figure": "aimed at a public figure",
  group: "aimed at a group",
  none: "aimed at nobody in particular",
};

/** "insult aimed at a commenter", "threat aimed at a public figure", "looks like spam": what a flag is and whom it is aimed at. */
export function describeFlag(rule: string | null | undefined, target: Target | null | undefined): string {
  if (rule === "blocked-words") return "a word this site does not allow";
  if (rule === "spam") return "looks like spam";
  const what = rule === "threats" ? "threat" : "insult";
  return target && target in AIMED_AT ? `${what} ${AIMED_AT[target]}` : what;
}
