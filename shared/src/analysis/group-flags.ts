// Flags within one group (a workshop, a constituency, everyone): most positive, most negative, divided, no shared view.
import { rankFlags } from "./flag.ts";
import type { AnalysisOptions } from "./options.ts";
import { dividedReason, negativeReason, noSharedViewReason, positiveReason } from "./reasons.ts";
import type { Summary } from "./summary.ts";
import { viewShape } from "./view-shape.ts";

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
 * Most positive, most negative, divided and no shared view within one group. Each decision reads an
 * interval, not a point, so a small group is not listed on the strength of a few people. Positive: the
 * 95% interval of net agreement lies wholly above `strongNetAgreement`, ranked by that interval's low end;
 * negative likewise below its opposite. Divided (two opposed camps) and no shared view (answers scattered)
 * as `viewShape` decides, with `dividedSideShare` on each side; divided ranked by how far the spread's
 * interval lies beyond an even spread, no shared view by the smaller side's share. Groups with fewer than
 * `minimumRatings` ratings raise no flag.
 */
export function flagWithinGroup(statements: readonly GroupStatement[], options: AnalysisOptions) {
  const rated = statements.flatMap(({ code, pillar, summary }) => {
    const net = summary?.intervals.netAgreement;
    return summary && summary.n >= options.minimumRatings && net ? [{ code, pillar, summary, net }] : [];
  });
  const positive = rated.filter((s) => s.net.low > options.strongNetAgreement);
  const negative = rated.filter((s) => s.net.high < -options.strongNetAgreement);
  const shaped = rated.map((s) => ({
    ...s,
    shape: viewShape(s.summary, options.dividedSideShare, options.noSharedViewSpread),
  }));
  const divided = shaped.filter((s) => s.shape === "two-camps");
  const scattered = shaped.filter((s) => s.shape === "no-shared-view");
  return {
    mostPositive: rankFlags(
      "positive",
      positive.map((s) => ({ ...s, score: s.net.low, reason: positiveReason(s.summary) })),
      options.listLength,
    ),
    mostNegative: rankFlags(
      "negative",
      negative.map((s) => ({ ...s, score: -s.net.high, reason: negativeReason(s.summary) })),
      options.listLength,
    ),
    mostDivided: rankFlags(
      "divided",
      divided.map((s) => ({ ...s, score: s.summary.intervals.sd?.low ?? 0, reason: dividedReason(s.summary) })),
      options.listLength,
    ),
    noSharedView: rankFlags(
      "no-shared-view",
      scattered.map((s) => ({
        ...s,
        score: Math.min(s.summary.agree ?? 0, s.summary.disagree ?? 0),
        reason: noSharedViewReason(s.summary),
      })),
      options.listLength,
    ),
  };
}
