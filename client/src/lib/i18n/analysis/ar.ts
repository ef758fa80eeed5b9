// النصوص العربية لصفحة التحليل.
import type { AnalysisMessages } from "../analysis-messages.ts";
import { ar as common } from "../common/ar.ts";

const range = (interval: string | null) => (interval ? ` (المجال ${interval})` : "");

export const ar: AnalysisMessages = {
  ...common,
  analysisTitle: "تحليل البعثة",
  cannotLoad: (problem) => `تعذّر تحميل البعثة: ${problem}`,
  loadingAnalysis: "جارٍ تحميل التحليل…",
  viewsLabel: "أقسام التحليل",
  views: { analysis: "مقارنة المجموعات", shortlist: "القائمة المختارة", retreat: "عرض الخلوة", exports: "الصادرات" },
  headings: {
    compared: "مقارنة المجموعات",
    flagged: "العبارات البارزة",
    shortlist: "القائمة المختارة لخلوة الفريق القطري للعمل الإنساني",
    retreat: "عرض الخلوة",
    exports: "الصادرات",
  },

  access: {
    title: "فتح تحليل بعثة",
    hint: "الصق معرّف البعثة (من شريط عنوان وحدة التحكم) ومفتاح الميسّر الذي ظهر عند إنشاء البعثة.",
    missionId: "معرّف البعثة",
    refused: "هذا المفتاح لا يفتح هذه البعثة.",
  },

  bar: {
    facts: (constituencies, statements, minimum) =>
      `${constituencies} مجموعات · ${statements} عبارة · تُخفى المجموعات التي تقل إجاباتها عن ${minimum}`,
    pillar: "المحور",
    allPillars: "جميع المحاور",
    statementLanguage: "لغة العبارات والملفات",
    reload: "إعادة تحميل الأرقام",
    reloading: "جارٍ إعادة التحميل…",
    asOf: (time) => `حتى الساعة ${time}`,
  },

  heat: {
    legend: "صافي الموافقة (% الموافقين − % غير الموافقين):",
    legendScale: "الألوان من −100% (الجميع غير موافقين) إلى +100% (الجميع موافقون)",
    withheld: "مخفي",
    withheldMeaning: (minimum) => `أقل من ${minimum} إجابات، أو مخفي حتى لا يمكن استنتاج مجموعة أصغر`,
    caption: "صافي الموافقة لكل عبارة ومجموعة",
    statement: "العبارة",
    countsAsHct: "تُحسب ضمن الفريق القطري",
    hctPooled: "الفريق القطري مجتمعًا",
    othersPooled: "الآخرون مجتمعين",
    gap: "الفريق القطري − الآخرون",
    gapUnit: "المتوسط، بنقاط المقياس",
    gapGroup: "الفريق القطري − الآخرون، المتوسط بنقاط المقياس",
    beyondNoise: "أكبر من الصدفة",
    withinNoise: "ضمن حدود الصدفة",
    n: (n) => `n ${n}`,
  },

  describe: {
    withheldBelowMinimum: (group, respondents, minimum) =>
      `${group}: مخفي حفاظًا على سرية الإجابات — عدد المجيبين ${respondents}، وهو أقل من الحد الأدنى للبعثة (${minimum}).`,
    withheldComplementary: (group, respondents) =>
      `${group}: مخفي رغم أن عدد المجيبين ${respondents}، لأن إظهاره يسمح باستنتاج مجموعة مخفية أصغر بالطرح.`,
    allDontKnow: (group, respondents) => `${group}: عدد المجيبين ${respondents}، وكلهم «لا أعرف».`,
    figures: (group, net, interval, agree, disagree, n, dontKnow) =>
      `${group}: صافي الموافقة ${net}${interval ? ` (مجال الثقة 95% ${interval})` : ""}؛ ${agree} موافق، ${disagree} غير موافق؛ n = ${n}` +
      (dontKnow > 0 ? `، ${dontKnow} «لا أعرف».` : "."),
    gap: (gap, interval, beyondNoise) =>
      `متوسط الفريق القطري ناقص متوسط المجموعات الأخرى: ${gap} نقطة على المقياس، مجال الثقة 95% ${interval}؛ ` +
      (beyondNoise ? "وهو أكبر مما تفسره الصدفة وحدها." : "وهو ضمن ما قد تفسره الصدفة وحدها."),
    noGap: "لا فرق: يجب إظهار الفريق القطري والآخرين معًا، مع تقييمين على الأقل لكل منهما.",
    nobodyYet: (group) => `${group}: لم يُجب أحد بعد.`,
    notInMission: (group) => `${group}: ليست جزءًا من هذه البعثة.`,
    interval: (low, high) => `من ${low} إلى ${high}`,
  },

  flags: {
    lists: {
      mostPositive: {
        title: "الأكثر إيجابية",
        hint: "عدد الموافقين أكبر بوضوح من غير الموافقين، بما يتجاوز ما قد تصنعه الصدفة في مجموعة صغيرة",
      },
      mostNegative: { title: "الأكثر سلبية", hint: "عدد غير الموافقين أكبر بوضوح من الموافقين، بما يتجاوز الصدفة" },
      mostDivided: { title: "منقسمة: معسكران", hint: "يقف الناس عند طرفي المقياس المتقابلين" },
      noSharedView: { title: "لا رؤية مشتركة", hint: "إجابات مبعثرة على المقياس كله، بلا جانب غالب ولا معسكرات" },
      mostDivergent: {
        title: "الفريق القطري مختلف، المجموعات مختلفة",
        hint: "فرق يتجاوز الصدفة، مع مراعاة جميع عبارات البعثة؛ وغياب أي عبارة لا يثبت أن المجموعات متفقة",
      },
      commonGround: { title: "أرضية مشتركة", hint: "لكل مجموعة معروضة أغلبية واضحة في الجانب نفسه" },
    },
    none: "لا عبارة بارزة هنا.",
    noneInPillar: "لا عبارة من هذا المحور بارزة هنا.",
  },

  reasons: {
    positive: (f) =>
      `إيجابية: ${f.agree} موافق، ${f.disagree} غير موافق، صافي الموافقة ${f.net}${range(f.netInterval)}، المتوسط ${f.mean} من ${f.points} نقاط، n = ${f.n}`,
    negative: (f) =>
      `سلبية: ${f.agree} موافق، ${f.disagree} غير موافق، صافي الموافقة ${f.net}${range(f.netInterval)}، المتوسط ${f.mean} من ${f.points} نقاط، n = ${f.n}`,
    divided: (f) =>
      `منقسمة، معسكران: ${f.agree} موافق، ${f.disagree} غير موافق؛ التشتت ${f.spread} نقطة${range(f.spreadInterval)}، مقابل ${f.evenSpread} لتوزيع متساوٍ؛ الاتفاق A ${f.agreementA}؛ n = ${f.n}`,
    noSharedView: (f) =>
      `لا رؤية مشتركة: ${f.agree} موافق، ${f.disagree} غير موافق، ${f.neutral} محايد؛ التشتت ${f.spread} نقطة${range(f.spreadInterval)}، مقابل ${f.evenSpread} لتوزيع متساوٍ؛ الاتفاق A ${f.agreementA}؛ n = ${f.n}`,
    hctApart: (f) =>
      `الفريق القطري مختلف: المتوسط ${f.hctMean} نقطة مقابل ${f.othersMean} للآخرين، بفارق ${f.gap} نقطة؛ صافي الموافقة ${f.hctNet} مقابل ${f.othersNet}؛ n = ${f.hctN} و${f.othersN}`,
    constituenciesApart: (f) =>
      `المجموعات مختلفة: المتوسطات من ${f.lowest} نقطة (${f.lowestName}) إلى ${f.highest} نقطة (${f.highestName})، بمدى ${f.range} نقطة بين ${f.constituencies} مجموعات؛ p ${f.p}`,
    commonGround: (f) =>
      `أرضية مشتركة: المجموعات الـ${f.constituencies} ${f.side === "agree" ? "موافقة" : "غير موافقة"} في غالبيتها${f.shares ? `، ${f.shares}` : ""} (كل منها فوق ${f.majority} ضمن مجالها)`,
  },

  shortlist: {
    intro:
      "العبارات التي أبرزها التحليل، كما ستتناولها الخلوة. استبعد ما لا تحتاج الخلوة إلى مناقشته، وأضف ما ينبغي مناقشته، ودوّن ملاحظات للميسّرين.",
    save: "حفظ القائمة",
    saving: "جارٍ الحفظ…",
    notSaved: (problem) => `لم تُحفظ: ${problem}`,
    unsaved: "تغييرات غير محفوظة",
    saved: "حُفظت مع البعثة",
    nothingInPillar: "لا شيء في القائمة من هذا المحور.",
    addLabel: "إضافة عبارة إلى القائمة",
    choose: "اختر عبارة…",
    add: "إضافة",
    addedByHand: "أضافها فريق البعثة",
    netLine: (everyone, hct, others) =>
      `صافي الموافقة: الجميع ${everyone}${hct !== null ? `، الفريق القطري ${hct}، الآخرون ${others ?? "–"}` : ""}`,
    decisionOn: (code) => `القرار بشأن ${code}`,
    accepted: "مقبولة",
    dropped: "مستبعدة",
    orderOf: (code) => `ترتيب ${code}`,
    moveUp: (code) => `نقل ${code} إلى الأعلى`,
    moveDown: (code) => `نقل ${code} إلى الأسفل`,
    removeFrom: (code) => `إزالة ${code} من القائمة`,
    remove: "إزالة",
    noteOn: (code) => `ملاحظة على ${code}`,
  },

  retreat: {
    workshop: "ورشة الفريق القطري (مباشر)",
    choose: "اختر ورشة عمل…",
    cannotFollow: (problem) => `تعذّرت متابعة ورشة العمل: ${problem}`,
    live: (joined, voted) => `مباشر · انضم ${joined} · صوّت ${voted}`,
    chooseHint: "اختر ورشة الفريق القطري لمتابعة تقييماته فور وصولها.",
    caption: (time, minimum) =>
      `الفريق القطري الآن، بجانب المجموعات الأخرى مجتمعة (من التحليل المحمّل الساعة ${time}). تُخفى المجموعات التي تقل إجاباتها عن ${minimum}.`,
    hctNow: "الفريق القطري الآن (مباشر)",
    others: "المجموعات الأخرى",
    difference: "صافي الموافقة، الفريق القطري − الآخرون",
    spokenBar: (group, disagree, neutral, agree, net, n) =>
      `${group}: ${disagree} غير موافق، ${neutral} محايد، ${agree} موافق؛ الصافي ${net}؛ n = ${n}`,
    barNumbers: (net, agree, disagree, n) => `الصافي ${net} · ${agree} موافق · ${disagree} غير موافق · n ${n}`,
    withheldAnswered: (respondents) => `مخفي · عدد المجيبين ${respondents}`,
  },

  exports: {
    intro: (language) =>
      `تُكتب الملفات باللغة ${language} (يمكن تغييرها أعلاه). احفظها بعناية مفتاح الميسّر نفسها: فهي تحوي نتائج البعثة.`,
    shortlistTitle: "القائمة المختارة",
    shortlistHint: "العبارات المقبولة، بترتيب الفريق، مع الملاحظات",
    resultsTitle: "النتائج الكاملة",
    resultsHint: "كل عبارة وكل مجموعة، مع تمييز الخانات المخفية",
    fileAs: (what, format) => `${what} بصيغة ${format}`,
    reportTitle: "التقرير والنقل",
    openReport: "فتح التقرير القابل للطباعة",
    openingReport: "جارٍ فتح التقرير القابل للطباعة",
    transfer: "تنزيل ملف نقل البعثة",
    transferWhat: "ملف نقل البعثة",
    reportHint:
      "يُفتح التقرير في نافذة جديدة: اطبعه أو احفظه بصيغة PDF من هناك. ينقل ملف النقل البعثة كاملة إلى نسخة peerpulse أخرى؛ ولا يُفتح إلا بمفتاح الميسّر لهذه البعثة.",
    working: (what) => `${what}…`,
    done: (what) => `${what}: تم.`,
    failed: (what, problem) => `${what}: تعذّر (${problem})`,
  },
};
