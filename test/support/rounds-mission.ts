// Seeds a mission with a baseline and a follow-up round through the real HTTP API and participant sockets.
import { SAMPLE_QUESTIONNAIRE, type FacilitatorWorkshopView, type Mission } from "@peerpulse/shared";
import { rateAs } from "./analysis-mission.ts";
import { api, control, createMission } from "./clients.ts";

/** The statements asked: L1 and L2 improve in the follow-up, C1 worsens, the others do not move. */
export const ROUND_CODES = ["L1", "L2", "L3", "C1", "C2", "C3"] as const;
export const PLANTED = { improved: ["L1", "L2"], worsened: ["C1"] };
export const ROUNDS_MINIMUM = 5;

/** Each statement's values, cycled over a group's participants, in the baseline and in the follow-up. */
const BASELINE: Record<(typeof ROUND_CODES)[number], number[]> = {
  L1: [2, 1, 2],
  L2: [2, 3],
  L3: [3, 4, 2],
  C1: [4, 5],
  C2: [1, 5, 3],
  C3: [4, 3, 4],
};
const FOLLOW_UP = { ...BASELINE, L1: [4, 5, 4], L2: [5, 4], C1: [2, 1] };

/** Group sizes: in the follow-up INGOs are 3, under the minimum (and the HCT is then withheld beside them). */
export const SIZES = { baseline: [8, 8, 6], followUp: [8, 3, 6] };

export interface RoundsMission {
  mission: Mission;
  key: string;
  followUp: FacilitatorWorkshopView[];
}

export async function createRoundWorkshop(
  url: string,
  mission: Mission,
  key: string,
  constituency: number,
  round: number,
): Promise<{ status: number; body: FacilitatorWorkshopView }> {
  return api<FacilitatorWorkshopView>(
    url,
    "POST",
    `/api/missions/${mission.id}/workshops`,
    {
      constituencyId: mission.constituencies[constituency]!.id,
      round,
      date: "2027-05-20",
      place: "Capital",
      pacing: "self-paced",
    },
    key,
  );
}

async function runRound(url: string, seeded: { mission: Mission; key: string }, round: number, sizes: number[]) {
  const values = round === 1 ? BASELINE : FOLLOW_UP;
  const views: FacilitatorWorkshopView[] = [];
  for (const [constituency, size] of sizes.entries()) {
    const created = await createRoundWorkshop(url, seeded.mission, seeded.key, constituency, round);
    if (created.status !== 201) throw new Error(`workshop not created: ${JSON.stringify(created.body)}`);
    await control(url, created.body.workshop.id, seeded.key, { command: "open" });
    const rows = Array.from({ length: size }, (_, person) =>
      ROUND_CODES.map((code): [string, 1 | 2 | 3 | 4 | 5] => {
        const cycle = values[code];
        return [code, cycle[person % cycle.length] as 1 | 2 | 3 | 4 | 5];
      }),
    );
    await Promise.all(rows.map((row) => rateAs(url, created.body.workshop.joinCode, row)));
    // Finished workshops are closed: an open one is shown live on its own first (rule W3).
    await control(url, created.body.workshop.id, seeded.key, { command: "close" });
    views.push(created.body);
  }
  return views;
}

/** The mission, its baseline round (ICCG, INGOs, HCT) and then its follow-up round. */
export async function seedBaseline(url: string): Promise<{ mission: Mission; key: string }> {
  const seeded = await createMission(url, {
    title: "Rounds mission",
    languages: ["en"],
    statements: SAMPLE_QUESTIONNAIRE.statements.filter((s) => (ROUND_CODES as readonly string[]).includes(s.code)),
    constituencies: [{ name: "ICCG" }, { name: "INGOs" }, { name: "HCT", isHct: true }],
    anonymityMinimum: ROUNDS_MINIMUM,
  });
  await runRound(url, seeded, 1, SIZES.baseline);
  return seeded;
}

export async function seedFollowUp(url: string, seeded: { mission: Mission; key: string }): Promise<RoundsMission> {
  return { ...seeded, followUp: await runRound(url, seeded, 2, SIZES.followUp) };
}
