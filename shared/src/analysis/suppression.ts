// Anonymity: which constituencies are withheld on a statement, including those withheld only to stop subtraction.
import { z } from "zod";

/** Why a group's figures are withheld. */
export const SuppressionReason = z.enum([
  /** Fewer respondents than the anonymity minimum. */
  "below-minimum",
  /** Large enough, but withheld so that a smaller group cannot be recovered by subtracting shown groups from a pooled one. */
  "complementary",
]);
/** Why a group's figures are withheld. */
export type SuppressionReason = z.infer<typeof SuppressionReason>;

/** A constituency's respondents on one statement (ratings plus "don't know"). */
export interface GroupSize {
  /** The constituency's id. */
  id: string;
  /** Ratings plus "don't know" answers. */
  respondents: number;
}

/**
 * The constituencies to withhold on one statement, with the reason for each. Every group with fewer than
 * `minimum` respondents is withheld. Because "everyone" is shown, withholding just one such group would let
 * anyone recover it as everyone minus the shown groups; so, while the withheld groups that hold anybody
 * add up to fewer than `minimum` respondents, the smallest shown group is withheld too (complementary
 * suppression, as statistical offices do). The withheld groups then only ever appear pooled, and the pool
 * is itself at least `minimum` respondents (or is everyone).
 */
export function suppressedGroups(groups: readonly GroupSize[], minimum: number): Record<string, SuppressionReason> {
  const withheld: Record<string, SuppressionReason> = {};
  for (const group of groups) if (group.respondents < minimum) withheld[group.id] = "below-minimum";
  const pooled = () => groups.reduce((sum, group) => sum + (group.id in withheld ? group.respondents : 0), 0);
  const shown = [...groups].filter((group) => !(group.id in withheld)).sort((a, b) => a.respondents - b.respondents);
  while (pooled() > 0 && pooled() < minimum) {
    const next = shown.shift();
    if (!next) break;
    withheld[next.id] = "complementary";
  }
  return withheld;
}
