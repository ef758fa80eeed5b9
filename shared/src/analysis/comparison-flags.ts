// HCT apart and constituencies apart: comparisons judged together, so a mission's many statements do not breed false leads.
import { controlFalseDiscoveries, type ComparisonToJudge } from "./false-discoveries.ts";
import type { Candidate } from "./flag.ts";
import { flaggable } from "./group-figures.ts";
import { compareMeans, gapInterval, type MeanComparison } from "./mean-comparison.ts";
import type { AnalysisOptions } from "./options.ts";
import { hctReason, spreadReason } from "./reasons.ts";
import { spreadRangeInterval, type ConstituencySummary } from "./spread.ts";
import type { StatementAnalysis } from "./statement-analysis.ts";
import type { Summary } from "./summary.ts";

interface HctComparison {
  statement: StatementAnalysis;
  hct: Summary;
  others: Summary;
  means: MeanComparison;
}

/** The constituencies a statement's spread counted: shown on their own and with enough ratings. */
function counted(statement: StatementAnalysis, minimumRatings: number): ConstituencySummary[] {
  return Object.entries(statement.constituencies).flatMap(([constituencyId, figures]) => {
    const summary = flaggable(figures, minimumRatings);
    return summary ? [{ constituencyId, summary }] : [];
  });
}

/**
 * The divergent candidates of a mission, HCT entries first. Every statement gives up to two comparisons:
 * the HCT against the others (Student's t, `compareMeans`) and the constituencies among themselves (the
 * analysis of variance of `constituencySpread`). All of them are judged in one weighted Benjamini–Hochberg
 * procedure at `comparisonErrorRate` (`controlFalseDiscoveries`), the HCT comparisons sharing
 * `hctShareOfErrorRate` of the weight and the constituencies comparisons the rest. A reported comparison is
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
  const hctComparisons = statements.flatMap((statement): HctComparison[] => {
    const hct = flaggable(statement.hct, options.minimumRatings);
    const others = flaggable(statement.others, options.minimumRatings);
    const means = hct && others ? compareMeans(hct, others) : null;
    return hct && others && means ? [{ statement, hct, others, means }] : [];
  });
  const spreads = statements.flatMap((statement) =>
    statement.spread ? [{ statement, spread: statement.spread }] : [],
  );
  const hctWeight = options.hctShareOfErrorRate / Math.max(1, hctComparisons.length);
  const spreadWeight = (1 - options.hctShareOfErrorRate) / Math.max(1, spreads.length);
  const tests: ComparisonToJudge[] = [
    ...hctComparisons.map((c) => ({ pValue: c.means.pValue, weight: hctWeight })),
    ...spreads.map((s) => ({ pValue: s.spread.pValue, weight: spreadWeight })),
  ];
  const judgements = controlFalseDiscoveries(tests, options.comparisonErrorRate);
  const comparisons = tests.length;

  const hctApart = hctComparisons.flatMap((c, index): Candidate[] => {
    const judgement = judgements[index]!;
    if (!judgement.discovered) return [];
    const interval = gapInterval(c.means, judgement.level);
    const farEnd = c.means.gap > 0 ? interval.high : -interval.low;
    if (farEnd < options.divergentGap * width) return [];
    return [
      {
        code: c.statement.code,
        pillar: c.statement.pillar,
        score: width + Math.abs(c.means.gap),
        reason: hctReason(c.hct, c.others, c.means.gap, interval, comparisons),
        between: "hct-and-others",
      },
    ];
  });
  const hctCodes = new Set(hctApart.map((candidate) => candidate.code));
  const constituenciesApart = spreads.flatMap(({ statement, spread }, index): Candidate[] => {
    const judgement = judgements[hctComparisons.length + index]!;
    if (!judgement.discovered || hctCodes.has(statement.code)) return [];
    const interval = spreadRangeInterval(counted(statement, options.minimumRatings), judgement.level);
    if (!interval || interval.high < options.divergentSpread * width) return [];
    return [
      {
        code: statement.code,
        pillar: statement.pillar,
        score: spread.range,
        reason: spreadReason(spread, names, judgement.level, comparisons),
        between: "constituencies",
      },
    ];
  });
  return [...hctApart, ...constituenciesApart];
}
