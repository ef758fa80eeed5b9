// How the analysis page writes figures: signed percentages, points of net agreement, and why a cell is withheld.
import type { GroupFigures, SuppressionReason } from "@peerpulse/shared";

/** A share (0 to 1) as a whole percentage, "–" when unknown. */
export function percent(share: number | null | undefined): string {
  return share === null || share === undefined ? "–" : `${Math.round(share * 100)}%`;
}

/** Net agreement (−1 to 1) as signed points from −100 to +100, "–" when unknown. */
export function netPoints(net: number | null | undefined): string {
  if (net === null || net === undefined) return "–";
  const points = Math.round(net * 100);
  return points > 0 ? `+${points}` : points < 0 ? `−${Math.abs(points)}` : "0";
}

/** Why a group is withheld, in words a facilitator can say to a participant who asks. */
export function withheldReason(
  group: string,
  reason: SuppressionReason,
  respondents: number,
  anonymityMinimum: number,
): string {
  switch (reason) {
    case "below-minimum":
      return `${group}: withheld to keep answers anonymous — ${respondents} answered, fewer than the mission's minimum of ${anonymityMinimum}.`;
    case "complementary":
      return `${group}: withheld although ${respondents} answered, because showing it would let a smaller withheld group be worked out by subtraction.`;
  }
}

/** A one-line description of a shown group's figures, for tooltips and screen readers. */
export function figuresDescription(group: string, figures: GroupFigures & { suppressed: false }): string {
  const { summary } = figures;
  if (summary.n === 0) return `${group}: ${figures.respondents} answered, all "don't know".`;
  const interval = summary.intervals.netAgreement;
  const range = interval ? ` (95% interval ${netPoints(interval.low)} to ${netPoints(interval.high)})` : "";
  return (
    `${group}: net agreement ${netPoints(summary.netAgreement)}${range}; ${percent(summary.agree)} agree, ` +
    `${percent(summary.disagree)} disagree; n = ${summary.n}` +
    (summary.dontKnow > 0 ? `, ${summary.dontKnow} don't know.` : ".")
  );
}

/** A moment (milliseconds since 1970) as the hour and minute of the day, in the browser's locale. */
export function timeOfDay(moment: number): string {
  return new Date(moment).toLocaleTimeString([], { hour: "2-digit", minute: "2-digit" });
}
