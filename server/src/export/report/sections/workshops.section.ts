// The workshops held: which constituency, when, where, and whether each is closed.
import type { ReportContext } from "../report-context.ts";

export function workshopsSection({ workshops, m, f, written, constituency }: ReportContext): string {
  if (workshops.length === 0)
    return `<section class="workshops"><h2>${m.workshops.title}</h2><p>${m.workshops.none}</p></section>`;
  const rows = workshops
    .map(
      (workshop) =>
        `<tr><td>${constituency(workshop.constituencyId)}</td><td>${f.date(workshop.date)}</td><td>${written(workshop.place)}</td><td>${m.workshops.statuses[workshop.status]}</td></tr>`,
    )
    .join("");
  return `<section class="workshops"><h2>${m.workshops.title}</h2>
<table><thead><tr><th>${m.workshops.constituency}</th><th>${m.workshops.date}</th><th>${m.workshops.place}</th><th>${m.workshops.status}</th></tr></thead><tbody>${rows}</tbody></table>
</section>`;
}
