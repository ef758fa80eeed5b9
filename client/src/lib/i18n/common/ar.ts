// النصوص العربية المشتركة بين شاشات الميسّر.
import type { CommonMessages } from "../common-messages.ts";

// Figures stay in Latin digits, as on the participant page and in the exports.
export const ar: CommonMessages = {
  languageName: "العربية",
  languageLabel: "اللغة",
  connecting: "جارٍ الاتصال…",
  reconnecting: "جارٍ إعادة الاتصال…",
  facilitatorKeyLabel: "مفتاح الميسّر لهذه البعثة",
  keyRefused: "هذا المفتاح لا يفتح البعثة.",
  statuses: { draft: "لم تبدأ", open: "مفتوحة", closed: "مغلقة" },
  open: "فتح",
  agree: "موافق",
  neutral: "محايد",
  disagree: "غير موافق",
  mean: "المتوسط",
  consensus: "التوافق",
  n: "n",
  percent: (whole) => `${whole}%`,
  decimal: (value) => value.toFixed(1),
  meanOf: (mean, points) => `${mean} / ${points}`,
  countsAndPercentages: "الأعداد والنسب المئوية",
  hiddenAnonymous: (respondents, minimum) =>
    `مخفي حفاظًا على سرية الإجابات: عدد المجيبين ${respondents}، وتظهر النتائج ابتداءً من ${minimum}.`,
  hiddenShort: (respondents, minimum) => `مخفي: عدد المجيبين ${respondents} (يظهر ابتداءً من ${minimum})`,
  noAnswersYet: "لا إجابات بعد",
  answeredShownFrom: (respondents, minimum) => `عدد المجيبين ${respondents} · يظهر ابتداءً من ${minimum}`,
  spokenStatement: (f) =>
    `${f.code}: ${f.agree} موافق، ${f.neutral} محايد، ${f.disagree} غير موافق، ${f.dontKnow} ${f.dontKnowLabel}؛ ` +
    `${f.n} تقييمًا، المتوسط ${f.mean} من ${f.points}، التوافق ${f.consensus}.`,
  spokenRow: (code, agree, neutral, disagree) => `${code}: ${agree} موافق، ${neutral} محايد، ${disagree} غير موافق.`,
};
