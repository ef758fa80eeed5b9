// The priority vote for its facilitator over HTTP (the console also commands it over its socket), and the
// retreat pack's view of every workshop's priorities and votes.
import type { FastifyInstance } from "fastify";
import { z } from "zod";
import { EntityId, VoteCommand } from "@peerpulse/shared";
import { missionPriorities } from "../../domain/mission-priorities.ts";
import { parseInput } from "../../domain/parse-input.ts";
import type { Services } from "../../domain/services.ts";
import { facilitatorKeyOf } from "../facilitator-key.ts";

const WorkshopParams = z.object({ workshopId: EntityId });
const MissionParams = z.object({ missionId: EntityId });

export function priorityVoteRoutes(app: FastifyInstance, { missions, breakouts, votes }: Services): void {
  app.post("/api/workshops/:workshopId/vote", async (request) => {
    const { workshopId } = parseInput(WorkshopParams, request.params);
    const { workshop } = await missions.authorizeWorkshop(workshopId, facilitatorKeyOf(request));
    return { vote: await votes.control(workshop, parseInput(VoteCommand, request.body)) };
  });

  app.get("/api/workshops/:workshopId/vote", async (request) => {
    const { workshopId } = parseInput(WorkshopParams, request.params);
    const { mission } = await missions.authorizeWorkshop(workshopId, facilitatorKeyOf(request));
    return { vote: await votes.current(workshopId), tally: await votes.tally(mission, workshopId) };
  });

  app.get("/api/missions/:missionId/priorities", async (request) => {
    const { missionId } = parseInput(MissionParams, request.params);
    const mission = await missions.authorize(missionId, facilitatorKeyOf(request));
    return missionPriorities(mission, missions, breakouts, votes);
  });
}
