// Every statement, everyone pooled: one compact table per pillar, the bar under each statement's words.
import type { StatementAnalysis } from "@peerpulse/shared";
import { groupBar } from "../../likert-svg.ts";
import type { ReportContext } from "../report-context.ts";

/** The row's own cell says why a statement is withheld, so its bar says nothing. */
const NO_WORDS = { "below-minimum": "", complementary: "" } as const;

function row(context: ReportContext, statement: StatementAnalysis): string {
  const { results, m, f } = context;
  const everyone = statement.everyone;
  const bar = groupBar(
    everyone,
    results.everyoneCounts[statement.code]?.counts,
    `${m.figures.barLabel}: ${statement.code}`,
    NO_WORDS,
  );
  const words = `<td class="words">${context.statement(statement.code)}${bar ? `<div class="bar-box">${bar}</div>` : ""}</td>`;
  const code = `<td class="code" dir="ltr">${statement.code}</td>`;
  if (everyone.suppressed)
    return `<tr>${code}${words}<td class="withheld" colspan="4">${m.figures.withheldBecause[everyone.reason]}</td></tr>`;
  const s = everyone.summary;
  return `<tr>${code}${words}<td>${f.count(s.n)}</td><td>${f.decimal(s.mean)}</td><td>${f.signedPercent(s.netAgreement)}</td><td>${f.decimal(s.consensus)}</td></tr>`;
}

export function allStatementsSection(context: ReportContext): string {
  const { results, m, pillar } = context;
  const { analysis } = results;
  const pillarIds = [...new Set([...analysis.pillars, ...analysis.statements.map((statement) => statement.pillar)])];
  const head = `<thead><tr><th class="code">${m.allStatements.code}</th><th class="words">${m.allStatements.statement}</th><th>${m.figures.ratings}</th><th>${m.figures.mean}</th><th>${m.figures.netAgreement}</th><th>${m.figures.consensus}</th></tr></thead>`;
  const tables = pillarIds.flatMap((id) => {
    const statements = analysis.statements.filter((statement) => statement.pillar === id);
    if (statements.length === 0) return [];
    return [
      `<section class="pillar"><h3>${pillar(id)}</h3><table class="results">${head}<tbody>${statements.map((statement) => row(context, statement)).join("")}</tbody></table></section>`,
    ];
  });
  return `<section class="all"><h2>${m.allStatements.title}</h2><p class="intro">${m.allStatements.intro}</p>${tables.join("")}</section>`;
}
