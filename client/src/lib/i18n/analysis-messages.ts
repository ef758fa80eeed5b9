// The analysis page's texts: the heat map, the flagged lists and their reasons, shortlist curation, the retreat view,
// the exports.
//
// To add a text (an action-plan screen, say): add its key below, in the part of the page it belongs to (a new part gets
// its own group, like `shortlist`), with a doc comment when its use is not obvious; then give it in analysis/en.ts,
// fr.ts, es.ts and ar.ts (typecheck fails until all four have it); then use it as `{m.yourKey}` (in an analysis
// component, `const locale = analysisLocale()` while it initialises, then `const m = $derived(locale.messages)`).
// A text with a number in it is a function, so each language places and inflects the number itself; figures reach it
// already written (`FigureWords` in analysis/figure-words.ts: Latin digits, the language's decimal mark and percent
// sign, a true minus, isolated left to right in Arabic).
import type { Language } from "@peerpulse/shared";
import type { CommonMessages } from "./common-messages.ts";
import { ar } from "./analysis/ar.ts";
import { en } from "./analysis/en.ts";
import { es } from "./analysis/es.ts";
import { fr } from "./analysis/fr.ts";

/** The flagged lists, by their key in the analysis. */
export type FlagListKey =
  "mostPositive" | "mostNegative" | "mostDivided" | "noSharedView" | "mostDivergent" | "commonGround";

/** Figures of a most positive or most negative entry (everyone pooled), already written. */
export interface SideFigures {
  agree: string;
  disagree: string;
  net: string;
  /** "+57% to +80%", or null when there is no interval. */
  netInterval: string | null;
  mean: string;
  points: number;
  n: number;
}

/** Figures of a divided or no-shared-view entry (everyone pooled), already written. */
export interface SpreadFigures {
  agree: string;
  disagree: string;
  neutral: string;
  spread: string;
  spreadInterval: string | null;
  evenSpread: string;
  agreementA: string;
  n: number;
}

/** Every text the analysis page shows that does not come from the mission. */
export interface AnalysisMessages extends CommonMessages {
  analysisTitle: string;
  cannotLoad: (problem: string) => string;
  loadingAnalysis: string;
  viewsLabel: string;
  views: { analysis: string; shortlist: string; retreat: string; exports: string };
  headings: { compared: string; flagged: string; shortlist: string; retreat: string; exports: string };

  access: { title: string; hint: string; missionId: string; refused: string };

  bar: {
    facts: (constituencies: number, statements: number, minimum: number) => string;
    pillar: string;
    allPillars: string;
    /** The choice of the statements' (and files') language among the mission's. */
    statementLanguage: string;
    reload: string;
    reloading: string;
    asOf: (time: string) => string;
  };

  heat: {
    legend: string;
    legendScale: string;
    withheld: string;
    withheldMeaning: (minimum: number) => string;
    caption: string;
    statement: string;
    countsAsHct: string;
    hctPooled: string;
    othersPooled: string;
    gap: string;
    gapUnit: string;
    /** What a gap cell says of itself in the narrow layout, where the column heads are hidden. */
    gapGroup: string;
    beyondNoise: string;
    withinNoise: string;
    /** A cell's count of ratings: "n 12". */
    n: (n: number) => string;
  };

  /** Sentences for tooltips and screen readers; figures arrive written. */
  describe: {
    withheldBelowMinimum: (group: string, respondents: number, minimum: number) => string;
    withheldComplementary: (group: string, respondents: number) => string;
    allDontKnow: (group: string, respondents: number) => string;
    figures: (
      group: string,
      net: string,
      interval: string | null,
      agree: string,
      disagree: string,
      n: number,
      dontKnow: number,
    ) => string;
    gap: (gap: string, interval: string, beyondNoise: boolean) => string;
    noGap: string;
    nobodyYet: (group: string) => string;
    notInMission: (group: string) => string;
    /** "+57% to +80%". */
    interval: (low: string, high: string) => string;
  };

  flags: {
    lists: Record<FlagListKey, { title: string; hint: string }>;
    none: string;
    noneInPillar: string;
  };

  /** Why a statement is in a list, in words and figures. */
  reasons: {
    positive: (f: SideFigures) => string;
    negative: (f: SideFigures) => string;
    divided: (f: SpreadFigures) => string;
    noSharedView: (f: SpreadFigures) => string;
    hctApart: (f: {
      hctMean: string;
      othersMean: string;
      gap: string;
      hctNet: string;
      othersNet: string;
      hctN: number;
      othersN: number;
    }) => string;
    constituenciesApart: (f: {
      lowest: string;
      lowestName: string;
      highest: string;
      highestName: string;
      range: string;
      constituencies: number;
      p: string;
    }) => string;
    commonGround: (f: {
      constituencies: number;
      side: "agree" | "disagree";
      shares: string | null;
      majority: string;
    }) => string;
  };

  shortlist: {
    intro: string;
    save: string;
    saving: string;
    notSaved: (problem: string) => string;
    unsaved: string;
    saved: string;
    nothingInPillar: string;
    addLabel: string;
    choose: string;
    add: string;
    addedByHand: string;
    netLine: (everyone: string, hct: string | null, others: string | null) => string;
    decisionOn: (code: string) => string;
    accepted: string;
    dropped: string;
    orderOf: (code: string) => string;
    moveUp: (code: string) => string;
    moveDown: (code: string) => string;
    removeFrom: (code: string) => string;
    remove: string;
    noteOn: (code: string) => string;
  };

  retreat: {
    workshop: string;
    choose: string;
    cannotFollow: (problem: string) => string;
    live: (joined: number, voted: number) => string;
    chooseHint: string;
    caption: (time: string, minimum: number) => string;
    hctNow: string;
    others: string;
    difference: string;
    spokenBar: (group: string, disagree: string, neutral: string, agree: string, net: string, n: number) => string;
    barNumbers: (net: string, agree: string, disagree: string, n: number) => string;
    withheldAnswered: (respondents: number) => string;
  };

  exports: {
    intro: (language: string) => string;
    shortlistTitle: string;
    shortlistHint: string;
    resultsTitle: string;
    resultsHint: string;
    /** "The shortlist as CSV": a button and the name of what is being done. */
    fileAs: (what: string, format: string) => string;
    reportTitle: string;
    openReport: string;
    openingReport: string;
    transfer: string;
    transferWhat: string;
    reportHint: string;
    working: (what: string) => string;
    done: (what: string) => string;
    failed: (what: string, problem: string) => string;
  };
}

/** The analysis page's catalogues, by language. */
export const ANALYSIS_MESSAGES: Record<Language, AnalysisMessages> = { en, fr, ar, es };
