// Seeds a mission the size of `npm run demo` (the sample questionnaire's 30 statements in four languages, the demo's
// five constituencies with their long names and head counts) through the real HTTP API and real participant sockets.
import { SAMPLE_QUESTIONNAIRE, type Language, type Mission, type RatingValue } from "@peerpulse/shared";
import { profileOf, seededRandom, simulatedRating } from "../../scripts/demo/voting-profiles.ts";
import { rateAs } from "./analysis-mission.ts";
import { createMission, createWorkshop } from "./clients.ts";

/** The demo's constituencies: names as long as real ones, sizes that keep each above the default minimum of 5. */
export const DEMO_CONSTITUENCIES = [
  { name: "Inter-cluster coordination group", people: 14, isHct: false },
  { name: "International NGOs", people: 18, isHct: false },
  { name: "National NGOs", people: 16, isHct: false },
  { name: "Area team North", people: 9, isHct: false },
  { name: "Humanitarian Country Team", people: 12, isHct: true },
];

/** A seeded demo-sized mission and its facilitator key. */
export interface DemoMission {
  mission: Mission;
  key: string;
}

/** Creates the mission in `languages` (first = the mission's own), one workshop per constituency, and every rating. */
export async function seedDemoMission(url: string, title: string, languages: Language[]): Promise<DemoMission> {
  const { mission, key } = await createMission(url, {
    title,
    country: "Arcadia (fictional)",
    languages,
    statements: SAMPLE_QUESTIONNAIRE.statements,
    constituencies: DEMO_CONSTITUENCIES.map(({ name, isHct }) => ({ name, isHct })),
  });
  const random = seededRandom(2026);
  const workshops = await Promise.all(
    DEMO_CONSTITUENCIES.map((_, constituency) => createWorkshop(url, mission, key, { constituency })),
  );
  // The ratings are drawn in a fixed order (so every run is the same), then sent in parallel.
  const people = DEMO_CONSTITUENCIES.flatMap(({ people, isHct }, constituency) =>
    Array.from({ length: people }, () => ({
      joinCode: workshops[constituency]!.workshop.joinCode,
      ratings: mission.statements.map((statement, index): [string, RatingValue] => [
        statement.code,
        simulatedRating(profileOf(index), isHct, random),
      ]),
    })),
  );
  await Promise.all(people.map(({ joinCode, ratings }) => rateAs(url, joinCode, ratings)));
  return { mission, key };
}
