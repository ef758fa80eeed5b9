// A rapporteur's routes: the token (header) opens its own group of one workshop, and nothing else.
import type { FastifyInstance } from "fastify";
import { z } from "zod";
import { EntityId, PriorityDraft } from "@peerpulse/shared";
import { parseInput } from "../../domain/parse-input.ts";
import type { Services } from "../../domain/services.ts";
import { rapporteurTokenOf } from "../rapporteur-token.ts";

const PriorityParams = z.object({ priorityId: EntityId });

export function rapporteurRoutes(app: FastifyInstance, { breakouts }: Services): void {
  app.get("/api/rapporteur", async (request) => {
    return breakouts.rapporteurView(await breakouts.identifyRapporteur(rapporteurTokenOf(request)));
  });

  app.post("/api/rapporteur/priorities", async (request, reply) => {
    const identity = await breakouts.identifyRapporteur(rapporteurTokenOf(request));
    const draft = parseInput(PriorityDraft, request.body);
    return reply.code(201).send(await breakouts.rapporteurEdit(identity, { kind: "add", draft }));
  });

  app.put("/api/rapporteur/priorities/:priorityId", async (request) => {
    const identity = await breakouts.identifyRapporteur(rapporteurTokenOf(request));
    const { priorityId } = parseInput(PriorityParams, request.params);
    const draft = parseInput(PriorityDraft, request.body);
    return breakouts.rapporteurEdit(identity, { kind: "replace", priorityId, draft });
  });

  app.delete("/api/rapporteur/priorities/:priorityId", async (request) => {
    const identity = await breakouts.identifyRapporteur(rapporteurTokenOf(request));
    const { priorityId } = parseInput(PriorityParams, request.params);
    return breakouts.rapporteurEdit(identity, { kind: "remove", priorityId });
  });
}
