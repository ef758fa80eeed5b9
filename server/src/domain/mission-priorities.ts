// The retreat pack's view of the workshops: what each break-out raised and how each room voted (counts only).
import type { Mission, MissionPriorities } from "@peerpulse/shared";
import type { BreakoutService } from "./breakout.service.ts";
import type { MissionService } from "./mission.service.ts";
import type { PriorityVoteService } from "./priority-vote.service.ts";

/** Every workshop of the mission with its break-out, vote and vote tally (ranking withheld under the minimum). */
export async function missionPriorities(
  mission: Mission,
  missions: MissionService,
  breakouts: BreakoutService,
  votes: PriorityVoteService,
): Promise<MissionPriorities> {
  const workshops = await missions.listWorkshops(mission.id);
  return {
    workshops: await Promise.all(
      workshops.map(async (workshop) => ({
        workshopId: workshop.id,
        constituencyId: workshop.constituencyId,
        date: workshop.date,
        breakout: await breakouts.find(workshop.id),
        vote: await votes.current(workshop.id),
        tally: await votes.tally(mission, workshop.id),
      })),
    ),
  };
}
