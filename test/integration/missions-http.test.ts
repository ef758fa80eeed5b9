// Missions over HTTP: creation with the key shown once, questionnaire files, mission tallies, bad input.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SAMPLE_QUESTIONNAIRE, type Mission, type WorkshopTally } from "@peerpulse/shared";
import { STORES, startApp, type RunningApp } from "../support/app-harness.ts";
import {
  api,
  ask,
  control,
  createMission,
  createWorkshop,
  join,
  missionDraft,
  participantSocket,
  type ClientSocket,
} from "../support/clients.ts";
import { voteId } from "../support/fixtures.ts";

describe.each(STORES)("missions over HTTP on the %s store", (storeKind) => {
  let running: RunningApp;
  const sockets: ClientSocket[] = [];
  beforeAll(async () => {
    running = await startApp(storeKind);
  });
  afterAll(async () => {
    for (const socket of sockets) socket.close();
    await running.close();
  });

  it("N1: a mission starts from the sample questionnaire; its key opens it and is never stored in clear", async () => {
    const sample = await api<typeof SAMPLE_QUESTIONNAIRE>(running.url, "GET", "/api/questionnaires/sample");
    expect(sample.body.statements.length).toBeGreaterThanOrEqual(25);
    const created = await api<{ mission: Mission; facilitatorKey: string }>(
      running.url,
      "POST",
      "/api/missions",
      missionDraft({ ...sample.body }),
    );
    expect(created.status).toBe(201);
    const { mission, facilitatorKey } = created.body;
    expect(mission.statements).toHaveLength(sample.body.statements.length);
    expect(mission.constituencies.map((constituency) => constituency.isHct)).toEqual([false, false, true]);
    expect(await running.app.store.getFacilitatorKeyHash(mission.id)).not.toContain(facilitatorKey);
    expect((await api(running.url, "GET", `/api/missions/${mission.id}`, undefined, facilitatorKey)).body).toEqual({
      mission,
    });
    expect((await api(running.url, "GET", `/api/missions/${mission.id}`)).status).toBe(401);
    expect((await api(running.url, "GET", `/api/missions/${mission.id}`, undefined, "fk_nope")).status).toBe(403);
  });

  it("N2: a CSV questionnaire file is read into statements, and a bad one is answered with line numbers", async () => {
    const csv = await fetch(`${running.url}/api/questionnaires/sample.csv`).then((response) => response.text());
    const parsed = await api<{ statements: unknown[] }>(running.url, "POST", "/api/questionnaires/parse", {
      format: "csv",
      content: csv,
    });
    expect(parsed.status).toBe(200);
    expect(parsed.body.statements).toHaveLength(SAMPLE_QUESTIONNAIRE.statements.length);
    const bad = await api<{ error: { code: string }; problems: { line?: number }[] }>(
      running.url,
      "POST",
      "/api/questionnaires/parse",
      {
        format: "csv",
        content: "code,pillar,en\nl1,leadership,Hello\n",
      },
    );
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe("bad_request");
    expect(bad.body.problems[0]?.line).toBe(2);
  });

  it("N3: malformed mission drafts are refused with a message naming the field, and nothing is created", async () => {
    const cases: unknown[] = [
      {},
      { ...missionDraft(), kind: "audit" },
      { ...missionDraft(), languages: ["de"] },
      {
        ...missionDraft(),
        statements: [{ code: "L1", pillar: "nowhere", text: { en: "x", fr: "x", ar: "x", es: "x" } }],
      },
      { ...missionDraft(), title: "x".repeat(201) },
    ];
    for (const body of cases) {
      const answer = await api<{ error: { code: string; message: string } }>(
        running.url,
        "POST",
        "/api/missions",
        body,
      );
      expect(answer.status).toBe(400);
      expect(answer.body.error.code).toBe("bad_request");
      expect(answer.body.error.message.length).toBeGreaterThan(5);
    }
    const notJson = await fetch(`${running.url}/api/missions`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: "{",
    });
    expect(notJson.status).toBe(400);
    const huge = await fetch(`${running.url}/api/missions`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ title: "x".repeat(2_000_000) }),
    });
    expect(huge.status).toBe(413);
    expect(((await huge.json()) as { error: { code: string } }).error.code).toBe("payload_too_large");
  });

  it("N4 W1 W2 W5: mission tallies pool workshops per constituency, withhold groups under the minimum and those that would give one back", async () => {
    const { mission, key } = await createMission(running.url);
    const first = await createWorkshop(running.url, mission, key, { constituency: 0 });
    const second = await createWorkshop(running.url, mission, key, { constituency: 0 });
    const ingos = await createWorkshop(running.url, mission, key, { constituency: 1 });
    const hct = await createWorkshop(running.url, mission, key, { constituency: 2 });
    const rateIn = async (joinCode: string, count: number, value: number) => {
      for (let person = 0; person < count; person += 1) {
        const socket = await participantSocket(running.url, (await join(running.url, joinCode)).token);
        sockets.push(socket);
        const ack = await ask(socket, "rating:submit", { statementCode: "L1", value, voteId: voteId() });
        expect(ack.ok).toBe(true);
      }
    };
    await rateIn(first.workshop.joinCode, 3, 5);
    await rateIn(second.workshop.joinCode, 3, 1);
    await rateIn(ingos.workshop.joinCode, 5, 2);
    await rateIn(hct.workshop.joinCode, 2, 4);
    // Closed, so no workshop is shown live and everyone and the constituencies come first (W4).
    for (const view of [first, second, ingos, hct])
      await control(running.url, view.workshop.id, key, { command: "close" });
    const tallies = await api<{
      workshops: Record<string, WorkshopTally>;
      constituencies: Record<string, WorkshopTally>;
    }>(running.url, "GET", `/api/missions/${mission.id}/tallies`, undefined, key);
    const [iccgId, ingoId, hctId] = mission.constituencies.map((c) => c.id);
    expect(tallies.body.workshops[first.workshop.id]?.statements.L1).toEqual({
      suppressed: true,
      respondents: 3,
      reason: "below-minimum",
    });
    expect(tallies.body.constituencies[iccgId!]?.statements.L1).toEqual({
      counts: [3, 0, 0, 0, 3],
      dontKnow: 0,
      suppressed: false,
    });
    expect(tallies.body.constituencies[hctId!]?.statements.L1).toEqual({
      suppressed: true,
      respondents: 2,
      reason: "below-minimum",
    });
    // Everyone (in the analysis) minus the ICCG minus the INGOs would be the HCT's two people: the INGOs yield.
    expect(tallies.body.constituencies[ingoId!]?.statements.L1).toEqual({
      suppressed: true,
      respondents: 5,
      reason: "complementary",
    });
    // The INGOs' one workshop is the same group, so it is withheld with it.
    expect(tallies.body.workshops[ingos.workshop.id]?.statements.L1).toMatchObject({ reason: "complementary" });
    expect((await api(running.url, "GET", `/api/missions/${mission.id}/tallies`)).status).toBe(401);
  });
});
