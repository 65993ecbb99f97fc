/** Polish: what the lazily loaded chunk says (strings-extras.ts); the first paint's words are in ../pl.ts. */
import type { ExtraStrings } from "../../strings-extras.ts";
import { intl } from "../intl.ts";

const { num, plural } = intl("pl", { latinDigits: true });

export default {
  // The reader's own: signed in, the composers the section opens, the actions on a comment.
  signedInAs: (name: string) => `Zalogowano jako ${name}`,
  signOut: "Wyloguj się",
  replyLabel: (name: string) => `Odpowiedź do: ${name}`,
  editLabel: "Edytuj komentarz",
  postReply: "Opublikuj odpowiedź",
  save: "Zapisz",
  reply: "Odpowiedz",
  edit: "Edytuj",
  delete: "Usuń",
  report: "Zgłoś",

  policyTitle: "Regulamin komentowania",
  rulesHeading: "Zasady",
  close: "Zamknij",
  readPolicy: "Przeczytaj regulamin komentowania",
  ruleLink: (rule: string) => `Przeczytaj zasadę: ${rule}`,

  nameRequired: "Wpisz nazwę wyświetlaną.",
  checking: "Sprawdzamy, czy nie jesteś robotem…",

  warned: "Masz ostrzeżenie: kolejne naruszenia regulaminu mogą skutkować zawieszeniem.",
  reason: (r: string) => `Powód: ${r}`,
  suspended: (date: string | null) => (date ? `Możesz ponownie komentować od ${date}.` : "Możliwość komentowania została zawieszona."),
  revoked: "Możliwość komentowania została Ci odebrana.",

  composerLabel: "Napisz komentarz",
  post: "Opublikuj komentarz",
  posting: "Publikowanie…",
  cancel: "Anuluj",
  preview: "Podgląd",
  previewEmpty: "Nie ma jeszcze czego pokazać.",
  counter: (n: number, max: number) => `${num(n)} / ${num(max)}`,
  counterHelp: (max: number) => `znaków, maksymalnie ${num(max)}`,
  tooLong: (over: number) =>
    plural(over, { one: "# znak za dużo", few: "# znaki za dużo", many: "# znaków za dużo", other: "# znaku za dużo" }),
  shortcut: "Markdown: **pogrubienie**, *kursywa*, [link](https://…), > cytat, `kod`. Ctrl+Enter lub ⌘+Enter publikuje.",
  mayBreak: (rule: string) => `To może naruszać regulamin komentowania${rule ? `: ${rule}` : ""}.`,
  flagged: (what: string) => `Oznaczono (${what}):`,
  insult: "obelga",
  threat: "groźba",
  aimedAt: {
    commenter: "wobec uczestnika dyskusji",
    "public-figure": "wobec osoby publicznej",
    group: "wobec grupy",
    none: "bez konkretnego adresata",
  },
  flagSpam: "wygląda na spam",
  flagWords: "słowo niedozwolone w tym serwisie",
  rejected: (rule: string) =>
    `Nie opublikowano: to wygląda na naruszenie zasady „${rule}”. Popraw zaznaczony tekst albo poproś moderatora o sprawdzenie.`,
  refusedForReview: (rule: string) => `Nie opublikowano: to wygląda na naruszenie zasady „${rule}”. Moderator to sprawdzi.`,
  blockedWords: "Zablokowane słowa",
  revise: "Popraw",
  submitAnyway: "Mimo to wyślij do sprawdzenia",

  posted: "Komentarz został opublikowany.",
  edited: "Zmiany zostały zapisane.",

  rateLimited: (s: number | null) =>
    `Publikujesz zbyt szybko. Spróbuj ponownie za ${plural(s ?? 60, { one: "# sekundę", few: "# sekundy", many: "# sekund", other: "# sekundy" })}.`,
  networkError: "Nie można połączyć się z serwerem. Twój tekst został zachowany; spróbuj ponownie.",
  serverError: "Coś poszło nie tak. Twój tekst został zachowany; spróbuj ponownie.",
  sessionExpired: "Sesja wygasła. Dołącz ponownie.",
  nameInvalid: "Tej nazwy nie można użyć. Wybierz inną.",
  challengeFailed: "Sprawdzenie, czy nie jesteś robotem, nie powiodło się. Spróbuj ponownie.",
  signInFailed: "Logowanie nie powiodło się. Odśwież stronę, aby spróbować ponownie.",
  invalidComment: "Tego komentarza nie można wysłać w tej postaci. Sprawdź tekst i spróbuj ponownie.",
  tooLarge: "Ten komentarz jest za długi, by go wysłać.",
  editExpired: (minutes: number) =>
    `Komentarze można edytować przez ${plural(minutes, { one: "# minutę", few: "# minuty", many: "# minut", other: "# minuty" })} od publikacji.`,
  replyGone: "Na ten komentarz nie można już odpowiedzieć.",
  editGone: "Tego komentarza nie można już edytować.",
  gone: "Ten komentarz już nie istnieje.",
  notAllowed: "Tutaj nie jest to możliwe.",

  confirmDelete: "Usunąć ten komentarz?",
  reportReasons: { "personal-attack": "Atak osobisty", spam: "Spam", other: "Coś innego" },
  reportLabel: "Powód zgłoszenia",
  reportNote: "Uwaga dla moderatorów (opcjonalnie)",
  reportSend: "Wyślij zgłoszenie",
  reported: "Dziękujemy: moderator się temu przyjrzy.",
  alreadyReported: "Ten komentarz został już przez Ciebie zgłoszony.",

  // Live updates (live.ts): the bar above the list.
  newComments: (n: number) =>
    plural(n, { one: "# nowy komentarz", few: "# nowe komentarze", many: "# nowych komentarzy", other: "# nowego komentarza" }),

  // Reply emails (reply-optin.ts)
  optin: {
    label: "Powiadamiaj mnie e-mailem o odpowiedziach",
    all: "na wszystkie moje komentarze, nie tylko ten",
    email: "Twój adres e-mail",
    on: "Napiszemy do Ciebie, gdy ktoś odpowie.",
    confirm: "Sprawdź skrzynkę: wysłaliśmy link do potwierdzenia adresu.",
    failed: "Nie udało się włączyć powiadomień e-mail:",
    retry: "Spróbuj ponownie",
  },
  // Why a comment of the reader's waits for a moderator (the 202's `held`), before "only you can see it".
  heldFlagged: (rule: string, what: string) =>
    `Ten komentarz może naruszać zasadę „${rule}” (${what}), więc najpierw sprawdzi go moderator.`,
  heldAcknowledged: (rule: string) =>
    `Wysłano do sprawdzenia: komentarz pojawi się, jeśli moderator uzna, że nie narusza zasady „${rule}”.`,
  heldPremoderation: "Tutaj moderator sprawdza komentarze, zanim się pojawią.",
  heldNewCommenter: "Moderator sprawdza pierwsze komentarze nowych osób, zanim się pojawią.",
  // Votes and permalinks: said after an action, or when a permalink finds nothing
  voteJoin: "Dołącz do dyskusji, aby głosować.",
  voteFailed: "Nie udało się policzyć głosu. Spróbuj ponownie.",
  linkGone: "Wskazany komentarz jest niedostępny.",
} satisfies ExtraStrings;
