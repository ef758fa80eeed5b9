// Textes français communs aux écrans de l'animateur.
import type { CommonMessages } from "../common-messages.ts";

// French sets a narrow no-break space before "%" and writes decimals with a comma.
export const fr: CommonMessages = {
  languageName: "Français",
  languageLabel: "Langue",
  connecting: "Connexion…",
  reconnecting: "Reconnexion…",
  facilitatorKeyLabel: "Clé d'animateur de cette mission",
  keyRefused: "Cette clé n'ouvre pas la mission.",
  statuses: { draft: "pas commencé", open: "ouvert", closed: "clôturé" },
  open: "Ouvrir",
  agree: "D'accord",
  neutral: "Neutre",
  disagree: "Pas d'accord",
  mean: "Moyenne",
  consensus: "Consensus",
  n: "n",
  percent: (whole) => `${whole}\u202f%`,
  decimal: (value) => value.toFixed(1).replace(".", ","),
  meanOf: (mean, points) => `${mean} / ${points}`,
  countsAndPercentages: "Effectifs et pourcentages",
  hiddenAnonymous: (respondents, minimum) =>
    `Masqué pour préserver l'anonymat : ${respondents} réponse${respondents > 1 ? "s" : ""}, résultats affichés à partir de ${minimum}.`,
  hiddenShort: (respondents, minimum) =>
    `Masqué : ${respondents} réponse${respondents > 1 ? "s" : ""} (affiché à partir de ${minimum})`,
  noAnswersYet: "Pas encore de réponse",
  answeredShownFrom: (respondents, minimum) =>
    `${respondents} réponse${respondents > 1 ? "s" : ""} · affiché à partir de ${minimum}`,
  spokenStatement: (f) =>
    `${f.code} : ${f.agree} d'accord, ${f.neutral} neutres, ${f.disagree} pas d'accord, ${f.dontKnow} ${f.dontKnowLabel} ; ` +
    `${f.n} réponses, moyenne ${f.mean} sur ${f.points}, consensus ${f.consensus}.`,
  spokenRow: (code, agree, neutral, disagree) =>
    `${code} : ${agree} d'accord, ${neutral} neutres, ${disagree} pas d'accord.`,
};
