// The decider: which groups of one statement may show figures, taken in priority order.
import { revealsSmallGroup } from "./small-set-search.ts";
import type { Withheld } from "./withheld-reason.ts";

/** A smallest unit of people (a workshop) and how many answered the statement (ratings plus "don't know"). */
export interface DisclosureUnit {
  id: string;
  respondents: number;
}

/** A group that some route would publish: the units it pools. */
export interface CandidateGroup {
  id: string;
  units: readonly string[];
}

/**
 * Decides, for one statement, every candidate group in the order given (the order is the priority). A group
 * with fewer than `minimum` respondents is withheld ("below-minimum"). Any other group is shown only if, with
 * it and every group shown before it, no union of units weighing 1 to `minimum − 1` can be worked out by
 * adding and subtracting shown figures; else it is withheld ("complementary"). Units with no respondents add
 * nothing and are left out. Pure and deterministic: the same units, groups and minimum give the same verdicts.
 */
export function decideDisclosure(
  units: readonly DisclosureUnit[],
  groups: readonly CandidateGroup[],
  minimum: number,
): Map<string, Withheld> {
  const indexOf = new Map(units.map((unit, index) => [unit.id, index]));
  const weights = units.map((unit) => Math.max(0, unit.respondents));
  // A group under the minimum is made of workshops under it; with none, nothing can be worked out (and calibration,
  // which decides thousands of missions, skips the check).
  const anySmall = weights.some((weight) => weight > 0 && weight < minimum);
  const shown: number[][] = [];
  const verdicts = new Map<string, Withheld>();
  for (const group of groups) {
    const members = [...new Set(group.units.flatMap((id) => (indexOf.has(id) ? [indexOf.get(id)!] : [])))]
      .filter((unit) => weights[unit]! > 0)
      .sort((a, b) => a - b);
    const respondents = members.reduce((sum, unit) => sum + weights[unit]!, 0);
    if (respondents < minimum) verdicts.set(group.id, "below-minimum");
    else if (anySmall && revealsSmallGroup([...shown, members], weights, minimum))
      verdicts.set(group.id, "complementary");
    else {
      shown.push(members);
      verdicts.set(group.id, null);
    }
  }
  return verdicts;
}
