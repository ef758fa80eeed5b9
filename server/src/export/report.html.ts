// The printable report: HTML with print styles, so a browser saves it as PDF (pdfmake cannot do right to left).
// One renderer per section, in reading order: a new section (priorities, an action plan) is a function added to
// REPORT_SECTIONS; each gets the same context (results, workshops, the words and figure format of the language).
import type { Language, Workshop } from "@peerpulse/shared";
import type { MissionResults } from "../domain/analysis.service.ts";
import { escapeHtml } from "./html-escape.ts";
import { reportContext, type ReportContext } from "./report/report-context.ts";
import { allStatementsSection } from "./report/sections/all-statements.section.ts";
import { coverSection } from "./report/sections/cover.section.ts";
import { highlightsSection } from "./report/sections/highlights.section.ts";
import { legendSection } from "./report/sections/legend.section.ts";
import { methodSection } from "./report/sections/method.section.ts";
import { shortlistSection } from "./report/sections/shortlist.section.ts";
import { summarySection } from "./report/sections/summary.section.ts";
import { workshopsSection } from "./report/sections/workshops.section.ts";
import { reportStyles } from "./report-styles.ts";

/** A part of the report: HTML (texts the mission wrote escaped through the context) from the report's context. */
export type ReportSection = (context: ReportContext) => string;

/** The sections in reading order; the first page holds the cover, the key figures, the legend and what stands out. */
export const REPORT_SECTIONS: readonly ReportSection[] = [
  coverSection,
  summarySection,
  legendSection,
  highlightsSection,
  workshopsSection,
  shortlistSection,
  allStatementsSection,
  methodSection,
];

/** The whole report as one HTML page, in `language` (its labels from report/messages, its direction). */
export function reportHtml(
  results: MissionResults,
  workshops: readonly Workshop[],
  language: Language,
  sections: readonly ReportSection[] = REPORT_SECTIONS,
): string {
  const context = reportContext(results, workshops, language);
  return `<!doctype html>
<html lang="${language}" dir="${context.dir}">
<head><meta charset="utf-8"><title>${escapeHtml(results.mission.title)} — ${context.m.documentTitle}</title><style>${reportStyles}</style></head>
<body>
${sections.map((section) => section(context)).join("\n")}
</body></html>`;
}
