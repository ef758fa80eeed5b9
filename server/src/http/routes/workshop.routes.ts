// A workshop for its facilitator: its view, its commands and its live tally over plain HTTP.
import type { FastifyInstance } from "fastify";
import { z } from "zod";
import { EntityId, WorkshopCommand } from "@peerpulse/shared";
import { parseInput } from "../../domain/parse-input.ts";
import type { Services } from "../../domain/services.ts";
import { facilitatorKeyOf } from "../facilitator-key.ts";

const WorkshopParams = z.object({ workshopId: EntityId });

export function workshopRoutes(app: FastifyInstance, { missions, control, tallies }: Services): void {
  app.get("/api/workshops/:workshopId", async (request) => {
    const { workshopId } = parseInput(WorkshopParams, request.params);
    const { mission, workshop } = await missions.authorizeWorkshop(workshopId, facilitatorKeyOf(request));
    return missions.facilitatorView(mission, workshop);
  });

  app.post("/api/workshops/:workshopId/control", async (request) => {
    const { workshopId } = parseInput(WorkshopParams, request.params);
    const { mission, workshop } = await missions.authorizeWorkshop(workshopId, facilitatorKeyOf(request));
    const command = parseInput(WorkshopCommand, request.body);
    return { state: await control.apply(mission, workshop, command) };
  });

  app.get("/api/workshops/:workshopId/tally", async (request) => {
    const { workshopId } = parseInput(WorkshopParams, request.params);
    await missions.authorizeWorkshop(workshopId, facilitatorKeyOf(request));
    return tallies.workshopTally(workshopId);
  });
}
