// The mission team's routes: analysis, shortlist curation, exports, the printable report, mission transfer.
import type { FastifyInstance } from "fastify";
import { z } from "zod";
import { EntityId, Language, MissionTransferFile, Round, ShortlistCuration } from "@peerpulse/shared";
import { DomainError } from "../../domain/domain-error.ts";
import { parseInput } from "../../domain/parse-input.ts";
import type { Services } from "../../domain/services.ts";
import { buildExport } from "../../export/export-file.ts";
import { reportHtml } from "../../export/report.html.ts";
import { facilitatorKeyOf } from "../facilitator-key.ts";

const MissionParams = z.object({ missionId: EntityId });
const ExportQuery = z.object({
  scope: z.enum(["shortlist", "results"]).default("results"),
  format: z.enum(["csv", "xlsx", "json"]).default("csv"),
  lang: Language.default("en"),
});
/** Which round to analyse; the baseline (1) when left out. */
const AnalysisQuery = z.object({ round: z.coerce.number().pipe(Round).default(1) });
/** The two rounds to compare, the earlier first. */
const CompareQuery = z
  .object({ earlier: z.coerce.number().pipe(Round).default(1), later: z.coerce.number().pipe(Round).default(2) })
  .refine((query) => query.earlier < query.later, { message: "earlier must be a round before later" });
/** The report's language: `lang`, else the mission's first language. */
const ReportQuery = z.object({ lang: Language.optional() });

export function resultsRoutes(app: FastifyInstance, { missions, analysis, transfer }: Services): void {
  app.get("/api/missions/:missionId/analysis", async (request) => {
    const { missionId } = parseInput(MissionParams, request.params);
    const { round } = parseInput(AnalysisQuery, request.query);
    const {
      mission: _mission,
      everyoneCounts: _counts,
      ...results
    } = await analysis.results(await missions.authorize(missionId, facilitatorKeyOf(request)), round);
    return results;
  });

  app.get("/api/missions/:missionId/rounds/compare", async (request) => {
    const { missionId } = parseInput(MissionParams, request.params);
    const { earlier, later } = parseInput(CompareQuery, request.query);
    const mission = await missions.authorize(missionId, facilitatorKeyOf(request));
    return { comparison: await analysis.compareRounds(mission, earlier, later) };
  });

  app.put("/api/missions/:missionId/shortlist", async (request) => {
    const { missionId } = parseInput(MissionParams, request.params);
    const mission = await missions.authorize(missionId, facilitatorKeyOf(request));
    const { shortlist } = await analysis.saveCuration(mission, parseInput(ShortlistCuration, request.body));
    return { shortlist };
  });

  app.get("/api/missions/:missionId/export", async (request, reply) => {
    const { missionId } = parseInput(MissionParams, request.params);
    const query = parseInput(ExportQuery, request.query);
    const results = await analysis.results(await missions.authorize(missionId, facilitatorKeyOf(request)));
    const file = await buildExport(results, query.scope, query.format, query.lang);
    return reply
      .header("content-type", file.contentType)
      .header("content-disposition", `attachment; filename="${file.fileName}"`)
      .send(file.body);
  });

  app.get("/api/missions/:missionId/report", async (request, reply) => {
    const { missionId } = parseInput(MissionParams, request.params);
    const { lang } = parseInput(ReportQuery, request.query);
    const mission = await missions.authorize(missionId, facilitatorKeyOf(request));
    const language = lang ?? mission.languages[0] ?? "en";
    const html = reportHtml(await analysis.results(mission), await missions.listWorkshops(missionId), language);
    return reply.header("content-type", "text/html; charset=utf-8").send(html);
  });

  app.get("/api/missions/:missionId/transfer", async (request, reply) => {
    const { missionId } = parseInput(MissionParams, request.params);
    const key = facilitatorKeyOf(request);
    const mission = await missions.authorize(missionId, key);
    const file = await transfer.exportMission(mission, key!);
    return reply
      .header("content-disposition", `attachment; filename="peerpulse-mission-${mission.id}.json"`)
      .send(file);
  });

  app.post("/api/missions/import", { bodyLimit: 16 * 1024 * 1024 }, async (request, reply) => {
    const key = facilitatorKeyOf(request);
    if (!key) throw new DomainError("facilitator_key_required", "importing a mission needs its facilitator key");
    const file = parseInput(MissionTransferFile, request.body);
    const mission = await transfer.importMission(file, key);
    request.log.info({ missionId: mission.id }, "mission imported");
    return reply.code(201).send({ mission });
  });
}
