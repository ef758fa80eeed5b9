// Arabic texts of the rapporteur page (laid out right to left).
import { ar as form } from "../priority-form/ar.ts";
import type { RapporteurMessages } from "../rapporteur-messages.ts";

export const ar: RapporteurMessages = {
  ...form,
  languageName: "العربية",
  languageLabel: "اللغة",
  groupHeading: (name) => `مجموعة العمل: ${name}`,
  intro:
    "سجّل التحديات ذات الأولوية لمجموعتك، والعبارات التي تنبع منها، والإجراءات الواقعية التي تقترحها مع القدرات والموارد التي تحتاجها. يرى الميسّر كل واحد منها فور حفظه.",
  yourPriorities: (count, most) => `أولويات مجموعتك (${count} من ${most} كحد أقصى)`,
  noPriorities: "لم تُسجَّل أي أولوية بعد.",
  closed: "أغلق الميسّر مجموعات العمل: يمكنك قراءة ما سجّلته مجموعتك دون تغييره.",
  loading: "جارٍ تحميل مجموعتك…",
  badLink: "هذا الرابط لا يفتح أي مجموعة عمل. اطلب من الميسّر رابط مجموعتك أو رمز QR الخاص بها.",
  loadFailed: "تعذّر تحميل مجموعتك. تحقق من الاتصال وحاول مرة أخرى.",
  retry: "إعادة المحاولة",
};
