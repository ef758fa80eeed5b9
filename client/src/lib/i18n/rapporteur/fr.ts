// Textes français de la page du rapporteur.
import { fr as form } from "../priority-form/fr.ts";
import type { RapporteurMessages } from "../rapporteur-messages.ts";

export const fr: RapporteurMessages = {
  ...form,
  languageName: "Français",
  languageLabel: "Langue",
  groupHeading: (name) => `Groupe de travail : ${name}`,
  intro:
    "Notez les défis prioritaires de votre groupe, les affirmations dont ils découlent et les actions réalistes que vous proposez, avec les capacités et ressources nécessaires. L'animateur voit chacun dès qu'il est enregistré.",
  yourPriorities: (count, most) => `Priorités de votre groupe (${count} sur ${most} au plus)`,
  noPriorities: "Aucune priorité notée pour l'instant.",
  closed: "L'animateur a clos les groupes de travail : vous pouvez lire ce que votre groupe a noté, sans le modifier.",
  loading: "Chargement de votre groupe…",
  badLink: "Ce lien n'ouvre aucun groupe de travail. Demandez à l'animateur le lien ou le code QR de votre groupe.",
  loadFailed: "Impossible de charger votre groupe. Vérifiez la connexion et réessayez.",
  retry: "Réessayer",
};
