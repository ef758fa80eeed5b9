// The words of the printable report, one catalog per language (en, fr, es, ar); texts the mission wrote stay as typed.
import type { FlagKind, Language, MissionKind, SuppressionReason, WorkshopStatus } from "@peerpulse/shared";
import { ar } from "./ar.ts";
import { en } from "./en.ts";
import { es } from "./es.ts";
import { fr } from "./fr.ts";

/** Every label, heading and sentence of the report. Figures are formatted apart (report-format.ts). */
export interface ReportMessages {
  /** The browser tab and PDF title: the mission's title, then this. */
  documentTitle: string;
  missionKinds: Record<MissionKind, string>;
  reportDated: string;
  summary: {
    title: string;
    statements: string;
    constituencies: string;
    workshops: string;
    closedWorkshops: string;
    shortlisted: string;
    anonymityMinimum: string;
    highlightsTitle: string;
    highlightsIntro: string;
    noHighlights: string;
  };
  flagLists: Record<FlagKind, string>;
  divergentBetween: { "hct-and-others": string; constituencies: string };
  legend: {
    title: string;
    bars: string;
    dontKnow: string;
    withheld: string;
  };
  workshops: {
    title: string;
    constituency: string;
    date: string;
    place: string;
    status: string;
    statuses: Record<WorkshopStatus, string>;
    none: string;
  };
  shortlist: {
    title: string;
    intro: string;
    empty: string;
    flagged: string;
    addedByHand: string;
    note: string;
  };
  groups: { everyone: string; hct: string; others: string };
  figures: {
    ratings: string;
    mean: string;
    agree: string;
    disagree: string;
    netAgreement: string;
    consensus: string;
    withheld: string;
    /** A withheld group, with the reason in words. */
    withheldBecause: Record<SuppressionReason, string>;
    hctGap: string;
    beyondNoise: string;
    withinNoise: string;
    barLabel: string;
  };
  allStatements: {
    title: string;
    intro: string;
    code: string;
    statement: string;
  };
  method: {
    title: string;
    paragraphs: string[];
  };
}

const CATALOGS: Record<Language, ReportMessages> = { en, fr, es, ar };

/** The report's words in `language`. */
export function reportMessages(language: Language): ReportMessages {
  return CATALOGS[language];
}
