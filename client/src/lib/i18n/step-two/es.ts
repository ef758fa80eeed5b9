// Textos en español del paso 2 de la consola (grupos de trabajo y votación en plenaria).
import { es as form } from "../priority-form/es.ts";
import type { StepTwoMessages } from "../step-two-messages.ts";

export const es: StepTwoMessages = {
  ...form,
  title: "Paso 2: grupos de trabajo y votación en plenaria",
  breakout: {
    title: "Grupos de trabajo",
    intro:
      "El relator de cada grupo registra sus desafíos prioritarios y acciones desde el enlace o el código QR del grupo.",
    byPillar: "Un grupo por pilar",
    named: "Grupos que yo nombro",
    groupName: (position) => `Nombre del grupo ${position}`,
    groupPillar: (position) => `Pilar del grupo ${position}`,
    addGroup: "Añadir un grupo",
    removeGroup: (position) => `Quitar el grupo ${position}`,
    open: "Abrir los grupos de trabajo",
    openToRapporteurs: "Los relatores pueden registrar",
    closedToRapporteurs: "Cerrado a los relatores: solo usted puede editar",
    close: "Cerrar a los relatores",
    reopen: "Reabrir a los relatores",
    link: "Enlace del relator",
    qr: (group) => `Código QR del enlace del relator de ${group}`,
    copy: "Copiar el enlace",
    copied: "Copiado",
    noPriorities: "Aún no se ha registrado ninguna prioridad.",
  },
  vote: {
    title: "Votación de prioridades en plenaria",
    picks: "Prioridades que elige cada participante",
    open: "Abrir la votación",
    needsPriorities: "La votación puede abrirse cuando los grupos hayan registrado prioridades.",
    statuses: { open: "Votación abierta", closed: "Votación cerrada" },
    close: "Cerrar la votación",
    reopen: "Reabrir la votación",
    reveal: "Mostrar la clasificación",
    hide: "Ocultar la clasificación",
    shownOnPresenter: "Clasificación visible en la pantalla de presentación",
    hiddenOnPresenter: "Clasificación oculta en la pantalla de presentación",
    voters: (voters, minimum) => `${voters} votaron · clasificación visible desde ${minimum}`,
    withheld: (voters, minimum) =>
      `La clasificación se retiene hasta que voten ${minimum} personas (${voters} hasta ahora).`,
    votes: (count) => (count === 1 ? "1 voto" : `${count} votos`),
    markTop: (position) => `Marcar como prioridad ${position}`,
    top: (position) => `Prioridad ${position}`,
    unmark: "Desmarcar",
    topTitle: "Las prioridades principales del taller",
    noTop: "Ninguna marcada todavía.",
    ballotNote: "Los participantes votan las prioridades tal como estaban escritas al abrir la votación.",
  },
};
