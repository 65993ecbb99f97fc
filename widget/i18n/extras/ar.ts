/** Arabic: what the lazily loaded chunk says (strings-extras.ts); the first paint's words are in ../ar.ts. */
import type { ExtraStrings } from "../../strings-extras.ts";
import { intl } from "../intl.ts";

const { num, plural } = intl("ar");

export default {
  // The reader's own: signed in, the composers the section opens, the actions on a comment.
  signedInAs: (name: string) => `تم تسجيل الدخول باسم ${name}`,
  signOut: "تسجيل الخروج",
  replyLabel: (name: string) => `الرد على ${name}`,
  editLabel: "تعديل تعليقك",
  postReply: "نشر الرد",
  save: "حفظ",
  reply: "رد",
  edit: "تعديل",
  delete: "حذف",
  report: "إبلاغ",

  policyTitle: "سياسة التعليقات",
  rulesHeading: "القواعد",
  close: "إغلاق",
  readPolicy: "قراءة سياسة التعليقات",
  ruleLink: (rule: string) => `قراءة القاعدة: ${rule}`,

  nameRequired: "أدخل اسمًا للعرض.",
  checking: "جارٍ التحقق من أنك لست روبوتًا…",

  warned: "تلقيت تحذيرًا: قد تؤدي المخالفات الأخرى للسياسة إلى إيقافك مؤقتًا عن التعليق.",
  reason: (r: string) => `السبب: ${r}`,
  suspended: (date: string | null) => (date ? `يمكنك التعليق مجددًا في ${date}.` : "تم إيقافك مؤقتًا عن التعليق."),
  revoked: "تم سحب صلاحية التعليق منك.",

  composerLabel: "اكتب تعليقًا",
  post: "نشر التعليق",
  posting: "جارٍ النشر…",
  cancel: "إلغاء",
  preview: "معاينة",
  previewEmpty: "لا شيء للمعاينة بعد.",
  // "n of max": digits around a slash would read backwards in a right-to-left line.
  counter: (n: number, max: number) => `${num(n)} من ${num(max)}`,
  counterHelp: (max: number) => `(عدد الأحرف، والحد الأقصى ${num(max)})`,
  tooLong: (over: number) =>
    plural(over, { one: "حرف واحد زائد", two: "حرفان زائدان", few: "# أحرف زائدة", many: "# حرفًا زائدًا", other: "# حرف زائد" }),
  // Each example in a left-to-right isolate (U+2066 … U+2069): markdown's marks and the keys read in their own order.
  shortcut:
    "Markdown: \u2066**غامق**\u2069، \u2066*مائل*\u2069، \u2066[رابط](https://…)\u2069، \u2066> اقتباس\u2069، \u2066`شيفرة`\u2069. \u2066Ctrl+Enter\u2069 أو \u2066⌘+Enter\u2069 للنشر.",
  mayBreak: (rule: string) => `قد يخالف هذا سياسة التعليقات${rule ? `: ${rule}` : ""}.`,
  flagged: (what: string) => `عبارات مُعلَّمة (${what}):`,
  insult: "إهانة",
  threat: "تهديد",
  aimedAt: {
    commenter: "ضد أحد المعلّقين",
    "public-figure": "ضد شخصية عامة",
    group: "ضد جماعة",
    none: "دون استهداف أحد بعينه",
  },
  flagSpam: "تبدو رسالة مزعجة",
  flagWords: "كلمة لا يسمح بها هذا الموقع",
  rejected: (rule: string) => `لم يُنشر: يبدو أن هذا يخالف القاعدة «${rule}». عدّل النص المعلَّم، أو اطلب من أحد المشرفين مراجعته.`,
  refusedForReview: (rule: string) => `لم يُنشر: يبدو أن هذا يخالف القاعدة «${rule}». سيراجعه أحد المشرفين.`,
  blockedWords: "كلمات محظورة",
  revise: "تعديل النص",
  submitAnyway: "الإرسال للمراجعة على أي حال",

  posted: "تم نشر تعليقك.",
  edited: "تم حفظ تعديلاتك.",

  rateLimited: (s: number | null) =>
    `أنت تنشر بسرعة كبيرة. حاول مجددًا بعد ${plural(s ?? 60, { one: "ثانية واحدة", two: "ثانيتين", few: "# ثوانٍ", many: "# ثانية", other: "# ثانية" })}.`,
  networkError: "تعذّر الاتصال بالخادم. نصّك محفوظ؛ حاول مجددًا.",
  serverError: "حدث خطأ ما. نصّك محفوظ؛ حاول مجددًا.",
  sessionExpired: "انتهت جلستك. يُرجى الانضمام مجددًا.",
  nameInvalid: "لا يمكن استخدام هذا الاسم. يُرجى اختيار اسم آخر.",
  challengeFailed: "لم ينجح التحقق من أنك لست روبوتًا. يُرجى المحاولة مجددًا.",
  signInFailed: "تعذّر تسجيل الدخول. أعد تحميل الصفحة للمحاولة مجددًا.",
  invalidComment: "لا يمكن إرسال هذا التعليق بصيغته الحالية. راجع النص وحاول مجددًا.",
  tooLarge: "هذا التعليق أطول من أن يُرسَل.",
  editExpired: (minutes: number) =>
    `يمكن تعديل التعليقات خلال ${plural(minutes, { one: "دقيقة واحدة", two: "دقيقتين", few: "# دقائق", many: "# دقيقة", other: "# دقيقة" })} من نشرها.`,
  replyGone: "لم يعد بالإمكان الرد على ذلك التعليق.",
  editGone: "لم يعد بالإمكان تعديل هذا التعليق.",
  gone: "هذا التعليق لم يعد موجودًا.",
  notAllowed: "هذا غير ممكن هنا.",

  confirmDelete: "هل تريد حذف هذا التعليق؟",
  reportReasons: { "personal-attack": "هجوم شخصي", spam: "رسائل مزعجة", other: "سبب آخر" },
  reportLabel: "سبب الإبلاغ",
  reportNote: "ملاحظة للمشرفين (اختيارية)",
  reportSend: "إرسال البلاغ",
  reported: "شكرًا لك: سيطّلع عليه أحد المشرفين.",
  alreadyReported: "لقد أبلغت عن هذا التعليق من قبل.",

  // Live updates (live.ts): the bar above the list.
  newComments: (n: number) =>
    plural(n, {
      zero: "لا تعليقات جديدة",
      one: "تعليق جديد واحد",
      two: "تعليقان جديدان",
      few: "# تعليقات جديدة",
      many: "# تعليقًا جديدًا",
      other: "# تعليق جديد",
    }),

  // Reply emails (reply-optin.ts)
  optin: {
    label: "أرسل لي الردود بالبريد الإلكتروني",
    all: "على كل تعليقاتي، لا على هذا التعليق وحده",
    email: "بريدك الإلكتروني",
    on: "سنراسلك عندما يرد أحد.",
    confirm: "تفقد بريدك الوارد: أرسلنا إليك رابطًا لتأكيد عنوانك.",
    failed: "تعذر إعداد رسائل الردود:",
    retry: "إعادة المحاولة",
  },
  // Why a comment of the reader's waits for a moderator (the 202's `held`), before "only you can see it".
  heldFlagged: (rule: string, what: string) => `قد يخالف هذا التعليق القاعدة «${rule}» (${what})، لذا سيراجعه أحد المشرفين أولًا.`,
  heldAcknowledged: (rule: string) => `أُرسل للمراجعة: سيُنشر إذا رأى أحد المشرفين أنه لا يخالف القاعدة «${rule}».`,
  heldPremoderation: "يراجع المشرفون التعليقات هنا قبل ظهورها.",
  heldNewCommenter: "يراجع المشرفون أولى تعليقات المشاركين الجدد قبل ظهورها.",
  // Votes and permalinks: said after an action, or when a permalink finds nothing
  voteJoin: "انضم إلى النقاش لتصوّت.",
  voteFailed: "تعذر احتساب صوتك. حاول مرة أخرى.",
  linkGone: "التعليق المشار إليه غير متاح.",
} satisfies ExtraStrings;
