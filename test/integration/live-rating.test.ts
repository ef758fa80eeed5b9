// The path the product stands on, through real sockets on both stores (docs/protocol.md R1–R9b).
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { WorkshopTally, type Mission, type WorkshopCommand, type WorkshopControlState } from "@peerpulse/shared";
import { recount } from "../support/recount.ts";
import { STORES, startApp, type RunningApp } from "../support/app-harness.ts";
import {
  api,
  ask,
  askAnything,
  control,
  createMission,
  createWorkshop,
  facilitatorSocket,
  join,
  participantSocket,
  waitFor,
  type ClientSocket,
} from "../support/clients.ts";
import { voteId } from "../support/fixtures.ts";

describe.each(STORES)("live rating on the %s store", (storeKind) => {
  let running: RunningApp;
  let mission: Mission;
  let key: string;
  const sockets: ClientSocket[] = [];
  const track = (socket: ClientSocket) => (sockets.push(socket), socket);

  beforeAll(async () => {
    running = await startApp(storeKind);
    ({ mission, key } = await createMission(running.url));
  });
  afterAll(async () => {
    for (const socket of sockets) socket.close();
    await running.close();
  });

  const codes = () => mission.statements.map((statement) => statement.code);
  const rate = (socket: ClientSocket, statementCode: string, value: number | "dont-know", id = voteId()) =>
    ask(socket, "rating:submit", { statementCode, value, voteId: id });

  async function participants(joinCode: string, count: number) {
    return Promise.all(
      Array.from({ length: count }, async () => {
        const joined = await join(running.url, joinCode);
        return { token: joined.token, socket: track(await participantSocket(running.url, joined.token)) };
      }),
    );
  }

  it("R1: many participants join and rate; presenters get exact tallies, HTTP agrees, and a recount matches", async () => {
    const view = await createWorkshop(running.url, mission, key);
    const presenter = track(await facilitatorSocket(running.url, mission.id, key));
    expect(await ask(presenter, "workshop:subscribe", { workshopId: view.workshop.id })).toMatchObject({ ok: true });
    const people = await participants(view.workshop.joinCode, 25);
    const expected = (person: number, index: number) => (person % 6 === 5 ? "dont-know" : ((person + index) % 5) + 1);
    const receipts = await Promise.all(
      people.flatMap(({ socket }, person) => codes().map((code, index) => rate(socket, code, expected(person, index)))),
    );
    expect(receipts.every((receipt) => receipt.ok && receipt.data.outcome === "recorded")).toBe(true);
    const live = await waitFor(
      presenter,
      "tally:updated",
      (tally) =>
        tally.voted === 25 &&
        Object.values(tally.statements).every(
          (s) => !s.suppressed && s.counts.reduce((a, b) => a + b, 0) + s.dontKnow === 25,
        ),
    );
    const ratings = await running.app.store.listRatings(view.workshop.id);
    const truth = recount(ratings, 5, codes());
    for (const code of codes()) expect(live.statements[code]).toEqual({ ...truth[code], suppressed: false });
    const overHttp = await api<WorkshopTally>(
      running.url,
      "GET",
      `/api/workshops/${view.workshop.id}/tally`,
      undefined,
      key,
    );
    expect(overHttp.body).toEqual(live);
    expect(live.joined).toBe(25);
  });

  it("R2, R3: changing a rating moves one count; a replayed vote id counts once", async () => {
    const view = await createWorkshop(running.url, mission, key);
    const people = await participants(view.workshop.joinCode, 5);
    const code = codes()[0]!;
    await Promise.all(people.map(({ socket }) => rate(socket, code, 4)));
    const tallyOf = async () => (await running.app.services.tallies.workshopTally(view.workshop.id)).statements[code];
    expect(await tallyOf()).toEqual({ counts: [0, 0, 0, 5, 0], dontKnow: 0, suppressed: false });
    const changeId = voteId();
    expect(await rate(people[0]!.socket, code, 1, changeId)).toEqual({
      ok: true,
      data: { voteId: changeId, statementCode: code, outcome: "changed" },
    });
    expect(await tallyOf()).toEqual({ counts: [1, 0, 0, 4, 0], dontKnow: 0, suppressed: false });
    const replay = await Promise.all([
      rate(people[0]!.socket, code, 1, changeId),
      rate(people[0]!.socket, code, 1, changeId),
    ]);
    expect(replay.map((ack) => ack.ok && ack.data.outcome)).toEqual(["duplicate", "duplicate"]);
    expect(await tallyOf()).toEqual({ counts: [1, 0, 0, 4, 0], dontKnow: 0, suppressed: false });
  });

  it("R4: a returning device keeps its identity and its ratings", async () => {
    const view = await createWorkshop(running.url, mission, key);
    const [first, ...others] = await participants(view.workshop.joinCode, 5);
    await Promise.all([first!, ...others].map(({ socket }) => rate(socket, "L1", 5)));
    first!.socket.close();
    const again = await join(running.url, view.workshop.joinCode, first!.token);
    expect(again.token).toBe(first!.token);
    expect(again.ratedCodes).toEqual(["L1"]);
    const socket = track(await participantSocket(running.url, again.token));
    expect(await rate(socket, "L1", 2)).toMatchObject({ ok: true, data: { outcome: "changed" } });
    const tally = await running.app.services.tallies.workshopTally(view.workshop.id);
    expect(tally.joined).toBe(5);
    expect(tally.statements.L1).toEqual({ counts: [0, 1, 0, 0, 4], dontKnow: 0, suppressed: false });
    // A token from another workshop is a new participant there, not a way in.
    const other = await createWorkshop(running.url, mission, key);
    const elsewhere = await join(running.url, other.workshop.joinCode, first!.token);
    expect(elsewhere.token).not.toBe(first!.token);
  });

  it("R5: facilitator commands work with the key and are refused without it", async () => {
    const view = await createWorkshop(running.url, mission, key, { open: false, pacing: "presenter-led" });
    const workshopId = view.workshop.id;
    expect((await control(running.url, workshopId, "", { command: "open" })).body).toMatchObject({
      error: { code: "facilitator_key_required" },
    });
    expect((await control(running.url, workshopId, "fk_wrong", { command: "open" })).status).toBe(403);
    const other = await createMission(running.url);
    expect((await control(running.url, workshopId, other.key, { command: "open" })).body).toMatchObject({
      error: { code: "bad_facilitator_key" },
    });
    await expect(facilitatorSocket(running.url, mission.id, "fk_wrong")).rejects.toMatchObject({
      data: { code: "bad_facilitator_key" },
    });
    const intruder = track(await facilitatorSocket(running.url, other.mission.id, other.key));
    expect(await ask(intruder, "workshop:subscribe", { workshopId })).toMatchObject({
      ok: false,
      error: { code: "bad_facilitator_key" },
    });
    expect(await ask(intruder, "workshop:control", { workshopId, command: "open" })).toMatchObject({
      ok: false,
      error: { code: "bad_facilitator_key" },
    });
    expect((await running.app.store.getWorkshop(workshopId))?.status).toBe("draft");

    const console = track(await facilitatorSocket(running.url, mission.id, key));
    const [participant] = await participants(view.workshop.joinCode, 1);
    const steps: [WorkshopCommand, Partial<WorkshopControlState>][] = [
      [{ command: "open" }, { status: "open" }],
      [{ command: "next" }, { currentIndex: 1 }],
      [{ command: "next" }, { currentIndex: 2 }],
      [{ command: "previous" }, { currentIndex: 1 }],
      [{ command: "lock", statementCode: "L1" }, { locked: ["L1"] }],
      [{ command: "reveal" }, { revealed: true }],
      [{ command: "hide" }, { revealed: false }],
      [{ command: "unlock", statementCode: "L1" }, { locked: [] }],
      [{ command: "close" }, { status: "closed" }],
    ];
    for (const [command, expected] of steps) {
      const matches = (state: WorkshopControlState) =>
        Object.entries(expected).every(
          ([field, value]) => JSON.stringify(state[field as keyof WorkshopControlState]) === JSON.stringify(value),
        );
      const [ack, pushed] = await Promise.all([
        ask(console, "workshop:control", { workshopId, ...command }),
        waitFor(participant!.socket, "workshop:updated", matches),
      ]);
      expect(ack).toMatchObject({ ok: true, data: expected });
      expect(pushed).toEqual(ack.ok ? ack.data : null);
    }
    // A participant socket cannot issue facilitator commands.
    expect(await ask(participant!.socket, "workshop:control", { workshopId, command: "open" })).toMatchObject({
      ok: false,
      error: { code: "facilitator_key_required" },
    });
  });

  it("R6: every kind of bad rating is refused with its own code and changes nothing", async () => {
    const view = await createWorkshop(running.url, mission, key, { pacing: "presenter-led" });
    const workshopId = view.workshop.id;
    const [person] = await participants(view.workshop.joinCode, 1);
    const socket = person!.socket;
    await control(running.url, workshopId, key, { command: "lock", statementCode: "L1" });
    const before = await running.app.store.getTally(workshopId);
    const refusals: [unknown, string][] = [
      [{ statementCode: "L1", value: 3, voteId: voteId() }, "statement_locked"],
      [{ statementCode: "Z99", value: 3, voteId: voteId() }, "statement_unknown"],
      [{ statementCode: codes()[3], value: 3, voteId: voteId() }, "statement_not_open"],
      [{ statementCode: "L1", value: 6, voteId: voteId() }, "value_off_scale"],
      [{ statementCode: "L1", value: 12, voteId: voteId() }, "bad_request"],
      [{ statementCode: "L1", value: 0, voteId: voteId() }, "bad_request"],
      [{ statementCode: "L1", value: "3", voteId: voteId() }, "bad_request"],
      [{ statementCode: "L1", value: 3 }, "bad_request"],
      [{ statementCode: "L1", value: 3, voteId: "short" }, "bad_request"],
      ["not an object", "bad_request"],
      [{ __proto__: { polluted: true }, statementCode: "L1", value: 3, voteId: voteId() }, "statement_locked"],
    ];
    for (const [payload, code] of refusals)
      expect(await askAnything(socket, "rating:submit", payload)).toMatchObject({ ok: false, error: { code } });
    await control(running.url, workshopId, key, { command: "close" });
    expect(await rate(socket, codes()[0]!, 3)).toMatchObject({ ok: false, error: { code: "workshop_closed" } });
    expect(await running.app.store.getTally(workshopId)).toEqual(before);
    // No acknowledgement callback: ignored, and the connection stays usable.
    socket.emit("rating:submit", { statementCode: "L1", value: 3, voteId: voteId() }, undefined as never);
    expect(await rate(socket, codes()[0]!, 3)).toMatchObject({ ok: false, error: { code: "workshop_closed" } });
  });

  it("R7: a value off a shorter scale is refused as value_off_scale", async () => {
    const threePoints = await createMission(running.url, {
      scale: { points: [{ en: "No" }, { en: "Partly" }, { en: "Yes" }], dontKnow: { en: "Don't know" } },
      languages: ["en"],
    });
    const view = await createWorkshop(running.url, threePoints.mission, threePoints.key);
    const [person] = await participants(view.workshop.joinCode, 1);
    expect(await rate(person!.socket, "L1", 4)).toMatchObject({ ok: false, error: { code: "value_off_scale" } });
    expect((await running.app.store.getTally(view.workshop.id))?.voted).toBe(0);
  });

  it("R8: unknown join codes and bad tokens are refused with their own codes", async () => {
    expect((await api(running.url, "POST", "/api/join", { joinCode: "000000" })).body).toMatchObject({
      error: { code: "bad_join_code" },
    });
    expect((await api(running.url, "POST", "/api/join", { joinCode: 12 })).body).toMatchObject({
      error: { code: "bad_request" },
    });
    await expect(participantSocket(running.url, "w_notreal.AAAAAAAAAAAAAAAAAAAAAAAA")).rejects.toMatchObject({
      data: { code: "bad_participant_token" },
    });
    await expect(participantSocket(running.url, "")).rejects.toMatchObject({ data: { code: "bad_request" } });
  });

  it("R9: a burst reaches a presenter as few coalesced messages, and small groups stay suppressed", async () => {
    const view = await createWorkshop(running.url, mission, key);
    const presenter = track(await facilitatorSocket(running.url, mission.id, key));
    const first = waitFor(presenter, "tally:updated");
    await ask(presenter, "workshop:subscribe", { workshopId: view.workshop.id });
    await first;
    const people = await participants(view.workshop.joinCode, 4);
    await Promise.all(people.map(({ socket }) => rate(socket, "L1", 5)));
    const small = await waitFor(presenter, "tally:updated", (tally) => tally.voted === 4);
    expect(small.statements.L1).toEqual({ suppressed: true, respondents: 4, reason: "below-minimum" });
    const received: WorkshopTally[] = [];
    presenter.on("tally:updated", (tally) => received.push(tally));
    const crowd = await participants(view.workshop.joinCode, 20);
    const startedAt = Date.now();
    await Promise.all(crowd.flatMap(({ socket }) => codes().map((code) => rate(socket, code, 2))));
    const last = await waitFor(presenter, "tally:updated", (tally) => tally.voted === 24);
    const elapsed = Date.now() - startedAt + 200;
    expect(received.length).toBeLessThanOrEqual(Math.ceil(elapsed / 100) + 2);
    expect(last.statements.L1).toEqual({ counts: [0, 20, 0, 0, 4], dontKnow: 0, suppressed: false });
    for (const tally of received) expect(WorkshopTally.strict().safeParse(tally).success).toBe(true);
    expect(JSON.stringify(received)).not.toMatch(/voteId|participantId|token/);
  });

  it("R9b: several workshops busy at once share the tally clock: each gets its exact final tally, none too often", async () => {
    const views = await Promise.all([0, 1, 2].map(() => createWorkshop(running.url, mission, key)));
    const presenter = track(await facilitatorSocket(running.url, mission.id, key));
    for (const view of views)
      expect(await ask(presenter, "workshop:subscribe", { workshopId: view.workshop.id })).toMatchObject({ ok: true });
    const received = new Map<string, WorkshopTally[]>(views.map((view) => [view.workshop.id, []]));
    presenter.on("tally:updated", (tally) => received.get(tally.workshopId)?.push(tally));
    const crowds = await Promise.all(views.map((view) => participants(view.workshop.joinCode, 6)));
    const startedAt = Date.now();
    await Promise.all(
      crowds.flatMap((crowd, workshop) =>
        crowd.flatMap(({ socket }) => codes().map((code) => rate(socket, code, workshop + 1))),
      ),
    );
    const finals = await vi.waitFor(
      () =>
        views.map((view) => {
          const last = received.get(view.workshop.id)?.at(-1);
          const complete = Object.values(last?.statements ?? {}).every(
            (tally) => !tally.suppressed && tally.counts.reduce((a, b) => a + b, 0) === 6,
          );
          if (!last || !complete) throw new Error(`workshop ${view.workshop.id} has no final tally yet`);
          return last;
        }),
      { timeout: 5_000, interval: 20 },
    );
    const elapsed = Date.now() - startedAt + 200;
    finals.forEach((final, workshop) => {
      const counts = [0, 0, 0, 0, 0];
      counts[workshop] = 6;
      expect(final.voted).toBe(6);
      for (const code of codes()) expect(final.statements[code]).toEqual({ counts, dontKnow: 0, suppressed: false });
    });
    for (const tallies of received.values()) expect(tallies.length).toBeLessThanOrEqual(Math.ceil(elapsed / 100) + 4);
  });
});
