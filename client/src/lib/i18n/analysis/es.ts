// Textos en español de la página de análisis.
import type { AnalysisMessages } from "../analysis-messages.ts";
import { es as common } from "../common/es.ts";

const range = (interval: string | null) => (interval ? ` (intervalo ${interval})` : "");

export const es: AnalysisMessages = {
  ...common,
  analysisTitle: "análisis de la misión",
  cannotLoad: (problem) => `No se puede cargar la misión: ${problem}`,
  loadingAnalysis: "Cargando el análisis…",
  viewsLabel: "Partes del análisis",
  views: {
    analysis: "Grupos comparados",
    shortlist: "Lista seleccionada",
    retreat: "Vista del retiro",
    exports: "Exportaciones",
  },
  headings: {
    compared: "Grupos comparados",
    flagged: "Afirmaciones señaladas",
    shortlist: "Lista seleccionada para el retiro del HCT",
    retreat: "Vista del retiro",
    exports: "Exportaciones",
  },

  access: {
    title: "Abrir el análisis de una misión",
    hint: "Pegue el identificador de la misión (de la barra de direcciones de la consola) y la clave de facilitador mostrada al crear la misión.",
    missionId: "Identificador de la misión",
    refused: "Esta clave no abre esta misión.",
  },

  bar: {
    facts: (constituencies, statements, minimum) =>
      `${constituencies} grupos · ${statements} afirmaciones · los grupos con menos de ${minimum} respuestas se ocultan`,
    pillar: "Pilar",
    allPillars: "Todos los pilares",
    statementLanguage: "Afirmaciones y archivos en",
    reload: "Recargar las cifras",
    reloading: "Recargando…",
    asOf: (time) => `a las ${time}`,
  },

  heat: {
    legend: "Acuerdo neto (% de acuerdo − % en desacuerdo):",
    legendScale: "Colores de −100 % (todos en desacuerdo) a +100 % (todos de acuerdo)",
    withheld: "oculto",
    withheldMeaning: (minimum) =>
      `menos de ${minimum} respuestas, u oculto para que no se pueda deducir un grupo más pequeño`,
    caption: "Acuerdo neto por afirmación y grupo",
    statement: "Afirmación",
    countsAsHct: "cuenta como HCT",
    hctPooled: "HCT en conjunto",
    othersPooled: "Otros en conjunto",
    gap: "HCT − otros",
    gapUnit: "media, en puntos de la escala",
    gapGroup: "HCT − otros, media en puntos de la escala",
    beyondNoise: "más allá del azar",
    withinNoise: "dentro del azar",
    n: (n) => `n ${n}`,
  },

  describe: {
    withheldBelowMinimum: (group, respondents, minimum) =>
      `${group}: oculto para proteger el anonimato — ${respondents} respuestas, menos que el mínimo de la misión (${minimum}).`,
    withheldComplementary: (group, respondents) =>
      `${group}: oculto aunque respondieron ${respondents}, porque mostrarlo permitiría deducir por resta un grupo oculto más pequeño.`,
    allDontKnow: (group, respondents) => `${group}: ${respondents} respuestas, todas «No sé».`,
    figures: (group, net, interval, agree, disagree, n, dontKnow) =>
      `${group}: acuerdo neto ${net}${interval ? ` (intervalo del 95 % ${interval})` : ""}; ${agree} de acuerdo, ${disagree} en desacuerdo; n = ${n}` +
      (dontKnow > 0 ? `, ${dontKnow} «No sé».` : "."),
    gap: (gap, interval, beyondNoise) =>
      `Media del HCT menos la de los otros grupos: ${gap} puntos de la escala, intervalo del 95 % ${interval}; ` +
      (beyondNoise ? "mayor de lo que el azar explicaría." : "dentro de lo que el azar podría explicar."),
    noGap: "Sin diferencia: el HCT y los otros deben mostrarse ambos, con al menos dos valoraciones cada uno.",
    nobodyYet: (group) => `${group}: nadie ha respondido aún.`,
    notInMission: (group) => `${group}: no forma parte de esta misión.`,
    interval: (low, high) => `${low} a ${high}`,
  },

  flags: {
    lists: {
      mostPositive: {
        title: "Las más positivas",
        hint: "claramente más personas de acuerdo que en desacuerdo, más allá de lo que el azar haría con un grupo pequeño",
      },
      mostNegative: {
        title: "Las más negativas",
        hint: "claramente más personas en desacuerdo que de acuerdo, más allá del azar",
      },
      mostDivided: { title: "Divididas: dos bandos", hint: "las personas están en los extremos opuestos de la escala" },
      noSharedView: {
        title: "Sin visión común",
        hint: "respuestas dispersas por toda la escala, sin un lado ni bandos",
      },
      mostDivergent: {
        title: "HCT aparte, grupos aparte",
        hint: "una diferencia más allá del azar, teniendo en cuenta todas las afirmaciones de la misión; que no haya ninguna no prueba que los grupos coincidan",
      },
      commonGround: {
        title: "Terreno común",
        hint: "cada grupo mostrado tiene una clara mayoría del mismo lado",
      },
    },
    none: "Ninguna afirmación está señalada aquí.",
    noneInPillar: "Ninguna afirmación de este pilar está señalada aquí.",
  },

  reasons: {
    positive: (f) =>
      `positiva: ${f.agree} de acuerdo, ${f.disagree} en desacuerdo, acuerdo neto ${f.net}${range(f.netInterval)}, media ${f.mean} puntos de ${f.points}, n = ${f.n}`,
    negative: (f) =>
      `negativa: ${f.agree} de acuerdo, ${f.disagree} en desacuerdo, acuerdo neto ${f.net}${range(f.netInterval)}, media ${f.mean} puntos de ${f.points}, n = ${f.n}`,
    divided: (f) =>
      `dividida, dos bandos: ${f.agree} de acuerdo, ${f.disagree} en desacuerdo; dispersión ${f.spread} puntos${range(f.spreadInterval)}, frente a ${f.evenSpread} en un reparto uniforme; acuerdo A ${f.agreementA}; n = ${f.n}`,
    noSharedView: (f) =>
      `sin visión común: ${f.agree} de acuerdo, ${f.disagree} en desacuerdo, ${f.neutral} neutral; dispersión ${f.spread} puntos${range(f.spreadInterval)}, frente a ${f.evenSpread} en un reparto uniforme; acuerdo A ${f.agreementA}; n = ${f.n}`,
    hctApart: (f) =>
      `HCT aparte: media ${f.hctMean} puntos frente a ${f.othersMean} de los otros, una diferencia de ${f.gap} puntos; acuerdo neto ${f.hctNet} frente a ${f.othersNet}; n = ${f.hctN} y ${f.othersN}`,
    constituenciesApart: (f) =>
      `grupos aparte: medias de ${f.lowest} puntos (${f.lowestName}) a ${f.highest} puntos (${f.highestName}), un rango de ${f.range} puntos entre ${f.constituencies} grupos; p ${f.p}`,
    commonGround: (f) =>
      `terreno común: los ${f.constituencies} grupos están mayoritariamente ${f.side === "agree" ? "de acuerdo" : "en desacuerdo"}${f.shares ? `, ${f.shares}` : ""} (cada uno por encima del ${f.majority} en su intervalo)`,
  },

  shortlist: {
    intro:
      "Las afirmaciones que señaló el análisis, tal como las tomará el retiro. Descarte lo que el retiro no necesita discutir, añada lo que debería, y guarde notas para los facilitadores.",
    save: "Guardar la lista",
    saving: "Guardando…",
    notSaved: (problem) => `No guardada: ${problem}`,
    unsaved: "Cambios sin guardar",
    saved: "Guardada con la misión",
    nothingInPillar: "Nada seleccionado en este pilar.",
    addLabel: "Añadir una afirmación a la lista",
    choose: "Elija una afirmación…",
    add: "Añadir",
    addedByHand: "añadida por el equipo de la misión",
    netLine: (everyone, hct, others) =>
      `Acuerdo neto: todos ${everyone}${hct !== null ? `, HCT ${hct}, otros ${others ?? "–"}` : ""}`,
    decisionOn: (code) => `Decisión sobre ${code}`,
    accepted: "Aceptada",
    dropped: "Descartada",
    orderOf: (code) => `Orden de ${code}`,
    moveUp: (code) => `Subir ${code}`,
    moveDown: (code) => `Bajar ${code}`,
    removeFrom: (code) => `Quitar ${code} de la lista`,
    remove: "Quitar",
    noteOn: (code) => `Nota sobre ${code}`,
  },

  retreat: {
    workshop: "Taller del HCT (en directo)",
    choose: "Elija un taller…",
    cannotFollow: (problem) => `No se puede seguir el taller: ${problem}`,
    live: (joined, voted) => `En directo · ${joined} conectados · ${voted} han votado`,
    chooseHint: "Elija el taller del HCT para seguir sus valoraciones a medida que llegan.",
    caption: (time, minimum) =>
      `El HCT ahora, junto a los otros grupos en conjunto (análisis cargado a las ${time}). Los grupos con menos de ${minimum} respuestas se ocultan.`,
    hctNow: "HCT ahora (en directo)",
    others: "Otros grupos",
    difference: "Acuerdo neto, HCT − otros",
    spokenBar: (group, disagree, neutral, agree, net, n) =>
      `${group}: ${disagree} en desacuerdo, ${neutral} neutral, ${agree} de acuerdo; acuerdo neto ${net}; n = ${n}`,
    barNumbers: (net, agree, disagree, n) => `${net} neto · ${agree} de acuerdo · ${disagree} en desacuerdo · n ${n}`,
    withheldAnswered: (respondents) => `oculto · ${respondents} respuestas`,
  },

  exports: {
    intro: (language) =>
      `Los archivos se escriben en ${language} (cámbielo arriba). Guárdelos con el mismo cuidado que la clave de facilitador: contienen los resultados de la misión.`,
    shortlistTitle: "La lista seleccionada",
    shortlistHint: "afirmaciones aceptadas, en el orden del equipo, con notas",
    resultsTitle: "Los resultados completos",
    resultsHint: "cada afirmación y grupo, con las celdas ocultas marcadas",
    fileAs: (what, format) => `${what} en ${format}`,
    reportTitle: "Informe y transferencia",
    openReport: "Abrir el informe imprimible",
    openingReport: "Abriendo el informe imprimible",
    transfer: "Descargar el archivo de transferencia de la misión",
    transferWhat: "El archivo de transferencia de la misión",
    reportHint:
      "El informe se abre en una ventana nueva: imprímalo o guárdelo como PDF desde allí. El archivo de transferencia lleva toda la misión a otro peerpulse; solo se abre con la clave de facilitador de esta misión.",
    working: (what) => `${what}…`,
    done: (what) => `${what}: hecho.`,
    failed: (what, problem) => `${what}: error (${problem})`,
  },
};
