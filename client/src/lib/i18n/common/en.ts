// English texts shared by the facilitator screens.
import type { CommonMessages } from "../common-messages.ts";

export const en: CommonMessages = {
  languageName: "English",
  languageLabel: "Language",
  connecting: "Connecting…",
  reconnecting: "Reconnecting…",
  facilitatorKeyLabel: "Facilitator key of this mission",
  keyRefused: "This key does not open the mission.",
  statuses: { draft: "draft", open: "open", closed: "closed" },
  open: "Open",
  agree: "Agree",
  neutral: "Neutral",
  disagree: "Disagree",
  mean: "Mean",
  consensus: "Consensus",
  n: "n",
  percent: (whole) => `${whole}%`,
  decimal: (value) => value.toFixed(1),
  meanOf: (mean, points) => `${mean} / ${points}`,
  countsAndPercentages: "Counts and percentages",
  hiddenAnonymous: (respondents, minimum) =>
    `Hidden to keep answers anonymous: ${respondents} answered, results show from ${minimum}.`,
  hiddenShort: (respondents, minimum) => `Hidden: ${respondents} answered (shown from ${minimum})`,
  noAnswersYet: "No answers yet",
  answeredShownFrom: (respondents, minimum) => `${respondents} answered · shown from ${minimum}`,
  spokenStatement: (f) =>
    `${f.code}: ${f.agree} agree, ${f.neutral} neutral, ${f.disagree} disagree, ${f.dontKnow} ${f.dontKnowLabel}; ` +
    `${f.n} ratings, mean ${f.mean} of ${f.points}, consensus ${f.consensus}.`,
  spokenRow: (code, agree, neutral, disagree) => `${code}: ${agree} agree, ${neutral} neutral, ${disagree} disagree.`,
};
