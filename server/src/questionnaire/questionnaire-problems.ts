// What a questionnaire import answers: the questionnaire, or problems a facilitator can read and fix.
import { Language, type Questionnaire } from "@peerpulse/shared";
import type { z } from "zod";

/** One thing wrong with an uploaded questionnaire file, and the line it is on when that is known. */
export type QuestionnaireProblem = { line?: number; message: string };

/** A problem as one sentence to show a facilitator: "line 4: code 'l1' must be letters then digits, like L1 …". */
export function problemText(problem: QuestionnaireProblem): string {
  return problem.line === undefined ? problem.message : `line ${problem.line}: ${problem.message}`;
}

/** The outcome of reading a questionnaire file: never an exception. */
export type QuestionnaireParseResult =
  { ok: true; questionnaire: Questionnaire } | { ok: false; problems: QuestionnaireProblem[] };

/** A facilitator fixes problems from the top; past this many, more lines only bury the first ones. */
export const MAX_PROBLEMS = 50;

/** Language names as a facilitator reads them in a message. */
export const LANGUAGE_NAMES: Record<Language, string> = { en: "English", fr: "French", ar: "Arabic", es: "Spanish" };

/** The name of a language code from a schema path, or the code itself when it is not one. */
export function languageName(code: string): string {
  const parsed = Language.safeParse(code);
  return parsed.success ? LANGUAGE_NAMES[parsed.data] : code;
}

/** A refusal carrying the given problems, cut to MAX_PROBLEMS with a last line saying how many were left out. */
export function refused(problems: QuestionnaireProblem[]): QuestionnaireParseResult {
  if (problems.length <= MAX_PROBLEMS) return { ok: false, problems };
  const hidden = problems.length - MAX_PROBLEMS;
  return {
    ok: false,
    problems: [
      ...problems.slice(0, MAX_PROBLEMS),
      { message: `${hidden} more problem${hidden === 1 ? "" : "s"} not shown: fix these first, then upload again` },
    ],
  };
}

/** A value from the file, quoted for a message and cut short so a huge cell cannot flood the answer. */
export function quoted(value: string): string {
  const oneLine = value.replace(/\s+/g, " ").trim();
  return `'${oneLine.length > 40 ? `${oneLine.slice(0, 40)}…` : oneLine}'`;
}

/** Line of the n-th statement (counting from 0) in the file, when it is known. */
export type StatementLines = (index: number) => number | undefined;

/** Zod's default wording ("Too small: expected string to have >=1 characters"), said as a facilitator would say it. */
export const plainWording: z.core.$ZodErrorMap = (issue) => {
  if (issue.code === "invalid_type" && issue.input === undefined) return "is missing";
  if (issue.code === "too_small" && issue.origin === "string" && issue.minimum === 1) return "must not be empty";
  if (issue.code === "too_big" && issue.origin === "string") {
    return `is longer than ${String(issue.maximum)} characters`;
  }
  return undefined;
};

/** Turns schema issues into problems, naming the statement and its line rather than a path like `statements.3.code`. */
export function problemsFromIssues(
  issues: readonly z.core.$ZodIssue[],
  draft: unknown,
  lineOf: StatementLines = () => undefined,
): QuestionnaireProblem[] {
  return issues.map((issue) => {
    const [head, index, ...rest] = issue.path;
    if ((head === "statements" || head === "pillars") && typeof index === "number") {
      const what = head === "statements" ? statementLabel(draft, index) : `pillar ${index + 1}`;
      const field = rest.length > 0 ? `, ${rest.map(String).join(".")}` : "";
      const line = head === "statements" ? lineOf(index) : undefined;
      return withLine(line, `${what}${field}: ${issue.message}`);
    }
    if (head === "pillars" && issue.code === "too_big") {
      return { message: `the file uses more than ${issue.maximum} pillars; group the statements into fewer pillars` };
    }
    if (head === "statements" && issue.code === "too_big") {
      return { message: `the file has more than ${issue.maximum} statements; keep the questionnaire shorter` };
    }
    if (head === "statements" && issue.code === "too_small") return { message: "the file has no statements" };
    if (head === "pillars" && issue.code === "too_small") return { message: "the file lists no pillars" };
    const where = issue.path.length > 0 ? `${issue.path.map(String).join(".")}: ` : "";
    return { message: `${where}${issue.message}` };
  });
}

/** A problem, with its line only when one is known. */
export function withLine(line: number | undefined, message: string): QuestionnaireProblem {
  return line === undefined ? { message } : { line, message };
}

function statementLabel(draft: unknown, index: number): string {
  const statements = isRecord(draft) && Array.isArray(draft.statements) ? (draft.statements as unknown[]) : [];
  const statement = statements[index];
  const code = isRecord(statement) && typeof statement.code === "string" ? statement.code : "";
  return code ? `statement ${index + 1} (${quoted(code)})` : `statement ${index + 1}`;
}

/** Whether a parsed JSON value is a plain object. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
