// The report's first lines: what the mission is, where, and when the report was made.
import type { ReportContext } from "../report-context.ts";

export function coverSection({ results, m, f, written, madeOn }: ReportContext): string {
  const { mission } = results;
  return `<header class="cover">
<p class="kind">${m.missionKinds[mission.kind]} · ${written(mission.country)}</p>
<h1>${written(mission.title)}</h1>
<p class="dated">${m.reportDated} ${f.date(madeOn)}</p>
</header>`;
}
