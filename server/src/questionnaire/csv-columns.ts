// The columns of a questionnaire CSV: what each header names, and what is wrong with a first row.
import { Language } from "@peerpulse/shared";
import { quoted, withLine, type QuestionnaireProblem } from "./questionnaire-problems.ts";

/** What a column holds. Unnamed: an empty header, or a cell past the last header. */
export type Column = { kind: "code" } | { kind: "pillar" } | { kind: "text"; language: Language } | { kind: "unnamed" };

const COLUMN_NAMES = "code, pillar, en, fr, ar, es";

/** Reads the first row: code, pillar, and a text column per language (`en` or `text_en`, in any case). */
export function readColumns(
  line: number,
  names: string[],
): { columns: Column[] } | { problems: QuestionnaireProblem[] } {
  const columns = names.map(columnOf);
  if (columns.every((column) => column.kind === "unnamed")) {
    // Not one known column: a list of unknown ones would only hide that this is not a questionnaire at all.
    return {
      problems: [withLine(line, `this is not a questionnaire: the first row must name the columns ${COLUMN_NAMES}`)],
    };
  }
  const problems: QuestionnaireProblem[] = [];
  const seen = new Set<string>();
  columns.forEach((column, index) => {
    const name = names[index]?.trim() ?? "";
    if (column.kind === "unnamed") {
      if (name !== "")
        problems.push(withLine(line, `column ${quoted(name)} is not one of ${COLUMN_NAMES}; rename or remove it`));
      return;
    }
    const key = column.kind === "text" ? column.language : column.kind;
    if (seen.has(key)) problems.push(withLine(line, `there are two ${quoted(key)} columns; keep only one`));
    seen.add(key);
  });
  for (const required of ["code", "pillar"]) {
    if (!seen.has(required)) {
      problems.push(
        withLine(line, `the '${required}' column is missing; the first row must name the columns ${COLUMN_NAMES}`),
      );
    }
  }
  if (!Language.options.some((language) => seen.has(language))) {
    problems.push(withLine(line, "there is no text column; add one column per language, named en, fr, ar or es"));
  }
  return problems.length > 0 ? { problems } : { columns };
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
