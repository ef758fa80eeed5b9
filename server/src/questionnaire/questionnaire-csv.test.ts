// Writing a questionnaire as CSV: a file Excel opens in UTF-8 and that the import reads back unchanged.
import { SAMPLE_QUESTIONNAIRE, type Questionnaire } from "@peerpulse/shared";
import { describe, expect, it } from "vitest";
import { parseQuestionnaire } from "./parse-questionnaire.ts";
import { questionnaireToCsv, sampleQuestionnaireCsv } from "./questionnaire-csv.ts";

describe("sampleQuestionnaireCsv", () => {
  it("starts with a UTF-8 BOM and the column names, and ends rows with CRLF", () => {
    const content = sampleQuestionnaireCsv();
    expect(content.startsWith("\uFEFFcode,pillar,en,fr,ar,es\r\n")).toBe(true);
    expect(content.split("\r\n").filter((line) => line !== "")).toHaveLength(
      SAMPLE_QUESTIONNAIRE.statements.length + 1,
    );
  });

  it("reads back as the sample questionnaire", () => {
    const result = parseQuestionnaire("csv", sampleQuestionnaireCsv());
    expect(result).toEqual({ ok: true, questionnaire: SAMPLE_QUESTIONNAIRE });
  });
});

describe("questionnaireToCsv", () => {
  it("writes only the languages used, and round-trips quotes, commas, line breaks and formula-like texts", () => {
    const questionnaire: Questionnaire = {
      pillars: [SAMPLE_QUESTIONNAIRE.pillars[0]!],
      statements: [
        { code: "L1", pillar: "leadership", text: { en: 'The "HCT", as a whole,\nleads.', ar: "يقود الفريق القطري." } },
        { code: "L2", pillar: "leadership", text: { en: "=1+1 is not a formula", ar: "-بند" } },
        { code: "L3", pillar: "leadership", text: { en: "@HC and +HCT", ar: "نص" } },
      ],
    };
    const content = questionnaireToCsv(questionnaire);
    expect(content.split("\r\n")[0]).toBe("\uFEFFcode,pillar,en,ar");
    expect(content).toContain("'=1+1");
    expect(parseQuestionnaire("csv", content)).toEqual({ ok: true, questionnaire });
  });
});
