// Seeds a mission the size of a real peer review for the report: the whole sample questionnaire (30 statements, four
// pillars, four languages), five constituencies rated as the demo rates them, four workshops closed.
import { SAMPLE_QUESTIONNAIRE, type Mission, type RatingValue } from "@peerpulse/shared";
import { profileOf, seededRandom, simulatedRating } from "../../scripts/demo/voting-profiles.ts";
import { rateAs } from "./analysis-mission.ts";
import { api, createMission, createWorkshop } from "./clients.ts";

const CONSTITUENCIES = [
  { name: "Inter-cluster coordination group", people: 8 },
  { name: "International NGOs", people: 8 },
  { name: "National NGOs", people: 6 },
  { name: "Area team North", people: 3 },
  { name: "Humanitarian Country Team", people: 6, isHct: true },
];

/** The seeded mission and its key. */
export interface ReportMission {
  mission: Mission;
  key: string;
}

/** Creates the mission through the HTTP API and rates it through participant sockets; the last workshop stays open. */
export async function seedReportMission(url: string, title: string): Promise<ReportMission> {
  const { mission, key } = await createMission(url, {
    title,
    country: "Arcadia",
    languages: ["en", "fr", "es", "ar"],
    pillars: SAMPLE_QUESTIONNAIRE.pillars,
    statements: SAMPLE_QUESTIONNAIRE.statements,
    constituencies: CONSTITUENCIES.map(({ name, isHct }) => ({ name, isHct: isHct ?? false })),
  });
  const random = seededRandom(2026);
  for (const [index, constituency] of CONSTITUENCIES.entries()) {
    const view = await createWorkshop(url, mission, key, { constituency: index });
    const people = Array.from({ length: constituency.people }, () =>
      mission.statements.map((statement, position): [string, RatingValue] => [
        statement.code,
        simulatedRating(profileOf(position), constituency.isHct ?? false, random),
      ]),
    );
    await Promise.all(people.map((ratings) => rateAs(url, view.workshop.joinCode, ratings)));
    if (index < CONSTITUENCIES.length - 1)
      await api(url, "POST", `/api/workshops/${view.workshop.id}/control`, { command: "close" }, key);
  }
  return { mission, key };
}
