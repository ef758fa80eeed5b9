// The colour legend: the scale's points in the colours of the bars, left to right as the bars run.
import { DONT_KNOW_COLOUR, NEUTRAL_BORDER, scaleColours, textIn } from "@peerpulse/shared";
import type { ReportContext } from "../report-context.ts";

export function legendSection({ results, language, m, written }: ReportContext): string {
  const { scale } = results.mission;
  const colours = scaleColours(scale.points.length);
  const middle = (scale.points.length - 1) / 2;
  const chips = scale.points
    .map(
      (point, index) =>
        `<li><span class="chip" style="background:${colours[index]}${index === middle ? `;border-color:${NEUTRAL_BORDER}` : ""}"></span>${written(textIn(point, language))}</li>`,
    )
    .join("");
  // The chips run left to right in every language, in the order of the bars' segments.
  return `<section class="legend"><h2>${m.legend.title}</h2>
<p>${m.legend.bars}</p>
<ol class="scale" dir="ltr">${chips}</ol>
<p><span class="chip" style="background:${DONT_KNOW_COLOUR}"></span>${m.legend.dontKnow}</p>
<p><span class="withheld">${m.figures.withheld}</span> ${m.legend.withheld}</p>
</section>`;
}
