/**
 * Arabic (Modern Standard Arabic, addressing the reader as Arabic news sites do), right to left:
 * the section gets dir="rtl". Six plural forms (zero, one, two, few, many, other).
 * What the first paint says; the rest is in extras/ar.ts.
 */
import type { Strings } from "../strings.ts";
import { agoIn, intl } from "./intl.ts";

const { num, plural } = intl("ar");
const ago = agoIn("ar");

export default {
  locale: "ar",
  dir: "rtl",
  justNow: "الآن",
  ago,

  heading: "التعليقات",
  count: (n: number) =>
    plural(n, { zero: "لا توجد تعليقات", one: "تعليق واحد", two: "تعليقان", few: "# تعليقات", many: "# تعليقًا", other: "# تعليق" }),
  sortLabel: "الترتيب",
  sortOldest: "الأقدم أولًا",
  sortNewest: "الأحدث أولًا",
  loading: "جارٍ تحميل التعليقات…",
  loadMore: "تحميل المزيد",
  moreReplies: (n: number) =>
    n
      ? plural(n, { one: "عرض ردّ آخر", two: "عرض ردّين آخرين", few: "عرض # ردود أخرى", many: "عرض # ردًّا آخر", other: "عرض # ردّ آخر" })
      : "عرض مزيد من الردود",
  loadFailed: "تعذّر تحميل التعليقات.",
  offline: "يبدو أنك غير متصل بالإنترنت.",
  retry: "إعادة المحاولة",
  empty: "لا توجد تعليقات بعد. ابدأ النقاش.",
  closed: "التعليقات مغلقة.",

  policyLine: "يُرجى قراءة سياسة التعليقات قبل التعليق",

  joinHeading: "شارك في النقاش",
  nameLabel: "الاسم المعروض",
  joinAsGuest: "المتابعة كزائر",
  guestsNotAllowed: "سجّل الدخول في هذا الموقع لتتمكن من التعليق.",

  held: "بانتظار المراجعة",
  heldNotice: "لن يرى هذا التعليق أحد سواك حتى يوافق عليه أحد المشرفين.",
  you: "(أنت)",
  edited_: "· معدَّل",
  replyingTo: (name: string) => `ردًّا على ${name}`,
  deleted: "حُذف هذا التعليق.",

  // Votes and permalinks
  sortBest: "الأفضل",
  upvote: (n: number) => `تصويت مؤيد (${num(n)})`,
  downvote: (n: number) => `تصويت معارض (${num(n)})`,
  permalink: "رابط",
  linked: "التعليق المشار إليه",
} satisfies Strings;
