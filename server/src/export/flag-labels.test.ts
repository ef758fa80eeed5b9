// The exports and the report carry every flag with its list in plain words and its reason.
import {
  analyzeMission,
  curatedShortlist,
  DEFAULT_SCALE,
  SAMPLE_QUESTIONNAIRE,
  type Mission,
  type StatementTally,
} from "@peerpulse/shared";
import { describe, expect, it } from "vitest";
import type { MissionResults } from "../domain/analysis.service.ts";
import { escapeHtml } from "./html-escape.ts";
import { exportViews } from "./export-views.ts";
import { reportHtml } from "./report.html.ts";

// Six statements of the sample questionnaire, each rated so that one list gets it.
const statements = SAMPLE_QUESTIONNAIRE.statements.slice(0, 6);
const [positive, negative, divided, scattered, hctApart, split] = statements.map((s) => s.code) as [
  string,
  string,
  string,
  string,
  string,
  string,
];
const base: Record<string, number[]> = {
  [positive]: [0, 0, 1, 4, 5],
  [negative]: [5, 4, 1, 0, 0],
  [divided]: [4, 1, 0, 1, 4],
  [scattered]: [2, 2, 2, 2, 2],
  [hctApart]: [1, 3, 4, 3, 1],
  [split]: [1, 3, 4, 3, 1],
};
const constituencies = [
  { id: "hct-0001", name: "HCT", isHct: true, times: 1, own: { [hctApart]: [5, 4, 1, 0, 0] } },
  { id: "iccg-001", name: "ICCG", isHct: false, times: 2, own: { [split]: [0, 1, 2, 4, 3] } },
  { id: "ingos-01", name: "INGOs", isHct: false, times: 3, own: {} },
  { id: "nngos-01", name: "NNGOs", isHct: false, times: 2, own: { [split]: [3, 4, 2, 1, 0] } },
];

const mission: Mission = {
  id: "m-flag-labels",
  title: "Flags in the exports",
  kind: "operational-peer-review",
  country: "Testland",
  languages: ["en"],
  scale: DEFAULT_SCALE,
  pillars: SAMPLE_QUESTIONNAIRE.pillars,
  constituencies: constituencies.map(({ id, name, isHct }) => ({ id, name, isHct })),
  statements,
  anonymityMinimum: 5,
  createdAt: "2026-12-03T00:00:00.000Z",
};

function results(): MissionResults {
  const tallies: Record<string, Record<string, StatementTally>> = {};
  for (const c of constituencies) {
    tallies[c.id] = Object.fromEntries(
      statements.map(({ code }) => {
        const shape = (c.own as Record<string, number[]>)[code] ?? base[code]!;
        return [code, { counts: shape.map((count) => count * c.times * 2), dontKnow: 0 }];
      }),
    );
  }
  const analysis = analyzeMission(
    { points: 5, pillars: mission.pillars, statements, constituencies: mission.constituencies, tallies },
    { anonymityMinimum: mission.anonymityMinimum },
  );
  return { mission, analysis, shortlist: curatedShortlist(analysis, null), everyoneCounts: {} };
}

describe("flags in the exports and the report", () => {
  const mission = results();
  const flags = Object.values(mission.analysis.flags).flat();

  it("raises every kind of flag on the hand-made mission", () => {
    const listed = (kind: string) => flags.filter((flag) => flag.kind === kind).map((flag) => flag.code);
    expect(listed("positive")).toEqual([positive]);
    expect(listed("negative")).toEqual([negative]);
    expect(listed("divided")).toEqual([divided]);
    expect(listed("no-shared-view")).toEqual([scattered]);
    expect(mission.analysis.flags.mostDivergent.map((flag) => [flag.code, flag.between])).toEqual([
      [hctApart, "hct-and-others"],
      [split, "constituencies"],
    ]);
  });

  it("names each flag's list in plain words and gives its reason in the flags view", () => {
    const view = exportViews(mission, "en").find((v) => v.id === "flags")!;
    const byCode = new Map(view.rows.map((row) => [`${String(row[0])} ${String(row[3])}`, row[5]]));
    expect([...byCode.keys()].map((key) => key.split(" ").slice(0, -1).join(" "))).toEqual([
      "Most positive",
      "Most negative",
      "Divided: two camps",
      "No shared view",
      "HCT apart",
      "Constituencies apart",
      "Common ground",
      "Common ground",
    ]);
    for (const flag of flags)
      expect(view.rows.some((row) => row[3] === flag.code && row[5] === flag.reason)).toBe(true);
    expect(byCode.get(`No shared view ${scattered}`)).toMatch(
      /^no shared view: 40% agree, 40% disagree, 20% neutral; spread 1\.4 points/,
    );
  });

  it("says which statements are listed as HCT apart beside the gap judged on its own", () => {
    const view = exportViews(mission, "en").find((v) => v.id === "hct-vs-others")!;
    const column = view.columns.map((c) => c.name).indexOf("listed as HCT apart");
    expect(column).toBe(view.columns.length - 1);
    expect(view.rows.filter((row) => row[column] === "yes").map((row) => row[0])).toEqual([hctApart]);
  });

  it("prints every shortlisted flag's reason in the report, and the rules in its method note", () => {
    const html = reportHtml(mission, [], "en");
    for (const group of mission.shortlist.pillars) {
      for (const item of group.items) for (const flag of item.flags) expect(html).toContain(escapeHtml(flag.reason));
    }
    expect(html).toContain("no shared view (answers scattered across the scale)");
    expect(html).toContain("allow for every");
  });
});
