// The console's texts for step 2 of a workshop: break-out groups with their rapporteur links, every group's
// priorities, and the plenary priority vote (open, close, reveal, mark the top three).
import type { Language, VoteStatus } from "@peerpulse/shared";
import type { PriorityFormMessages } from "./priority-form-messages.ts";
import { ar } from "./step-two/ar.ts";
import { en } from "./step-two/en.ts";
import { es } from "./step-two/es.ts";
import { fr } from "./step-two/fr.ts";

/** Every text of the console's step 2 that does not come from the mission or the groups. */
export interface StepTwoMessages extends PriorityFormMessages {
  title: string;
  breakout: {
    title: string;
    intro: string;
    byPillar: string;
    named: string;
    groupName: (position: number) => string;
    groupPillar: (position: number) => string;
    addGroup: string;
    removeGroup: (position: number) => string;
    open: string;
    openToRapporteurs: string;
    closedToRapporteurs: string;
    close: string;
    reopen: string;
    link: string;
    qr: (group: string) => string;
    copy: string;
    copied: string;
    noPriorities: string;
  };
  vote: {
    title: string;
    picks: string;
    open: string;
    needsPriorities: string;
    statuses: Record<VoteStatus, string>;
    close: string;
    reopen: string;
    reveal: string;
    hide: string;
    shownOnPresenter: string;
    hiddenOnPresenter: string;
    voters: (voters: number, minimum: number) => string;
    withheld: (voters: number, minimum: number) => string;
    votes: (count: number) => string;
    markTop: (position: number) => string;
    /** A marked priority's place among the top ones. */
    top: (position: number) => string;
    unmark: string;
    topTitle: string;
    noTop: string;
    ballotNote: string;
  };
}

/** The console's step 2 texts, by language. */
export const STEP_TWO_MESSAGES: Record<Language, StepTwoMessages> = { en, fr, ar, es };
