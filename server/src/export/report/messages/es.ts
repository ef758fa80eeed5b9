// The report in Spanish.
import type { ReportMessages } from "./report-messages.ts";

export const es: ReportMessages = {
  documentTitle: "informe de revisión entre pares",
  missionKinds: {
    "operational-peer-review": "Revisión operativa entre pares",
    "peer-2-peer-support": "Apoyo entre pares (P2P)",
    other: "Revisión entre pares",
  },
  reportDated: "Informe del",
  summary: {
    title: "Resumen",
    statements: "Afirmaciones evaluadas",
    constituencies: "Grupos consultados",
    workshops: "Talleres",
    closedWorkshops: "Talleres cerrados",
    shortlisted: "Afirmaciones seleccionadas para el retiro",
    anonymityMinimum: "Grupo más pequeño mostrado por separado",
    highlightsTitle: "Lo más destacado",
    highlightsIntro:
      "Las primeras afirmaciones de cada lista que ordena el análisis, con todos los participantes juntos.",
    noHighlights: "Ninguna afirmación tiene todavía suficientes valoraciones para destacar.",
  },
  flagLists: {
    positive: "Las más positivas",
    negative: "Las más negativas",
    divided: "Divididas: dos bandos",
    "no-shared-view": "Sin visión compartida",
    divergent: "Divergentes",
    "common-ground": "Terreno común",
  },
  divergentBetween: {
    "hct-and-others": "HCT aparte",
    constituencies: "Grupos apartados",
  },
  legend: {
    title: "Cómo leer las barras",
    bars: "Cada barra muestra cómo valoraron todos una afirmación: el desacuerdo a la izquierda de la línea central, el acuerdo a la derecha y el punto neutro repartido a ambos lados. Los colores son los de la escala:",
    dontKnow: "Las respuestas «No sé» se cuentan aparte y no figuran en las barras ni en las cifras.",
    withheld:
      "«Oculto»: el grupo es demasiado pequeño para mostrarlo sin arriesgar el anonimato, o mostrarlo permitiría deducir un grupo más pequeño por resta.",
  },
  workshops: {
    title: "Talleres",
    constituency: "Grupo",
    date: "Fecha",
    place: "Lugar",
    status: "Estado",
    statuses: { draft: "sin empezar", open: "abierto", closed: "cerrado" },
    none: "Todavía no hay talleres.",
  },
  shortlist: {
    title: "Selección para el retiro",
    intro: "Las afirmaciones que el equipo de la misión seleccionó para el retiro del HCT, por pilar, con sus notas.",
    empty: "Todavía no hay ninguna afirmación seleccionada.",
    flagged: "Señalada",
    addedByHand: "añadida por el equipo de la misión",
    note: "Nota del equipo de la misión",
  },
  groups: { everyone: "Todos", hct: "HCT", others: "Otros grupos" },
  figures: {
    ratings: "valoraciones",
    mean: "media",
    agree: "de acuerdo",
    disagree: "en desacuerdo",
    netAgreement: "acuerdo neto",
    consensus: "consenso",
    withheld: "oculto",
    withheldBecause: {
      "below-minimum": "oculto (menos respuestas que el mínimo de anonimato)",
      complementary: "oculto (podría deducirse restando los grupos mostrados)",
    },
    hctGap: "HCT − otros, en la media",
    beyondNoise: "mayor que el azar",
    withinNoise: "dentro del azar",
    barLabel: "Valoraciones de todos",
  },
  allStatements: {
    title: "Todas las afirmaciones",
    intro: "Cada afirmación del cuestionario, con todos los participantes juntos, por pilar.",
    code: "Código",
    statement: "Afirmación",
  },
  method: {
    title: "Cómo se obtuvieron estas cifras",
    paragraphs: [
      "Los participantes valoraron su acuerdo con cada afirmación de forma anónima en sus teléfonos, en talleres celebrados por separado para cada grupo. Ninguna valoración individual sale del servidor que las recogió; solo se analizan recuentos.",
      "Valoraciones: las respuestas en la escala. Las respuestas «No sé» se cuentan aparte y no entran en ninguna cifra. Media: el punto medio de la escala, de 1 (mayor desacuerdo) al último punto. De acuerdo y en desacuerdo: las proporciones de valoraciones por encima y por debajo del centro de la escala. Acuerdo neto: de acuerdo menos en desacuerdo, de −100 % (todos en desacuerdo) a +100 % (todos de acuerdo).",
      "El consenso (Tastle y Wierman) va de 0, personas divididas entre los dos extremos, a 1, todos dieron la misma respuesta. Una diferencia entre el HCT y los demás grupos solo se considera mayor que el azar cuando su intervalo del 95 % excluye el cero.",
      "Anonimato: un grupo con menos respuestas que el mínimo de la misión nunca se muestra por separado, y cuando mostrar un grupo permitiría deducir otro más pequeño por resta, también se oculta. Los grupos ocultos siguen contando dentro de los grupos conjuntos, como «Todos».",
      "Una afirmación solo se señala cuando su intervalo del 95 % lo indica, no su cifra sola. «HCT aparte» y «grupos apartados» tienen en cuenta todas las afirmaciones de la misión: sin ninguna diferencia real, menos de 1 misión de cada 10 mostraría una. Una diferencia no señalada no prueba el acuerdo: un HCT pequeño puede ocultar una real.",
      "La selección reúne las afirmaciones señaladas como las más positivas, las más negativas, divididas (dos bandos en los extremos de la escala), sin visión compartida (respuestas dispersas por la escala), HCT aparte, grupos apartados y terreno común, tal como las eligió el equipo de la misión.",
    ],
  },
};
