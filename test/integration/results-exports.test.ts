// The mission team's outputs: analysis, curated shortlist, exports read back, the report, and mission transfer (E1–E7).
import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  CuratedShortlist,
  MissionAnalysis,
  MissionTransferFile,
  ResultsExport,
  SAMPLE_QUESTIONNAIRE,
  ShortlistExport,
  summarize,
  type Mission,
} from "@peerpulse/shared";
import { STORES, startApp, type RunningApp } from "../support/app-harness.ts";
import {
  api,
  ask,
  control,
  createMission,
  createWorkshop,
  join,
  participantSocket,
  type ClientSocket,
} from "../support/clients.ts";
import { voteId } from "../support/fixtures.ts";
import { readWorkbook, xmlParts, type ReadSheet } from "../support/xlsx-file.ts";

/** Ratings per constituency index: L1 everyone agrees, C1 the HCT disagrees while others agree. */
const PLAN: Record<number, { people: number; ratings: Record<string, number> }> = {
  0: { people: 8, ratings: { L1: 5, L2: 4, C1: 5 } },
  1: { people: 6, ratings: { L1: 4, L2: 2, C1: 4 } },
  2: { people: 6, ratings: { L1: 5, L2: 1, C1: 1 } },
};

async function seedMission(running: RunningApp, sockets: ClientSocket[]) {
  const { mission, key } = await createMission(running.url, {
    statements: SAMPLE_QUESTIONNAIRE.statements.filter((statement) =>
      ["L1", "L2", "C1", "C2", "A1", "P1"].includes(statement.code),
    ),
    constituencies: [{ name: "ICCG" }, { name: "INGOs" }, { name: "HCT", isHct: true }, { name: "Area team North" }],
  });
  for (const [index, plan] of Object.entries(PLAN)) {
    const view = await createWorkshop(running.url, mission, key, { constituency: Number(index) });
    for (let person = 0; person < plan.people; person += 1) {
      const socket = await participantSocket(running.url, (await join(running.url, view.workshop.joinCode)).token);
      sockets.push(socket);
      for (const [code, value] of Object.entries(plan.ratings)) {
        const ack = await ask(socket, "rating:submit", { statementCode: code, value, voteId: voteId() });
        expect(ack.ok).toBe(true);
      }
    }
  }
  // One more HCT member answers "don't know" on L1: a respondent without a rating.
  const hctWorkshop = await createWorkshop(running.url, mission, key, { constituency: 2 });
  const unsure = await participantSocket(running.url, (await join(running.url, hctWorkshop.workshop.joinCode)).token);
  sockets.push(unsure);
  expect((await ask(unsure, "rating:submit", { statementCode: "L1", value: "dont-know", voteId: voteId() })).ok).toBe(
    true,
  );
  // A small area team: 3 people, under the anonymity minimum of 5.
  const small = await createWorkshop(running.url, mission, key, { constituency: 3 });
  for (let person = 0; person < 3; person += 1) {
    const socket = await participantSocket(running.url, (await join(running.url, small.workshop.joinCode)).token);
    sockets.push(socket);
    await ask(socket, "rating:submit", { statementCode: "L1", value: 1, voteId: voteId() });
  }
  // The workshops are over when the team exports. An open one would be shown live first (W3), and everyone less the
  // open workshops shown would then be the HCT's "don't know" and the area team, 4 people: everyone would be withheld.
  const workshops = await api<{ workshops: { id: string }[] }>(
    running.url,
    "GET",
    `/api/missions/${mission.id}/workshops`,
    undefined,
    key,
  );
  for (const { id } of workshops.body.workshops) await control(running.url, id, key, { command: "close" });
  return { mission, key };
}

async function download(url: string, path: string, key: string): Promise<Response> {
  return fetch(`${url}${path}`, { headers: { "x-facilitator-key": key } });
}

async function analysisOf(url: string, missionId: string, key: string): Promise<MissionAnalysis> {
  const answer = await api<{ analysis: MissionAnalysis }>(
    url,
    "GET",
    `/api/missions/${missionId}/analysis`,
    undefined,
    key,
  );
  return MissionAnalysis.parse(answer.body.analysis);
}

/** The row of `sheet` whose code column holds `code`. */
function rowOf(sheet: ReadSheet, code: string) {
  const row = sheet.rows.find((candidate) => candidate.code?.value === code);
  if (!row) throw new Error(`no row ${code}`);
  return row;
}

describe.each(STORES)("results and exports on the %s store", (storeKind) => {
  let running: RunningApp;
  let mission: Mission;
  let key: string;
  const sockets: ClientSocket[] = [];
  beforeAll(async () => {
    running = await startApp(storeKind);
    ({ mission, key } = await seedMission(running, sockets));
  });
  afterAll(async () => {
    for (const socket of sockets) socket.close();
    await running.close();
  });

  it("E1: the analysis compares constituencies, withholds the small one, and flags the HCT gap", async () => {
    const answer = await api<{ analysis: MissionAnalysis; shortlist: CuratedShortlist }>(
      running.url,
      "GET",
      `/api/missions/${mission.id}/analysis`,
      undefined,
      key,
    );
    expect(answer.status).toBe(200);
    const analysis = MissionAnalysis.parse(answer.body.analysis);
    const c1 = analysis.statements.find((statement) => statement.code === "C1")!;
    expect(c1.hctGap?.mean.exceedsNoise).toBe(true);
    expect(analysis.flags.mostDivergent.map((flag) => flag.code)).toContain("C1");
    const area = mission.constituencies[3]!.id;
    expect(analysis.statements.find((statement) => statement.code === "L1")?.constituencies[area]).toMatchObject({
      suppressed: true,
    });
    expect(
      CuratedShortlist.parse(answer.body.shortlist).pillars.flatMap((group) => group.items.map((item) => item.code)),
    ).toContain("C1");
    expect((await api(running.url, "GET", `/api/missions/${mission.id}/analysis`)).status).toBe(401);
  });

  it("E2: the team curates the shortlist (drop, add by hand, reorder, note) and it is stored with the mission", async () => {
    const curation = {
      entries: [
        { code: "L2", decision: "accepted", note: "Leadership split: discuss with the HC", addedByHand: true },
        { code: "C1", decision: "accepted", note: '=HYPERLINK("http://attacker.example","HCT")', addedByHand: false },
        { code: "L1", decision: "dropped", note: "", addedByHand: false },
      ],
    };
    const saved = await api<{ shortlist: CuratedShortlist }>(
      running.url,
      "PUT",
      `/api/missions/${mission.id}/shortlist`,
      curation,
      key,
    );
    expect(saved.status).toBe(200);
    const items = saved.body.shortlist.pillars.flatMap((group) => group.items);
    expect(items.find((item) => item.code === "L2")).toMatchObject({ addedByHand: true, decision: "accepted" });
    expect(items.find((item) => item.code === "L1")).toMatchObject({ decision: "dropped" });
    const leadership = saved.body.shortlist.pillars.find((group) => group.pillar === "leadership")!;
    expect(leadership.items.map((item) => item.code).slice(0, 2)).toEqual(["L2", "L1"]);
    const refused = await api<{ error: { code: string } }>(
      running.url,
      "PUT",
      `/api/missions/${mission.id}/shortlist`,
      { entries: [{ code: "Z9", decision: "accepted" }] },
      key,
    );
    expect(refused.body.error.code).toBe("statement_unknown");
    const again = await api<{ shortlist: CuratedShortlist }>(
      running.url,
      "GET",
      `/api/missions/${mission.id}/analysis`,
      undefined,
      key,
    );
    expect(again.body.shortlist).toEqual(saved.body.shortlist);
  });

  it("E3: CSV exports parse back with the API's figures (shares in percent), UTF-8 BOM and no formula cells", async () => {
    const response = await download(
      running.url,
      `/api/missions/${mission.id}/export?scope=results&format=csv&lang=ar`,
      key,
    );
    expect(response.headers.get("content-type")).toContain("text/csv");
    const bytes = Buffer.from(await response.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parse<Record<string, string>>(bytes, { columns: true, bom: true });
    expect(Object.keys(rows[0]!)).not.toContain("n");
    const l1 = rows.find((row) => row.code === "L1")!;
    // L1: 14 × 5, 6 × 4, 3 × 1 and one "don't know": 24 respondents, 23 ratings.
    const everyone = summarize({ counts: [3, 0, 0, 6, 14], dontKnow: 1 });
    expect(Number(l1.respondents)).toBe(24);
    expect(Number(l1.ratings)).toBe(everyone.n);
    expect(Number(l1["don't know"])).toBe(1);
    expect(Number(l1.mean)).toBeCloseTo(everyone.mean!, 3);
    expect(Number(l1["agree %"])).toBeCloseTo(everyone.agree! * 100, 1);
    expect(Number(l1.consensus)).toBeCloseTo(everyone.consensus!, 3);
    expect(l1.statement).toBe(mission.statements[0]!.text.ar);
    const analysis = await analysisOf(running.url, mission.id, key);
    for (const statement of analysis.statements) {
      const row = rows.find((candidate) => candidate.code === statement.code)!;
      expect(Number(row.respondents)).toBe(statement.everyone.respondents);
      if (statement.everyone.suppressed) continue;
      const s = statement.everyone.summary;
      expect(Number(row.ratings)).toBe(s.n);
      expect(Number(row["net agreement %"])).toBeCloseTo(s.netAgreement! * 100, 1);
    }
    const shortlistFile = Buffer.from(
      await (
        await download(running.url, `/api/missions/${mission.id}/export?scope=shortlist&format=csv`, key)
      ).arrayBuffer(),
    );
    const shortlist = parse<Record<string, string>>(shortlistFile, { columns: true, bom: true });
    expect(shortlist.map((row) => row.code)).toEqual(expect.arrayContaining(["L2", "C1"]));
    expect(shortlist.map((row) => row.code)).not.toContain("L1");
    expect(shortlist.find((row) => row.code === "L2")?.note).toBe("Leadership split: discuss with the HC");
    // A note that a spreadsheet would run as a formula arrives as plain text.
    expect(shortlist.find((row) => row.code === "C1")?.note).toBe(`'=HYPERLINK("http://attacker.example","HCT")`);
  });

  it("E4: XLSX sheets read back (exceljs) with the API's figures, formats, widths, frozen headers, right to left", async () => {
    const response = await download(
      running.url,
      `/api/missions/${mission.id}/export?scope=results&format=xlsx&lang=ar`,
      key,
    );
    const sheets = await readWorkbook(Buffer.from(await response.arrayBuffer()));
    expect([...sheets.keys()]).toEqual([
      "shortlist",
      "statements",
      "constituencies",
      "hct-vs-others",
      "flags",
      "notes",
    ]);
    for (const [name, sheet] of sheets) {
      expect(sheet.rightToLeft, name).toBe(true);
      expect(sheet.frozenRows, name).toBe(1);
      for (const width of sheet.widths) expect(width, name).toBeGreaterThanOrEqual(8);
    }
    const statements = sheets.get("statements")!;
    expect(statements.widths[statements.header.indexOf("statement")]).toBeGreaterThanOrEqual(40);
    const analysis = await analysisOf(running.url, mission.id, key);
    for (const statement of analysis.statements) {
      const row = rowOf(statements, statement.code);
      expect(row.respondents!.value).toBe(statement.everyone.respondents);
      if (statement.everyone.suppressed) continue;
      const s = statement.everyone.summary;
      expect(row.ratings!.value).toBe(s.n);
      expect(row["don't know"]!.value).toBe(s.dontKnow);
      expect(row.mean!.value as number).toBeCloseTo(s.mean!, 3);
      expect(row.mean!.numFmt).toBe("0.00");
      for (const [column, share] of [
        ["agree %", s.agree],
        ["disagree %", s.disagree],
        ["net agreement %", s.netAgreement],
      ] as const) {
        expect(row[column]!.value as number).toBeCloseTo(share!, 3);
        expect(row[column]!.numFmt).toBe("0%");
      }
    }
    // On hct-vs-others the same names mean the same: ratings without "don't know", respondents with them.
    const hct = sheets.get("hct-vs-others")!;
    for (const statement of analysis.statements) {
      const row = rowOf(hct, statement.code);
      expect(row["HCT pooled respondents"]!.value).toBe(statement.hct!.respondents);
      if (!statement.hct!.suppressed) expect(row["HCT pooled ratings"]!.value).toBe(statement.hct!.summary.n);
      if (statement.hctGap) {
        expect(row["HCT − others, net agreement (points)"]!.value as number).toBeCloseTo(
          statement.hctGap.netAgreement.gap * 100,
          1,
        );
        expect(row["mean gap beyond noise"]!.value).toBe(statement.hctGap.mean.exceedsNoise ? "yes" : "no");
      }
    }
    const l1 = rowOf(hct, "L1");
    expect([l1["HCT pooled respondents"]!.value, l1["HCT pooled ratings"]!.value]).toEqual([7, 6]);
    expect(rowOf(hct, "C1")["mean gap beyond noise"]!.value).toBe("yes");
  });

  it("E9: every column name of every sheet is defined once on the notes sheet, with one meaning", async () => {
    const response = await download(running.url, `/api/missions/${mission.id}/export?scope=results&format=xlsx`, key);
    const sheets = await readWorkbook(Buffer.from(await response.arrayBuffer()));
    const notes = sheets.get("notes")!;
    expect(notes.header).toEqual(["term", "meaning"]);
    const terms = notes.rows.map((row) => String(row.term!.value));
    expect(new Set(terms).size).toBe(terms.length);
    for (const [name, sheet] of sheets) {
      if (name === "notes") continue;
      expect(terms).toContain(`sheet ${name}`);
      for (const column of sheet.header) expect(terms, `${name}: ${column}`).toContain(column);
    }
    const meaningOf = (term: string) => notes.rows.find((row) => row.term!.value === term)!.meaning!.value;
    expect(meaningOf("ratings")).toContain("don't know\" left out");
    expect(meaningOf("respondents")).toContain("don't know\" included");
    expect(meaningOf("HCT pooled ratings")).toContain("don't know\" left out");
  });

  it("E10: an XLSX text cell is text as typed: no apostrophe, no formula, a shared string", async () => {
    const file = Buffer.from(
      await (
        await download(running.url, `/api/missions/${mission.id}/export?scope=shortlist&format=xlsx`, key)
      ).arrayBuffer(),
    );
    const c1 = rowOf((await readWorkbook(file)).get("shortlist")!, "C1");
    expect(c1.note!.value).toBe('=HYPERLINK("http://attacker.example","HCT")');
    for (const [path, xml] of xmlParts(file)) {
      if (!path.startsWith("xl/worksheets/")) continue;
      expect(xml, path).not.toMatch(/<f[ >]/);
    }
    expect(xmlParts(file).get("xl/sharedStrings.xml")).toContain('<t>=HYPERLINK("http://attacker.example","HCT")</t>');
  });

  it("E5: JSON exports validate with the shared schemas", async () => {
    const results = ResultsExport.parse(
      await (await download(running.url, `/api/missions/${mission.id}/export?scope=results&format=json`, key)).json(),
    );
    expect(results.mission.id).toBe(mission.id);
    expect(results.analysis.statements).toHaveLength(mission.statements.length);
    const shortlist = ShortlistExport.parse(
      await (await download(running.url, `/api/missions/${mission.id}/export?scope=shortlist&format=json`, key)).json(),
    );
    expect(shortlist.shortlist.pillars.length).toBeGreaterThan(0);
  });

  it("E6: no export carries a group under the anonymity minimum", async () => {
    const area = mission.constituencies[3]!;
    const xlsx = await (
      await download(running.url, `/api/missions/${mission.id}/export?scope=results&format=xlsx`, key)
    ).arrayBuffer();
    const sheet = (await readWorkbook(Buffer.from(xlsx))).get("constituencies")!;
    for (const row of sheet.rows)
      for (const figure of ["ratings", "mean", "net agreement %"]) {
        const value = row[`${area.name} ${figure}`]!.value;
        expect(value === null || value === "withheld").toBe(true);
      }
    expect(rowOf(sheet, "L1")[`${area.name} mean`]!.value).toBe("withheld");
    const json = ResultsExport.parse(
      await (await download(running.url, `/api/missions/${mission.id}/export?format=json`, key)).json(),
    );
    for (const statement of json.analysis.statements)
      expect(statement.constituencies[area.id]?.suppressed ?? true).toBe(true);
    const html = await (await download(running.url, `/api/missions/${mission.id}/report`, key)).text();
    expect(html).toContain(mission.title);
    expect(html).not.toContain(area.name + ": n =");
  });

  it("E7: a whole mission moves to another deployment sealed, imports once, and nothing is lost or doubled", async () => {
    const file = MissionTransferFile.parse(
      await (await download(running.url, `/api/missions/${mission.id}/transfer`, key)).json(),
    );
    expect(JSON.stringify(file)).not.toContain("ICCG");
    const target = await startApp(storeKind === "embedded" ? "redis" : "embedded");
    try {
      const wrongKey = await api<{ error: { code: string } }>(
        target.url,
        "POST",
        "/api/missions/import",
        file,
        "fk_not-the-key",
      );
      expect(wrongKey.body.error.code).toBe("bad_facilitator_key");
      const imported = await api<{ mission: Mission }>(target.url, "POST", "/api/missions/import", file, key);
      expect(imported.status).toBe(201);
      const twice = await api<{ error: { code: string } }>(target.url, "POST", "/api/missions/import", file, key);
      expect(twice.status).toBe(409);
      expect(twice.body.error.code).toBe("mission_exists");
      const before = await api<{ analysis: MissionAnalysis; shortlist: CuratedShortlist }>(
        running.url,
        "GET",
        `/api/missions/${mission.id}/analysis`,
        undefined,
        key,
      );
      const after = await api<{ analysis: MissionAnalysis; shortlist: CuratedShortlist }>(
        target.url,
        "GET",
        `/api/missions/${mission.id}/analysis`,
        undefined,
        key,
      );
      expect(after.body).toEqual(before.body);
      const tallies = await api<{ workshops: Record<string, { joined: number }> }>(
        target.url,
        "GET",
        `/api/missions/${mission.id}/tallies`,
        undefined,
        key,
      );
      expect(Object.values(tallies.body.workshops).reduce((sum, tally) => sum + tally.joined, 0)).toBe(
        8 + 6 + 6 + 1 + 3,
      );
    } finally {
      await target.close();
    }
  });
});
