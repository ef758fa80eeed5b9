// W4 W5: the exports and the report write the mission's disclosure verdicts, each withheld group with its reason.
import {
  analyzeMission,
  curatedShortlist,
  DEFAULT_SCALE,
  SAMPLE_QUESTIONNAIRE,
  type Language,
  type Mission,
  type StatementTally,
  type Workshop,
} from "@peerpulse/shared";
import { describe, expect, it } from "vitest";
import type { MissionResults } from "../domain/analysis.service.ts";
import { missionDisclosure, type RawByWorkshop } from "../domain/disclosure.ts";
import { exportViews } from "./export-views.ts";
import { reportHtml } from "./report.html.ts";

const statement = SAMPLE_QUESTIONNAIRE.statements[0]!;
const mission: Mission = {
  id: "m-withheld-reasons",
  title: "Withheld figures",
  kind: "operational-peer-review",
  country: "Testland",
  languages: ["en"],
  scale: DEFAULT_SCALE,
  pillars: SAMPLE_QUESTIONNAIRE.pillars,
  constituencies: [
    { id: "hct-0001", name: "HCT", isHct: true },
    { id: "nngos-01", name: "NNGOs", isHct: false },
  ],
  statements: [statement],
  anonymityMinimum: 5,
  createdAt: "2026-12-03T00:00:00.000Z",
};

const workshop = (id: string, constituencyId: string, status: Workshop["status"]): Workshop => ({
  id,
  missionId: mission.id,
  constituencyId,
  round: 1,
  date: "2026-12-01",
  place: "Capital",
  joinCode: "123456",
  status,
  pacing: "self-paced",
  currentIndex: 0,
  locked: [],
  revealed: false,
  entryClosed: false,
  expectedSize: null,
});

/** HCT 8 (closed); NNGOs in a 5-person workshop still open and a closed 1-person one. */
const workshops = [
  workshop("w-hct", "hct-0001", "closed"),
  workshop("w-five", "nngos-01", "open"),
  workshop("w-one", "nngos-01", "closed"),
];
const counts: Record<string, StatementTally> = {
  "w-hct": { counts: [1, 1, 2, 2, 2], dontKnow: 0 },
  "w-five": { counts: [0, 1, 2, 2, 0], dontKnow: 0 },
  "w-one": { counts: [1, 0, 0, 0, 0], dontKnow: 0 },
};

function results(): MissionResults {
  const raw: RawByWorkshop = new Map(
    workshops.map((w) => [
      w.id,
      {
        constituencyId: w.constituencyId,
        tally: { joined: 1, voted: 1, statements: { [statement.code]: counts[w.id]! } },
      },
    ]),
  );
  const pooled = (constituencyId: string): StatementTally => {
    const parts = workshops.filter((w) => w.constituencyId === constituencyId).map((w) => counts[w.id]!);
    return {
      counts: [0, 1, 2, 3, 4].map((k) => parts.reduce((sum, part) => sum + part.counts[k]!, 0)),
      dontKnow: 0,
    };
  };
  const analysis = analyzeMission(
    {
      points: 5,
      pillars: mission.pillars,
      statements: mission.statements,
      constituencies: mission.constituencies,
      tallies: Object.fromEntries(mission.constituencies.map((c) => [c.id, { [statement.code]: pooled(c.id) }])),
      disclosure: missionDisclosure(mission, workshops, raw),
    },
    { anonymityMinimum: mission.anonymityMinimum },
  );
  const curation = { entries: [{ code: statement.code, decision: "accepted" as const, note: "", addedByHand: true }] };
  return { mission, analysis, shortlist: curatedShortlist(analysis, curation), everyoneCounts: {} };
}

describe("withheld groups in the exports and the report", () => {
  const mission = results();
  const figures = mission.analysis.statements[0]!;

  it("W3 W4: with the 5-person workshop live, the HCT and the NNGOs would each give back the one person: both withheld", () => {
    expect(figures.everyone.suppressed).toBe(false);
    expect(figures.hct).toMatchObject({ suppressed: true, reason: "complementary" });
    expect(figures.constituencies["nngos-01"]).toMatchObject({ suppressed: true, reason: "complementary" });
  });

  it("W5: the constituencies view says why each group is withheld and writes no figure for it", () => {
    const view = exportViews(mission, "en").find((v) => v.id === "constituencies")!;
    const names = view.columns.map((c) => c.name);
    expect(view.rows).toHaveLength(1);
    for (const name of ["HCT", "NNGOs"]) {
      expect(view.rows[0]![names.indexOf(`${name} figures`)]).toBe("withheld: could be worked out by subtraction");
      expect(view.rows[0]![names.indexOf(`${name} mean`)]).toBe("withheld");
    }
  });

  it("W5: the hct-vs-others view says why the HCT pooled and the others are withheld", () => {
    const view = exportViews(mission, "en").find((v) => v.id === "hct-vs-others")!;
    const names = view.columns.map((c) => c.name);
    for (const group of ["HCT pooled", "others pooled"])
      expect(view.rows[0]![names.indexOf(`${group} figures`)]).toBe("withheld: could be worked out by subtraction");
  });

  const reasons: Record<Language, string> = {
    en: "withheld (could be worked out by subtraction from the groups shown)",
    fr: "masqué (pourrait être déduit par soustraction des groupes montrés)",
    es: "oculto (podría deducirse restando los grupos mostrados)",
    ar: "محجوب (يمكن استنتاجه بطرح الفئات المعروضة)",
  };
  for (const [language, words] of Object.entries(reasons) as [Language, string][]) {
    it(`W5: the report (${language}) gives the reason for the withheld HCT and others`, () => {
      const html = reportHtml(mission, workshops, language);
      expect(html.split(words).length - 1).toBeGreaterThanOrEqual(2);
    });
  }
});
