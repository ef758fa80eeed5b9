// The analysis module's public face: measures for one group, comparisons across groups, flags and the shortlist.
export { agreementA } from "./agreement-a.ts";
export { Commonality, commonality, sideOfGroup } from "./commonality.ts";
export { judgeComparisons } from "./comparison-flags.ts";
export { consensus, dissent } from "./consensus.ts";
export { studentTTwoSided } from "./distributions.ts";
export { interpolatedMedianOf, meanOf, sharesOf, standardDeviationOf, type Shares } from "./descriptives.ts";
export { Flag, flagLabel, FlagKind } from "./flag.ts";
export { controlFalseDiscoveries, type ComparisonToJudge, type Judgement } from "./false-discoveries.ts";
export { flagWithinGroup, type GroupStatement } from "./group-flags.ts";
export { assertFrequencyVector, sideOf, type FrequencyVector, type ScaleSide } from "./frequency-vector.ts";
export { compareGroups, Gap, GapFigure, MeanGapFigure } from "./gap.ts";
export { GroupFigures } from "./group-figures.ts";
export {
  CONFIDENCE_LEVEL,
  evenSpreadSd,
  Interval,
  meanInterval,
  netAgreementInterval,
  spreadInterval,
  wilsonInterval,
} from "./intervals.ts";
export { leikDispersion } from "./leik.ts";
export { compareMeans, gapInterval, type GroupMoments, type MeanComparison } from "./mean-comparison.ts";
export { FlagLists } from "./mission-flags.ts";
export { analyzeMission, MissionAnalysis, type MissionTallies } from "./mission-analysis.ts";
export { AnalysisOptions, DEFAULT_ANALYSIS_OPTIONS, type AnalysisOptionsInput } from "./options.ts";
export { buildShortlist, Shortlist, ShortlistItem, type ShortlistOptions } from "./shortlist.ts";
export {
  ConstituencyMean,
  ConstituencySpread,
  constituencySpread,
  spreadRangeInterval,
  type ConstituencySummary,
} from "./spread.ts";
export { analyzeStatement, StatementAnalysis, type AnalysisConstituency } from "./statement-analysis.ts";
export { Summary, summarize, type SummarizeOptions } from "./summary.ts";
export { viewShape, type ViewShape } from "./view-shape.ts";
export {
  compareRounds,
  Movement,
  RoundChange,
  RoundComparison,
  RoundComparisonOptions,
  RoundPresence,
  StatementRoundComparison,
} from "./round-comparison.ts";
export { judgeFamilies, type FamilyMember, type MemberJudgement } from "./round-judgement.ts";
