// The statements sheet: every statement with everyone's figures, pooled across constituencies.
import { column, WITHHELD } from "../export-columns.ts";
import type { ViewContext } from "./view-context.ts";
import { figuresStatus, rounded, type Cell, type ExportTable } from "./view-cells.ts";

const COLUMNS = [
  column("pillar"),
  column("code"),
  column("statement"),
  column("figures"),
  column("respondents"),
  column("ratings"),
  column("don't know"),
  column("mean"),
  column("median"),
  column("sd"),
  column("agree %"),
  column("neutral %"),
  column("disagree %"),
  column("net agreement %"),
  column("consensus"),
  column("dissent"),
  column("agreement A"),
  column("Leik dispersion"),
  column("mean 95% low"),
  column("mean 95% high"),
];

/** Every statement, everyone pooled. */
export function statementsTable({ analysis, statementText, pillarName }: ViewContext): ExportTable {
  const rows = analysis.statements.map((statement): Cell[] => {
    const everyone = statement.everyone;
    const head: Cell[] = [
      pillarName(statement.pillar),
      statement.code,
      statementText(statement.code),
      figuresStatus(everyone),
      everyone.respondents,
    ];
    if (everyone.suppressed) return [...head, ...new Array<Cell>(COLUMNS.length - head.length).fill(WITHHELD)];
    const s = everyone.summary;
    return [
      ...head,
      s.n,
      s.dontKnow,
      rounded(s.mean),
      rounded(s.median),
      rounded(s.sd),
      rounded(s.agree),
      rounded(s.neutral),
      rounded(s.disagree),
      rounded(s.netAgreement),
      rounded(s.consensus),
      rounded(s.dissent),
      rounded(s.agreementA),
      rounded(s.leikDispersion),
      rounded(s.intervals.mean?.low),
      rounded(s.intervals.mean?.high),
    ];
  });
  return { columns: COLUMNS, rows };
}
