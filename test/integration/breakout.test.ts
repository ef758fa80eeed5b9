// Break-out groups and their rapporteurs over real HTTP and sockets, on both stores (docs/protocol.md B1–B5).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { FacilitatorBreakout, RapporteurView } from "@peerpulse/shared";
import { STORES, startApp, type RunningApp } from "../support/app-harness.ts";
import {
  api,
  ask,
  createMission,
  createWorkshop,
  facilitatorSocket,
  join,
  participantSocket,
  waitFor,
  type ClientSocket,
} from "../support/clients.ts";
import { plenaryWorkshop, priorityDraft, rapporteurApi } from "../support/priority-workshop.ts";

type Refusal = { error: { code: string } };

describe.each(STORES)("break-out on the %s store", (storeKind) => {
  let running: RunningApp;
  const sockets: ClientSocket[] = [];
  const track = (socket: ClientSocket) => (sockets.push(socket), socket);

  beforeAll(async () => {
    running = await startApp(storeKind);
  });
  afterAll(async () => {
    for (const socket of sockets) socket.close();
    await running.close();
  });

  const breakoutOf = async (workshopId: string, key: string) =>
    (await api<FacilitatorBreakout>(running.url, "GET", `/api/workshops/${workshopId}/breakout`, undefined, key)).body;
  const asRapporteur = <T = RapporteurView>(method: string, path: string, token: string | undefined, body?: unknown) =>
    rapporteurApi<T>(running.url, method, `/api/rapporteur${path}`, token, body);

  it("B1: opens once, one group per pillar named after it, or the groups the facilitator names", async () => {
    const { mission, key } = await createMission(running.url);
    const view = await createWorkshop(running.url, mission, key);
    const path = `/api/workshops/${view.workshop.id}/breakout`;
    expect((await api<Refusal>(running.url, "GET", path, undefined, key)).body.error.code).toBe("breakout_not_found");
    const opened = await api<FacilitatorBreakout>(running.url, "POST", path, undefined, key);
    expect(opened.status).toBe(201);
    expect(opened.body.breakout.groups.map(({ name, pillar }) => ({ name, pillar }))).toEqual(
      mission.pillars.map((pillar) => ({ name: pillar.name.en, pillar: pillar.id })),
    );
    expect(opened.body.breakout).toMatchObject({ workshopId: view.workshop.id, status: "open", revision: 1 });
    expect(opened.body.links.map((link) => link.url)).toEqual(
      opened.body.links.map((link) => `${running.url}/r/${link.token}`),
    );
    const again = await api<Refusal>(running.url, "POST", path, { groups: [{ name: "Another" }] }, key);
    expect([again.status, again.body.error.code]).toEqual([409, "breakout_exists"]);
    // The links are made again from the key: the console shows the same ones after a reload.
    expect(await breakoutOf(view.workshop.id, key)).toEqual(opened.body);

    const named = await createWorkshop(running.url, mission, key);
    const namedPath = `/api/workshops/${named.workshop.id}/breakout`;
    const stranger = await api<Refusal>(
      running.url,
      "POST",
      namedPath,
      { groups: [{ name: "X", pillar: "nope" }] },
      key,
    );
    expect([stranger.status, stranger.body.error.code]).toEqual([404, "pillar_unknown"]);
    const nine = Array.from({ length: 9 }, (_, index) => ({ name: `Group ${index}` }));
    expect((await api<Refusal>(running.url, "POST", namedPath, { groups: nine }, key)).status).toBe(400);
    expect((await api<Refusal>(running.url, "GET", namedPath, undefined, key)).status).toBe(404);
    const groups = [{ name: "Protection" }, { name: "Localisation", pillar: "coordination" }];
    const made = await api<FacilitatorBreakout>(running.url, "POST", namedPath, { groups }, key);
    expect(made.body.breakout.groups.map(({ name, pillar }) => ({ name, pillar }))).toEqual([
      { name: "Protection", pillar: null },
      { name: "Localisation", pillar: "coordination" },
    ]);
  });

  it("B2: a rapporteur token opens its own group only; every other door answers with a documented error and changes nothing", async () => {
    const plenary = await plenaryWorkshop(running.url, { participants: 1, perGroup: 1 });
    const [mine, theirs] = plenary.breakout.links as [FacilitatorBreakout["links"][0], FacilitatorBreakout["links"][0]];
    const before = await breakoutOf(plenary.workshopId, plenary.key);
    const theirPriority = before.breakout.groups[1]!.priorities[0]!.id;

    const own = await asRapporteur("GET", "", mine.token);
    expect(own.status).toBe(200);
    expect(own.body.group.id).toBe(mine.groupId);
    expect(own.body.statements.map((statement) => statement.code)).toEqual(
      plenary.mission.statements.map((statement) => statement.code),
    );
    expect(JSON.stringify(own.body)).not.toContain(theirs.groupId);
    expect(JSON.stringify(own.body)).not.toContain(theirPriority);

    const forged = `${plenary.workshopId}.${mine.groupId}.${"A".repeat(43)}`;
    for (const token of [undefined, "nonsense", forged, plenary.tokens[0]!, theirs.token.slice(0, -1)])
      expect((await asRapporteur<Refusal>("GET", "", token)).body.error.code).toBe("bad_rapporteur_token");
    const edits = [
      await asRapporteur<Refusal>("PUT", `/priorities/${theirPriority}`, mine.token, priorityDraft("hijack")),
      await asRapporteur<Refusal>("DELETE", `/priorities/${theirPriority}`, mine.token),
    ];
    expect(edits.map((answer) => [answer.status, answer.body.error.code])).toEqual([
      [404, "priority_unknown"],
      [404, "priority_unknown"],
    ]);

    // The token opens no facilitator route, as a key or without one.
    const facilitatorRoutes: [string, string, unknown?][] = [
      ["GET", `/api/workshops/${plenary.workshopId}/breakout`],
      ["POST", `/api/workshops/${plenary.workshopId}/breakout/groups/${theirs.groupId}/priorities`, priorityDraft("x")],
      ["PUT", `/api/workshops/${plenary.workshopId}/breakout/status`, { status: "closed" }],
      ["POST", `/api/workshops/${plenary.workshopId}/vote`, { command: "open" }],
      ["GET", `/api/workshops/${plenary.workshopId}/tally`],
      ["GET", `/api/missions/${plenary.mission.id}/action-plan`],
      ["GET", `/api/missions/${plenary.mission.id}/priorities`],
    ];
    for (const [method, path, body] of facilitatorRoutes) {
      const withToken = await api<Refusal>(running.url, method, path, body, mine.token);
      expect([withToken.status, withToken.body.error.code], path).toEqual([403, "bad_facilitator_key"]);
      const headerOnly = await rapporteurApi<Refusal>(running.url, method, path, mine.token, body);
      expect([headerOnly.status, headerOnly.body.error.code], path).toEqual([401, "facilitator_key_required"]);
    }
    // Nor a socket: not as a participant, not as a facilitator.
    await expect(participantSocket(running.url, mine.token)).rejects.toMatchObject({
      data: { code: "bad_participant_token" },
    });
    await expect(facilitatorSocket(running.url, plenary.mission.id, mine.token)).rejects.toMatchObject({
      data: { code: "bad_facilitator_key" },
    });
    // A participant socket commands nothing of the break-out or the vote.
    const phone = track(await participantSocket(running.url, plenary.tokens[0]!));
    const control = await ask(phone, "vote:control", { workshopId: plenary.workshopId, command: "open" });
    expect(control.ok ? "ok" : control.error.code).toBe("facilitator_key_required");
    expect(await breakoutOf(plenary.workshopId, plenary.key)).toEqual(before);
  });

  it("B3: limits and references are checked; a refused priority changes nothing", async () => {
    const plenary = await plenaryWorkshop(running.url, { participants: 0, perGroup: 0 });
    const { token } = plenary.breakout.links[0]!;
    const add = (body: unknown) => asRapporteur<Refusal>("POST", "/priorities", token, body);
    const refusals = [
      await add({ text: "" }),
      await add({ text: "x".repeat(301) }),
      await add({ text: "ok", statementCodes: ["L1", "L1"] }),
      await add({ text: "ok", statementCodes: Array.from({ length: 11 }, (_, index) => `Z${index}`) }),
      await add({ text: "ok", actions: Array.from({ length: 11 }, () => ({ text: "a" })) }),
      await add({ text: "ok", actions: [{ text: "a".repeat(501) }] }),
      await add({ text: "ok", actions: [{ text: "a", resources: "r".repeat(501) }] }),
      await add({ text: "ok", statementCodes: ["ZZ99"] }),
      await add({ text: "ok", pillar: "nope" }),
    ];
    expect(refusals.map((answer) => [answer.status, answer.body.error.code])).toEqual([
      ...Array.from({ length: 7 }, () => [400, "bad_request"]),
      [404, "statement_unknown"],
      [404, "pillar_unknown"],
    ]);
    for (let index = 0; index < 10; index += 1) expect((await add({ text: `Priority ${index}` })).status).toBe(201);
    const eleventh = await add({ text: "One too many" });
    expect([eleventh.status, eleventh.body.error.code]).toEqual([409, "limit_reached"]);
    const after = await breakoutOf(plenary.workshopId, plenary.key);
    expect(after.breakout.revision).toBe(11);
    expect(after.breakout.groups[0]!.priorities.map((priority) => priority.text)).toEqual(
      Array.from({ length: 10 }, (_, index) => `Priority ${index}`),
    );
    // Left out, the pillar is the group's; null says the priority spans pillars.
    expect(after.breakout.groups[0]!.priorities[0]!.pillar).toBe(after.breakout.groups[0]!.pillar);
  });

  it("B4: the facilitator edits every group, also once closed; closing stops rapporteurs' writes but not their reading", async () => {
    const plenary = await plenaryWorkshop(running.url, { participants: 0, perGroup: 1 });
    const [first, second] = plenary.breakout.links as [
      FacilitatorBreakout["links"][0],
      FacilitatorBreakout["links"][0],
    ];
    const base = `/api/workshops/${plenary.workshopId}/breakout`;
    const status = (value: string) =>
      api<FacilitatorBreakout>(running.url, "PUT", `${base}/status`, { status: value }, plenary.key);
    expect((await status("closed")).body.breakout.status).toBe("closed");
    const late = await asRapporteur<Refusal>("POST", "/priorities", first.token, priorityDraft("late"));
    expect([late.status, late.body.error.code]).toEqual([409, "breakout_closed"]);
    expect((await asRapporteur("GET", "", first.token)).body.status).toBe("closed");

    const group = `${base}/groups/${second.groupId}/priorities`;
    const added = await api<FacilitatorBreakout>(
      running.url,
      "POST",
      group,
      priorityDraft("Added by the facilitator"),
      plenary.key,
    );
    expect(added.status).toBe(201);
    const priorityId = added.body.breakout.groups[1]!.priorities[1]!.id;
    const edited = await api<FacilitatorBreakout>(
      running.url,
      "PUT",
      `${group}/${priorityId}`,
      { text: "Reworded", statementCodes: ["L2"], pillar: null, actions: [] },
      plenary.key,
    );
    expect(edited.body.breakout.groups[1]!.priorities[1]).toEqual({
      id: priorityId,
      text: "Reworded",
      statementCodes: ["L2"],
      pillar: null,
      actions: [],
    });
    const removed = await api<FacilitatorBreakout>(
      running.url,
      "DELETE",
      `${group}/${priorityId}`,
      undefined,
      plenary.key,
    );
    expect(removed.body.breakout.groups[1]!.priorities).toHaveLength(1);
    const lost = await api<Refusal>(
      running.url,
      "POST",
      `${base}/groups/g_no_such_group/priorities`,
      priorityDraft("x"),
      plenary.key,
    );
    expect([lost.status, lost.body.error.code]).toEqual([404, "group_not_found"]);

    await status("open");
    expect((await asRapporteur("POST", "/priorities", first.token, priorityDraft("after reopening"))).status).toBe(201);
  });

  it("B5: rapporteurs and the facilitator writing at once lose nothing, and subscribers follow each change", async () => {
    const plenary = await plenaryWorkshop(running.url, { participants: 0, perGroup: 0 });
    const presenter = track(await facilitatorSocket(running.url, plenary.mission.id, plenary.key));
    await ask(presenter, "workshop:subscribe", { workshopId: plenary.workshopId });
    const writes = plenary.breakout.links.flatMap((link) =>
      Array.from({ length: 4 }, (_, index) => [
        asRapporteur("POST", "/priorities", link.token, priorityDraft(`${link.groupId} rapporteur ${index}`)),
        api(
          running.url,
          "POST",
          `/api/workshops/${plenary.workshopId}/breakout/groups/${link.groupId}/priorities`,
          priorityDraft(`${link.groupId} facilitator ${index}`),
          plenary.key,
        ),
      ]).flat(),
    );
    const expected = writes.length;
    const last = waitFor(presenter, "breakout:updated", (breakout) => breakout.revision === expected + 1, 20_000);
    const answers = await Promise.all(writes);
    expect(answers.map((answer) => answer.status)).toEqual(answers.map(() => 201));
    const final = await last;
    expect(final.groups.flatMap((group) => group.priorities)).toHaveLength(expected);
    expect((await breakoutOf(plenary.workshopId, plenary.key)).breakout).toEqual(final);
  });

  it("B2: a participant joined to the workshop opens no rapporteur route", async () => {
    const plenary = await plenaryWorkshop(running.url, { participants: 0, perGroup: 0 });
    const { token } = await join(running.url, plenary.view.workshop.joinCode);
    const answer = await asRapporteur<Refusal>("POST", "/priorities", token, priorityDraft("not mine to write"));
    expect([answer.status, answer.body.error.code]).toEqual([401, "bad_rapporteur_token"]);
  });
});
