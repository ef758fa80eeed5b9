// Textes français de la page d'analyse.
import type { AnalysisMessages } from "../analysis-messages.ts";
import { fr as common } from "../common/fr.ts";

const range = (interval: string | null) => (interval ? ` (intervalle ${interval})` : "");
const s = (count: number) => (count > 1 ? "s" : "");

export const fr: AnalysisMessages = {
  ...common,
  analysisTitle: "analyse de la mission",
  cannotLoad: (problem) => `Impossible de charger la mission : ${problem}`,
  loadingAnalysis: "Chargement de l'analyse…",
  viewsLabel: "Parties de l'analyse",
  views: {
    analysis: "Groupes comparés",
    shortlist: "Liste retenue",
    retreat: "Vue de la retraite",
    exports: "Exports",
  },
  headings: {
    compared: "Groupes comparés",
    flagged: "Affirmations signalées",
    shortlist: "Liste retenue pour la retraite de la HCT",
    retreat: "Vue de la retraite",
    exports: "Exports",
  },

  access: {
    title: "Ouvrir l'analyse d'une mission",
    hint: "Collez l'identifiant de la mission (dans la barre d'adresse de la console) et la clé d'animateur affichée à la création de la mission.",
    missionId: "Identifiant de la mission",
    refused: "Cette clé n'ouvre pas cette mission.",
  },

  bar: {
    facts: (constituencies, statements, minimum) =>
      `${constituencies} groupes · ${statements} affirmations · les groupes de moins de ${minimum} réponses sont masqués`,
    pillar: "Pilier",
    allPillars: "Tous les piliers",
    statementLanguage: "Affirmations et fichiers en",
    reload: "Recharger les chiffres",
    reloading: "Rechargement…",
    asOf: (time) => `à ${time}`,
  },

  heat: {
    legend: "Accord net (% d'accord − % pas d'accord) :",
    legendScale: "Couleurs de −100 % (tous en désaccord) à +100 % (tous d'accord)",
    withheld: "masqué",
    withheldMeaning: (minimum) =>
      `moins de ${minimum} réponses, ou masqué pour qu'un groupe plus petit ne puisse être déduit`,
    caption: "Accord net par affirmation et par groupe",
    statement: "Affirmation",
    countsAsHct: "compte comme HCT",
    hctPooled: "HCT réunie",
    othersPooled: "Autres réunis",
    gap: "HCT − autres",
    gapUnit: "moyenne, en points de l'échelle",
    gapGroup: "HCT − autres, moyenne en points de l'échelle",
    beyondNoise: "au-delà du hasard",
    withinNoise: "dans le hasard",
    n: (n) => `n ${n}`,
  },

  describe: {
    withheldBelowMinimum: (group, respondents, minimum) =>
      `${group} : masqué pour préserver l'anonymat — ${respondents} réponse${s(respondents)}, moins que le minimum de la mission (${minimum}).`,
    withheldComplementary: (group, respondents) =>
      `${group} : masqué malgré ${respondents} réponse${s(respondents)}, car le montrer permettrait de déduire par soustraction un groupe plus petit masqué.`,
    allDontKnow: (group, respondents) =>
      `${group} : ${respondents} réponse${s(respondents)}, toutes « Je ne sais pas ».`,
    figures: (group, net, interval, agree, disagree, n, dontKnow) =>
      `${group} : accord net ${net}${interval ? ` (intervalle à 95 % ${interval})` : ""} ; ${agree} d'accord, ${disagree} pas d'accord ; n = ${n}` +
      (dontKnow > 0 ? `, ${dontKnow} « Je ne sais pas ».` : "."),
    gap: (gap, interval, beyondNoise) =>
      `Moyenne de la HCT moins celle des autres groupes : ${gap} points de l'échelle, intervalle à 95 % ${interval} ; ` +
      (beyondNoise ? "plus grand que le hasard seul ne le ferait." : "dans les limites du hasard."),
    noGap: "Pas d'écart : la HCT et les autres doivent être montrés tous deux, avec au moins deux évaluations chacun.",
    nobodyYet: (group) => `${group} : personne n'a encore répondu.`,
    notInMission: (group) => `${group} : ne fait pas partie de cette mission.`,
    interval: (low, high) => `${low} à ${high}`,
  },

  flags: {
    lists: {
      mostPositive: {
        title: "Les plus positives",
        hint: "nettement plus de personnes d'accord que pas d'accord, au-delà de ce que le hasard ferait d'un petit groupe",
      },
      mostNegative: {
        title: "Les plus négatives",
        hint: "nettement plus de personnes pas d'accord que d'accord, au-delà du hasard",
      },
      mostDivided: { title: "Partagées : deux camps", hint: "les personnes se tiennent aux deux bouts de l'échelle" },
      noSharedView: {
        title: "Pas de vue commune",
        hint: "réponses dispersées sur toute l'échelle, sans côté ni camps",
      },
      mostDivergent: {
        title: "HCT à l'écart, groupes à l'écart",
        hint: "un écart au-delà du hasard, compte tenu de toutes les affirmations de la mission ; l'absence d'entrée ne prouve pas que les groupes sont d'accord",
      },
      commonGround: {
        title: "Terrain d'entente",
        hint: "chaque groupe montré a une nette majorité du même côté",
      },
    },
    none: "Aucune affirmation n'est signalée ici.",
    noneInPillar: "Aucune affirmation de ce pilier n'est signalée ici.",
  },

  reasons: {
    positive: (f) =>
      `positive : ${f.agree} d'accord, ${f.disagree} pas d'accord, accord net ${f.net}${range(f.netInterval)}, moyenne ${f.mean} points sur ${f.points}, n = ${f.n}`,
    negative: (f) =>
      `négative : ${f.agree} d'accord, ${f.disagree} pas d'accord, accord net ${f.net}${range(f.netInterval)}, moyenne ${f.mean} points sur ${f.points}, n = ${f.n}`,
    divided: (f) =>
      `partagée, deux camps : ${f.agree} d'accord, ${f.disagree} pas d'accord ; dispersion ${f.spread} points${range(f.spreadInterval)}, contre ${f.evenSpread} pour une répartition égale ; accord A ${f.agreementA} ; n = ${f.n}`,
    noSharedView: (f) =>
      `pas de vue commune : ${f.agree} d'accord, ${f.disagree} pas d'accord, ${f.neutral} neutres ; dispersion ${f.spread} points${range(f.spreadInterval)}, contre ${f.evenSpread} pour une répartition égale ; accord A ${f.agreementA} ; n = ${f.n}`,
    hctApart: (f) =>
      `HCT à l'écart : moyenne ${f.hctMean} points contre ${f.othersMean} pour les autres, un écart de ${f.gap} points ; accord net ${f.hctNet} contre ${f.othersNet} ; n = ${f.hctN} et ${f.othersN}`,
    constituenciesApart: (f) =>
      `groupes à l'écart : moyennes de ${f.lowest} points (${f.lowestName}) à ${f.highest} points (${f.highestName}), un écart de ${f.range} points entre ${f.constituencies} groupes ; p ${f.p}`,
    commonGround: (f) =>
      `terrain d'entente : les ${f.constituencies} groupes sont majoritairement ${f.side === "agree" ? "d'accord" : "pas d'accord"}${f.shares ? `, ${f.shares}` : ""} (chacun au-dessus de ${f.majority} dans son intervalle)`,
  },

  shortlist: {
    intro:
      "Les affirmations signalées par l'analyse, telles que la retraite les prendra. Écartez ce que la retraite n'a pas à discuter, ajoutez ce qu'elle devrait discuter, et gardez des notes pour les animateurs.",
    save: "Enregistrer la liste",
    saving: "Enregistrement…",
    notSaved: (problem) => `Non enregistrée : ${problem}`,
    unsaved: "Modifications non enregistrées",
    saved: "Enregistrée avec la mission",
    nothingInPillar: "Rien n'est retenu dans ce pilier.",
    addLabel: "Ajouter une affirmation à la liste",
    choose: "Choisir une affirmation…",
    add: "Ajouter",
    addedByHand: "ajoutée par l'équipe de mission",
    netLine: (everyone, hct, others) =>
      `Accord net : tous ${everyone}${hct !== null ? `, HCT ${hct}, autres ${others ?? "–"}` : ""}`,
    decisionOn: (code) => `Décision sur ${code}`,
    accepted: "Retenue",
    dropped: "Écartée",
    orderOf: (code) => `Ordre de ${code}`,
    moveUp: (code) => `Monter ${code}`,
    moveDown: (code) => `Descendre ${code}`,
    removeFrom: (code) => `Retirer ${code} de la liste`,
    remove: "Retirer",
    noteOn: (code) => `Note sur ${code}`,
  },

  retreat: {
    workshop: "Atelier de la HCT (en direct)",
    choose: "Choisir un atelier…",
    cannotFollow: (problem) => `Impossible de suivre l'atelier : ${problem}`,
    live: (joined, voted) => `En direct · ${joined} connectés · ${voted} ont voté`,
    chooseHint: "Choisissez l'atelier de la HCT pour suivre ses évaluations à mesure qu'elles arrivent.",
    caption: (time, minimum) =>
      `La HCT maintenant, à côté des autres groupes réunis (analyse chargée à ${time}). Les groupes de moins de ${minimum} réponses sont masqués.`,
    hctNow: "HCT maintenant (en direct)",
    others: "Autres groupes",
    difference: "Accord net, HCT − autres",
    spokenBar: (group, disagree, neutral, agree, net, n) =>
      `${group} : ${disagree} pas d'accord, ${neutral} neutres, ${agree} d'accord ; accord net ${net} ; n = ${n}`,
    barNumbers: (net, agree, disagree, n) => `${net} net · ${agree} d'accord · ${disagree} pas d'accord · n ${n}`,
    withheldAnswered: (respondents) => `masqué · ${respondents} réponse${s(respondents)}`,
  },

  exports: {
    intro: (language) =>
      `Les fichiers sont écrits en ${language} (à changer plus haut). Gardez-les aussi précieusement que la clé d'animateur : ils contiennent les résultats de la mission.`,
    shortlistTitle: "La liste retenue",
    shortlistHint: "les affirmations retenues, dans l'ordre de l'équipe, avec les notes",
    resultsTitle: "Les résultats complets",
    resultsHint: "chaque affirmation et chaque groupe, cellules masquées signalées",
    fileAs: (what, format) => `${what} en ${format}`,
    reportTitle: "Rapport et transfert",
    openReport: "Ouvrir le rapport imprimable",
    openingReport: "Ouverture du rapport imprimable",
    transfer: "Télécharger le fichier de transfert de la mission",
    transferWhat: "Le fichier de transfert de la mission",
    reportHint:
      "Le rapport s'ouvre dans une nouvelle fenêtre : imprimez-le ou enregistrez-le en PDF depuis celle-ci. Le fichier de transfert déplace toute la mission vers un autre peerpulse ; il ne s'ouvre qu'avec la clé d'animateur de cette mission.",
    working: (what) => `${what}…`,
    done: (what) => `${what} : terminé.`,
    failed: (what, problem) => `${what} : échec (${problem})`,
  },
};
