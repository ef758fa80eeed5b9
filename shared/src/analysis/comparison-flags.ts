// HCT apart and constituencies apart: comparisons judged together, so a mission's many statements do not breed false leads.
import { controlFalseDiscoveries } from "./false-discoveries.ts";
import type { Candidate } from "./flag.ts";
import { flaggable } from "./group-figures.ts";
import { compareMeans, gapInterval, type MeanComparison } from "./mean-comparison.ts";
import type { AnalysisOptions } from "./options.ts";
import { hctReason, spreadReason } from "./reasons.ts";
import { spreadRangeInterval, type ConstituencySummary } from "./spread.ts";
import type { StatementAnalysis } from "./statement-analysis.ts";
import type { Summary } from "./summary.ts";

interface HctComparison {
  hct: Summary;
  others: Summary;
  means: MeanComparison;
}

/** The constituencies a statement's spread counted: shown on their own and with enough ratings. */
function countedConstituencies(statement: StatementAnalysis, minimumRatings: number): ConstituencySummary[] {
  return Object.entries(statement.constituencies).flatMap(([constituencyId, figures]) => {
    const summary = flaggable(figures, minimumRatings);
    return summary ? [{ constituencyId, summary }] : [];
  });
}

/** The verdict on one statement's two comparisons. */
export interface StatementJudgement {
  /** The HCT differs from the others at the level given to the HCT comparison. */
  hctApart: boolean;
  /** The constituencies differ among themselves at the level given to their comparison. */
  constituenciesApart: boolean;
  /** The error rate the HCT comparison was judged at (its interval uses it). */
  hctLevel: number;
  /** The error rate the constituencies comparison was judged at. */
  spreadLevel: number;
}

/**
 * Judges a mission's comparisons together, one statement counting once however many comparisons it gives.
 * Each statement's p-value for "no difference at all" is the weighted Bonferroni combination of its two
 * comparisons, min(p_HCT / s, p_spread / (1 − s)) with s = `hctShareOfErrorRate` (just the one p-value when
 * it has only one). Benjamini and Hochberg's procedure over those statement p-values at
 * `comparisonErrorRate` (`controlFalseDiscoveries`) picks the statements with some difference, at level
 * α = R · rate / m (R picked of m). In a picked statement the HCT comparison is reported when p_HCT ≤ s · α,
 * the constituencies comparison when p_spread ≤ (1 − s) · α: a closed test, so that with no real difference
 * anywhere the chance of any entry stays at most the rate, and with some real ones the expected share of
 * statements listed without any real difference stays at most the rate. Null p-values are comparisons that
 * could not be made; a statement with neither is not counted. Returns one verdict per statement, in order.
 */
export function judgeComparisons(
  statements: readonly { hct: number | null; spread: number | null }[],
  options: Pick<AnalysisOptions, "comparisonErrorRate" | "hctShareOfErrorRate">,
): StatementJudgement[] {
  const share = options.hctShareOfErrorRate;
  const weights = statements.map(({ hct, spread }) => ({
    hct: spread === null ? 1 : share,
    spread: hct === null ? 1 : 1 - share,
  }));
  const combined = statements.map(({ hct, spread }, index) => {
    const w = weights[index]!;
    const parts = [hct === null ? null : hct / w.hct, spread === null ? null : spread / w.spread];
    const counted = parts.filter((part): part is number => part !== null);
    return { pValue: counted.length === 0 ? null : Math.min(1, ...counted) };
  });
  const judgements = controlFalseDiscoveries(combined, options.comparisonErrorRate);
  return statements.map(({ hct, spread }, index) => {
    const { discovered, level } = judgements[index]!;
    const w = weights[index]!;
    const [hctLevel, spreadLevel] = [w.hct * level, w.spread * level];
    return {
      hctApart: discovered && hct !== null && hct <= hctLevel,
      constituenciesApart: discovered && spread !== null && spread <= spreadLevel,
      hctLevel,
      spreadLevel,
    };
  });
}

/**
 * The divergent candidates of a mission, HCT entries first. Every statement gives up to two comparisons:
 * the HCT against the others (Student's t, `compareMeans`) and the constituencies among themselves (the
 * analysis of variance of `constituencySpread`), all judged together by `judgeComparisons`. A reported comparison is
 * still left out when its interval, at the level it was judged at, shows the difference smaller than the
 * relevance threshold (`divergentGap`, `divergentSpread`, shares of the scale's width); at a mission's sizes
 * that interval is too wide for this to happen, but it keeps large groups from listing trifles.
 */
export function comparisonCandidates(
  statements: readonly StatementAnalysis[],
  names: Readonly<Record<string, string>>,
  points: number,
  options: AnalysisOptions,
): Candidate[] {
  const width = points - 1;
  const hctOf = (statement: StatementAnalysis): HctComparison | null => {
    const hct = flaggable(statement.hct, options.minimumRatings);
    const others = flaggable(statement.others, options.minimumRatings);
    const means = hct && others ? compareMeans(hct, others) : null;
    return hct && others && means ? { hct, others, means } : null;
  };
  const comparisons = statements.map((statement) => ({ statement, hct: hctOf(statement), spread: statement.spread }));
  const judged = comparisons.filter((c) => c.hct || c.spread);
  const judgements = judgeComparisons(
    judged.map((c) => ({ hct: c.hct?.means.pValue ?? null, spread: c.spread?.pValue ?? null })),
    options,
  );
  const counted = judged.length;

  const hctApart = judged.flatMap(({ statement, hct }, index): Candidate[] => {
    const judgement = judgements[index]!;
    if (!hct || !judgement.hctApart) return [];
    const interval = gapInterval(hct.means, judgement.hctLevel);
    const farEnd = hct.means.gap > 0 ? interval.high : -interval.low;
    if (farEnd < options.divergentGap * width) return [];
    return [
      {
        code: statement.code,
        pillar: statement.pillar,
        score: width + Math.abs(hct.means.gap),
        reason: hctReason(hct.hct, hct.others, hct.means.gap, interval, counted),
        between: "hct-and-others",
      },
    ];
  });
  const hctCodes = new Set(hctApart.map((candidate) => candidate.code));
  const constituenciesApart = judged.flatMap(({ statement, spread }, index): Candidate[] => {
    const judgement = judgements[index]!;
    if (!spread || !judgement.constituenciesApart || hctCodes.has(statement.code)) return [];
    const interval = spreadRangeInterval(
      countedConstituencies(statement, options.minimumRatings),
      judgement.spreadLevel,
    );
    if (!interval || interval.high < options.divergentSpread * width) return [];
    return [
      {
        code: statement.code,
        pillar: statement.pillar,
        score: spread.range,
        reason: spreadReason(spread, names, judgement.spreadLevel, counted),
        between: "constituencies",
      },
    ];
  });
  return [...hctApart, ...constituenciesApart];
}
