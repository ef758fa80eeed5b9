// Textos en español comunes a las pantallas del facilitador.
import type { CommonMessages } from "../common-messages.ts";

// Spanish (RAE) separates "%" from the number and writes decimals with a comma.
export const es: CommonMessages = {
  languageName: "Español",
  languageLabel: "Idioma",
  connecting: "Conectando…",
  reconnecting: "Reconectando…",
  facilitatorKeyLabel: "Clave de facilitador de esta misión",
  keyRefused: "Esta clave no abre la misión.",
  statuses: { draft: "sin empezar", open: "abierto", closed: "cerrado" },
  open: "Abrir",
  agree: "De acuerdo",
  neutral: "Neutral",
  disagree: "En desacuerdo",
  mean: "Media",
  consensus: "Consenso",
  n: "n",
  percent: (whole) => `${whole}\u00a0%`,
  decimal: (value) => value.toFixed(1).replace(".", ","),
  meanOf: (mean, points) => `${mean} / ${points}`,
  countsAndPercentages: "Recuentos y porcentajes",
  hiddenAnonymous: (respondents, minimum) =>
    `Oculto para proteger el anonimato: ${respondents} ${respondents === 1 ? "respuesta" : "respuestas"}, los resultados se muestran a partir de ${minimum}.`,
  hiddenShort: (respondents, minimum) =>
    `Oculto: ${respondents} ${respondents === 1 ? "respuesta" : "respuestas"} (se muestra a partir de ${minimum})`,
  noAnswersYet: "Aún sin respuestas",
  answeredShownFrom: (respondents, minimum) =>
    `${respondents} ${respondents === 1 ? "respuesta" : "respuestas"} · se muestra a partir de ${minimum}`,
  spokenStatement: (f) =>
    `${f.code}: ${f.agree} de acuerdo, ${f.neutral} neutral, ${f.disagree} en desacuerdo, ${f.dontKnow} ${f.dontKnowLabel}; ` +
    `${f.n} valoraciones, media ${f.mean} de ${f.points}, consenso ${f.consensus}.`,
  spokenRow: (code, agree, neutral, disagree) =>
    `${code}: ${agree} de acuerdo, ${neutral} neutral, ${disagree} en desacuerdo.`,
};
