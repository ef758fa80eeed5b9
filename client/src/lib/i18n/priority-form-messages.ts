// Texts of the priority form and list that the rapporteur page and the console's break-out share: a priority
// challenge, the statements it comes from, its pillar and the actions proposed with their capacity and resources.
import type { Language } from "@peerpulse/shared";
import { ar } from "./priority-form/ar.ts";
import { en } from "./priority-form/en.ts";
import { es } from "./priority-form/es.ts";
import { fr } from "./priority-form/fr.ts";

/** Why a save was refused, in the words a rapporteur acts on (docs/api.md error codes). */
export type SaveRefusal =
  | "breakout_closed"
  | "limit_reached"
  | "statement_unknown"
  | "pillar_unknown"
  | "priority_unknown"
  | "bad_rapporteur_token"
  | "network"
  | "other";

/** Every text of the priority form and list. */
export interface PriorityFormMessages {
  addPriority: string;
  editPriority: string;
  priorityText: string;
  priorityHint: string;
  pillar: string;
  acrossPillars: string;
  linkedStatements: string;
  /** Shown under the statement checklist: how many are linked, of the most allowed. */
  linkedCount: (linked: number, most: number) => string;
  noStatementLinked: string;
  actions: string;
  actionText: (position: number) => string;
  resources: string;
  addAction: string;
  removeAction: (position: number) => string;
  noActions: string;
  save: string;
  cancel: string;
  edit: string;
  remove: string;
  saving: string;
  saved: string;
  removed: string;
  refusals: Record<SaveRefusal, string>;
}

/** The priority form's texts, by language. */
export const PRIORITY_FORM_MESSAGES: Record<Language, PriorityFormMessages> = { en, fr, ar, es };
