// A workshop's break-out for its facilitator: open it, read it with the rapporteur links, close it, edit any group.
import type { FastifyInstance, FastifyRequest } from "fastify";
import { z } from "zod";
import { BreakoutOpening, BreakoutStatusChange, EntityId, PriorityDraft } from "@peerpulse/shared";
import { parseInput } from "../../domain/parse-input.ts";
import type { Services } from "../../domain/services.ts";
import { facilitatorKeyOf } from "../facilitator-key.ts";

const WorkshopParams = z.object({ workshopId: EntityId });
const GroupParams = WorkshopParams.extend({ groupId: EntityId });
const PriorityParams = GroupParams.extend({ priorityId: EntityId });

export function breakoutRoutes(app: FastifyInstance, { missions, breakouts }: Services): void {
  /** The workshop, its mission and the key that opened them; the key makes the rapporteur links. */
  async function authorized<P extends z.ZodType<{ workshopId: string }>>(request: FastifyRequest, params: P) {
    const parsed = parseInput(params, request.params);
    const key = facilitatorKeyOf(request);
    const { mission, workshop } = await missions.authorizeWorkshop(parsed.workshopId, key);
    return { mission, workshop, key: key!, params: parsed };
  }

  app.post("/api/workshops/:workshopId/breakout", async (request, reply) => {
    const { mission, workshop, key } = await authorized(request, WorkshopParams);
    const opening = parseInput(BreakoutOpening, request.body ?? {});
    return reply.code(201).send(await breakouts.open(mission, workshop, opening, key));
  });

  app.get("/api/workshops/:workshopId/breakout", async (request) => {
    const { workshop, key } = await authorized(request, WorkshopParams);
    return breakouts.read(workshop.id, key);
  });

  app.put("/api/workshops/:workshopId/breakout/status", async (request) => {
    const { workshop, key } = await authorized(request, WorkshopParams);
    const { status } = parseInput(BreakoutStatusChange, request.body);
    return breakouts.setStatus(workshop.id, status, key);
  });

  app.post("/api/workshops/:workshopId/breakout/groups/:groupId/priorities", async (request, reply) => {
    const { mission, workshop, key, params } = await authorized(request, GroupParams);
    const draft = parseInput(PriorityDraft, request.body);
    const edit = { kind: "add", draft } as const;
    return reply.code(201).send(await breakouts.facilitatorEdit(mission, workshop.id, params.groupId, edit, key));
  });

  app.put("/api/workshops/:workshopId/breakout/groups/:groupId/priorities/:priorityId", async (request) => {
    const { mission, workshop, key, params } = await authorized(request, PriorityParams);
    const draft = parseInput(PriorityDraft, request.body);
    const edit = { kind: "replace", priorityId: params.priorityId, draft } as const;
    return breakouts.facilitatorEdit(mission, workshop.id, params.groupId, edit, key);
  });

  app.delete("/api/workshops/:workshopId/breakout/groups/:groupId/priorities/:priorityId", async (request) => {
    const { mission, workshop, key, params } = await authorized(request, PriorityParams);
    const edit = { kind: "remove", priorityId: params.priorityId } as const;
    return breakouts.facilitatorEdit(mission, workshop.id, params.groupId, edit, key);
  });
}
