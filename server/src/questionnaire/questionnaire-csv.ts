// Writes a questionnaire as the CSV a facilitator can edit in a spreadsheet and upload again.
import { Language, SAMPLE_QUESTIONNAIRE, type Questionnaire } from "@peerpulse/shared";
import { stringify } from "csv-stringify/sync";

/**
 * The questionnaire as CSV: columns code, pillar (its id) and one per language any statement is written in.
 * The BOM makes Excel read the file as UTF-8 (Arabic and accents intact); CRLF line ends are what RFC 4180 and
 * spreadsheets expect; a text starting with = + - or @ gets a leading apostrophe so a spreadsheet does not run it as
 * a formula (the import removes it again).
 */
export function questionnaireToCsv(questionnaire: Questionnaire): string {
  const languages = Language.options.filter((language) =>
    questionnaire.statements.some((statement) => statement.text[language] !== undefined),
  );
  const rows = questionnaire.statements.map((statement) => [
    statement.code,
    statement.pillar,
    ...languages.map((language) => statement.text[language] ?? ""),
  ]);
  return stringify([["code", "pillar", ...languages], ...rows], {
    bom: true,
    record_delimiter: "windows",
    escape_formulas: true,
  });
}

/** The sample questionnaire as CSV: the template a facilitator downloads, translates or edits, and uploads. */
export function sampleQuestionnaireCsv(): string {
  return questionnaireToCsv(SAMPLE_QUESTIONNAIRE);
}
