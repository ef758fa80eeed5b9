// One group's figures on one line of the report, and the HCT − others gap: shared by the report's sections.
import type { Gap, GroupFigures } from "@peerpulse/shared";
import type { ReportContext } from "../report-context.ts";

/** "Everyone: 23 ratings · mean 4.25 · 87 % agree · 13 % disagree · net agreement +74 % · consensus 0.62". */
export function figuresLine({ m, f }: ReportContext, group: GroupFigures | null, name: string): string {
  if (!group) return "";
  if (group.suppressed)
    return `<p class="figures"><span class="group">${name}</span>: ${m.figures.withheldBecause[group.reason]}</p>`;
  const s = group.summary;
  const parts = [
    `${f.count(s.n)} ${m.figures.ratings}`,
    `${m.figures.mean} ${f.decimal(s.mean)}`,
    `${f.percent(s.agree)} ${m.figures.agree}`,
    `${f.percent(s.disagree)} ${m.figures.disagree}`,
    `${m.figures.netAgreement} ${f.signedPercent(s.netAgreement)}`,
    `${m.figures.consensus} ${f.decimal(s.consensus)}`,
  ];
  return `<p class="figures"><span class="group">${name}</span>: ${parts.join(" · ")}</p>`;
}

/** "HCT − others, in mean: −2.10 (larger than chance)", or nothing when there is no gap to show. */
export function gapLine({ m, f }: ReportContext, gap: Gap | null): string {
  if (!gap) return "";
  const noise = gap.mean.exceedsNoise ? m.figures.beyondNoise : m.figures.withinNoise;
  return `<p class="figures"><span class="group">${m.figures.hctGap}</span>: ${f.signedDecimal(gap.mean.gap)} (${noise})</p>`;
}
