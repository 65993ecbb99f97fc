/**
 * Polish (the second person singular of Polish news sites' interfaces, "Zaloguj się"; phrased to
 * need no grammatical gender of the reader; names follow a colon, so they need no declension).
 * What the first paint says; the rest is in extras/pl.ts.
 */
import type { Strings } from "../strings.ts";
import { agoIn, intl } from "./intl.ts";

const { num, plural } = intl("pl", { latinDigits: true });
const ago = agoIn("pl");

export default {
  locale: "pl",
  dir: "ltr",
  justNow: "przed chwilą",
  ago,

  heading: "Komentarze",
  count: (n: number) => plural(n, { one: "# komentarz", few: "# komentarze", many: "# komentarzy", other: "# komentarza" }),
  sortLabel: "Sortuj",
  sortOldest: "Od najstarszych",
  sortNewest: "Od najnowszych",
  loading: "Wczytywanie komentarzy…",
  loadMore: "Wczytaj więcej",
  moreReplies: (n: number) =>
    n
      ? plural(n, {
          one: "Pokaż jeszcze # odpowiedź",
          few: "Pokaż jeszcze # odpowiedzi",
          many: "Pokaż jeszcze # odpowiedzi",
          other: "Pokaż jeszcze # odpowiedzi",
        })
      : "Pokaż więcej odpowiedzi",
  loadFailed: "Nie udało się wczytać komentarzy.",
  offline: "Wygląda na to, że nie masz połączenia z internetem.",
  retry: "Spróbuj ponownie",
  empty: "Nie ma jeszcze komentarzy. Rozpocznij dyskusję.",
  closed: "Komentarze są zamknięte.",

  policyLine: "Przed dodaniem komentarza przeczytaj nasz regulamin komentowania",

  joinHeading: "Dołącz do dyskusji",
  nameLabel: "Nazwa wyświetlana",
  joinAsGuest: "Kontynuuj jako gość",
  guestsNotAllowed: "Zaloguj się w tym serwisie, aby komentować.",

  held: "Czeka na moderację",
  heldNotice: "Tylko Ty widzisz ten komentarz, dopóki moderator go nie zatwierdzi.",
  you: "(Ty)",
  edited_: "· edytowano",
  replyingTo: (name: string) => `w odpowiedzi do: ${name}`,
  deleted: "Ten komentarz został usunięty.",

  // Votes and permalinks
  sortBest: "Najlepsze",
  upvote: (n: number) => `Głos za (${num(n)})`,
  downvote: (n: number) => `Głos przeciw (${num(n)})`,
  permalink: "Odnośnik",
  linked: "Wskazany komentarz",
} satisfies Strings;
