// Which changes between rounds to report: each statement's family of comparisons, all statements judged together.
import { controlFalseDiscoveries } from "./false-discoveries.ts";

/** One comparison of a statement's family: its p-value (null when it could not be made) and share of the error rate. */
export interface FamilyMember {
  pValue: number | null;
  /** Share of the statement's error rate; the shares of a family's made comparisons are rescaled to add up to 1. */
  share: number;
}

/** The verdict on one comparison of a family. */
export interface MemberJudgement {
  /** Reported: its statement was picked and its p-value is at most `level`. */
  reported: boolean;
  /** The error rate this comparison was judged at (its interval uses it); 0 when it was not made. */
  level: number;
}

/**
 * The closed test that `judgeComparisons` runs for the flags, for families of any size. Each statement's p-value
 * for "nothing moved" is the weighted Bonferroni combination min(p_i / s_i) over its made comparisons (shares
 * s_i rescaled to add up to 1); Benjamini and Hochberg's procedure over those statement p-values at `rate`
 * picks statements at level α = R · rate / m; in a picked statement, comparison i is reported when
 * p_i ≤ s_i · α. With nothing moved anywhere the chance of any report is at most `rate`; with some real moves
 * the expected share of picked statements with no real move is at most `rate`. A family with no made
 * comparison is not counted. Returns the verdicts family by family, member by member, in order.
 */
export function judgeFamilies(families: readonly (readonly FamilyMember[])[], rate: number): MemberJudgement[][] {
  const scaled = families.map((family) => {
    const total = family.reduce((sum, member) => sum + (member.pValue === null ? 0 : member.share), 0);
    return family.map((member) => (member.pValue === null || total === 0 ? 0 : member.share / total));
  });
  const combined = families.map((family, index) => {
    const parts = family.flatMap((member, i) => {
      const share = scaled[index]![i]!;
      return member.pValue === null || share === 0 ? [] : [member.pValue / share];
    });
    return { pValue: parts.length === 0 ? null : Math.min(1, ...parts) };
  });
  const judgements = controlFalseDiscoveries(combined, rate);
  return families.map((family, index) => {
    const { discovered, level } = judgements[index]!;
    return family.map((member, i) => {
      const memberLevel = scaled[index]![i]! * level;
      return { reported: discovered && member.pValue !== null && member.pValue <= memberLevel, level: memberLevel };
    });
  });
}
