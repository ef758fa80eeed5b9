// The key figures of the mission at a glance: what was asked, of whom, and what the shortlist holds.
import { acceptedOnly } from "@peerpulse/shared";
import type { ReportContext } from "../report-context.ts";

export function summarySection({ results, workshops, m, f }: ReportContext): string {
  const { mission, analysis, shortlist } = results;
  const closed = workshops.filter((workshop) => workshop.status === "closed").length;
  const shortlisted = acceptedOnly(shortlist).pillars.reduce((sum, group) => sum + group.items.length, 0);
  const rows: [string, string][] = [
    [m.summary.statements, f.count(analysis.statements.length)],
    [m.summary.constituencies, f.count(mission.constituencies.length)],
    [m.summary.workshops, f.count(workshops.length)],
    [m.summary.closedWorkshops, f.count(closed)],
    [m.summary.shortlisted, f.count(shortlisted)],
    [m.summary.anonymityMinimum, f.count(mission.anonymityMinimum)],
  ];
  return `<section class="summary"><h2>${m.summary.title}</h2>
<dl class="key-figures">${rows.map(([label, value]) => `<div><dt>${label}</dt><dd>${value}</dd></div>`).join("")}</dl>
</section>`;
}
