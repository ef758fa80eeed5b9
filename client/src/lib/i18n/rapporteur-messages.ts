// The rapporteur page's texts: a break-out group's own record of priorities and actions, on a phone or a laptop.
import type { Language } from "@peerpulse/shared";
import type { PriorityFormMessages } from "./priority-form-messages.ts";
import { ar } from "./rapporteur/ar.ts";
import { en } from "./rapporteur/en.ts";
import { es } from "./rapporteur/es.ts";
import { fr } from "./rapporteur/fr.ts";

/** Every text the rapporteur page shows that does not come from the mission or the group. */
export interface RapporteurMessages extends PriorityFormMessages {
  languageName: string;
  languageLabel: string;
  /** The page's heading: the group's name follows. */
  groupHeading: (name: string) => string;
  intro: string;
  /** The list's heading, with how many are recorded of the most a group may record. */
  yourPriorities: (count: number, most: number) => string;
  noPriorities: string;
  closed: string;
  loading: string;
  badLink: string;
  loadFailed: string;
  retry: string;
}

/** The rapporteur page's catalogues, by language. */
export const RAPPORTEUR_MESSAGES: Record<Language, RapporteurMessages> = { en, fr, ar, es };
