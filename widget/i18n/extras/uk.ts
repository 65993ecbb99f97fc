/** Ukrainian: what the lazily loaded chunk says (strings-extras.ts); the first paint's words are in ../uk.ts. */
import type { ExtraStrings } from "../../strings-extras.ts";
import { intl } from "../intl.ts";

const { num, plural } = intl("uk", { latinDigits: true });

export default {
  // The reader's own: signed in, the composers the section opens, the actions on a comment.
  signedInAs: (name: string) => `Ви увійшли як ${name}`,
  signOut: "Вийти",
  replyLabel: (name: string) => `Відповідь користувачу ${name}`,
  editLabel: "Редагувати коментар",
  postReply: "Опублікувати відповідь",
  save: "Зберегти",
  reply: "Відповісти",
  edit: "Редагувати",
  delete: "Видалити",
  report: "Поскаржитися",

  policyTitle: "Правила коментування",
  rulesHeading: "Правила",
  close: "Закрити",
  readPolicy: "Прочитати правила коментування",
  ruleLink: (rule: string) => `Прочитати правило: ${rule}`,

  nameRequired: "Введіть ім’я.",
  checking: "Перевіряємо, що ви не робот…",

  warned: "Ви отримали попередження: подальші порушення правил можуть призвести до блокування.",
  reason: (r: string) => `Причина: ${r}`,
  suspended: (date: string | null) => (date ? `Ви зможете знову коментувати з ${date}.` : "Можливість коментувати тимчасово призупинено."),
  revoked: "Вас позбавлено можливості коментувати.",

  composerLabel: "Напишіть коментар",
  post: "Опублікувати коментар",
  posting: "Публікуємо…",
  cancel: "Скасувати",
  preview: "Попередній перегляд",
  previewEmpty: "Поки що нічого переглядати.",
  counter: (n: number, max: number) => `${num(n)} / ${num(max)}`,
  counterHelp: (max: number) => `символів, не більше ніж ${num(max)}`,
  tooLong: (over: number) =>
    plural(over, { one: "# зайвий символ", few: "# зайві символи", many: "# зайвих символів", other: "# зайвого символу" }),
  shortcut: "Markdown: **жирний**, *курсив*, [посилання](https://…), > цитата, `код`. Ctrl+Enter або ⌘+Enter — опублікувати.",
  mayBreak: (rule: string) => `Це може порушувати правила коментування${rule ? `: ${rule}` : ""}.`,
  flagged: (what: string) => `Позначено (${what}):`,
  insult: "образа",
  threat: "погроза",
  aimedAt: {
    commenter: "на адресу учасника обговорення",
    "public-figure": "на адресу публічної особи",
    group: "на адресу групи людей",
    none: "без конкретного адресата",
  },
  flagSpam: "схоже на спам",
  flagWords: "слово, заборонене на цьому сайті",
  rejected: (rule: string) =>
    `Не опубліковано: схоже, це порушує правило «${rule}». Виправте позначений текст або попросіть модератора перевірити його.`,
  refusedForReview: (rule: string) => `Не опубліковано: схоже, це порушує правило «${rule}». Модератор перевірить його.`,
  blockedWords: "Заборонені слова",
  revise: "Виправити",
  submitAnyway: "Усе одно надіслати на перевірку",

  posted: "Ваш коментар опубліковано.",
  edited: "Зміни збережено.",

  rateLimited: (s: number | null) =>
    `Ви публікуєте надто швидко. Спробуйте знову через ${plural(s ?? 60, { one: "# секунду", few: "# секунди", many: "# секунд", other: "# секунди" })}.`,
  networkError: "Не вдалося зв’язатися із сервером. Ваш текст збережено; спробуйте ще раз.",
  serverError: "Щось пішло не так. Ваш текст збережено; спробуйте ще раз.",
  sessionExpired: "Ваш сеанс завершився. Увійдіть знову.",
  nameInvalid: "Це ім’я не можна використати. Виберіть інше.",
  challengeFailed: "Перевірка на робота не вдалася. Спробуйте ще раз.",
  signInFailed: "Не вдалося увійти. Перезавантажте сторінку, щоб спробувати знову.",
  invalidComment: "Цей коментар не можна надіслати в такому вигляді. Перевірте текст і спробуйте знову.",
  tooLarge: "Цей коментар задовгий, щоб його надіслати.",
  editExpired: (minutes: number) =>
    `Коментарі можна редагувати протягом ${plural(minutes, { one: "# хвилини", few: "# хвилин", many: "# хвилин", other: "# хвилини" })} після публікації.`,
  replyGone: "На цей коментар уже не можна відповісти.",
  editGone: "Цей коментар уже не можна редагувати.",
  gone: "Цього коментаря більше не існує.",
  notAllowed: "Тут це неможливо.",

  confirmDelete: "Видалити цей коментар?",
  reportReasons: { "personal-attack": "Особистий напад", spam: "Спам", other: "Інше" },
  reportLabel: "Причина скарги",
  reportNote: "Примітка для модераторів (необов’язково)",
  reportSend: "Надіслати скаргу",
  reported: "Дякуємо: модератор це перегляне.",
  alreadyReported: "Ви вже поскаржилися на цей коментар.",

  // Live updates (live.ts): the bar above the list.
  newComments: (n: number) =>
    plural(n, { one: "# новий коментар", few: "# нові коментарі", many: "# нових коментарів", other: "# нового коментаря" }),

  // Reply emails (reply-optin.ts)
  optin: {
    label: "Надсилати відповіді на e-mail",
    all: "на всі мої коментарі, не лише на цей",
    email: "Ваша електронна адреса",
    on: "Ми напишемо вам, коли хтось відповість.",
    confirm: "Перевірте пошту: ми надіслали посилання для підтвердження адреси.",
    failed: "Не вдалося налаштувати листи про відповіді:",
    retry: "Спробувати ще",
  },
  // Why a comment of the reader's waits for a moderator (the 202's `held`), before "only you can see it".
  heldFlagged: (rule: string, what: string) =>
    `Цей коментар може порушувати правило «${rule}» (${what}), тож спершу його перегляне модератор.`,
  heldAcknowledged: (rule: string) =>
    `Надіслано на перевірку: коментар з’явиться, якщо модератор вирішить, що він не порушує правило «${rule}».`,
  heldPremoderation: "Тут модератор переглядає коментарі, перш ніж вони з’являться.",
  heldNewCommenter: "Перші коментарі нових учасників модератор переглядає, перш ніж вони з’являться.",
  // Votes and permalinks: said after an action, or when a permalink finds nothing
  voteJoin: "Приєднайтеся до обговорення, щоб голосувати.",
  voteFailed: "Не вдалося врахувати ваш голос. Спробуйте ще раз.",
  linkGone: "Коментар за посиланням недоступний.",
} satisfies ExtraStrings;
