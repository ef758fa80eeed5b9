// The constituencies sheet: each constituency's respondents, ratings, mean and net agreement, side by side.
import { column, groupColumn } from "../export-columns.ts";
import type { ViewContext } from "./view-context.ts";
import { figuresStatus, groupFigure, respondentsOf, type Cell, type ExportTable } from "./view-cells.ts";

/** One row per statement, five columns per constituency; a withheld constituency's figures read "withheld", and its `figures` column says why. */
export function constituenciesTable({ mission, analysis, statementText }: ViewContext): ExportTable {
  const columns = [
    column("code"),
    column("statement"),
    ...mission.constituencies.flatMap(({ name }) => [
      groupColumn(name, "figures"),
      groupColumn(name, "respondents"),
      groupColumn(name, "ratings"),
      groupColumn(name, "mean"),
      groupColumn(name, "net agreement %"),
    ]),
  ];
  const rows = analysis.statements.map((statement): Cell[] => [
    statement.code,
    statementText(statement.code),
    ...mission.constituencies.flatMap(({ id }): Cell[] => {
      const group = statement.constituencies[id];
      if (!group) return [null, 0, 0, null, null];
      return [
        figuresStatus(group),
        respondentsOf(group),
        group.suppressed ? groupFigure(group, (s) => s.n) : group.summary.n,
        groupFigure(group, (s) => s.mean),
        groupFigure(group, (s) => s.netAgreement),
      ];
    }),
  ]);
  return { columns, rows };
}
