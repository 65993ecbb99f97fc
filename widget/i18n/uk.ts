/**
 * Ukrainian (the polite "ви" of Ukrainian news sites; phrased to need no grammatical gender of the
 * reader; names follow "користувачу", so they need no declension).
 * What the first paint says; the rest is in extras/uk.ts.
 */
import type { Strings } from "../strings.ts";
import { agoIn, intl } from "./intl.ts";

const { num, plural } = intl("uk", { latinDigits: true });
const ago = agoIn("uk");

export default {
  locale: "uk",
  dir: "ltr",
  justNow: "щойно",
  ago,

  heading: "Коментарі",
  count: (n: number) => plural(n, { one: "# коментар", few: "# коментарі", many: "# коментарів", other: "# коментаря" }),
  sortLabel: "Сортування",
  sortOldest: "Спершу старі",
  sortNewest: "Спершу нові",
  loading: "Завантаження коментарів…",
  loadMore: "Завантажити ще",
  moreReplies: (n: number) =>
    n
      ? plural(n, {
          one: "Показати ще # відповідь",
          few: "Показати ще # відповіді",
          many: "Показати ще # відповідей",
          other: "Показати ще # відповіді",
        })
      : "Показати ще відповіді",
  loadFailed: "Не вдалося завантажити коментарі.",
  offline: "Схоже, ви не в мережі.",
  retry: "Спробувати знову",
  empty: "Коментарів ще немає. Почніть обговорення.",
  closed: "Коментування закрито.",

  policyLine: "Перш ніж коментувати, прочитайте наші правила коментування",

  joinHeading: "Долучайтеся до обговорення",
  nameLabel: "Ваше ім’я",
  joinAsGuest: "Продовжити як гість",
  guestsNotAllowed: "Увійдіть на цьому сайті, щоб коментувати.",

  held: "Очікує на модерацію",
  heldNotice: "Лише ви бачите цей коментар, доки модератор його не схвалить.",
  you: "(ви)",
  edited_: "· змінено",
  replyingTo: (name: string) => `у відповідь користувачу ${name}`,
  deleted: "Цей коментар видалено.",

  // Votes and permalinks
  sortBest: "Найкращі",
  upvote: (n: number) => `Голосувати за (${num(n)})`,
  downvote: (n: number) => `Голосувати проти (${num(n)})`,
  permalink: "Посилання",
  linked: "Коментар за посиланням",
} satisfies Strings;
