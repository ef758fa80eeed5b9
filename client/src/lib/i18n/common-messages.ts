// Texts the facilitator screens share (presenter, console, analysis): figures, the key form, connection states.
// Each screen's catalogue extends this one, so a shared component takes any of them.
import type { Language, WorkshopStatus } from "@peerpulse/shared";
import { ar } from "./common/ar.ts";
import { en } from "./common/en.ts";
import { es } from "./common/es.ts";
import { fr } from "./common/fr.ts";

/** One statement's figures, for the sentence a screen reader hears instead of a chart. */
export interface SpokenFigures {
  code: string;
  agree: string;
  neutral: string;
  disagree: string;
  dontKnow: number;
  dontKnowLabel: string;
  n: number;
  mean: string;
  points: number;
  consensus: string;
}

/** Texts every facilitator screen uses. */
export interface CommonMessages {
  /** The language's name in itself, for pickers. */
  languageName: string;
  languageLabel: string;
  connecting: string;
  reconnecting: string;
  facilitatorKeyLabel: string;
  keyRefused: string;
  /** A workshop's status, as the console and the analysis page name it. */
  statuses: Record<WorkshopStatus, string>;
  open: string;
  agree: string;
  neutral: string;
  disagree: string;
  mean: string;
  consensus: string;
  /** Column head for the number of ratings on the scale. */
  n: string;
  /** A whole percentage, written as the language writes it. */
  percent: (whole: number) => string;
  /** A number with one decimal (means). */
  decimal: (value: number) => string;
  meanOf: (mean: string, points: number) => string;
  countsAndPercentages: string;
  hiddenAnonymous: (respondents: number, minimum: number) => string;
  hiddenShort: (respondents: number, minimum: number) => string;
  noAnswersYet: string;
  answeredShownFrom: (respondents: number, minimum: number) => string;
  spokenStatement: (figures: SpokenFigures) => string;
  spokenRow: (code: string, agree: string, neutral: string, disagree: string) => string;
}

/** The shared texts, by language. */
export const COMMON_MESSAGES: Record<Language, CommonMessages> = { en, fr, ar, es };
