// Property-based fuzzing of the exports with arbitrary Unicode in every text a mission holds (X7), through the real
// routes: each XML part of each XLSX parses as XML 1.0, its texts read back as typed less the characters XML forbids,
// and the report holds none of those characters.
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Language, type Mission } from "@peerpulse/shared";
import { startApp, type RunningApp } from "../support/app-harness.ts";
import { api, createMission } from "../support/clients.ts";
import { readWorkbook, xmlParts } from "../support/xlsx-file.ts";

/** What XML 1.0 does not allow (its Char production, written out here rather than taken from the server). */
const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;
const NOT_XML_CHARS = new RegExp(NOT_XML_CHAR.source, "gu");
/** Allowed but dropped by some readers and writers (C1 controls, non-characters, U+FFFD): not compared exactly. */
const DISCOURAGED = /[\u007F-\u009F\uFDD0-\uFDEF\uFFFD]|[\u{1FFFE}\u{1FFFF}\u{2FFFE}\u{2FFFF}\u{10FFFE}\u{10FFFF}]/u;

/** Characters that broke the XLSX before (U+FFFE, U+FFFF), other forbidden ones, and lone surrogates. */
const FORBIDDEN = ["\uFFFE", "\uFFFF", "\u0000", "\u0001", "\u0008", "\u000B", "\u000C", "\u001F", "\uD800", "\uDFFF"];

/** Any text at all, forbidden characters mixed in often, starting with a letter so it survives trimming. */
function anyText(maxLength: number): fc.Arbitrary<string> {
  return fc
    .array(
      fc.oneof(
        fc.string({ unit: "binary", maxLength: 12 }),
        fc.string({ unit: "grapheme", maxLength: 12 }),
        fc.constantFrom(...FORBIDDEN),
      ),
      { maxLength: 8 },
    )
    .map((parts) => `x${parts.join("")}`.slice(0, maxLength));
}

/** A text as an XML reader gets it back: forbidden characters gone, line ends normalised as XML parsers do. */
function asReadBack(text: string): string {
  return text.replace(NOT_XML_CHARS, "").replace(/\r\n?/g, "\n");
}

type MissionTexts = typeof MissionTexts extends fc.Arbitrary<infer T> ? T : never;
const MissionTexts = fc.record({
  title: anyText(200),
  country: anyText(100),
  pillar: anyText(200),
  statement: anyText(400),
  arabic: anyText(400),
  constituencies: fc.tuple(anyText(120), anyText(120)),
  note: anyText(500),
});

describe("fuzz: exports with arbitrary Unicode (X7)", () => {
  let running: RunningApp;
  beforeAll(async () => {
    running = await startApp("embedded");
  });
  afterAll(() => running.close());

  async function missionWith(texts: MissionTexts): Promise<{ mission: Mission; key: string }> {
    const created = await createMission(running.url, {
      title: texts.title,
      country: texts.country,
      languages: ["en", "ar"],
      pillars: [{ id: "leadership", name: { en: texts.pillar } }],
      statements: [
        { code: "L1", pillar: "leadership", text: { en: texts.statement, ar: texts.arabic } },
        { code: "L2", pillar: "leadership", text: { en: "A plain second statement", ar: texts.arabic } },
      ],
      constituencies: [{ name: texts.constituencies[0] }, { name: texts.constituencies[1], isHct: true }],
    });
    const saved = await api(
      running.url,
      "PUT",
      `/api/missions/${created.mission.id}/shortlist`,
      { entries: [{ code: "L1", decision: "accepted", note: texts.note, addedByHand: true }] },
      created.key,
    );
    expect(saved.status).toBe(200);
    return created;
  }

  async function file(mission: Mission, key: string, path: string): Promise<Buffer> {
    const response = await fetch(`${running.url}/api/missions/${mission.id}/${path}`, {
      headers: { "x-facilitator-key": key },
    });
    expect(response.status, path).toBe(200);
    return Buffer.from(await response.arrayBuffer());
  }

  it("X7: every XML part of every XLSX is well-formed and its texts read back as typed, less forbidden characters", async () => {
    await fc.assert(
      fc.asyncProperty(MissionTexts, fc.constantFrom<Language>("en", "ar"), async (texts, language) => {
        const { mission, key } = await missionWith(texts);
        for (const scope of ["results", "shortlist"]) {
          const xlsx = await file(mission, key, `export?scope=${scope}&format=xlsx&lang=${language}`);
          expect(xmlParts(xlsx).size).toBeGreaterThan(0); // throws, naming the part, on any malformed one
          for (const part of xmlParts(xlsx).values()) expect(NOT_XML_CHAR.test(part)).toBe(false);
          const sheets = await readWorkbook(xlsx);
          const shortlist = sheets.get("shortlist")!.rows[0]!;
          const stored = mission.statements[0]!.text[language]!;
          const expectations: [unknown, string][] = [
            [shortlist.statement!.value, stored],
            [shortlist.note!.value, texts.note],
            [shortlist.pillar!.value, mission.pillars[0]!.name.en!],
          ];
          const notes = sheets.get("notes")!.rows;
          expectations.push([notes.find((row) => row.term!.value === "mission")!.meaning!.value, mission.title]);
          if (scope === "results") {
            const header = sheets.get("constituencies")!.header;
            for (const [index, constituency] of mission.constituencies.entries())
              expectations.push([header[2 + index * 5 + 3], `${constituency.name} mean`]);
          }
          for (const [read, typed] of expectations)
            if (!DISCOURAGED.test(typed)) expect(read ?? "").toBe(asReadBack(typed));
        }
      }),
      { numRuns: 30 },
    );
  });

  it("X7: the printable report holds no character XML 1.0 forbids, whatever the mission's texts", async () => {
    await fc.assert(
      fc.asyncProperty(MissionTexts, fc.constantFrom<Language>("en", "fr", "es", "ar"), async (texts, language) => {
        const { mission, key } = await missionWith(texts);
        const report = (await file(mission, key, `report?lang=${language}`)).toString("utf8");
        expect(NOT_XML_CHAR.test(report)).toBe(false);
      }),
      { numRuns: 20 },
    );
  });
});
