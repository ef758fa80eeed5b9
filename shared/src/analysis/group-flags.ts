// Flags within one group (a workshop, a constituency, everyone): most positive, most negative, most divided.
import { rankFlags } from "./flag.ts";
import type { AnalysisOptions } from "./options.ts";
import { dividedReason, negativeReason, positiveReason } from "./reasons.ts";
import type { Summary } from "./summary.ts";

/** A statement's figures within one group (a workshop, a constituency, everyone), null when not shown. */
export interface GroupStatement {
  /** The statement's code. */
  code: string;
  /** Its pillar's id. */
  pillar: string;
  /** The group's figures; null when withheld. */
  summary: Summary | null;
}

/**
 * Most positive, most negative and most divided statements within one group. Positive: net agreement at
 * least `strongNetAgreement`, ranked by net agreement; negative likewise below its opposite; divided:
 * dissent at least `dividedDissent` with at least `dividedSideShare` on each side, ranked by dissent.
 * Groups with fewer than `minimumRatings` ratings raise no flag.
 */
export function flagWithinGroup(statements: readonly GroupStatement[], options: AnalysisOptions) {
  const rated = statements.flatMap(({ code, pillar, summary }) =>
    summary && summary.n >= options.minimumRatings && summary.netAgreement !== null
      ? [{ code, pillar, summary, net: summary.netAgreement }]
      : [],
  );
  const positive = rated.filter((s) => s.net >= options.strongNetAgreement);
  const negative = rated.filter((s) => s.net <= -options.strongNetAgreement);
  const divided = rated.filter(
    ({ summary: s }) =>
      (s.dissent ?? 0) >= options.dividedDissent &&
      (s.agree ?? 0) >= options.dividedSideShare &&
      (s.disagree ?? 0) >= options.dividedSideShare,
  );
  return {
    mostPositive: rankFlags(
      "positive",
      positive.map((s) => ({ ...s, score: s.net, reason: positiveReason(s.summary) })),
      options.listLength,
    ),
    mostNegative: rankFlags(
      "negative",
      negative.map((s) => ({ ...s, score: -s.net, reason: negativeReason(s.summary) })),
      options.listLength,
    ),
    mostDivided: rankFlags(
      "divided",
      divided.map((s) => ({ ...s, score: s.summary.dissent ?? 0, reason: dividedReason(s.summary) })),
      options.listLength,
    ),
  };
}
