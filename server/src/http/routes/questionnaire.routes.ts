// The sample questionnaire (JSON, or CSV as a template to fill in) and reading an uploaded questionnaire file.
import type { FastifyInstance } from "fastify";
import { QuestionnaireUpload, SAMPLE_QUESTIONNAIRE } from "@peerpulse/shared";
import { parseInput } from "../../domain/parse-input.ts";
import { parseQuestionnaire, sampleQuestionnaireCsv } from "../../questionnaire/index.ts";

export function questionnaireRoutes(app: FastifyInstance): void {
  app.get("/api/questionnaires/sample", () => SAMPLE_QUESTIONNAIRE);

  app.get("/api/questionnaires/sample.csv", (_request, reply) =>
    reply
      .header("content-type", "text/csv; charset=utf-8")
      .header("content-disposition", 'attachment; filename="peerpulse-questionnaire.csv"')
      .send(sampleQuestionnaireCsv()),
  );

  // Reading a file changes nothing on the server, so it needs no key: the console checks a file before
  // it creates the mission with it.
  app.post("/api/questionnaires/parse", { bodyLimit: 2 * 1024 * 1024 }, async (request, reply) => {
    const upload = parseInput(QuestionnaireUpload, request.body);
    const result = parseQuestionnaire(upload.format, upload.content);
    if (result.ok) return result.questionnaire;
    const message = result.problems
      .slice(0, 3)
      .map((problem) => (problem.line ? `line ${problem.line}: ${problem.message}` : problem.message));
    return reply
      .code(400)
      .send({ error: { code: "bad_request", message: message.join("; ") }, problems: result.problems });
  });
}
