// A random mission seeded through the real API, and every count its facilitator key can read at one moment.
import {
  DONT_KNOW,
  SAMPLE_QUESTIONNAIRE,
  type GroupFigures,
  type MissionAnalysis,
  type PublicStatementTally,
  type RatingValue,
  type WorkshopTally,
} from "@peerpulse/shared";
import { rateAs } from "./analysis-mission.ts";
import { api, ask, control, createMission, createWorkshop, facilitatorSocket, waitFor } from "./clients.ts";
import { figureOf, type RandomMission } from "./random-mission.ts";
import type { PublishedFigure } from "./subtraction-attacker.ts";

/** The mission as created: its id and key, and the server's ids for the random mission's ids. */
export interface SeededMission {
  missionId: string;
  key: string;
  codes: string[];
  /** Random workshop id → server workshop id, and the same for constituencies. */
  workshopIds: Map<string, string>;
  constituencyIds: Map<string, string>;
}

/** Creates the mission, opens each workshop, has every participant rate, then closes the workshops not live. */
export async function seedMission(url: string, random: RandomMission): Promise<SeededMission> {
  const codes = SAMPLE_QUESTIONNAIRE.statements.slice(0, random.statements).map((s) => s.code);
  const { mission, key } = await createMission(url, {
    statements: SAMPLE_QUESTIONNAIRE.statements.slice(0, random.statements),
    constituencies: random.constituencies.map((c) => ({ name: c.id, isHct: c.isHct })),
    anonymityMinimum: random.minimum,
  });
  const constituencyIds = new Map(random.constituencies.map((c, i) => [c.id, mission.constituencies[i]!.id]));
  const workshopIds = new Map<string, string>();
  for (const w of random.workshops) {
    const constituency = random.constituencies.findIndex((c) => c.id === w.constituencyId);
    const created = await createWorkshop(url, mission, key, { constituency });
    workshopIds.set(w.id, created.workshop.id);
    const people = Math.max(0, ...w.answers.map((list) => list.length));
    await Promise.all(
      Array.from({ length: people }, (_, person) => {
        const ratings = w.answers.flatMap((list, statement): [string, RatingValue][] => {
          const answer = list[person];
          return answer === undefined ? [] : [[codes[statement]!, answer === 0 ? DONT_KNOW : answer]];
        });
        return rateAs(url, created.workshop.joinCode, ratings);
      }),
    );
    if (!w.live) await control(url, created.workshop.id, key, { command: "close" });
  }
  return { missionId: mission.id, key, codes, workshopIds, constituencyIds };
}

type Cell = PublicStatementTally;
const countsOf = (cell: Cell) => (cell.suppressed ? null : [...cell.counts, cell.dontKnow]);

/**
 * Every figure the mission's key reads on statement `statement`: the tallies route (workshops and constituencies),
 * each workshop's tally route and its workshop:subscribe snapshot, and the analysis (everyone, HCT, others,
 * constituencies, whose summaries carry the same counts). Cells from routes carry the counts as sent; each is
 * checked against the truth, so the attacker works on what was really published.
 */
export async function readPublished(
  url: string,
  random: RandomMission,
  seeded: SeededMission,
  statement: number,
): Promise<{ figures: PublishedFigure[]; withheld: Cell[] }> {
  const code = seeded.codes[statement]!;
  const byServerId = new Map([...seeded.workshopIds].map(([mine, theirs]) => [theirs, mine]));
  const workshopsOf = (ids: readonly string[]) =>
    random.workshops.filter((w) => ids.includes(w.constituencyId)).map((w) => w.id);
  const figures: PublishedFigure[] = [];
  const withheld: Cell[] = [];
  const take = (cell: Cell | undefined, units: string[]) => {
    if (!cell) return;
    const counts = countsOf(cell);
    if (!counts) return void withheld.push(cell);
    const truth = figureOf(random, statement, units).counts;
    if (truth.join() !== counts.join())
      throw new Error(`published ${counts.join()} where the truth is ${truth.join()}`);
    figures.push({ units, counts });
  };
  const tallies = await api<{
    workshops: Record<string, WorkshopTally>;
    constituencies: Record<string, WorkshopTally>;
  }>(url, "GET", `/api/missions/${seeded.missionId}/tallies`, undefined, seeded.key);
  for (const [serverId, tally] of Object.entries(tallies.body.workshops))
    take(tally.statements[code], [byServerId.get(serverId)!]);
  for (const [mine, theirs] of seeded.constituencyIds)
    take(tallies.body.constituencies[theirs]?.statements[code], workshopsOf([mine]));
  const socket = await facilitatorSocket(url, seeded.missionId, seeded.key);
  try {
    for (const [mine, theirs] of seeded.workshopIds) {
      const one = await api<WorkshopTally>(url, "GET", `/api/workshops/${theirs}/tally`, undefined, seeded.key);
      take(one.body.statements[code], [mine]);
      const snapshot = waitFor(socket, "tally:updated", (tally) => tally.workshopId === theirs);
      const ack = await ask(socket, "workshop:subscribe", { workshopId: theirs });
      if (!ack.ok) throw new Error(`subscribe refused: ${ack.error.code}`);
      take((await snapshot).statements[code], [mine]);
    }
  } finally {
    socket.close();
  }
  const analysis = await api<{ analysis: MissionAnalysis }>(
    url,
    "GET",
    `/api/missions/${seeded.missionId}/analysis`,
    undefined,
    seeded.key,
  );
  const figuresOfStatement = analysis.body.analysis.statements[statement]!;
  const hctIds = random.constituencies.filter((c) => c.isHct).map((c) => c.id);
  const otherIds = random.constituencies.filter((c) => !c.isHct).map((c) => c.id);
  const groups: [GroupFigures | null | undefined, string[]][] = [
    [figuresOfStatement.everyone, workshopsOf([...hctIds, ...otherIds])],
    [figuresOfStatement.hct, workshopsOf(hctIds)],
    [figuresOfStatement.others, workshopsOf(otherIds)],
    ...[...seeded.constituencyIds].map(([mine, theirs]): [GroupFigures | undefined, string[]] => [
      figuresOfStatement.constituencies[theirs],
      workshopsOf([mine]),
    ]),
  ];
  for (const [group, units] of groups) {
    if (!group || group.suppressed) continue;
    // The summary carries the group's counts (shares times n); the attacker takes them from the truth, checked here.
    const figure = figureOf(random, statement, units);
    const { n, dontKnow } = group.summary;
    if (n + dontKnow !== figure.counts.reduce((a, b) => a + b, 0) || dontKnow !== figure.counts[5])
      throw new Error(`the analysis shows ${n} + ${dontKnow} for a group whose truth is ${figure.counts.join(",")}`);
    figures.push(figure);
  }
  return { figures, withheld };
}
