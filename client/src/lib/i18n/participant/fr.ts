// French texts of the participant page.
import type { ParticipantMessages } from "../participant-messages.ts";

export const fr: ParticipantMessages = {
  languageName: "Français",
  languageLabel: "Langue",
  joinTitle: "Rejoindre l'atelier",
  joinIntro: "Saisissez le code à six chiffres affiché à l'écran.",
  joinCodeLabel: "Code de l'atelier",
  joinCodeHint: "Six chiffres, par exemple 123456",
  joinButton: "Rejoindre",
  joining: "Connexion…",
  badJoinCode: "Ce code ne correspond à aucun atelier ouvert. Vérifiez les chiffres et réessayez.",
  rateLimited:
    "Trop d'essais depuis ce réseau. Scannez le code QR ou ouvrez le lien affiché à l'écran, ou attendez quelques minutes.",
  entryClosed:
    "L'animateur a fermé l'entrée de cet atelier : personne de nouveau ne peut y participer. Demandez à l'animateur si vous devriez y être.",
  placeLostTitle: "Ce téléphone ne fait plus partie de l'atelier",
  placeLostText:
    "Le serveur ne reconnaît plus la place de ce téléphone dans l'atelier (il a peut-être été déplacé ou réinitialisé). Les notes de ce téléphone qui n'étaient pas encore envoyées ne peuvent pas être comptées. Vous pouvez rejoindre l'atelier comme nouveau participant.",
  joinAgain: "Rejoindre comme nouveau participant",
  joinFailed: "Impossible de rejoindre. Vérifiez votre connexion et réessayez.",
  offlineNoCache: "Vous êtes hors ligne. Rejoignez l'atelier une fois connecté.",
  online: "Connecté",
  offline: "Hors ligne : vos réponses sont gardées et envoyées plus tard",
  connecting: "Connexion…",
  waitingToSend: (count) => (count === 1 ? "1 réponse en attente d'envoi" : `${count} réponses en attente d'envoi`),
  progress: (rated, total) => `${rated} sur ${total} évaluées`,
  nextUnrated: "Suivante non évaluée",
  statementOf: (position, total) => `Affirmation ${position} sur ${total}`,
  ratingGroupLabel: (code) => `Votre réponse à l'affirmation ${code}`,
  saved: "Enregistrée",
  waiting: "En attente d'envoi",
  sending: "Envoi…",
  ratedElsewhere: "Évaluée",
  refused: "Non enregistrée",
  locked: "Le vote sur cette affirmation est clos.",
  notOpenYet: "Pas encore ouverte : attendez l'animateur.",
  workshopDraft: "L'atelier n'a pas commencé. Cette page se mettra à jour à son ouverture.",
  workshopClosed: "L'atelier est clos. Merci de votre participation.",
  followPresenter: "Évaluez l'affirmation affichée à l'écran. La suivante apparaîtra ici quand l'animateur avancera.",
  allRated: "Vous avez évalué toutes les affirmations. Vous pouvez encore modifier une réponse.",
  anonymityNote: "Vos réponses sont anonymes : seuls les totaux sont affichés.",
  vote: {
    title: "Vote : les priorités les plus critiques",
    intro: (picks) =>
      picks === 1
        ? "Choisissez la priorité des groupes qui compte le plus. Vous pouvez changer votre choix tant que le vote est ouvert."
        : `Choisissez jusqu'à ${picks} des priorités nommées par les groupes. Vous pouvez changer votre choix tant que le vote est ouvert.`,
    picked: (count, picks) => `${count} sur ${picks} choisie(s)`,
    send: "Envoyer mon vote",
    sending: "Envoi…",
    saved: "Votre vote est enregistré. Vous pouvez le changer tant que le vote est ouvert.",
    waiting: "Votre vote est gardé sur ce téléphone et envoyé dès le retour de la connexion.",
    closedUnsent: "Non compté : le vote a été clos avant que votre choix n'arrive au serveur.",
    refused: "Non compté : ce choix a été refusé. Choisissez à nouveau et envoyez.",
    closed: "Le vote est clos. Merci.",
    fromGroup: (name) => `Groupe : ${name}`,
    topTitle: "Les priorités retenues par l'atelier",
    anonymous: "Votre vote est anonyme : seuls les totaux sont affichés.",
  },
};
