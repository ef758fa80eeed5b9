// Reads a questionnaire from CSV: a first row naming the columns, then one statement per row.
import { Questionnaire, Statement, StatementCode, type LocalizedText } from "@peerpulse/shared";
import { CsvError, parse, type CsvErrorCode } from "csv-parse/sync";
import { readColumns, type Column } from "./csv-columns.ts";
import { createPillarResolver } from "./pillar-resolver.ts";
import {
  LANGUAGE_NAMES,
  languageName,
  plainWording,
  problemsFromIssues,
  quoted,
  refused,
  withLine,
  type QuestionnaireParseResult,
  type QuestionnaireProblem,
} from "./questionnaire-problems.ts";

/** A record of the file and the line it starts on (a quoted cell may run over several lines). */
type Row = { line: number; cells: string[] };

const QUOTE_ERRORS: ReadonlySet<CsvErrorCode> = new Set<CsvErrorCode>([
  "CSV_INVALID_CLOSING_QUOTE",
  "INVALID_OPENING_QUOTE",
  "CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE",
]);

/** Reads CSV text (BOM already removed) into a questionnaire, or the problems found on each line. */
export function parseQuestionnaireCsv(content: string): QuestionnaireParseResult {
  // One newline convention keeps csv-parse's line count right: it counts a CRLF inside a quoted cell as two lines.
  const text = content.replace(/\r\n?/g, "\n");
  if (/^\s*[[{]/.test(text)) {
    return refused([{ message: "this file looks like JSON, not CSV: upload it as a JSON file" }]);
  }
  const read = readRows(text);
  if ("problem" in read) return refused([read.problem]);
  const [header, ...rows] = read.rows;
  if (!header) return refused([{ message: "the file is empty" }]);

  const heading = readColumns(header.line, header.cells);
  if ("problems" in heading) return refused(heading.problems);
  const { columns } = heading;

  const resolver = createPillarResolver();
  const problems: QuestionnaireProblem[] = [];
  const statements: Statement[] = [];
  const lines: number[] = [];
  const firstLineOfCode = new Map<string, number>();
  for (const row of rows) {
    if (row.cells.every((cell) => cellValue(cell) === "")) continue;
    const fields = readStatement(row, columns, header.cells, firstLineOfCode);
    if ("problems" in fields) {
      problems.push(...fields.problems);
      continue;
    }
    const statement = { ...fields, pillar: resolver.resolve(fields.pillar) };
    const checked = Statement.safeParse(statement, { error: plainWording });
    if (!checked.success) {
      for (const issue of checked.error.issues) {
        const [field, language] = issue.path;
        const what =
          field === "text" && typeof language === "string" ? `the ${languageName(language)} text` : String(field);
        problems.push(withLine(row.line, `${what} ${issue.message}`));
      }
      continue;
    }
    statements.push(checked.data);
    lines.push(row.line);
  }
  if (problems.length > 0) return refused(problems);
  if (statements.length === 0) {
    return refused([{ message: "the file has a first row of column names but no statements" }]);
  }

  const draft = { pillars: resolver.used(), statements };
  const questionnaire = Questionnaire.safeParse(draft, { error: plainWording });
  if (!questionnaire.success) return refused(problemsFromIssues(questionnaire.error.issues, draft, (i) => lines[i]));
  return { ok: true, questionnaire: questionnaire.data };
}

function readRows(text: string): { rows: Row[] } | { problem: QuestionnaireProblem } {
  const rows: Row[] = [];
  try {
    parse(text, {
      delimiter: delimiterOf(text),
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: true,
      on_record: (cells, context) => {
        // `lines` is where the record ends; a quoted cell with line breaks started that many lines earlier.
        const breaks = cells.reduce((sum, cell) => sum + (cell.match(/\n/g)?.length ?? 0), 0);
        rows.push({ line: context.lines - breaks, cells });
        return null;
      },
    });
  } catch (error) {
    return { problem: csvProblem(error) };
  }
  return { rows };
}

/** Spreadsheets in French or Spanish settings save CSV with semicolons: the first row tells which separator is used. */
function delimiterOf(text: string): string {
  const firstLine = text.slice(0, text.indexOf("\n") === -1 ? undefined : text.indexOf("\n"));
  const count = (separator: string) => firstLine.split(separator).length;
  return [";", "\t"].reduce((best, separator) => (count(separator) > count(best) ? separator : best), ",");
}

function csvProblem(error: unknown): QuestionnaireProblem {
  if (!(error instanceof CsvError)) return { message: "the file could not be read as CSV" };
  const line = typeof error.lines === "number" && error.lines > 0 ? error.lines : undefined;
  if (error.code === "CSV_QUOTE_NOT_CLOSED") {
    return withLine(line, "a double quote opens a cell that is never closed; check the quotes on this line");
  }
  if (QUOTE_ERRORS.has(error.code)) {
    return withLine(line, 'a double quote is misplaced; inside a quoted cell write a double quote twice ("")');
  }
  return withLine(line, "the file could not be read as CSV");
}

function readStatement(
  row: Row,
  columns: Column[],
  names: string[],
  firstLineOfCode: Map<string, number>,
): { code: string; pillar: string; text: LocalizedText } | { problems: QuestionnaireProblem[] } {
  const problems: string[] = [];
  let code = "";
  let pillar = "";
  const text: LocalizedText = {};
  row.cells.forEach((cell, index) => {
    const value = cellValue(cell);
    const column = columns[index] ?? { kind: "unnamed" };
    switch (column.kind) {
      case "code":
        code = value;
        break;
      case "pillar":
        pillar = value;
        break;
      case "text":
        if (value === "") {
          problems.push(`the ${LANGUAGE_NAMES[column.language]} text is empty (column ${quoted(names[index] ?? "")})`);
        }
        text[column.language] = value;
        break;
      case "unnamed":
        if (value !== "") {
          problems.push(
            `cell ${index + 1} is in a column the first row does not name; a text with a comma must be in double quotes`,
          );
        }
        break;
    }
  });
  columns.forEach((column, index) => {
    if (column.kind === "text" && index >= row.cells.length) {
      problems.push(`the ${LANGUAGE_NAMES[column.language]} text is missing (column ${quoted(names[index] ?? "")})`);
    }
  });
  if (code === "") {
    problems.unshift("the code is empty; give every statement a code such as L1");
  } else if (!StatementCode.safeParse(code).success) {
    problems.unshift(
      `code ${quoted(code)} must be letters then digits, like L1 (one to four capital letters, then one to three digits)`,
    );
  } else {
    const first = firstLineOfCode.get(code);
    if (first === undefined) {
      firstLineOfCode.set(code, row.line);
    } else {
      problems.unshift(
        `code ${quoted(code)} is used twice (first on line ${first}); every statement needs its own code`,
      );
    }
  }
  if (pillar === "") problems.push("the pillar is empty; name one, such as leadership or coordination");
  if (problems.length > 0) return { problems: problems.map((message) => withLine(row.line, message)) };
  return { code, pillar, text };
}

/** A cell's value, trimmed, without the apostrophe a spreadsheet export puts before a leading = + - or @. */
function cellValue(cell: string): string {
  return cell.trim().replace(/^'(?=[=+\-@])/, "");
}
