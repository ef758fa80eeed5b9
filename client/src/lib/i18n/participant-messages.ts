// The participant page's interface texts: one typed catalogue per language, so a missing text fails typecheck.
import type { Language } from "@peerpulse/shared";
import { ar } from "./participant/ar.ts";
import { en } from "./participant/en.ts";
import { es } from "./participant/es.ts";
import { fr } from "./participant/fr.ts";

/** Every text the participant page shows that does not come from the mission. */
export interface ParticipantMessages {
  languageName: string;
  languageLabel: string;
  joinTitle: string;
  joinIntro: string;
  joinCodeLabel: string;
  joinCodeHint: string;
  joinButton: string;
  joining: string;
  badJoinCode: string;
  rateLimited: string;
  /** The facilitator closed entry: no one new joins (rule G4). */
  entryClosed: string;
  /** The server no longer knows this phone's participant token (rule G5). */
  placeLostTitle: string;
  placeLostText: string;
  joinAgain: string;
  joinFailed: string;
  offlineNoCache: string;
  online: string;
  offline: string;
  connecting: string;
  waitingToSend: (count: number) => string;
  progress: (rated: number, total: number) => string;
  /** The button that jumps to the next statement without a rating (self-paced). */
  nextUnrated: string;
  statementOf: (position: number, total: number) => string;
  ratingGroupLabel: (code: string) => string;
  saved: string;
  waiting: string;
  sending: string;
  ratedElsewhere: string;
  refused: string;
  locked: string;
  notOpenYet: string;
  workshopDraft: string;
  workshopClosed: string;
  followPresenter: string;
  allRated: string;
  anonymityNote: string;
  /** The plenary priority vote (step 2 of the workshop). */
  vote: {
    title: string;
    intro: (picks: number) => string;
    picked: (count: number, picks: number) => string;
    send: string;
    sending: string;
    saved: string;
    waiting: string;
    closedUnsent: string;
    refused: string;
    closed: string;
    fromGroup: (name: string) => string;
    topTitle: string;
    anonymous: string;
  };
}

/** The catalogues, by language. */
export const PARTICIPANT_MESSAGES: Record<Language, ParticipantMessages> = { en, fr, ar, es };
