// Reads a questionnaire from JSON: either `{ pillars, statements }` or just the list of statements.
import { MAX_QUESTIONNAIRE_STATEMENTS, Questionnaire, Statement } from "@peerpulse/shared";
import { z } from "zod";
import { createPillarResolver } from "./pillar-resolver.ts";
import {
  isRecord,
  plainWording,
  problemsFromIssues,
  refused,
  withLine,
  type QuestionnaireParseResult,
  type StatementLines,
} from "./questionnaire-problems.ts";

/** Statements without their pillars listed: each names its pillar by id or by name, as a CSV row does. */
const StatementsNamingPillars = z.array(Statement.extend({ pillar: z.string().trim().min(1).max(200) }));

/** Reads JSON text (BOM already removed) into a questionnaire, or the problems found in it. */
export function parseQuestionnaireJson(content: string): QuestionnaireParseResult {
  let value: unknown;
  try {
    value = JSON.parse(content);
  } catch (error) {
    return refused([syntaxProblem(content, error)]);
  }
  const lineOf = statementLines(content, value);
  const given = Array.isArray(value) ? value : isRecord(value) ? value.statements : undefined;
  if (Array.isArray(given) && given.length > MAX_QUESTIONNAIRE_STATEMENTS) {
    // Checked before the schema, which would otherwise list a problem for each of thousands of bad items.
    return refused([
      {
        message: `the file has ${given.length} statements; a questionnaire may have at most ${MAX_QUESTIONNAIRE_STATEMENTS}`,
      },
    ]);
  }

  if (isRecord(value) && "pillars" in value) {
    const questionnaire = Questionnaire.safeParse(value, { error: plainWording });
    if (questionnaire.success) return { ok: true, questionnaire: questionnaire.data };
    return refused(problemsFromIssues(questionnaire.error.issues, value, lineOf));
  }
  const list = Array.isArray(value) ? value : isRecord(value) && "statements" in value ? value.statements : undefined;
  if (list === undefined) {
    return refused([
      { message: 'the JSON must be a list of statements, or an object with "pillars" and "statements" lists' },
    ]);
  }
  const statements = StatementsNamingPillars.safeParse(list, { error: plainWording });
  if (!statements.success) {
    const issues = statements.error.issues.map((issue) => ({ ...issue, path: ["statements", ...issue.path] }));
    return refused(problemsFromIssues(issues, { statements: list }, lineOf));
  }
  const resolver = createPillarResolver();
  const resolved = statements.data.map((statement) => ({ ...statement, pillar: resolver.resolve(statement.pillar) }));
  const draft = { pillars: resolver.used(), statements: resolved };
  const questionnaire = Questionnaire.safeParse(draft, { error: plainWording });
  if (questionnaire.success) return { ok: true, questionnaire: questionnaire.data };
  return refused(problemsFromIssues(questionnaire.error.issues, draft, lineOf));
}

/** V8 names the character position of a syntax error; a facilitator needs the line. */
function syntaxProblem(content: string, error: unknown) {
  const reason = error instanceof Error ? error.message : "";
  const position = /at position (\d+)/.exec(reason)?.[1];
  const line = position === undefined ? undefined : lineAt(content, Number(position));
  return withLine(line, "this is not valid JSON; check the commas, quotes and brackets around here");
}

/**
 * Where each statement starts, read from the `"code":` keys: inside a JSON string a quote is always escaped, so each
 * match is a real key. Trusted only when there is exactly one such key per statement.
 */
function statementLines(content: string, value: unknown): StatementLines {
  const list = Array.isArray(value) ? value : isRecord(value) ? value.statements : undefined;
  const starts = [...content.matchAll(/"code"\s*:/g)].map((match) => match.index);
  if (!Array.isArray(list) || list.length !== starts.length) return () => undefined;
  return (index) => {
    const position = starts[index];
    return position === undefined ? undefined : lineAt(content, position);
  };
}

function lineAt(content: string, position: number): number {
  let line = 1;
  for (let i = 0; i < Math.min(position, content.length); i++) if (content.charCodeAt(i) === 10) line++;
  return line;
}
