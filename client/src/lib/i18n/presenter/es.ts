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
  vote: {
    mode: "Prioridades",
    title: "Las prioridades más críticas",
    hidden: "La clasificación permanece oculta hasta que el facilitador la muestre.",
    howToVote: (picks) =>
      picks === 1 ? "Elija una prioridad en su teléfono." : `Elija hasta ${picks} prioridades en su teléfono.`,
    voters: (count) => (count === 1 ? "1 persona ha votado" : `${count} personas han votado`),
    withheld: (voters, minimum) =>
      `La clasificación se muestra cuando hayan votado ${minimum} personas, para que los votos sigan siendo anónimos (${voters} hasta ahora).`,
    votes: (count) => (count === 1 ? "1 voto" : `${count} votos`),
    top: (position) => `Prioridad ${position}`,
    closed: "La votación está cerrada.",
    fromGroup: (name) => `Grupo: ${name}`,
    rankingPage: (page, pages) => `Prioridades, página ${page} de ${pages}`,
  },
};
