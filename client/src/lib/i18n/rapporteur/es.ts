// Textos en español de la página del relator.
import { es as form } from "../priority-form/es.ts";
import type { RapporteurMessages } from "../rapporteur-messages.ts";

export const es: RapporteurMessages = {
  ...form,
  languageName: "Español",
  languageLabel: "Idioma",
  groupHeading: (name) => `Grupo de trabajo: ${name}`,
  intro:
    "Registre los desafíos prioritarios de su grupo, las afirmaciones de las que surgen y las acciones realistas que propone, con las capacidades y recursos que requieren. El facilitador ve cada uno en cuanto se guarda.",
  yourPriorities: (count, most) => `Prioridades de su grupo (${count} de como máximo ${most})`,
  noPriorities: "Aún no se ha registrado ninguna prioridad.",
  closed: "El facilitador cerró los grupos de trabajo: puede leer lo que registró su grupo, pero ya no cambiarlo.",
  loading: "Cargando su grupo…",
  badLink: "Este enlace no abre ningún grupo de trabajo. Pida al facilitador el enlace o el código QR de su grupo.",
  loadFailed: "No se pudo cargar su grupo. Compruebe la conexión e inténtelo de nuevo.",
  retry: "Reintentar",
};
