// How the analysis page writes figures, one unit per figure as the flag lists, exports and report write them: shares
// and net agreement in %, means and gaps between means in points of the rating scale; and why a cell is withheld.
import type { GroupFigures, SuppressionReason } from "@peerpulse/shared";

/** A share (0 to 1) as a whole percentage, "–" when unknown. */
export function percent(share: number | null | undefined): string {
  return share === null || share === undefined ? "–" : `${Math.round(share * 100)}%`;
}

/** Net agreement (−1 to 1; % agree − % disagree) as a signed percentage from −100% to +100%, "–" when unknown. */
export function netPercent(net: number | null | undefined): string {
  if (net === null || net === undefined) return "–";
  const whole = Math.round(net * 100);
  return `${whole > 0 ? "+" : whole < 0 ? "−" : ""}${Math.abs(whole)}%`;
}

/** A gap between two means, in points of the rating scale, signed with one decimal: "+1.5", "−0.3". */
export function signedScalePoints(gap: number): string {
  const rounded = Number(gap.toFixed(1));
  return `${rounded > 0 ? "+" : rounded < 0 ? "−" : ""}${Math.abs(rounded).toFixed(1)}`;
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
  const range = interval ? ` (95% interval ${netPercent(interval.low)} to ${netPercent(interval.high)})` : "";
  return (
    `${group}: net agreement ${netPercent(summary.netAgreement)}${range}; ${percent(summary.agree)} agree, ` +
    `${percent(summary.disagree)} disagree; n = ${summary.n}` +
    (summary.dontKnow > 0 ? `, ${summary.dontKnow} don't know.` : ".")
  );
}

/** A moment (milliseconds since 1970) as the hour and minute of the day, in the browser's locale. */
export function timeOfDay(moment: number): string {
  return new Date(moment).toLocaleTimeString([], { hour: "2-digit", minute: "2-digit" });
}
