// The retreat shortlist: pillar by pillar, each statement with its bar, why it was flagged, figures and the team's note.
import { acceptedOnly, type CuratedShortlistItem } from "@peerpulse/shared";
import { escapeHtml } from "../../html-escape.ts";
import { groupBar } from "../../likert-svg.ts";
import type { ReportContext } from "../report-context.ts";
import { figuresLine, gapLine } from "./group-figures.ts";

function flagsLine({ m, language }: ReportContext, item: CuratedShortlistItem): string {
  // Each list in the report's language; the analysis writes its reasons (figures and rule) in English only, so
  // they are given in the English report.
  const lists = item.flags.map((flag) => {
    const name = flag.between ? m.divergentBetween[flag.between] : m.flagLists[flag.kind];
    return language === "en" ? `<li>${name}: ${escapeHtml(flag.reason)}</li>` : `<li>${name}</li>`;
  });
  if (item.addedByHand) lists.push(`<li>${m.shortlist.addedByHand}</li>`);
  return lists.length > 0 ? `<p class="flags">${m.shortlist.flagged}:</p><ul class="flags">${lists.join("")}</ul>` : "";
}

function article(context: ReportContext, item: CuratedShortlistItem): string {
  const { results, m, statement, written } = context;
  const counts = results.everyoneCounts[item.code]?.counts;
  return `<article class="statement">
<h4><span class="code" dir="ltr">${escapeHtml(item.code)}</span> ${statement(item.code)}</h4>
${groupBar(item.everyone, counts, `${m.figures.barLabel}: ${item.code}`, m.figures.withheldBecause)}
${flagsLine(context, item)}
${figuresLine(context, item.everyone, m.groups.everyone)}${figuresLine(context, item.hct, m.groups.hct)}${figuresLine(context, item.others, m.groups.others)}
${gapLine(context, item.hctGap)}
${item.note ? `<p class="note"><span class="group">${m.shortlist.note}</span>: ${written(item.note)}</p>` : ""}</article>`;
}

export function shortlistSection(context: ReportContext): string {
  const { results, m, pillar } = context;
  const pillars = acceptedOnly(results.shortlist).pillars.map((group) => {
    const [first, ...rest] = group.items.map((item) => article(context, item));
    // The pillar's heading and its first statement stay on one page: a heading never ends a page alone.
    return `<section class="pillar"><div class="keep"><h3>${pillar(group.pillar)}</h3>${first ?? ""}</div>${rest.join("")}</section>`;
  });
  return `<section class="shortlist"><h2>${m.shortlist.title}</h2><p class="intro">${m.shortlist.intro}</p>${
    pillars.join("") || `<p>${m.shortlist.empty}</p>`
  }</section>`;
}
