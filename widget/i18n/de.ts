/** German (formal "Sie", as German news sites address their readers). What the first paint says; the rest is in extras/de.ts. */
import type { Strings } from "../strings.ts";
import { agoIn, intl } from "./intl.ts";

const { num, plural } = intl("de", { latinDigits: true });
const ago = agoIn("de");

export default {
  locale: "de",
  dir: "ltr",
  justNow: "gerade eben",
  ago,

  heading: "Kommentare",
  count: (n: number) => plural(n, { one: "# Kommentar", other: "# Kommentare" }),
  sortLabel: "Sortieren",
  sortOldest: "Älteste zuerst",
  sortNewest: "Neueste zuerst",
  loading: "Kommentare werden geladen …",
  loadMore: "Weitere laden",
  moreReplies: (n: number) =>
    n ? plural(n, { one: "# weitere Antwort anzeigen", other: "# weitere Antworten anzeigen" }) : "Weitere Antworten anzeigen",
  loadFailed: "Die Kommentare konnten nicht geladen werden.",
  offline: "Sie sind offenbar offline.",
  retry: "Erneut versuchen",
  empty: "Noch keine Kommentare. Schreiben Sie den ersten.",
  closed: "Die Kommentarfunktion ist geschlossen.",

  policyLine: "Bitte lesen Sie vor dem Kommentieren unsere Kommentarrichtlinien",

  joinHeading: "Diskutieren Sie mit",
  nameLabel: "Anzeigename",
  joinAsGuest: "Als Gast fortfahren",
  guestsNotAllowed: "Melden Sie sich auf dieser Website an, um zu kommentieren.",

  held: "Wartet auf Prüfung",
  heldNotice: "Nur Sie sehen diesen Kommentar, bis die Moderation ihn freigibt.",
  you: "(Sie)",
  edited_: "· bearbeitet",
  replyingTo: (name: string) => `Antwort an ${name}`,
  deleted: "Dieser Kommentar wurde gelöscht.",

  // Votes and permalinks
  sortBest: "Beste zuerst",
  upvote: (n: number) => `Positiv bewerten (${num(n)})`,
  downvote: (n: number) => `Negativ bewerten (${num(n)})`,
  permalink: "Link",
  linked: "Verlinkter Kommentar",
} satisfies Strings;
