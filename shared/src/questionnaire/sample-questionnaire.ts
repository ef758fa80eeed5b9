// The sample questionnaire of a peer review: thirty statements in four pillars, in every shipped language.
import { DEFAULT_PILLARS, type Pillar } from "../schemas/mission.ts";
import type { Statement } from "../schemas/statement.ts";
import type { Questionnaire } from "./questionnaire.ts";

/** The protection pillar, added to the default pillars because the centrality of protection is reviewed on its own. */
export const PROTECTION_PILLAR: Pillar = {
  id: "protection",
  name: { en: "Protection", fr: "Protection", ar: "الحماية", es: "Protección" },
};

const LEADERSHIP: Statement[] = [
  {
    code: "L1",
    pillar: "leadership",
    text: {
      en: "The Humanitarian Coordinator provides clear and consistent leadership of the humanitarian response.",
      fr: "Le Coordonnateur humanitaire assure un leadership clair et cohérent de la réponse humanitaire.",
      ar: "يضطلع منسق الشؤون الإنسانية بقيادة واضحة ومتسقة للاستجابة الإنسانية.",
      es: "El Coordinador Humanitario ejerce un liderazgo claro y coherente de la respuesta humanitaria.",
    },
  },
  {
    code: "L2",
    pillar: "leadership",
    text: {
      en: "The HCT has agreed a shared strategic vision and clear priorities for the response.",
      fr: "L'Équipe humanitaire pays (EHP) a adopté une vision stratégique commune et des priorités claires pour la réponse.",
      ar: "اتفق الفريق القطري للعمل الإنساني على رؤية استراتيجية مشتركة وأولويات واضحة للاستجابة.",
      es: "El Equipo Humanitario de País (EHP) ha acordado una visión estratégica común y prioridades claras para la respuesta.",
    },
  },
  {
    code: "L3",
    pillar: "leadership",
    text: {
      en: "The HCT takes decisions collectively, and its members follow through on them.",
      fr: "L'EHP prend ses décisions de manière collective et ses membres les mettent en œuvre.",
      ar: "يتخذ الفريق القطري للعمل الإنساني قراراته بشكل جماعي ويلتزم أعضاؤه بتنفيذها.",
      es: "El EHP toma sus decisiones de forma colectiva y sus miembros las llevan a la práctica.",
    },
  },
  {
    code: "L4",
    pillar: "leadership",
    text: {
      en: "HCT meetings focus on strategic issues rather than on operational detail.",
      fr: "Les réunions de l'EHP portent sur les questions stratégiques plutôt que sur les détails opérationnels.",
      ar: "تركز اجتماعات الفريق القطري للعمل الإنساني على القضايا الاستراتيجية بدلاً من التفاصيل التشغيلية.",
      es: "Las reuniones del EHP se centran en cuestiones estratégicas y no en detalles operativos.",
    },
  },
  {
    code: "L5",
    pillar: "leadership",
    text: {
      en: "The HC and the HCT negotiate humanitarian access with all parties in line with humanitarian principles.",
      fr: "Le Coordonnateur humanitaire et l'EHP négocient l'accès humanitaire avec toutes les parties, dans le respect des principes humanitaires.",
      ar: "يتفاوض منسق الشؤون الإنسانية والفريق القطري مع جميع الأطراف بشأن الوصول الإنساني وفقاً للمبادئ الإنسانية.",
      es: "El Coordinador Humanitario y el EHP negocian el acceso humanitario con todas las partes conforme a los principios humanitarios.",
    },
  },
  {
    code: "L6",
    pillar: "leadership",
    text: {
      en: "Security risk management enables organisations to stay and deliver, not only to avoid risk.",
      fr: "La gestion des risques sécuritaires permet aux organisations de rester et d'agir, et pas seulement d'éviter les risques.",
      ar: "تتيح إدارة المخاطر الأمنية للمنظمات البقاء وتقديم المساعدة، لا مجرد تجنّب المخاطر.",
      es: "La gestión de los riesgos de seguridad permite a las organizaciones quedarse y cumplir su labor, no solo evitar riesgos.",
    },
  },
  {
    code: "L7",
    pillar: "leadership",
    text: {
      en: "The HCT works with development and peace actors towards collective outcomes that reduce needs over time.",
      fr: "L'EHP collabore avec les acteurs du développement et de la paix pour atteindre des résultats collectifs qui réduisent durablement les besoins.",
      ar: "يعمل الفريق القطري مع الجهات الفاعلة في مجالَي التنمية والسلام لتحقيق نتائج جماعية تحدّ من الاحتياجات بمرور الوقت.",
      es: "El EHP colabora con los actores de desarrollo y de paz para lograr resultados colectivos que reduzcan las necesidades con el tiempo.",
    },
  },
  {
    code: "L8",
    pillar: "leadership",
    text: {
      en: "National NGOs are represented in the HCT, and their voice influences its decisions.",
      fr: "Les ONG nationales sont représentées au sein de l'EHP et leur voix influe sur ses décisions.",
      ar: "المنظمات غير الحكومية الوطنية ممثَّلة في الفريق القطري للعمل الإنساني، ولصوتها تأثير في قراراته.",
      es: "Las ONG nacionales están representadas en el EHP y su voz influye en sus decisiones.",
    },
  },
];

const COORDINATION: Statement[] = [
  {
    code: "C1",
    pillar: "coordination",
    text: {
      en: "The inter-cluster coordination group turns the HCT's strategic priorities into coordinated operational action.",
      fr: "Le groupe de coordination inter-clusters traduit les priorités stratégiques de l'EHP en actions opérationnelles coordonnées.",
      ar: "يحوّل فريق التنسيق بين المجموعات القطاعية الأولويات الاستراتيجية للفريق القطري إلى عمل تشغيلي منسَّق.",
      es: "El grupo de coordinación intercluster traduce las prioridades estratégicas del EHP en acciones operativas coordinadas.",
    },
  },
  {
    code: "C2",
    pillar: "coordination",
    text: {
      en: "Clusters work together on needs that cut across sectors, rather than in isolation.",
      fr: "Les clusters collaborent sur les besoins qui relèvent de plusieurs secteurs, plutôt que de travailler isolément.",
      ar: "تتعاون المجموعات القطاعية في تلبية الاحتياجات المشتركة بين القطاعات بدلاً من أن تعمل كلٌّ منها بمعزل عن الأخرى.",
      es: "Los clústeres trabajan juntos en las necesidades que abarcan varios sectores, en lugar de hacerlo de forma aislada.",
    },
  },
  {
    code: "C3",
    pillar: "coordination",
    text: {
      en: "Sub-national coordination works well and is linked to the decisions taken at national level.",
      fr: "La coordination infranationale fonctionne bien et est reliée aux décisions prises au niveau national.",
      ar: "يعمل التنسيق على المستوى دون الوطني بشكل جيد ويرتبط بالقرارات المتخذة على المستوى الوطني.",
      es: "La coordinación subnacional funciona bien y está vinculada a las decisiones que se toman a nivel nacional.",
    },
  },
  {
    code: "C4",
    pillar: "coordination",
    text: {
      en: "Information management gives a shared, up-to-date picture of needs, the response and gaps.",
      fr: "La gestion de l'information offre une vision commune et à jour des besoins, de la réponse et des lacunes.",
      ar: "توفّر إدارة المعلومات صورة مشتركة ومحدَّثة عن الاحتياجات والاستجابة والثغرات.",
      es: "La gestión de la información ofrece una visión común y actualizada de las necesidades, la respuesta y las brechas.",
    },
  },
  {
    code: "C5",
    pillar: "coordination",
    text: {
      en: "Assessment and monitoring data are used to prioritise and adjust the response.",
      fr: "Les données d'évaluation et de suivi servent à prioriser et à ajuster la réponse.",
      ar: "تُستخدم بيانات التقييم والرصد في تحديد أولويات الاستجابة وتعديلها.",
      es: "Los datos de evaluación y seguimiento se utilizan para priorizar y ajustar la respuesta.",
    },
  },
  {
    code: "C6",
    pillar: "coordination",
    text: {
      en: "National and local NGOs take a full part in coordination, including as cluster co-coordinators.",
      fr: "Les ONG nationales et locales participent pleinement à la coordination, y compris en tant que co-coordonnatrices de clusters.",
      ar: "تشارك المنظمات غير الحكومية الوطنية والمحلية مشاركة كاملة في التنسيق، بما في ذلك بصفتها منسِّقة مشارِكة للمجموعات القطاعية.",
      es: "Las ONG nacionales y locales participan plenamente en la coordinación, incluso como cocoordinadoras de clústeres.",
    },
  },
  {
    code: "C7",
    pillar: "coordination",
    text: {
      en: "Coordination meetings and documents are accessible to local actors, including in local languages.",
      fr: "Les réunions et les documents de coordination sont accessibles aux acteurs locaux, y compris dans les langues locales.",
      ar: "اجتماعات التنسيق ووثائقه متاحة للجهات الفاعلة المحلية، بما في ذلك باللغات المحلية.",
      es: "Las reuniones y los documentos de coordinación son accesibles para los actores locales, también en los idiomas locales.",
    },
  },
  {
    code: "C8",
    pillar: "coordination",
    text: {
      en: "Coordination helps assistance reach people on time, without duplication or gaps.",
      fr: "La coordination permet à l'assistance d'atteindre les personnes en temps voulu, sans doublons ni lacunes.",
      ar: "يساعد التنسيق على إيصال المساعدة إلى الناس في الوقت المناسب، دون ازدواجية أو ثغرات.",
      es: "La coordinación permite que la asistencia llegue a las personas a tiempo, sin duplicaciones ni vacíos.",
    },
  },
];

const ACCOUNTABILITY: Statement[] = [
  {
    code: "A1",
    pillar: "accountability",
    text: {
      en: "Affected people can give feedback and make complaints through channels they trust and can use safely.",
      fr: "Les populations affectées peuvent donner leur avis et porter plainte par des canaux auxquels elles font confiance et qu'elles peuvent utiliser sans risque.",
      ar: "يستطيع السكان المتضررون تقديم الملاحظات والشكاوى عبر قنوات يثقون بها ويمكنهم استخدامها بأمان.",
      es: "Las personas afectadas pueden dar su opinión y presentar quejas por canales en los que confían y que pueden usar de forma segura.",
    },
  },
  {
    code: "A2",
    pillar: "accountability",
    text: {
      en: "Feedback from affected people is analysed and leads to visible changes in the response.",
      fr: "Les retours des populations affectées sont analysés et entraînent des changements visibles dans la réponse.",
      ar: "تُحلَّل ملاحظات السكان المتضررين وتؤدي إلى تغييرات ملموسة في الاستجابة.",
      es: "La retroalimentación de las personas afectadas se analiza y da lugar a cambios visibles en la respuesta.",
    },
  },
  {
    code: "A3",
    pillar: "accountability",
    text: {
      en: "People who give feedback or complain are told what was done in response.",
      fr: "Les personnes qui donnent leur avis ou portent plainte sont informées des suites données.",
      ar: "يُبلَّغ الأشخاص الذين يقدّمون ملاحظات أو شكاوى بالإجراءات المتخذة بشأنها.",
      es: "Las personas que dan su opinión o presentan una queja reciben información sobre lo que se hizo al respecto.",
    },
  },
  {
    code: "A4",
    pillar: "accountability",
    text: {
      en: "Affected people, including women, youth, older people and persons with disabilities, take part in decisions that affect them.",
      fr: "Les populations affectées, y compris les femmes, les jeunes, les personnes âgées et les personnes handicapées, participent aux décisions qui les concernent.",
      ar: "يشارك السكان المتضررون، بمن فيهم النساء والشباب وكبار السن والأشخاص ذوو الإعاقة، في القرارات التي تمسّهم.",
      es: "Las personas afectadas, incluidas las mujeres, los jóvenes, las personas mayores y las personas con discapacidad, participan en las decisiones que les conciernen.",
    },
  },
  {
    code: "A5",
    pillar: "accountability",
    text: {
      en: "Affected people receive timely, accurate information about assistance in a language and format they understand.",
      fr: "Les populations affectées reçoivent à temps des informations exactes sur l'assistance, dans une langue et un format qu'elles comprennent.",
      ar: "يحصل السكان المتضررون في الوقت المناسب على معلومات دقيقة عن المساعدة، بلغة وشكل يفهمونهما.",
      es: "Las personas afectadas reciben a tiempo información precisa sobre la asistencia, en un idioma y un formato que comprenden.",
    },
  },
  {
    code: "A6",
    pillar: "accountability",
    text: {
      en: "The HCT has a collective approach to accountability to affected people, with clear responsibilities.",
      fr: "L'EHP a adopté une approche collective de la redevabilité envers les populations affectées, avec des responsabilités clairement définies.",
      ar: "يعتمد الفريق القطري نهجاً جماعياً للمساءلة أمام السكان المتضررين، مع توزيع واضح للمسؤوليات.",
      es: "El EHP aplica un enfoque colectivo de rendición de cuentas a las personas afectadas, con responsabilidades claras.",
    },
  },
  {
    code: "A7",
    pillar: "accountability",
    text: {
      en: "The response plan reflects the priorities that affected people themselves express.",
      fr: "Le plan de réponse reflète les priorités exprimées par les populations affectées elles-mêmes.",
      ar: "تعكس خطة الاستجابة الأولويات التي يعبّر عنها السكان المتضررون أنفسهم.",
      es: "El plan de respuesta refleja las prioridades que expresan las propias personas afectadas.",
    },
  },
];

const PROTECTION: Statement[] = [
  {
    code: "P1",
    pillar: "protection",
    text: {
      en: "The HCT places protection at the centre of the response, as a responsibility shared by all its members.",
      fr: "L'EHP place la protection au centre de la réponse, comme une responsabilité partagée par tous ses membres.",
      ar: "يضع الفريق القطري الحماية في صميم الاستجابة باعتبارها مسؤولية مشتركة بين جميع أعضائه.",
      es: "El EHP sitúa la protección en el centro de la respuesta, como una responsabilidad compartida por todos sus miembros.",
    },
  },
  {
    code: "P2",
    pillar: "protection",
    text: {
      en: "The HCT protection strategy is known, implemented and regularly reviewed.",
      fr: "La stratégie de protection de l'EHP est connue, mise en œuvre et régulièrement révisée.",
      ar: "استراتيجية الحماية للفريق القطري معروفة ومنفَّذة وتخضع للمراجعة بانتظام.",
      es: "La estrategia de protección del EHP se conoce, se aplica y se revisa periódicamente.",
    },
  },
  {
    code: "P3",
    pillar: "protection",
    text: {
      en: "Analysis of protection risks informs decisions in every sector.",
      fr: "L'analyse des risques de protection éclaire les décisions dans tous les secteurs.",
      ar: "تستند القرارات في جميع القطاعات إلى تحليل مخاطر الحماية.",
      es: "El análisis de los riesgos de protección orienta las decisiones en todos los sectores.",
    },
  },
  {
    code: "P4",
    pillar: "protection",
    text: {
      en: "Risks of gender-based violence are addressed across the response, and survivors can reach quality services.",
      fr: "Les risques de violences basées sur le genre sont pris en compte dans toute la réponse, et les survivantes et survivants ont accès à des services de qualité.",
      ar: "تُعالَج مخاطر العنف القائم على النوع الاجتماعي في الاستجابة كلها، ويحصل الناجون والناجيات على خدمات جيدة.",
      es: "Los riesgos de violencia de género se abordan en toda la respuesta y las personas sobrevivientes acceden a servicios de calidad.",
    },
  },
  {
    code: "P5",
    pillar: "protection",
    text: {
      en: "The HCT leads protection from sexual exploitation and abuse (PSEA), with a working inter-agency network.",
      fr: "L'EHP pilote la protection contre l'exploitation et les abus sexuels (PEAS), avec un réseau inter-agences opérationnel.",
      ar: "يقود الفريق القطري جهود الحماية من الاستغلال والانتهاك الجنسيين، بالاستناد إلى شبكة مشتركة بين الوكالات تعمل بفعالية.",
      es: "El EHP lidera la protección contra la explotación y el abuso sexuales (PEAS), con una red interinstitucional operativa.",
    },
  },
  {
    code: "P6",
    pillar: "protection",
    text: {
      en: "Affected people know how to report sexual exploitation and abuse safely, and reports are followed up promptly.",
      fr: "Les populations affectées savent signaler sans risque l'exploitation et les abus sexuels, et les signalements sont traités rapidement.",
      ar: "يعرف السكان المتضررون كيف يبلّغون بأمان عن الاستغلال والانتهاك الجنسيين، وتُتابَع البلاغات على وجه السرعة.",
      es: "Las personas afectadas saben cómo denunciar de forma segura la explotación y el abuso sexuales, y las denuncias se atienden con prontitud.",
    },
  },
  {
    code: "P7",
    pillar: "protection",
    text: {
      en: "Humanitarian leaders raise protection concerns with the authorities and other parties, with one shared message.",
      fr: "Les responsables humanitaires portent les préoccupations de protection auprès des autorités et des autres parties, avec un message commun.",
      ar: "يطرح القادة الإنسانيون شواغل الحماية على السلطات والأطراف الأخرى برسالة موحّدة.",
      es: "Los responsables humanitarios plantean las preocupaciones de protección ante las autoridades y las demás partes con un mensaje común.",
    },
  },
];

/** A ready-made questionnaire for trying peerpulse out or starting a mission: 30 statements, 4 pillars, 4 languages. */
export const SAMPLE_QUESTIONNAIRE: Questionnaire = {
  pillars: [...DEFAULT_PILLARS, PROTECTION_PILLAR],
  statements: [...LEADERSHIP, ...COORDINATION, ...ACCOUNTABILITY, ...PROTECTION],
};
