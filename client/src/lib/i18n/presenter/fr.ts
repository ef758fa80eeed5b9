// Textes français de l'écran de présentation.
import { fr as common } from "../common/fr.ts";
import type { PresenterMessages } from "../presenter-messages.ts";

export const fr: PresenterMessages = {
  ...common,
  secondLanguageLabel: "Deuxième langue",
  noSecondLanguage: "Aucune",
  overview: "Vue d'ensemble",
  fullScreen: "Plein écran",
  needsWorkshop: "Ouvrez cet écran depuis la console de l'animateur : il lui faut un atelier.",
  cannotShow: (problem) => `Impossible d'afficher l'atelier : ${problem}`,
  workshopDraft: "L'atelier n'est pas encore ouvert.",
  workshopClosed: "L'atelier est clos.",
  statementOf: (position, total) => `Affirmation ${position} sur ${total}`,
  votingLocked: "vote verrouillé",
  allStatements: "Toutes les affirmations",
  resultsLabel: "Résultats",
  resultsHidden: "Les résultats restent masqués jusqu'à ce que l'animateur les dévoile.",
  answeredSoFar: "réponses à ce stade.",
  howToJoin: "Comment participer",
  goTo: "Allez sur",
  enterTheCode: "et saisissez le code",
  code: "code",
  qrLabel: (url) => `Code QR pour participer : ${url}`,
  joinAddressLabel: "Adresse pour participer",
  joinAddressOption: (host, network) => `${host} (${network})`,
  joined: "Connectés",
  voted: "Ont voté",
  haveResults: (answered, total) => `${answered} sur ${total} ont des résultats`,
  pageOf: (page, pages) => `Page ${page} sur ${pages}`,
  statementsPage: (page, pages) => `Affirmations, page ${page} sur ${pages}`,
  previousPage: "Page précédente",
  nextPage: "Page suivante",
  sortByNet: "Trier par accord net",
  overviewSpoken: (total, shown) =>
    `Vue d'ensemble de ${total} affirmations ; ${shown} ont assez de réponses pour être affichées. Le tableau ci-dessous donne tous les chiffres.`,
  vote: {
    mode: "Priorités",
    title: "Les priorités les plus critiques",
    hidden: "Le classement reste masqué jusqu'à ce que l'animateur le dévoile.",
    howToVote: (picks) =>
      picks === 1
        ? "Choisissez une priorité sur votre téléphone."
        : `Choisissez jusqu'à ${picks} priorités sur votre téléphone.`,
    voters: (count) => (count <= 1 ? `${count} personne a voté` : `${count} personnes ont voté`),
    withheld: (voters, minimum) =>
      `Le classement s'affiche à partir de ${minimum} votants, pour garder les votes anonymes (${voters} à ce stade).`,
    votes: (count) => `${count} voix`,
    top: (position) => `Priorité ${position}`,
    closed: "Le vote est clos.",
    fromGroup: (name) => `Groupe : ${name}`,
    rankingPage: (page, pages) => `Priorités, page ${page} sur ${pages}`,
  },
};
