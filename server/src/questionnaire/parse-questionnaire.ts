// Reads a questionnaire file a facilitator uploads (CSV or JSON) into a checked questionnaire, or says what to fix.
import { parseQuestionnaireCsv } from "./parse-questionnaire-csv.ts";
import { parseQuestionnaireJson } from "./parse-questionnaire-json.ts";
import {
  refused,
  withLine,
  type QuestionnaireParseResult,
  type QuestionnaireProblem,
} from "./questionnaire-problems.ts";

export { problemText, type QuestionnaireParseResult, type QuestionnaireProblem } from "./questionnaire-problems.ts";

/** Largest file accepted: 200 statements in four languages fit in a tenth of it. */
export const MAX_QUESTIONNAIRE_FILE_BYTES = 1024 * 1024;

/** The formats a questionnaire file may come in. */
export type QuestionnaireFormat = "csv" | "json";

/** Reads an uploaded questionnaire file. Never throws: anything wrong comes back as problems with their lines. */
export function parseQuestionnaire(format: QuestionnaireFormat, content: string): QuestionnaireParseResult {
  try {
    const problem = unreadable(content);
    if (problem) return refused([problem]);
    const text = content.replace(/^\uFEFF/, "");
    switch (format) {
      case "csv":
        return parseQuestionnaireCsv(text);
      case "json":
        return parseQuestionnaireJson(text);
      default:
        return refused([{ message: `unknown file format ${JSON.stringify(format)}: use csv or json` }]);
    }
  } catch {
    // A bug here must reach the facilitator as a refusal they can act on, not as a server error.
    return refused([{ message: "the file could not be read; check that it is a questionnaire saved as CSV or JSON" }]);
  }
}

/** Checks that make no sense to run a parser on: too big, empty, not text, not UTF-8. */
function unreadable(content: string): QuestionnaireProblem | undefined {
  // A UTF-8 byte count is never below the string length, so a long string is refused without counting.
  if (
    content.length > MAX_QUESTIONNAIRE_FILE_BYTES ||
    Buffer.byteLength(content, "utf8") > MAX_QUESTIONNAIRE_FILE_BYTES
  ) {
    return {
      message: "the file is larger than 1 MB, the most accepted; a questionnaire is far smaller: is it the right file?",
    };
  }
  if (content.replace(/^\uFEFF/, "").trim() === "") return { message: "the file is empty" };
  if (content.includes("\u0000")) {
    return {
      message:
        "the file is not plain text (perhaps a spreadsheet workbook or UTF-16 text): save it as 'CSV UTF-8', or as JSON",
    };
  }
  const garbled = content.indexOf("\uFFFD");
  if (garbled !== -1) {
    const line = content.slice(0, garbled).split("\n").length;
    return withLine(line, "some characters could not be read: save the file as UTF-8 ('CSV UTF-8' in Excel)");
  }
  return undefined;
}
