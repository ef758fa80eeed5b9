// Missions: creation (returns the facilitator key once), reads, workshops and tallies per mission.
import type { FastifyInstance } from "fastify";
import { z } from "zod";
import { EntityId, MissionDraft, Round, WorkshopDraft } from "@peerpulse/shared";
import { parseInput } from "../../domain/parse-input.ts";
import type { Services } from "../../domain/services.ts";
import { facilitatorKeyOf } from "../facilitator-key.ts";

const MissionParams = z.object({ missionId: EntityId });
/** Which round's workshops to pool; the baseline (1) when left out. */
const RoundQuery = z.object({ round: z.coerce.number().pipe(Round).default(1) });

export function missionRoutes(app: FastifyInstance, { missions, tallies }: Services): void {
  app.post("/api/missions", async (request, reply) => {
    const draft = parseInput(MissionDraft, request.body);
    const created = await missions.createMission(draft);
    request.log.info({ missionId: created.mission.id }, "mission created");
    return reply.code(201).send(created);
  });

  app.get("/api/missions/:missionId", async (request) => {
    const { missionId } = parseInput(MissionParams, request.params);
    return { mission: await missions.authorize(missionId, facilitatorKeyOf(request)) };
  });

  app.get("/api/missions/:missionId/workshops", async (request) => {
    const { missionId } = parseInput(MissionParams, request.params);
    await missions.authorize(missionId, facilitatorKeyOf(request));
    return { workshops: await missions.listWorkshops(missionId) };
  });

  app.post("/api/missions/:missionId/workshops", async (request, reply) => {
    const { missionId } = parseInput(MissionParams, request.params);
    const mission = await missions.authorize(missionId, facilitatorKeyOf(request));
    const view = await missions.createWorkshop(mission, parseInput(WorkshopDraft, request.body));
    return reply.code(201).send(view);
  });

  app.get("/api/missions/:missionId/tallies", async (request) => {
    const { missionId } = parseInput(MissionParams, request.params);
    const { round } = parseInput(RoundQuery, request.query);
    const mission = await missions.authorize(missionId, facilitatorKeyOf(request));
    return tallies.missionTallies(mission, round);
  });
}
