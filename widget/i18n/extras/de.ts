/** German: what the lazily loaded chunk says (strings-extras.ts); the first paint's words are in ../de.ts. */
import type { ExtraStrings } from "../../strings-extras.ts";
import { intl } from "../intl.ts";

const { num, plural } = intl("de", { latinDigits: true });

export default {
  // The reader's own: signed in, the composers the section opens, the actions on a comment.
  signedInAs: (name: string) => `Angemeldet als ${name}`,
  signOut: "Abmelden",
  replyLabel: (name: string) => `Antwort an ${name}`,
  editLabel: "Kommentar bearbeiten",
  postReply: "Antwort senden",
  save: "Speichern",
  reply: "Antworten",
  edit: "Bearbeiten",
  delete: "Löschen",
  report: "Melden",

  policyTitle: "Kommentarrichtlinien",
  rulesHeading: "Regeln",
  close: "Schließen",
  readPolicy: "Kommentarrichtlinien lesen",
  ruleLink: (rule: string) => `Regel lesen: ${rule}`,

  nameRequired: "Bitte geben Sie einen Anzeigenamen ein.",
  checking: "Wir prüfen, dass Sie kein Roboter sind …",

  warned: "Sie haben eine Verwarnung erhalten: Weitere Verstöße gegen die Richtlinien können zu einer Sperre führen.",
  reason: (r: string) => `Grund: ${r}`,
  suspended: (date: string | null) =>
    date ? `Sie können ab ${date} wieder kommentieren.` : "Sie sind vorübergehend für Kommentare gesperrt.",
  revoked: "Ihre Berechtigung zu kommentieren wurde entzogen.",

  composerLabel: "Kommentar schreiben",
  post: "Kommentar senden",
  posting: "Wird gesendet …",
  cancel: "Abbrechen",
  preview: "Vorschau",
  previewEmpty: "Noch nichts für eine Vorschau.",
  counter: (n: number, max: number) => `${num(n)} / ${num(max)}`,
  counterHelp: (max: number) => `Zeichen, höchstens ${num(max)}`,
  tooLong: (over: number) => `${num(over)} Zeichen zu viel`,
  shortcut: "Markdown: **fett**, *kursiv*, [Link](https://…), > Zitat, `Code`. Strg+Enter oder ⌘+Enter sendet.",
  mayBreak: (rule: string) => `Dies könnte gegen die Kommentarrichtlinien verstoßen${rule ? `: ${rule}` : ""}.`,
  flagged: (what: string) => `Markiert (${what}):`,
  insult: "Beleidigung",
  threat: "Drohung",
  aimedAt: {
    commenter: "gegen eine kommentierende Person",
    "public-figure": "gegen eine Person des öffentlichen Lebens",
    group: "gegen eine Gruppe",
    none: "ohne bestimmtes Ziel",
  },
  flagSpam: "sieht nach Spam aus",
  flagWords: "ein Wort, das diese Website nicht erlaubt",
  rejected: (rule: string) =>
    `Nicht veröffentlicht: Dies scheint gegen die Regel „${rule}“ zu verstoßen. Überarbeiten Sie den markierten Text oder bitten Sie die Moderation um Prüfung.`,
  refusedForReview: (rule: string) =>
    `Nicht veröffentlicht: Dies scheint gegen die Regel „${rule}“ zu verstoßen. Die Moderation wird den Kommentar prüfen.`,
  blockedWords: "Gesperrte Wörter",
  revise: "Überarbeiten",
  submitAnyway: "Trotzdem zur Prüfung einreichen",

  posted: "Ihr Kommentar wurde veröffentlicht.",
  edited: "Ihre Änderungen wurden gespeichert.",

  rateLimited: (s: number | null) =>
    `Sie kommentieren zu schnell. Versuchen Sie es in ${plural(s ?? 60, { one: "# Sekunde", other: "# Sekunden" })} erneut.`,
  networkError: "Der Server ist nicht erreichbar. Ihr Text bleibt erhalten; versuchen Sie es erneut.",
  serverError: "Etwas ist schiefgelaufen. Ihr Text bleibt erhalten; versuchen Sie es erneut.",
  sessionExpired: "Ihre Sitzung ist abgelaufen. Bitte melden Sie sich erneut an.",
  nameInvalid: "Dieser Anzeigename kann nicht verwendet werden. Bitte wählen Sie einen anderen.",
  challengeFailed: "Die Prüfung, dass Sie kein Roboter sind, ist fehlgeschlagen. Bitte versuchen Sie es erneut.",
  signInFailed: "Die Anmeldung hat nicht funktioniert. Laden Sie die Seite neu, um es erneut zu versuchen.",
  invalidComment: "Dieser Kommentar kann so nicht gesendet werden. Prüfen Sie den Text und versuchen Sie es erneut.",
  tooLarge: "Dieser Kommentar ist zu lang, um gesendet zu werden.",
  editExpired: (minutes: number) =>
    `Kommentare können bis ${plural(minutes, { one: "# Minute", other: "# Minuten" })} nach dem Senden bearbeitet werden.`,
  replyGone: "Auf diesen Kommentar kann nicht mehr geantwortet werden.",
  editGone: "Dieser Kommentar kann nicht mehr bearbeitet werden.",
  gone: "Diesen Kommentar gibt es nicht mehr.",
  notAllowed: "Das ist hier nicht möglich.",

  confirmDelete: "Diesen Kommentar löschen?",
  reportReasons: { "personal-attack": "Persönlicher Angriff", spam: "Spam", other: "Etwas anderes" },
  reportLabel: "Grund der Meldung",
  reportNote: "Hinweis für die Moderation (optional)",
  reportSend: "Meldung senden",
  reported: "Danke: Die Moderation sieht sich das an.",
  alreadyReported: "Sie haben diesen Kommentar bereits gemeldet.",

  // Live updates (live.ts): the bar above the list.
  newComments: (n: number) => plural(n, { one: "# neuer Kommentar", other: "# neue Kommentare" }),

  // Reply emails (reply-optin.ts)
  optin: {
    label: "Antworten per E-Mail erhalten",
    all: "zu allen meinen Kommentaren, nicht nur zu diesem",
    email: "Ihre E-Mail-Adresse",
    on: "Wir benachrichtigen Sie per E-Mail, wenn jemand antwortet.",
    confirm: "Sehen Sie in Ihr Postfach: Wir haben Ihnen einen Link zur Bestätigung Ihrer Adresse geschickt.",
    failed: "Die Benachrichtigung per E-Mail konnte nicht eingerichtet werden:",
    retry: "Erneut versuchen",
  },
  // Why a comment of the reader's waits for a moderator (the 202's `held`), before "only you can see it".
  heldFlagged: (rule: string, what: string) =>
    `Ihr Kommentar könnte gegen die Regel „${rule}“ verstoßen (${what}); die Moderation prüft ihn zuerst.`,
  heldAcknowledged: (rule: string) =>
    `Zur Prüfung eingereicht: Er erscheint, wenn die Moderation ihn mit der Regel „${rule}“ vereinbar findet.`,
  heldPremoderation: "Kommentare werden hier von der Moderation geprüft, bevor sie erscheinen.",
  heldNewCommenter: "Die ersten Kommentare neuer Mitglieder prüft die Moderation, bevor sie erscheinen.",
  // Votes and permalinks: said after an action, or when a permalink finds nothing
  voteJoin: "Diskutieren Sie mit, um abzustimmen.",
  voteFailed: "Ihre Stimme konnte nicht gezählt werden. Versuchen Sie es erneut.",
  linkGone: "Der verlinkte Kommentar ist nicht verfügbar.",
} satisfies ExtraStrings;
