// The presenter screen's texts: what the room reads (join steps, results) and the facilitator's few controls.
import type { Language } from "@peerpulse/shared";
import type { CommonMessages } from "./common-messages.ts";
import { ar } from "./presenter/ar.ts";
import { en } from "./presenter/en.ts";
import { es } from "./presenter/es.ts";
import { fr } from "./presenter/fr.ts";

/** Every text the presenter shows that does not come from the mission. */
export interface PresenterMessages extends CommonMessages {
  secondLanguageLabel: string;
  noSecondLanguage: string;
  overview: string;
  fullScreen: string;
  needsWorkshop: string;
  cannotShow: (problem: string) => string;
  workshopDraft: string;
  workshopClosed: string;
  statementOf: (position: number, total: number) => string;
  votingLocked: string;
  allStatements: string;
  resultsLabel: string;
  resultsHidden: string;
  /** Follows the number of answers, e.g. "12 answered so far". */
  answeredSoFar: string;
  howToJoin: string;
  goTo: string;
  enterTheCode: string;
  /** Before the code in the one-line join instructions above revealed results. */
  code: string;
  qrLabel: (url: string) => string;
  /** The picker of the address phones join at, when the server has several (Wi-Fi and Ethernet, say). */
  joinAddressLabel: string;
  /** One address in that picker: the host, and the network interface it is on. */
  joinAddressOption: (host: string, network: string) => string;
  joined: string;
  voted: string;
  haveResults: (answered: number, total: number) => string;
  pageOf: (page: number, pages: number) => string;
  statementsPage: (page: number, pages: number) => string;
  previousPage: string;
  nextPage: string;
  sortByNet: string;
  overviewSpoken: (total: number, shown: number) => string;
  /** The plenary priority vote's screen (rules V5, V6). */
  vote: {
    mode: string;
    title: string;
    hidden: string;
    howToVote: (picks: number) => string;
    voters: (count: number) => string;
    withheld: (voters: number, minimum: number) => string;
    votes: (count: number) => string;
    top: (position: number) => string;
    closed: string;
    fromGroup: (name: string) => string;
    rankingPage: (page: number, pages: number) => string;
  };
}

/** The presenter's catalogues, by language. */
export const PRESENTER_MESSAGES: Record<Language, PresenterMessages> = { en, fr, ar, es };
