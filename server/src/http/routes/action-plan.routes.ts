// The HCT Action Plan of a mission: read, start items, edit, delete, reorder, merge, and its CSV and XLSX.
import type { FastifyInstance } from "fastify";
import { z } from "zod";
import { EntityId, Language, PlanItemCreation, PlanItemDraft, PlanMerge, PlanOrder } from "@peerpulse/shared";
import { parseInput } from "../../domain/parse-input.ts";
import type { Services } from "../../domain/services.ts";
import { buildActionPlanExport } from "../../export/action-plan-export.ts";
import { facilitatorKeyOf } from "../facilitator-key.ts";

const MissionParams = z.object({ missionId: EntityId });
const ItemParams = MissionParams.extend({ itemId: EntityId });
const ExportQuery = z.object({ format: z.enum(["csv", "xlsx"]).default("csv"), lang: Language.optional() });

export function actionPlanRoutes(app: FastifyInstance, { missions, plans }: Services): void {
  const base = "/api/missions/:missionId/action-plan";

  app.get(base, async (request) => {
    const { missionId } = parseInput(MissionParams, request.params);
    await missions.authorize(missionId, facilitatorKeyOf(request));
    return { plan: await plans.plan(missionId) };
  });

  app.post(`${base}/items`, async (request, reply) => {
    const { missionId } = parseInput(MissionParams, request.params);
    const mission = await missions.authorize(missionId, facilitatorKeyOf(request));
    return reply.code(201).send(await plans.create(mission, parseInput(PlanItemCreation, request.body)));
  });

  app.put(`${base}/items/:itemId`, async (request) => {
    const { missionId, itemId } = parseInput(ItemParams, request.params);
    const mission = await missions.authorize(missionId, facilitatorKeyOf(request));
    return { plan: await plans.edit(mission, itemId, parseInput(PlanItemDraft, request.body)) };
  });

  app.delete(`${base}/items/:itemId`, async (request) => {
    const { missionId, itemId } = parseInput(ItemParams, request.params);
    const mission = await missions.authorize(missionId, facilitatorKeyOf(request));
    return { plan: await plans.remove(mission, itemId) };
  });

  app.put(`${base}/order`, async (request) => {
    const { missionId } = parseInput(MissionParams, request.params);
    const mission = await missions.authorize(missionId, facilitatorKeyOf(request));
    return { plan: await plans.reorder(mission, parseInput(PlanOrder, request.body).itemIds) };
  });

  app.post(`${base}/merge`, async (request) => {
    const { missionId } = parseInput(MissionParams, request.params);
    const mission = await missions.authorize(missionId, facilitatorKeyOf(request));
    return plans.merge(mission, parseInput(PlanMerge, request.body).itemIds);
  });

  app.get(`${base}/export`, async (request, reply) => {
    const { missionId } = parseInput(MissionParams, request.params);
    const { format, lang } = parseInput(ExportQuery, request.query);
    const mission = await missions.authorize(missionId, facilitatorKeyOf(request));
    const workshops = await missions.listWorkshops(missionId);
    const language = lang ?? mission.languages[0] ?? "en";
    const file = await buildActionPlanExport(await plans.plan(missionId), mission, workshops, format, language);
    return reply
      .header("content-type", file.contentType)
      .header("content-disposition", `attachment; filename="${file.fileName}"`)
      .send(file.body);
  });
}
