// The HCT Action Plan over real HTTP on both stores, its CSV and XLSX read back (docs/protocol.md H1–H7).
import { readFileSync } from "node:fs";
import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ActionPlan, PlanItemCreation, PlanItemDraft } from "@peerpulse/shared";
import { STORES, startApp, type RunningApp } from "../support/app-harness.ts";
import { api, createMission } from "../support/clients.ts";
import { plenaryWorkshop, type PlenaryWorkshop } from "../support/priority-workshop.ts";
import { readWorkbook } from "../support/xlsx-file.ts";

type PlanAnswer = { plan: ActionPlan; itemId?: string; error?: { code: string } };

const API_DOC = readFileSync(new URL("../../docs/api.md", import.meta.url), "utf8");

describe.each(STORES)("action plan on the %s store", (storeKind) => {
  let running: RunningApp;
  let plenary: PlenaryWorkshop;

  beforeAll(async () => {
    running = await startApp(storeKind);
    plenary = await plenaryWorkshop(running.url, { participants: 0, perGroup: 2 });
  });
  afterAll(() => running.close());

  const base = () => `/api/missions/${plenary.mission.id}/action-plan`;
  const call = (method: string, path: string, body?: unknown) =>
    api<PlanAnswer>(running.url, method, `${base()}${path}`, body, plenary.key);
  const create = (body: PlanItemCreation) => call("POST", "/items", body);
  const planNow = async () => (await call("GET", "")).body.plan;
  const draft = (text: string, overrides: Partial<PlanItemDraft> = {}): PlanItemDraft => ({
    priority: { text, statementCodes: ["L2"], pillar: "coordination" },
    actions: [
      {
        text: `Act on ${text}`,
        focalPoint: "OCHA head of office",
        timeline: "2027-Q2",
        verification: "HCT minutes",
        status: "ongoing",
      },
    ],
    sources: [{ kind: "mission-team" }],
    ...overrides,
  });

  it("H1, H2: items start from a workshop priority, from a statement, or as written, each at the end", async () => {
    const group = plenary.breakout.breakout.groups[0]!;
    expect(await planNow()).toEqual({ missionId: plenary.mission.id, items: [], revision: 0 });
    const fromPriority = await create({
      from: "priority",
      workshopId: plenary.workshopId,
      priorityId: plenary.priorityIds[0]!,
    });
    expect(fromPriority.status).toBe(201);
    const item = fromPriority.body.plan.items[0]!;
    expect(item).toEqual({
      id: fromPriority.body.itemId,
      priority: { text: `Priority 1 of ${group.id}`, statementCodes: ["L1"], pillar: group.pillar },
      actions: [
        {
          id: expect.any(String) as unknown,
          text: `Act on: Priority 1 of ${group.id}`,
          resources: "two staff for three months",
          focalPoint: "",
          timeline: null,
          verification: "",
          status: "not-started",
        },
      ],
      sources: [{ kind: "workshop", workshopId: plenary.workshopId, priorityId: plenary.priorityIds[0] }],
    });
    const statement = plenary.mission.statements[2]!;
    const fromStatement = await create({ from: "statement", statementCode: statement.code });
    expect(fromStatement.body.plan.items[1]).toMatchObject({
      priority: { text: statement.text.en, statementCodes: [statement.code], pillar: statement.pillar },
      actions: [],
      sources: [{ kind: "hct-retreat" }],
    });
    const written = await create({ from: "draft", item: draft("Localisation") });
    expect(written.body.plan.items.map((entry) => entry.priority.text)).toEqual([
      item.priority.text,
      statement.text.en,
      "Localisation",
    ]);
    expect(written.body.plan.revision).toBe(3);
  });

  it("H3: edits replace an item's contents and keep the ids of actions sent back; refusals change nothing", async () => {
    const { body } = await create({ from: "draft", item: draft("To edit") });
    const itemId = body.itemId!;
    const kept = body.plan.items.find((entry) => entry.id === itemId)!.actions[0]!;
    const edited = await call("PUT", `/items/${itemId}`, {
      priority: { text: "Edited", statementCodes: ["L1", "L3"], pillar: null },
      actions: [{ ...kept, status: "completed", timeline: "2027-03-31" }, { text: "A new action" }],
      sources: [{ kind: "hct-retreat" }, { kind: "workshop", workshopId: plenary.workshopId, priorityId: null }],
    });
    const item = edited.body.plan.items.find((entry) => entry.id === itemId)!;
    expect(item.actions[0]).toEqual({ ...kept, status: "completed", timeline: "2027-03-31" });
    expect(item.actions[1]).toMatchObject({ text: "A new action", status: "not-started", focalPoint: "" });
    expect(item.actions[1]!.id).not.toBe(kept.id);

    const before = await planNow();
    const { mission: other, key: otherKey } = await createMission(running.url);
    const foreign = await api<{ workshops: { id: string }[] }>(
      running.url,
      "GET",
      `/api/missions/${other.id}/workshops`,
      undefined,
      otherKey,
    );
    expect(foreign.status).toBe(200);
    const refusals = [
      await call("PUT", `/items/${itemId}`, draft("x", { actions: [{ id: "a_not_of_this_item", text: "x" }] })),
      await call("PUT", "/items/pi_no_such_item", draft("x")),
      await call("DELETE", "/items/pi_no_such_item"),
      await call("PUT", `/items/${itemId}`, draft("x", { priority: { text: "x", statementCodes: ["ZZ9"] } })),
      await call("PUT", `/items/${itemId}`, draft("x", { priority: { text: "x", pillar: "nope" } })),
      await call(
        "PUT",
        `/items/${itemId}`,
        draft("x", { sources: [{ kind: "workshop", workshopId: "w_of_another" }] }),
      ),
      await call("PUT", `/items/${itemId}`, draft("x", { actions: [{ text: "x", timeline: "2027-Q5" }] })),
      await call("PUT", `/items/${itemId}`, draft("x", { sources: [] })),
      await create({ from: "priority", workshopId: plenary.workshopId, priorityId: "pr_no_such_priority" }),
      await create({ from: "statement", statementCode: "ZZ9" }),
    ];
    expect(refusals.map((answer) => [answer.status, answer.body.error?.code])).toEqual([
      [404, "action_unknown"],
      [404, "plan_item_unknown"],
      [404, "plan_item_unknown"],
      [404, "statement_unknown"],
      [404, "pillar_unknown"],
      [404, "workshop_not_found"],
      [400, "bad_request"],
      [400, "bad_request"],
      [404, "priority_unknown"],
      [404, "statement_unknown"],
    ]);
    expect(await planNow()).toEqual(before);
  });

  it("H4, H5: reorder takes every item once; merge keeps the first item's place and words and gains the others'", async () => {
    const ids: string[] = [];
    for (const [index, source] of [
      { kind: "hct-retreat" as const },
      { kind: "workshop" as const, workshopId: plenary.workshopId, priorityId: plenary.priorityIds[1]! },
      { kind: "hct-retreat" as const },
    ].entries()) {
      const { body } = await create({ from: "draft", item: draft(`Merge ${index}`, { sources: [source] }) });
      ids.push(body.itemId!);
    }
    const order = (await planNow()).items.map((item) => item.id);
    const reversed = await call("PUT", "/order", { itemIds: [...order].reverse() });
    expect(reversed.body.plan.items.map((item) => item.id)).toEqual([...order].reverse());
    for (const wrong of [order.slice(1), [...order, "pi_extra_item"], [...order.slice(1), order[1]]]) {
      const answer = await call("PUT", "/order", { itemIds: wrong });
      expect([answer.status, answer.body.error?.code]).toEqual([400, "bad_request"]);
    }
    const before = reversed.body.plan;
    const merged = await call("POST", "/merge", { itemIds: [ids[2], ids[0], ids[1]] });
    expect(merged.body.itemId).toBe(ids[2]);
    const item = merged.body.plan.items.find((entry) => entry.id === ids[2])!;
    expect(merged.body.plan.items.map((entry) => entry.id)).toEqual(
      before.items.map((entry) => entry.id).filter((id) => id !== ids[0] && id !== ids[1]),
    );
    expect(item.priority.text).toBe("Merge 2");
    expect(item.actions.map((action) => action.text)).toEqual(["Act on Merge 2", "Act on Merge 0", "Act on Merge 1"]);
    expect(item.sources).toEqual([
      { kind: "hct-retreat" },
      { kind: "workshop", workshopId: plenary.workshopId, priorityId: plenary.priorityIds[1] },
    ]);
    const single = await call("POST", "/merge", { itemIds: [ids[2]] });
    expect([single.status, single.body.error?.code]).toEqual([400, "bad_request"]);
  });

  it("H6: edits at once are applied one after another, none lost; the item limit holds", async () => {
    const { mission, key } = await createMission(running.url);
    const path = `/api/missions/${mission.id}/action-plan/items`;
    const answers = await Promise.all(
      Array.from({ length: 30 }, (_, index) =>
        api<PlanAnswer>(running.url, "POST", path, { from: "draft", item: draft(`Item ${index}`) }, key),
      ),
    );
    expect(answers.map((answer) => answer.status)).toEqual(answers.map(() => 201));
    for (let index = 30; index < 100; index += 1)
      await api(running.url, "POST", path, { from: "draft", item: draft(`Item ${index}`) }, key);
    const full = await api<PlanAnswer>(running.url, "GET", `/api/missions/${mission.id}/action-plan`, undefined, key);
    expect(full.body.plan.items).toHaveLength(100);
    expect(new Set(full.body.plan.items.map((item) => item.priority.text)).size).toBe(100);
    const over = await api<PlanAnswer>(running.url, "POST", path, { from: "draft", item: draft("One too many") }, key);
    expect([over.status, over.body.error?.code]).toEqual([409, "limit_reached"]);
  });

  it("H7: the CSV and XLSX have one row per action with the documented columns, equal to the plan the API answers", async () => {
    const plan = await planNow();
    const workshopLabel = `workshop: ICCG, ${plenary.view.workshop.date}`;
    const expected = plan.items.flatMap((item, index) => {
      const pillar = plenary.mission.pillars.find((candidate) => candidate.id === item.priority.pillar);
      const shared = {
        item: String(index + 1),
        priority: item.priority.text,
        "priority pillar": pillar?.name.en ?? "",
        "linked statements": item.priority.statementCodes.join(" "),
      };
      const source = item.sources
        .map((source) =>
          source.kind === "hct-retreat"
            ? "HCT retreat"
            : source.kind === "mission-team"
              ? "mission team suggestion"
              : workshopLabel,
        )
        .join(" | ");
      const rows = item.actions.map((action) => ({
        ...shared,
        action: action.text,
        "capacity and resources": action.resources,
        "focal point": action.focalPoint,
        timeline: action.timeline ?? "",
        "how verified": action.verification,
        status: action.status.replace("-", " ").replace("de prioritised", "de-prioritised"),
        source,
      }));
      const empty = {
        action: "",
        "capacity and resources": "",
        "focal point": "",
        timeline: "",
        "how verified": "",
        status: "",
      };
      return rows.length > 0 ? rows : [{ ...shared, ...empty, source }];
    });
    expect(expected.length).toBeGreaterThan(plan.items.length);

    const csv = await fetch(`${running.url}${base()}/export?format=csv`, {
      headers: { "x-facilitator-key": plenary.key },
    });
    expect(csv.headers.get("content-type")).toContain("text/csv");
    const bytes = Buffer.from(await csv.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parse<Record<string, string>>(bytes.subarray(3).toString("utf8"), { columns: true });
    expect(rows).toEqual(expected);

    const xlsx = await fetch(`${running.url}${base()}/export?format=xlsx`, {
      headers: { "x-facilitator-key": plenary.key },
    });
    const sheets = await readWorkbook(Buffer.from(await xlsx.arrayBuffer()));
    expect([...sheets.keys()]).toEqual(["action-plan", "notes"]);
    const sheet = sheets.get("action-plan")!;
    expect(sheet.frozenRows).toBe(1);
    const read = sheet.rows.map((row) =>
      Object.fromEntries(Object.entries(row).map(([name, cell]) => [name, cellText(cell.value)])),
    );
    expect(read).toEqual(expected);
    // Every column is defined on the notes sheet and in docs/api.md with the same meaning.
    const notes = new Map(
      sheets.get("notes")!.rows.map((row) => [String(row.term?.value), String(row.meaning?.value)]),
    );
    const section = API_DOC.slice(API_DOC.indexOf("### Action plan columns"));
    const documented = new Map([...section.matchAll(/^\| `([^`]+)` \| [^|]+ \| (.+) \|$/gm)].map((m) => [m[1], m[2]]));
    expect([...documented.keys()]).toEqual(sheet.header);
    for (const name of sheet.header) expect(notes.get(name), name).toBe(documented.get(name));
  });
});

/** A cell as text: numbers and strings as they read, an empty cell as "". */
function cellText(value: unknown): string {
  if (value === null || value === undefined) return "";
  return typeof value === "string" || typeof value === "number" ? String(value) : JSON.stringify(value);
}
