// The sample questionnaire is valid, complete in every language and short enough to read on a phone.
import { describe, expect, it } from "vitest";
import { Language } from "../schemas/language.ts";
import { DEFAULT_PILLARS } from "../schemas/mission.ts";
import { Questionnaire } from "./questionnaire.ts";
import { SAMPLE_QUESTIONNAIRE } from "./sample-questionnaire.ts";

describe("SAMPLE_QUESTIONNAIRE", () => {
  it("passes the questionnaire schema unchanged", () => {
    expect(Questionnaire.parse(SAMPLE_QUESTIONNAIRE)).toEqual(SAMPLE_QUESTIONNAIRE);
  });

  it("has between 25 and 35 statements", () => {
    expect(SAMPLE_QUESTIONNAIRE.statements.length).toBeGreaterThanOrEqual(25);
    expect(SAMPLE_QUESTIONNAIRE.statements.length).toBeLessThanOrEqual(35);
  });

  it("gives every statement and every pillar name in all four languages", () => {
    for (const language of Language.options) {
      for (const statement of SAMPLE_QUESTIONNAIRE.statements) {
        expect(statement.text[language]?.trim(), `${statement.code} in ${language}`).toBeTruthy();
      }
      for (const pillar of SAMPLE_QUESTIONNAIRE.pillars) {
        expect(pillar.name[language]?.trim(), `${pillar.id} in ${language}`).toBeTruthy();
      }
    }
  });

  it("uses the default pillars plus protection, each for at least one statement", () => {
    const ids = SAMPLE_QUESTIONNAIRE.pillars.map((pillar) => pillar.id);
    expect(ids).toEqual(["leadership", "coordination", "accountability", "protection"]);
    expect(SAMPLE_QUESTIONNAIRE.pillars.slice(0, 3)).toEqual(DEFAULT_PILLARS);
    expect(new Set(SAMPLE_QUESTIONNAIRE.statements.map((statement) => statement.pillar))).toEqual(new Set(ids));
  });

  it("codes each statement with its pillar's letter, numbered from 1", () => {
    const letters: Record<string, string> = {
      leadership: "L",
      coordination: "C",
      accountability: "A",
      protection: "P",
    };
    const counters = new Map<string, number>();
    for (const statement of SAMPLE_QUESTIONNAIRE.statements) {
      const next = (counters.get(statement.pillar) ?? 0) + 1;
      counters.set(statement.pillar, next);
      expect(statement.code).toBe(`${letters[statement.pillar] ?? "?"}${next}`);
    }
  });

  it("keeps every text short enough to read on a phone (at most 200 characters)", () => {
    for (const statement of SAMPLE_QUESTIONNAIRE.statements) {
      for (const [language, text] of Object.entries(statement.text)) {
        expect(text.length, `${statement.code} in ${language}`).toBeLessThanOrEqual(200);
      }
    }
  });
});

describe("Questionnaire", () => {
  const pillars = [{ id: "leadership", name: { en: "Leadership" } }];

  it("refuses a statement whose pillar is not listed", () => {
    const result = Questionnaire.safeParse({
      pillars,
      statements: [{ code: "P1", pillar: "protection", text: { en: "Protection is central." } }],
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(["statements", 0, "pillar"]);
  });

  it("refuses two statements with the same code", () => {
    const statement = { code: "L1", pillar: "leadership", text: { en: "The HC leads." } };
    const result = Questionnaire.safeParse({ pillars, statements: [statement, statement] });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(["statements", 1, "code"]);
  });

  it("refuses a pillar listed twice", () => {
    const result = Questionnaire.safeParse({
      pillars: [...pillars, ...pillars],
      statements: [{ code: "L1", pillar: "leadership", text: { en: "The HC leads." } }],
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(["pillars", 1, "id"]);
  });
});
