// The three shares a compact bar draws, from a live tally (the HCT now) or from the analysis (the other constituencies).
import { summarize, type GroupFigures, type PublicStatementTally } from "@peerpulse/shared";
import type { FigureWords } from "./figure-words.ts";

/** A group's shares on one statement, or why it is not shown. */
export type BarFigures =
  | { shown: true; agree: number; neutral: number; disagree: number; net: number | null; n: number; dontKnow: number }
  | { shown: false; respondents: number; explanation: string };

function fromSummary(summary: ReturnType<typeof summarize>): BarFigures {
  return {
    shown: true,
    agree: summary.agree ?? 0,
    neutral: summary.neutral ?? 0,
    disagree: summary.disagree ?? 0,
    net: summary.netAgreement,
    n: summary.n,
    dontKnow: summary.dontKnow,
  };
}

/** From a workshop's live tally; the server has already withheld what the mission's disclosure decision withholds. */
export function fromLiveTally(
  tally: PublicStatementTally | undefined,
  group: string,
  minimum: number,
  words: FigureWords,
): BarFigures {
  if (!tally) return { shown: false, respondents: 0, explanation: words.m.describe.nobodyYet(group) };
  if (tally.suppressed) {
    return {
      shown: false,
      respondents: tally.respondents,
      explanation: words.withheld(group, tally.reason, tally.respondents, minimum),
    };
  }
  return fromSummary(summarize({ counts: tally.counts, dontKnow: tally.dontKnow }));
}

/** From a group's figures in the analysis. */
export function fromGroupFigures(
  figures: GroupFigures | null,
  group: string,
  minimum: number,
  words: FigureWords,
): BarFigures {
  if (!figures) return { shown: false, respondents: 0, explanation: words.m.describe.notInMission(group) };
  if (figures.suppressed) {
    return {
      shown: false,
      respondents: figures.respondents,
      explanation: words.withheld(group, figures.reason, figures.respondents, minimum),
    };
  }
  return fromSummary(figures.summary);
}
