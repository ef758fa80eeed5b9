// No one sees or changes what is not theirs: a participant token reads no other workshop and commands nothing,
// a facilitator key opens only its own mission (C3, R4, R5, R9).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Mission } from "@peerpulse/shared";
import { startApp, type RunningApp } from "../support/app-harness.ts";
import {
  api,
  ask,
  askAnything,
  createMission,
  createWorkshop,
  facilitatorSocket,
  join,
  participantSocket,
  type ClientSocket,
} from "../support/clients.ts";
import { voteId } from "../support/fixtures.ts";

describe("security: who may see and change what", () => {
  let running: RunningApp;
  let mine: { mission: Mission; key: string; workshopId: string; joinCode: string };
  let theirs: { mission: Mission; key: string; workshopId: string; joinCode: string };
  const sockets: ClientSocket[] = [];

  async function missionWithWorkshop() {
    const { mission, key } = await createMission(running.url);
    const view = await createWorkshop(running.url, mission, key);
    return { mission, key, workshopId: view.workshop.id, joinCode: view.workshop.joinCode };
  }

  beforeAll(async () => {
    running = await startApp("embedded");
    mine = await missionWithWorkshop();
    theirs = await missionWithWorkshop();
  });
  afterAll(async () => {
    for (const socket of sockets) socket.close();
    await running.close();
  });

  it("C3: a participant socket cannot subscribe to any workshop's tallies, nor issue any facilitator command", async () => {
    const { token } = await join(running.url, mine.joinCode);
    const participant = await participantSocket(running.url, token);
    sockets.push(participant);
    const tallies: unknown[] = [];
    participant.on("tally:updated", (tally) => tallies.push(tally));
    for (const workshopId of [mine.workshopId, theirs.workshopId]) {
      expect(await ask(participant, "workshop:subscribe", { workshopId })).toMatchObject({
        ok: false,
        error: { code: "facilitator_key_required" },
      });
      for (const command of ["open", "close", "reveal", "next"]) {
        expect(await askAnything(participant, "workshop:control", { workshopId, command })).toMatchObject({
          ok: false,
          error: { code: "facilitator_key_required" },
        });
      }
    }
    // A rating that moves the tally reaches presenters, never the participant socket.
    const first = mine.mission.statements[0]!.code;
    expect(await ask(participant, "rating:submit", { statementCode: first, value: 3, voteId: voteId() })).toMatchObject(
      {
        ok: true,
      },
    );
    const presenter = await facilitatorSocket(running.url, mine.mission.id, mine.key);
    sockets.push(presenter);
    expect(await ask(presenter, "workshop:subscribe", { workshopId: mine.workshopId })).toMatchObject({ ok: true });
    expect(tallies).toEqual([]);
    expect((await running.app.store.getWorkshop(theirs.workshopId))?.status).toBe("open");
  });

  it("C3: a participant token is not a facilitator key over HTTP, and opens no other workshop", async () => {
    const { token } = await join(running.url, mine.joinCode);
    for (const path of [`/api/workshops/${mine.workshopId}/tally`, `/api/workshops/${theirs.workshopId}`]) {
      expect((await api(running.url, "GET", path, undefined, token)).status).toBe(403);
    }
    const command = await api(
      running.url,
      "POST",
      `/api/workshops/${mine.workshopId}/control`,
      { command: "close" },
      token,
    );
    expect(command).toMatchObject({ status: 403, body: { error: { code: "bad_facilitator_key" } } });
    // Presented when joining another workshop, the token gives a new identity there, not the old one (R4).
    const elsewhere = await join(running.url, theirs.joinCode, token);
    expect(elsewhere.token).not.toBe(token);
    expect(elsewhere.view.workshop.id).toBe(theirs.workshopId);
    // A forged token naming the other workshop is refused at the handshake.
    const forged = `${theirs.workshopId}.${token.split(".")[1]!}`;
    const refused = await participantSocket(running.url, forged).then(
      () => "connected",
      (error: unknown) => (error as { data?: { code: string } }).data?.code,
    );
    expect(refused).toBe("bad_participant_token");
  });

  it("C3: a facilitator key opens its own mission only, over HTTP and sockets", async () => {
    for (const path of [
      `/api/missions/${theirs.mission.id}`,
      `/api/missions/${theirs.mission.id}/tallies`,
      `/api/workshops/${theirs.workshopId}/tally`,
    ]) {
      expect(await api(running.url, "GET", path, undefined, mine.key)).toMatchObject({
        status: 403,
        body: { error: { code: "bad_facilitator_key" } },
      });
    }
    const console = await facilitatorSocket(running.url, mine.mission.id, mine.key);
    sockets.push(console);
    expect(await ask(console, "workshop:subscribe", { workshopId: theirs.workshopId })).toMatchObject({
      ok: false,
      error: { code: "bad_facilitator_key" },
    });
    expect(await ask(console, "workshop:control", { workshopId: theirs.workshopId, command: "close" })).toMatchObject({
      ok: false,
      error: { code: "bad_facilitator_key" },
    });
    // Another mission's id with this key is refused at the handshake.
    const refused = await facilitatorSocket(running.url, theirs.mission.id, mine.key).then(
      () => "connected",
      (error: unknown) => (error as { data?: { code: string } }).data?.code,
    );
    expect(refused).toBe("bad_facilitator_key");
    expect((await running.app.store.getWorkshop(theirs.workshopId))?.status).toBe("open");
  });

  it("C3: no HTTP answer or socket event carries an individual rating, a vote id or a participant id", async () => {
    const { token } = await join(running.url, mine.joinCode);
    const participant = await participantSocket(running.url, token);
    sockets.push(participant);
    const id = voteId();
    const code = mine.mission.statements[1]!.code;
    expect(await ask(participant, "rating:submit", { statementCode: code, value: 2, voteId: id })).toMatchObject({
      ok: true,
    });
    const [stored] = (await running.app.store.listRatings(mine.workshopId)).filter((rating) => rating.voteId === id);
    const answers = await Promise.all(
      [
        `/api/workshops/${mine.workshopId}`,
        `/api/workshops/${mine.workshopId}/tally`,
        `/api/missions/${mine.mission.id}/tallies`,
        `/api/missions/${mine.mission.id}/workshops`,
      ].map((path) => api(running.url, "GET", path, undefined, mine.key)),
    );
    const rejoined = await join(running.url, mine.joinCode, token);
    const seen = JSON.stringify([answers.map((answer) => answer.body), rejoined]);
    expect(seen).not.toContain(id);
    expect(seen).not.toContain(stored!.participantId);
    expect(rejoined.ratedCodes).toEqual([code]);
  });
});
