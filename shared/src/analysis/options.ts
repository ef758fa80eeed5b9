// The knobs of the mission analysis and their documented defaults (see docs/analysis.md, "Defaults").
import { z } from "zod";
import { DEFAULT_ANONYMITY_MINIMUM } from "../schemas/mission.ts";

/** Options of `analyzeMission`; every field has a default, so `{}` is valid input. */
export const AnalysisOptions = z.object({
  /** A group with fewer respondents (ratings plus "don't know") is never shown on its own. */
  anonymityMinimum: z.number().int().min(2).default(DEFAULT_ANONYMITY_MINIMUM),
  /** Ratings (not counting "don't know") a group needs before its figures can raise a flag. */
  minimumRatings: z.number().int().min(2).default(5),
  /** Longest length of each ranked list. */
  listLength: z.number().int().min(1).default(5),
  /** Most positive: the 95% interval of net agreement lies wholly above this; most negative: wholly below minus this. */
  strongNetAgreement: z.number().min(0).max(1).default(0.3),
  /** Divided and no shared view: at least this share agreeing and at least this share disagreeing. */
  dividedSideShare: z.number().min(0).max(0.5).default(0.25),
  /** No shared view: the 95% interval of the ratings' spread starts at no less than this share of an even spread's. */
  noSharedViewSpread: z.number().min(0).max(1).default(0.8),
  /**
   * HCT apart and constituencies apart together: in a mission with no real difference, the chance of any
   * false entry; with real ones, the expected share of false entries among those listed. 9%, a margin under
   * the 10% a mission team can live with, because at the tiny p-values 30 statements need the tests' p-values
   * are approximations (in simulation a 10% setting gave 8–11%; see docs/analysis.md).
   */
  comparisonErrorRate: z.number().gt(0).lt(1).default(0.09),
  /** The share of `comparisonErrorRate` given to the HCT comparisons; the constituencies comparisons get the rest. */
  hctShareOfErrorRate: z.number().gt(0).lt(1).default(0.8),
  /** HCT apart: not listed when its interval shows a gap in mean smaller than this share of the scale's width (k − 1). */
  divergentGap: z.number().min(0).max(1).default(0.2),
  /** Constituencies apart: not listed when its interval shows a range of means smaller than this share of the width. */
  divergentSpread: z.number().min(0).max(1).default(0.25),
  /** Common ground: a constituency stands on a side when the 95% interval of its share on that side lies above this. */
  commonGroundMajority: z.number().min(0.5).max(1).default(0.5),
  /** Common ground needs at least this many constituencies with enough ratings. */
  commonGroundConstituencies: z.number().int().min(2).default(2),
});
/** Options of `analyzeMission`, every default filled in. */
export type AnalysisOptions = z.infer<typeof AnalysisOptions>;
/** Options of `analyzeMission` as a caller may give them: any field may be left out. */
export type AnalysisOptionsInput = z.input<typeof AnalysisOptions>;

/** The defaults, written out: anonymity minimum 5, 5 ratings to flag, lists of 5, a 9% error rate, thresholds as above. */
export const DEFAULT_ANALYSIS_OPTIONS: AnalysisOptions = AnalysisOptions.parse({});
