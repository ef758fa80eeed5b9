// Reads a questionnaire from CSV: a first row naming the columns, then one statement per row.
import { Language, Questionnaire, Statement, StatementCode, type LocalizedText } from "@peerpulse/shared";
import { CsvError, parse, type CsvErrorCode } from "csv-parse/sync";
import { createPillarResolver } from "./pillar-resolver.ts";
import {
  LANGUAGE_NAMES,
  plainWording,
  problemsFromIssues,
  quoted,
  refused,
  withLine,
  type QuestionnaireParseResult,
  type QuestionnaireProblem,
} from "./questionnaire-problems.ts";

type Column = { kind: "code" } | { kind: "pillar" } | { kind: "text"; language: Language } | { kind: "unnamed" };

/** A record of the file and the line it starts on (a quoted cell may run over several lines). */
type Row = { line: number; cells: string[] };

const QUOTE_ERRORS: ReadonlySet<CsvErrorCode> = new Set<CsvErrorCode>([
  "CSV_INVALID_CLOSING_QUOTE",
  "INVALID_OPENING_QUOTE",
  "CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE",
]);

const COLUMN_NAMES = "code, pillar, en, fr, ar, es";

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

  const columns = header.cells.map(columnOf);
  const headerProblems = checkHeader(header, columns);
  if (headerProblems.length > 0) return refused(headerProblems);

  const resolver = createPillarResolver();
  const problems: QuestionnaireProblem[] = [];
  const statements: Statement[] = [];
  const lines: number[] = [];
  const firstLineOfCode = new Map<string, number>();
  for (const row of rows) {
    if (row.cells.every((cell) => cellValue(cell) === "")) continue;
    const rowProblems = readStatement(row, columns, header.cells, firstLineOfCode);
    if ("problems" in rowProblems) {
      problems.push(...rowProblems.problems);
      continue;
    }
    const { code, pillar, text: localized } = rowProblems;
    const statement = { code, pillar: resolver.resolve(pillar), text: localized };
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
  if (statements.length === 0)
    return refused([{ message: "the file has a first row of column names but no statements" }]);

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

function columnOf(header: string): Column {
  const name = header
    .trim()
    .toLowerCase()
    .replace(/^text[\s_.-]+(?=[a-z]{2}$)/, "");
  if (name === "") return { kind: "unnamed" };
  if (name === "code" || name === "pillar") return { kind: name };
  const language = Language.safeParse(name);
  return language.success ? { kind: "text", language: language.data } : { kind: "unnamed" };
}

function checkHeader(header: Row, columns: Column[]): QuestionnaireProblem[] {
  if (columns.every((column) => column.kind === "unnamed")) {
    // Not one known column: a list of unknown ones would only hide that this is not a questionnaire at all.
    return [withLine(header.line, `this is not a questionnaire: the first row must name the columns ${COLUMN_NAMES}`)];
  }
  const problems: QuestionnaireProblem[] = [];
  const seen = new Set<string>();
  columns.forEach((column, index) => {
    const name = header.cells[index]?.trim() ?? "";
    if (column.kind === "unnamed") {
      if (name !== "") {
        problems.push(
          withLine(header.line, `column ${quoted(name)} is not one of ${COLUMN_NAMES}; rename or remove it`),
        );
      }
      return;
    }
    const key = column.kind === "text" ? column.language : column.kind;
    if (seen.has(key)) problems.push(withLine(header.line, `there are two ${quoted(key)} columns; keep only one`));
    seen.add(key);
  });
  for (const required of ["code", "pillar"]) {
    if (!seen.has(required)) {
      problems.push(
        withLine(
          header.line,
          `the '${required}' column is missing; the first row must name the columns ${COLUMN_NAMES}`,
        ),
      );
    }
  }
  if (!Language.options.some((language) => seen.has(language))) {
    problems.push(
      withLine(header.line, "there is no text column; add one column per language, named en, fr, ar or es"),
    );
  }
  return problems;
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
    if (first === undefined) firstLineOfCode.set(code, row.line);
    else
      problems.unshift(
        `code ${quoted(code)} is used twice (first on line ${first}); every statement needs its own code`,
      );
  }
  if (pillar === "") problems.push("the pillar is empty; name one, such as leadership or coordination");
  if (problems.length > 0) return { problems: problems.map((message) => withLine(row.line, message)) };
  return { code, pillar, text };
}

/** A cell's value, trimmed, without the apostrophe a spreadsheet export puts before a leading = + - or @. */
function cellValue(cell: string): string {
  return cell.trim().replace(/^'(?=[=+\-@])/, "");
}

function languageName(language: string): string {
  const parsed = Language.safeParse(language);
  return parsed.success ? LANGUAGE_NAMES[parsed.data] : language;
}
