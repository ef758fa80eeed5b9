// The hct-vs-others sheet: the HCT pooled against every other constituency pooled, and the gap between them.
import { column, hctColumn, othersColumn } from "../export-columns.ts";
import type { ViewContext } from "./view-context.ts";
import {
  figuresStatus,
  groupFigure,
  respondentsOf,
  rounded,
  yesNo,
  type Cell,
  type ExportTable,
} from "./view-cells.ts";

const COLUMNS = [
  column("code"),
  column("statement"),
  hctColumn("figures"),
  hctColumn("respondents"),
  hctColumn("ratings"),
  hctColumn("mean"),
  hctColumn("net agreement %"),
  othersColumn("figures"),
  othersColumn("respondents"),
  othersColumn("ratings"),
  othersColumn("mean"),
  othersColumn("net agreement %"),
  column("HCT − others, mean"),
  column("HCT − others, net agreement (points)"),
  column("mean gap beyond noise"),
  column("net agreement gap beyond noise"),
  column("listed as HCT apart"),
];

/** One row per statement; no rows when the mission has no HCT. */
export function hctTable({ mission, analysis, statementText }: ViewContext): ExportTable {
  const hasHct = mission.constituencies.some((constituency) => constituency.isHct);
  // "Beyond noise" judges one statement on its own; a flag allows for every statement of the mission.
  const hctApart = new Set(
    analysis.flags.mostDivergent.filter((flag) => flag.between === "hct-and-others").map((flag) => flag.code),
  );
  const rows = hasHct
    ? analysis.statements.map(({ code, hct, others, hctGap }): Cell[] => [
        code,
        statementText(code),
        figuresStatus(hct),
        respondentsOf(hct),
        groupFigure(hct, (s) => s.n),
        groupFigure(hct, (s) => s.mean),
        groupFigure(hct, (s) => s.netAgreement),
        figuresStatus(others),
        respondentsOf(others),
        groupFigure(others, (s) => s.n),
        groupFigure(others, (s) => s.mean),
        groupFigure(others, (s) => s.netAgreement),
        rounded(hctGap?.mean.gap),
        rounded(hctGap?.netAgreement.gap),
        yesNo(hctGap?.mean.exceedsNoise),
        yesNo(hctGap?.netAgreement.exceedsNoise),
        yesNo(hctApart.has(code)),
      ])
    : [];
  return { columns: COLUMNS, rows };
}
