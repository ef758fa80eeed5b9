// The report in French.
import type { ReportMessages } from "./report-messages.ts";

export const fr: ReportMessages = {
  documentTitle: "rapport de revue par les pairs",
  missionKinds: {
    "operational-peer-review": "Revue opérationnelle par les pairs",
    "peer-2-peer-support": "Appui entre pairs (P2P)",
    other: "Revue par les pairs",
  },
  reportDated: "Rapport du",
  summary: {
    title: "Synthèse",
    statements: "Affirmations évaluées",
    constituencies: "Groupes consultés",
    workshops: "Ateliers",
    closedWorkshops: "Ateliers clôturés",
    shortlisted: "Affirmations retenues pour la retraite",
    anonymityMinimum: "Plus petit groupe montré seul",
    highlightsTitle: "Ce qui ressort",
    highlightsIntro: "Les premières affirmations de chaque liste établie par l'analyse, tous les participants réunis.",
    noHighlights: "Aucune affirmation n'a encore assez d'évaluations pour ressortir.",
  },
  flagLists: {
    positive: "Les plus positives",
    negative: "Les plus négatives",
    divided: "Partagées : deux camps",
    "no-shared-view": "Pas de vue commune",
    divergent: "Divergentes",
    "common-ground": "Terrain d'entente",
  },
  divergentBetween: {
    "hct-and-others": "HCT à l'écart",
    constituencies: "Groupes à l'écart",
  },
  legend: {
    title: "Lire les barres",
    bars: "Chaque barre montre comment l'ensemble des participants a évalué une affirmation : le désaccord à gauche de la ligne centrale, l'accord à droite, le point neutre partagé de part et d'autre. Les couleurs sont celles de l'échelle :",
    dontKnow:
      "Les réponses « Je ne sais pas » sont comptées à part ; elles ne figurent ni dans les barres ni dans les chiffres.",
    withheld:
      "« Masqué » : le groupe est trop petit pour être montré sans risque pour l'anonymat, ou le montrer permettrait de déduire un groupe plus petit par soustraction.",
  },
  workshops: {
    title: "Ateliers",
    constituency: "Groupe",
    date: "Date",
    place: "Lieu",
    status: "État",
    statuses: { draft: "pas commencé", open: "ouvert", closed: "clôturé" },
    none: "Aucun atelier pour l'instant.",
  },
  shortlist: {
    title: "Liste retenue pour la retraite",
    intro:
      "Les affirmations que l'équipe de mission a retenues pour la retraite de la HCT, par pilier, avec ses notes.",
    empty: "Aucune affirmation n'est encore retenue.",
    flagged: "Signalée",
    addedByHand: "ajoutée par l'équipe de mission",
    note: "Note de l'équipe de mission",
  },
  groups: { everyone: "Tous", hct: "HCT", others: "Autres groupes" },
  figures: {
    ratings: "évaluations",
    mean: "moyenne",
    agree: "d'accord",
    disagree: "pas d'accord",
    netAgreement: "accord net",
    consensus: "consensus",
    withheld: "masqué",
    withheldBecause: {
      "below-minimum": "masqué (moins de répondants que le minimum d'anonymat)",
      complementary: "masqué (pourrait être déduit par soustraction des groupes montrés)",
    },
    hctGap: "HCT − autres, en moyenne",
    beyondNoise: "plus grand que le hasard",
    withinNoise: "dans les limites du hasard",
    barLabel: "Évaluations de tous les participants",
  },
  allStatements: {
    title: "Toutes les affirmations",
    intro: "Chaque affirmation du questionnaire, tous les participants réunis, par pilier.",
    code: "Code",
    statement: "Affirmation",
  },
  method: {
    title: "Comment ces chiffres ont été établis",
    paragraphs: [
      "Les participants ont indiqué leur accord avec chaque affirmation, anonymement, sur leur téléphone, lors d'ateliers tenus séparément pour chaque groupe. Aucune évaluation individuelle ne quitte le serveur qui les a recueillies ; seuls des décomptes sont analysés.",
      "Évaluations : les réponses sur l'échelle. Les réponses « Je ne sais pas » sont comptées à part et n'entrent dans aucun chiffre. Moyenne : le point moyen de l'échelle, de 1 (le plus en désaccord) au dernier point. D'accord et pas d'accord : les parts des évaluations au-dessus et au-dessous du milieu de l'échelle. Accord net : d'accord moins pas d'accord, de −100 % (tous en désaccord) à +100 % (tous d'accord).",
      "Le consensus (Tastle et Wierman) va de 0, les participants partagés entre les deux extrêmes, à 1, tous ont donné la même réponse. Un écart entre la HCT et les autres groupes n'est dit plus grand que le hasard que lorsque son intervalle à 95 % exclut zéro.",
      "Anonymat : un groupe comptant moins de répondants que le minimum de la mission n'est jamais montré seul ; lorsque montrer un groupe permettrait d'en déduire un plus petit par soustraction, il est masqué aussi. Les groupes masqués comptent toujours dans les regroupements tels que « Tous ».",
      "Une affirmation n'est signalée que lorsque son intervalle à 95 % l'indique, pas son chiffre seul. « HCT à l'écart » et « groupes à l'écart » tiennent compte de toutes les affirmations de la mission : sans aucune différence réelle, moins d'une mission sur 10 en montrerait une. Un écart non signalé n'est pas une preuve d'accord : une petite HCT peut en cacher un réel.",
      "La liste retenue réunit les affirmations signalées les plus positives, les plus négatives, partagées (deux camps aux deux bouts de l'échelle), sans vue commune (réponses dispersées sur l'échelle), HCT à l'écart, groupes à l'écart et terrain d'entente, telles que l'équipe de mission les a choisies.",
    ],
  },
};
