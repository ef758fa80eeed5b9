// Reading uploaded questionnaire files: CSV and JSON that work, and every kind of bad file a facilitator may send.
import { SAMPLE_QUESTIONNAIRE, type Questionnaire } from "@peerpulse/shared";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MAX_PROBLEMS } from "./questionnaire-problems.ts";
import {
  MAX_QUESTIONNAIRE_FILE_BYTES,
  parseQuestionnaire,
  problemText,
  type QuestionnaireParseResult,
} from "./parse-questionnaire.ts";

function accepted(result: QuestionnaireParseResult): Questionnaire {
  if (!result.ok) throw new Error(`expected the file to be accepted, got ${JSON.stringify(result.problems)}`);
  return result.questionnaire;
}

function problems(result: QuestionnaireParseResult) {
  if (result.ok) throw new Error("expected the file to be refused");
  return result.problems;
}

const csv = (...lines: string[]) => lines.join("\n") + "\n";

describe("parseQuestionnaire, CSV", () => {
  it("reads four languages, Arabic included, from an Excel-style file with a BOM and CRLF line ends", () => {
    const content =
      "\uFEFFcode,pillar,en,fr,ar,es\r\n" +
      "L1,leadership,The HC leads the response.,Le CH dirige la réponse.,يقود منسق الشؤون الإنسانية الاستجابة.,El CH dirige la respuesta.\r\n" +
      'C1,coordination,"Clusters work together, not apart.","Les clusters collaborent, sans cloisonnement.",تتعاون المجموعات القطاعية.,"Los clústeres colaboran, no aislados."\r\n';
    const questionnaire = accepted(parseQuestionnaire("csv", content));
    expect(questionnaire.statements).toEqual([
      {
        code: "L1",
        pillar: "leadership",
        text: {
          en: "The HC leads the response.",
          fr: "Le CH dirige la réponse.",
          ar: "يقود منسق الشؤون الإنسانية الاستجابة.",
          es: "El CH dirige la respuesta.",
        },
      },
      {
        code: "C1",
        pillar: "coordination",
        text: {
          en: "Clusters work together, not apart.",
          fr: "Les clusters collaborent, sans cloisonnement.",
          ar: "تتعاون المجموعات القطاعية.",
          es: "Los clústeres colaboran, no aislados.",
        },
      },
    ]);
    expect(questionnaire.pillars.map((pillar) => pillar.id)).toEqual(["leadership", "coordination"]);
    expect(questionnaire.pillars[0]?.name.ar).toBe("القيادة");
  });

  it("accepts text_en style headers in any case, a quoted cell over several lines, and skips blank rows", () => {
    const content = csv(
      "CODE,Pillar,Text_EN,text-FR",
      'L1,leadership,"First line',
      'second line",Texte',
      "",
      ",,,",
      "L2,leadership,Two,Deux",
    );
    const questionnaire = accepted(parseQuestionnaire("csv", content));
    expect(questionnaire.statements.map((statement) => statement.text)).toEqual([
      { en: "First line\nsecond line", fr: "Texte" },
      { en: "Two", fr: "Deux" },
    ]);
  });

  it("reads semicolon-separated files, as spreadsheets in French or Spanish settings save them", () => {
    const content = csv("code;pillar;fr", "L1;leadership;Le Coordonnateur humanitaire, avec l'EHP, dirige.");
    expect(accepted(parseQuestionnaire("csv", content)).statements[0]?.text.fr).toBe(
      "Le Coordonnateur humanitaire, avec l'EHP, dirige.",
    );
  });

  it("matches pillars by id or by name in any language, ignoring case and accents", () => {
    const content = csv(
      "code,pillar,en",
      "L1,Leadership,a",
      "C1,COORDINACIÓN,b",
      "A1,Redevabilité envers les populations affectées,c",
      "P1,الحماية,d",
      "P2,protection,e",
    );
    const questionnaire = accepted(parseQuestionnaire("csv", content));
    expect(questionnaire.statements.map((statement) => statement.pillar)).toEqual([
      "leadership",
      "coordination",
      "accountability",
      "protection",
      "protection",
    ]);
    expect(questionnaire.pillars).toEqual(SAMPLE_QUESTIONNAIRE.pillars);
  });

  it("makes a new pillar for an unknown value, with a slug id and the value as its English name", () => {
    const content = csv(
      "code,pillar,en",
      "N1,Humanitarian-development-peace nexus,a",
      "N2,humanitarian development peace NEXUS,b",
    );
    const questionnaire = accepted(parseQuestionnaire("csv", content));
    expect(questionnaire.pillars).toEqual([
      { id: "humanitarian-development-peace-nexus", name: { en: "Humanitarian-development-peace nexus" } },
    ]);
    expect(questionnaire.statements.map((statement) => statement.pillar)).toEqual([
      "humanitarian-development-peace-nexus",
      "humanitarian-development-peace-nexus",
    ]);
  });

  it("names a missing column on line 1", () => {
    expect(problems(parseQuestionnaire("csv", csv("code,en", "L1,The HC leads.")))).toEqual([
      { line: 1, message: expect.stringContaining("'pillar' column is missing") as string },
    ]);
    expect(problems(parseQuestionnaire("csv", csv("code,pillar", "L1,leadership")))[0]?.message).toContain(
      "no text column",
    );
  });

  it("names an unknown or repeated column on line 1", () => {
    const found = problems(parseQuestionnaire("csv", csv("code,pillar,en,fre,EN", "L1,leadership,a,b,c")));
    expect(found.map((problem) => problem.line)).toEqual([1, 1]);
    expect(found[0]?.message).toContain("column 'fre' is not one of code, pillar, en, fr, ar, es");
    expect(found[1]?.message).toContain("two 'en' columns");
  });

  it("refuses a bad code with its line and an example of a good one", () => {
    const content = csv("code,pillar,en", "L1,leadership,a", "L2,leadership,b", "l1,leadership,c");
    expect(problems(parseQuestionnaire("csv", content))).toEqual([
      { line: 4, message: expect.stringContaining("code 'l1' must be letters then digits, like L1") as string },
    ]);
  });

  it("reads as one sentence with its line, for a facilitator", () => {
    const [problem] = problems(
      parseQuestionnaire("csv", csv("code,pillar,en", "L1,leadership,a", "L2,leadership,b", "l1,leadership,c")),
    );
    expect(problemText(problem!)).toBe(
      "line 4: code 'l1' must be letters then digits, like L1 (one to four capital letters, then one to three digits)",
    );
    expect(problemText({ message: "the file is empty" })).toBe("the file is empty");
  });

  it("refuses a duplicate code, pointing at both lines", () => {
    const content = csv("code,pillar,en", "L1,leadership,a", "L2,leadership,b", "", "L1,leadership,c");
    expect(problems(parseQuestionnaire("csv", content))).toEqual([
      { line: 5, message: expect.stringContaining("code 'L1' is used twice (first on line 2)") as string },
    ]);
  });

  it("refuses an empty text, an empty code and an empty pillar, each on its own line", () => {
    const content = csv("code,pillar,en,fr", "L1,leadership,a,", ",leadership,b,b", "L3,,c,c", "L4,leadership,d");
    const found = problems(parseQuestionnaire("csv", content));
    expect(found).toEqual([
      { line: 2, message: "the French text is empty (column 'fr')" },
      { line: 3, message: expect.stringContaining("the code is empty") as string },
      { line: 4, message: expect.stringContaining("the pillar is empty") as string },
      { line: 5, message: "the French text is missing (column 'fr')" },
    ]);
  });

  it("counts lines from where a record starts, even after a cell running over several lines", () => {
    const content = 'code,pillar,en\r\nL1,leadership,"one\r\ntwo\r\nthree"\r\nbad,leadership,x\r\n';
    expect(problems(parseQuestionnaire("csv", content))[0]?.line).toBe(5);
  });

  it("explains an unquoted comma that spills a text into an extra cell", () => {
    const found = problems(
      parseQuestionnaire("csv", csv("code,pillar,en", "L1,leadership,The HC, with the HCT, leads")),
    );
    expect(found[0]).toMatchObject({ line: 2, message: expect.stringContaining("double quotes") as string });
  });

  it("refuses a text longer than the schema allows, naming the language", () => {
    const found = problems(parseQuestionnaire("csv", csv("code,pillar,es", `L1,leadership,${"a".repeat(2001)}`)));
    expect(found[0]).toMatchObject({
      line: 2,
      message: expect.stringContaining("the Spanish text is longer than 2000 characters") as string,
    });
  });

  it("refuses an unclosed quote with its line", () => {
    const found = problems(
      parseQuestionnaire("csv", csv("code,pillar,en", "L1,leadership,ok", 'L2,leadership,"never closed')),
    );
    expect(found).toEqual([{ line: 3, message: expect.stringContaining("never closed") as string }]);
  });

  it("refuses a file with column names but no statements", () => {
    expect(problems(parseQuestionnaire("csv", csv("code,pillar,en")))[0]?.message).toContain("no statements");
  });

  it("says when a file is not CSV at all", () => {
    expect(problems(parseQuestionnaire("csv", "Dear colleagues, please find attached the questionnaire."))[0]).toEqual({
      line: 1,
      message: expect.stringContaining("this is not a questionnaire") as string,
    });
    expect(problems(parseQuestionnaire("csv", '{"statements": []}'))[0]?.message).toContain("looks like JSON");
    expect(problems(parseQuestionnaire("csv", "PK\u0003\u0004\u0000\u0000binary"))[0]?.message).toContain(
      "not plain text",
    );
    expect(problems(parseQuestionnaire("csv", csv("code,pillar,en", "L1,leadership,caf\uFFFD")))[0]).toEqual({
      line: 2,
      message: expect.stringContaining("UTF-8") as string,
    });
  });

  it("stops listing problems after the first fifty", () => {
    const rows = Array.from({ length: 300 }, (_, index) => `bad${index},leadership,x`);
    const found = problems(parseQuestionnaire("csv", csv("code,pillar,en", ...rows)));
    expect(found).toHaveLength(MAX_PROBLEMS + 1);
    expect(found.at(-1)?.message).toContain("250 more problems not shown");
  });
});

describe("parseQuestionnaire, JSON", () => {
  it("reads the full shape, pillars and statements, as the schema defines it", () => {
    const content = JSON.stringify(SAMPLE_QUESTIONNAIRE, null, 2);
    expect(accepted(parseQuestionnaire("json", content))).toEqual(SAMPLE_QUESTIONNAIRE);
    expect(accepted(parseQuestionnaire("json", `\uFEFF${content}`))).toEqual(SAMPLE_QUESTIONNAIRE);
  });

  it("reads a bare list of statements, matching their pillars as CSV does", () => {
    const content = JSON.stringify([
      { code: "L1", pillar: "Liderazgo", text: { es: "El CH dirige.", ar: "يقود المنسق." } },
      { code: "X1", pillar: "Cash", text: { en: "Cash is coordinated." } },
    ]);
    const questionnaire = accepted(parseQuestionnaire("json", content));
    expect(questionnaire.pillars).toEqual([SAMPLE_QUESTIONNAIRE.pillars[0], { id: "cash", name: { en: "Cash" } }]);
    expect(questionnaire.statements.map((statement) => statement.pillar)).toEqual(["leadership", "cash"]);
  });

  it("gives the line of a syntax error", () => {
    const content = '[\n  { "code": "L1", "pillar": "leadership", "text": { "en": "a" } }\n  { "code": "L2" }\n]';
    expect(problems(parseQuestionnaire("json", content))).toEqual([
      { line: 3, message: expect.stringContaining("not valid JSON") as string },
    ]);
  });

  it("names the statement and its line when a statement is wrong", () => {
    const content = JSON.stringify(
      [
        { code: "L1", pillar: "leadership", text: { en: "a" } },
        { code: "l2", pillar: "leadership", text: { en: "b" } },
      ],
      null,
      2,
    );
    expect(problems(parseQuestionnaire("json", content))).toEqual([
      { line: 10, message: expect.stringContaining("statement 2 ('l2'), code: a statement code is letters") as string },
    ]);
  });

  it("refuses a duplicate code and a statement whose pillar is not listed", () => {
    const duplicate = {
      ...SAMPLE_QUESTIONNAIRE,
      statements: [...SAMPLE_QUESTIONNAIRE.statements.slice(0, 2), SAMPLE_QUESTIONNAIRE.statements[0]],
    };
    expect(problems(parseQuestionnaire("json", JSON.stringify(duplicate)))[0]?.message).toContain(
      "used by more than one",
    );
    const orphan = {
      pillars: SAMPLE_QUESTIONNAIRE.pillars.slice(0, 1),
      statements: SAMPLE_QUESTIONNAIRE.statements.slice(8, 9),
    };
    expect(problems(parseQuestionnaire("json", JSON.stringify(orphan)))[0]?.message).toContain(
      "not one of the questionnaire's pillars",
    );
  });

  it("refuses more statements than a questionnaire may have, without listing a problem for each", () => {
    const many = Array.from({ length: 5000 }, () => 1);
    expect(problems(parseQuestionnaire("json", JSON.stringify(many)))).toEqual([
      { message: "the file has 5000 statements; a questionnaire may have at most 200" },
    ]);
  });

  it("refuses JSON of another shape, and an empty text", () => {
    expect(problems(parseQuestionnaire("json", '"hello"'))[0]?.message).toContain("list of statements");
    const empty = [{ code: "L1", pillar: "leadership", text: { en: "  " } }];
    expect(problems(parseQuestionnaire("json", JSON.stringify(empty)))[0]?.message).toContain(
      "statement 1 ('L1'), text.en: must not be empty",
    );
  });
});

describe("parseQuestionnaire, any input", () => {
  it("refuses an empty file and a file over 1 MB without parsing it", () => {
    expect(problems(parseQuestionnaire("csv", ""))).toEqual([{ message: "the file is empty" }]);
    expect(problems(parseQuestionnaire("json", "\uFEFF \r\n"))).toEqual([{ message: "the file is empty" }]);
    const huge = `code,pillar,en\n${"L1,leadership,text\n".repeat(600_000)}`;
    expect(huge.length).toBeGreaterThan(10 * MAX_QUESTIONNAIRE_FILE_BYTES);
    expect(problems(parseQuestionnaire("csv", huge))[0]?.message).toContain("larger than 1 MB");
    const multibyte = "ع".repeat(MAX_QUESTIONNAIRE_FILE_BYTES / 2 + 1);
    expect(problems(parseQuestionnaire("json", multibyte))[0]?.message).toContain("larger than 1 MB");
  });

  it("never throws, and always explains a refusal", () => {
    const formats = fc.constantFrom("csv" as const, "json" as const);
    const content = fc.oneof(
      fc.string({ unit: "binary", maxLength: 400 }),
      fc
        .array(
          fc.oneof(
            fc.constantFrom("code", "pillar", "en", "ar", '"', ",", ";", "\r\n", "\n", "L1", "{", "["),
            fc.string(),
          ),
          {
            maxLength: 60,
          },
        )
        .map((parts) => parts.join("")),
    );
    fc.assert(
      fc.property(formats, content, (format, text) => {
        const result = parseQuestionnaire(format, text);
        if (!result.ok) expect(result.problems.length).toBeGreaterThan(0);
      }),
    );
    expect(problems(parseQuestionnaire("json", undefined as unknown as string))[0]?.message).toContain(
      "could not be read",
    );
    // A hundred random files take about 1 s alone; the default 5 s ran out on a 2-core machine under load.
  }, 30_000);
});
