// النصوص العربية لشاشة العرض.
import { ar as common } from "../common/ar.ts";
import type { PresenterMessages } from "../presenter-messages.ts";

export const ar: PresenterMessages = {
  ...common,
  secondLanguageLabel: "لغة ثانية",
  noSecondLanguage: "لا شيء",
  overview: "نظرة عامة",
  fullScreen: "ملء الشاشة",
  needsWorkshop: "افتح هذه الشاشة من وحدة تحكم الميسّر: فهي تحتاج إلى ورشة عمل.",
  cannotShow: (problem) => `تعذّر عرض ورشة العمل: ${problem}`,
  workshopDraft: "لم تُفتح ورشة العمل بعد.",
  workshopClosed: "أُغلقت ورشة العمل.",
  statementOf: (position, total) => `العبارة ${position} من ${total}`,
  votingLocked: "التصويت مقفل",
  allStatements: "جميع العبارات",
  resultsLabel: "النتائج",
  resultsHidden: "النتائج مخفية إلى أن يكشفها الميسّر.",
  answeredSoFar: "إجابة حتى الآن.",
  howToJoin: "طريقة الانضمام",
  goTo: "انتقل إلى",
  enterTheCode: "وأدخل الرمز",
  code: "الرمز",
  qrLabel: (url) => `رمز QR للانضمام: ${url}`,
  joinAddressLabel: "عنوان المشاركة",
  joinAddressOption: (host, network) => `${host} (${network})`,
  joined: "انضموا",
  voted: "صوّتوا",
  haveResults: (answered, total) => `${answered} من ${total} لها نتائج`,
  pageOf: (page, pages) => `الصفحة ${page} من ${pages}`,
  statementsPage: (page, pages) => `العبارات، الصفحة ${page} من ${pages}`,
  previousPage: "الصفحة السابقة",
  nextPage: "الصفحة التالية",
  sortByNet: "الترتيب حسب صافي الموافقة",
  overviewSpoken: (total, shown) =>
    `نظرة عامة على ${total} عبارة؛ ${shown} منها لديها إجابات كافية للعرض. يعرض الجدول أدناه جميع الأرقام.`,
};
