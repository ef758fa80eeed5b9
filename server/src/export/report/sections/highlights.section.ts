// What stands out: the first statements of each ranked list, with the figure that put them there.
import type { Flag, FlagKind, FlagLists } from "@peerpulse/shared";
import type { ReportContext } from "../report-context.ts";

/** How many statements of each list the first page names. */
const PER_LIST = 3;

const LISTS: {
  kind: FlagKind;
  key: keyof FlagLists;
}[] = [
  { kind: "positive", key: "mostPositive" },
  { kind: "negative", key: "mostNegative" },
  { kind: "divided", key: "mostDivided" },
  { kind: "no-shared-view", key: "noSharedView" },
  { kind: "divergent", key: "mostDivergent" },
  { kind: "common-ground", key: "commonGround" },
];

function entry(context: ReportContext, flag: Flag): string {
  const { results, m, f, statement } = context;
  const figures = results.analysis.statements.find((candidate) => candidate.code === flag.code)?.everyone;
  const net = figures && !figures.suppressed ? figures.summary.netAgreement : null;
  const between = flag.between ? ` · ${m.divergentBetween[flag.between]}` : "";
  return `<li><span class="code" dir="ltr">${flag.code}</span> ${statement(flag.code)} <span class="figure">(${m.figures.netAgreement} ${f.signedPercent(net)}${between})</span></li>`;
}

export function highlightsSection(context: ReportContext): string {
  const { results, m } = context;
  const lists = LISTS.map(({ kind, key }) => ({ kind, flags: results.analysis.flags[key].slice(0, PER_LIST) })).filter(
    (list) => list.flags.length > 0,
  );
  const body =
    lists.length === 0
      ? `<p>${m.summary.noHighlights}</p>`
      : `<div class="lists">${lists
          .map(
            (list) =>
              `<section class="list"><h3>${m.flagLists[list.kind]}</h3><ol>${list.flags.map((flag) => entry(context, flag)).join("")}</ol></section>`,
          )
          .join("")}</div>`;
  return `<section class="highlights"><h2>${m.summary.highlightsTitle}</h2><p class="intro">${m.summary.highlightsIntro}</p>${body}</section>`;
}
