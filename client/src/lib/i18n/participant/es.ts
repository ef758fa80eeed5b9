// Spanish texts of the participant page.
import type { ParticipantMessages } from "../participant-messages.ts";

export const es: ParticipantMessages = {
  languageName: "Español",
  languageLabel: "Idioma",
  joinTitle: "Unirse al taller",
  joinIntro: "Escriba el código de seis cifras que aparece en la pantalla.",
  joinCodeLabel: "Código del taller",
  joinCodeHint: "Seis cifras, por ejemplo 123456",
  joinButton: "Unirse",
  joining: "Conectando…",
  badJoinCode: "Este código no corresponde a ningún taller abierto. Revise las cifras e inténtelo de nuevo.",
  rateLimited:
    "Demasiados intentos desde esta red. Escanee el código QR o abra el enlace que aparece en la pantalla, o espere unos minutos.",
  entryClosed:
    "El facilitador ha cerrado la entrada a este taller: nadie nuevo puede unirse ahora. Pregunte al facilitador si debería participar.",
  placeLostTitle: "Este teléfono ya no está en el taller",
  placeLostText:
    "El servidor ya no reconoce el lugar de este teléfono en el taller (puede que se haya trasladado o reiniciado). Las valoraciones de este teléfono que aún no se habían enviado no se pueden contar. Puede unirse de nuevo como nuevo participante.",
  joinAgain: "Unirse de nuevo como nuevo participante",
  joinFailed: "No se pudo unir. Revise su conexión e inténtelo de nuevo.",
  offlineNoCache: "Está sin conexión. Únase cuando tenga conexión.",
  online: "Conectado",
  offline: "Sin conexión: sus respuestas se guardan y se enviarán más tarde",
  connecting: "Conectando…",
  waitingToSend: (count) =>
    count === 1 ? "1 respuesta pendiente de envío" : `${count} respuestas pendientes de envío`,
  progress: (rated, total) => `${rated} de ${total} valoradas`,
  nextUnrated: "Siguiente sin valorar",
  statementOf: (position, total) => `Afirmación ${position} de ${total}`,
  ratingGroupLabel: (code) => `Su valoración de la afirmación ${code}`,
  saved: "Guardada",
  waiting: "Pendiente de envío",
  sending: "Enviando…",
  ratedElsewhere: "Valorada",
  refused: "No guardada",
  locked: "La votación de esta afirmación está cerrada.",
  notOpenYet: "Aún no está abierta: espere al facilitador.",
  workshopDraft: "El taller aún no ha comenzado. Esta página se actualizará cuando se abra.",
  workshopClosed: "El taller está cerrado. Gracias por participar.",
  followPresenter:
    "Valore la afirmación que aparece en la pantalla. La siguiente aparecerá aquí cuando el facilitador avance.",
  allRated: "Ha valorado todas las afirmaciones. Aún puede cambiar una respuesta.",
  anonymityNote: "Sus respuestas son anónimas: solo se muestran los totales.",
  vote: {
    title: "Votación: las prioridades más críticas",
    intro: (picks) =>
      picks === 1
        ? "Elija la prioridad de los grupos que más importa. Puede cambiar su elección mientras la votación esté abierta."
        : `Elija hasta ${picks} de las prioridades que nombraron los grupos. Puede cambiar su elección mientras la votación esté abierta.`,
    picked: (count, picks) => `${count} de ${picks} elegida(s)`,
    send: "Enviar mi voto",
    sending: "Enviando…",
    saved: "Su voto está guardado. Puede cambiarlo mientras la votación esté abierta.",
    waiting: "Su voto se guarda en este teléfono y se envía en cuanto vuelva la conexión.",
    closedUnsent: "No contado: la votación se cerró antes de que su elección llegara al servidor.",
    refused: "No contado: esta elección fue rechazada. Elija de nuevo y envíe.",
    closed: "La votación está cerrada. Gracias.",
    fromGroup: (name) => `Grupo: ${name}`,
    topTitle: "Las prioridades principales del taller",
    anonymous: "Su voto es anónimo: solo se muestran los totales.",
  },
};
