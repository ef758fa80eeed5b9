// Textos en español de la pantalla de presentación.
import { es as common } from "../common/es.ts";
import type { PresenterMessages } from "../presenter-messages.ts";

export const es: PresenterMessages = {
  ...common,
  secondLanguageLabel: "Segundo idioma",
  noSecondLanguage: "Ninguno",
  overview: "Vista general",
  fullScreen: "Pantalla completa",
  needsWorkshop: "Abra esta pantalla desde la consola del facilitador: necesita un taller.",
  cannotShow: (problem) => `No se puede mostrar el taller: ${problem}`,
  workshopDraft: "El taller aún no se ha abierto.",
  workshopClosed: "El taller está cerrado.",
  statementOf: (position, total) => `Afirmación ${position} de ${total}`,
  votingLocked: "votación bloqueada",
  allStatements: "Todas las afirmaciones",
  resultsLabel: "Resultados",
  resultsHidden: "Los resultados permanecen ocultos hasta que el facilitador los muestre.",
  answeredSoFar: "respuestas hasta ahora.",
  howToJoin: "Cómo participar",
  goTo: "Vaya a",
  enterTheCode: "e introduzca el código",
  code: "código",
  qrLabel: (url) => `Código QR para participar: ${url}`,
  joinAddressLabel: "Dirección para participar",
  joinAddressOption: (host, network) => `${host} (${network})`,
  joined: "Conectados",
  voted: "Han votado",
  haveResults: (answered, total) => `${answered} de ${total} tienen resultados`,
  pageOf: (page, pages) => `Página ${page} de ${pages}`,
  statementsPage: (page, pages) => `Afirmaciones, página ${page} de ${pages}`,
  previousPage: "Página anterior",
  nextPage: "Página siguiente",
  sortByNet: "Ordenar por acuerdo neto",
  overviewSpoken: (total, shown) =>
    `Vista general de ${total} afirmaciones; ${shown} tienen suficientes respuestas para mostrarse. La tabla de abajo da todas las cifras.`,
};
