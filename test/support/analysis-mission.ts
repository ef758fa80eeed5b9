// Seeds a mission for the analysis page through the real HTTP API and real participant sockets: five constituencies,
// one of them under the anonymity minimum, with ratings built so that each flagged list has something in it.
import { SAMPLE_QUESTIONNAIRE, type FacilitatorWorkshopView, type Mission, type RatingValue } from "@peerpulse/shared";
import { ask, control, createMission, createWorkshop, join, participantSocket } from "./clients.ts";
import { voteId } from "./fixtures.ts";

/** The statements the mission asks, from three pillars of the sample questionnaire. */
export const ANALYSIS_CODES = ["L1", "L2", "L3", "C1", "C2", "C3", "A1", "A2"] as const;
type Code = (typeof ANALYSIS_CODES)[number];

/** Smallest group shown: the area team (2 respondents) is withheld, and NNGOs (3) with it, by complementary suppression. */
export const ANALYSIS_MINIMUM = 3;

/**
 * Each constituency's ratings: one row of values (1–5) per participant, in ANALYSIS_CODES order.
 * L1 everyone agrees (positive, common ground); L2 the HCT agrees, everyone else disagrees (HCT apart);
 * L3 every group is split (divided); C1 everyone disagrees (negative); C2 ICCG agrees, INGOs disagree
 * (constituencies apart); C3, A1 and A2 are middling.
 */
const RATINGS: { name: string; isHct?: boolean; rows: number[][] }[] = [
  { name: "ICCG", rows: participants(6, { L2: [1, 2], C2: [5] }) },
  { name: "INGOs", rows: participants(6, { L2: [2, 1], C2: [1] }) },
  { name: "NNGOs", rows: participants(3, { L2: [1, 2], C2: [3] }) },
  { name: "Area team East", rows: participants(2, { L2: [2], C2: [3] }) },
  { name: "HCT", isHct: true, rows: participants(5, { L2: [5], C2: [3] }) },
];

function participants(count: number, varying: Partial<Record<Code, number[]>>): number[][] {
  const common: Record<Code, number[]> = {
    L1: [5, 4],
    L2: [3],
    L3: [1, 5],
    C1: [1, 2],
    C2: [3],
    C3: [3, 4, 3, 2],
    A1: [4, 3, 2, 3],
    A2: [2, 3, 4, 3],
  };
  const values = { ...common, ...varying };
  return Array.from({ length: count }, (_, index) =>
    ANALYSIS_CODES.map((code) => {
      const cycle = values[code];
      return cycle[index % cycle.length]!;
    }),
  );
}

/** The seeded mission, its key, and the HCT's workshop, still open for the retreat's live rating. */
export interface AnalysisMission {
  mission: Mission;
  key: string;
  hctWorkshop: FacilitatorWorkshopView;
}

/** One participant joins by code and rates, each rating acknowledged by the server. */
export async function rateAs(url: string, joinCode: string, ratings: [string, RatingValue][]): Promise<void> {
  const { token } = await join(url, joinCode);
  const socket = await participantSocket(url, token);
  try {
    for (const [statementCode, value] of ratings) {
      const ack = await ask(socket, "rating:submit", { statementCode, value, voteId: voteId() });
      if (!ack.ok) throw new Error(`rating ${statementCode} refused: ${ack.error.code}`);
    }
  } finally {
    socket.close();
  }
}

/**
 * Creates the mission, one self-paced workshop per constituency, and every participant's ratings; every workshop but
 * the HCT's is then closed. (Were all left open, each would be shown live first, rule W3, and everyone less them would
 * be the area team's two people, so everyone would be withheld.)
 */
export async function seedAnalysisMission(url: string, title: string): Promise<AnalysisMission> {
  const { mission, key } = await createMission(url, {
    title,
    languages: ["en", "fr"],
    statements: SAMPLE_QUESTIONNAIRE.statements.filter((s) => (ANALYSIS_CODES as readonly string[]).includes(s.code)),
    constituencies: RATINGS.map(({ name, isHct }) => ({ name, isHct: isHct ?? false })),
    anonymityMinimum: ANALYSIS_MINIMUM,
  });
  const workshops = await Promise.all(
    RATINGS.map((_, constituency) => createWorkshop(url, mission, key, { constituency })),
  );
  await Promise.all(
    RATINGS.flatMap(({ rows }, constituency) =>
      rows.map((row) =>
        rateAs(
          url,
          workshops[constituency]!.workshop.joinCode,
          row.map((value, index) => [ANALYSIS_CODES[index]!, value]),
        ),
      ),
    ),
  );
  for (const view of workshops.slice(0, -1)) await control(url, view.workshop.id, key, { command: "close" });
  return { mission, key, hctWorkshop: workshops[RATINGS.length - 1]! };
}
