// Why a published cell carries no figures: the one vocabulary of the tallies, the analysis and every export.
import { z } from "zod";

/** Why a group's figures are withheld. */
export const SuppressionReason = z.enum([
  /** Fewer respondents than the anonymity minimum. */
  "below-minimum",
  /** Large enough, but withheld because, with the figures shown, it would let a smaller group be worked out by subtraction. */
  "complementary",
]);
/** Why a group's figures are withheld. */
export type SuppressionReason = z.infer<typeof SuppressionReason>;

/** A cell's verdict: null when its figures are shown, else why they are withheld. */
export type Withheld = SuppressionReason | null;
