// M1–M5: what each workshop command does at the edges, over HTTP and sockets, on both stores: closing is final,
// a command that changes nothing is answered and not broadcast, next/previous from two consoles at once move two
// steps, a draft takes no pacing commands, and an unknown statement code changes nothing.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { FacilitatorWorkshopView, Mission, WorkshopCommand, WorkshopControlState } from "@peerpulse/shared";
import { startApp, STORES, type RunningApp } from "../support/app-harness.ts";
import {
  api,
  ask,
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

describe.each(STORES)("workshop commands (%s store)", (store) => {
  let running: RunningApp;
  let mission: Mission;
  let key: string;

  beforeAll(async () => {
    running = await startApp(store);
    ({ mission, key } = await createMission(running.url));
  });
  afterAll(() => running.close());

  const workshop = (open = true): Promise<FacilitatorWorkshopView> =>
    createWorkshop(running.url, mission, key, { pacing: "presenter-led", open });
  const send = (view: FacilitatorWorkshopView, command: WorkshopCommand) =>
    api<{ state?: WorkshopControlState; error?: { code: string } }>(
      running.url,
      "POST",
      `/api/workshops/${view.workshop.id}/control`,
      command,
      key,
    );
  async function subscriber(view: FacilitatorWorkshopView): Promise<ClientSocket> {
    const socket = await facilitatorSocket(running.url, mission.id, key);
    expect((await ask(socket, "workshop:subscribe", { workshopId: view.workshop.id })).ok).toBe(true);
    return socket;
  }

  it("M1: closing is final: `open` on a closed workshop is 409 workshop_closed and it stays closed, taking no ratings", async () => {
    const view = await workshop();
    const { token } = await join(running.url, view.workshop.joinCode);
    expect((await send(view, { command: "close" })).body.state?.status).toBe("closed");
    const reopened = await send(view, { command: "open" });
    expect(reopened.status).toBe(409);
    expect(reopened.body.error?.code).toBe("workshop_closed");
    const console = await facilitatorSocket(running.url, mission.id, key);
    const overSocket = await ask(console, "workshop:control", { workshopId: view.workshop.id, command: "open" });
    expect(overSocket).toMatchObject({ ok: false, error: { code: "workshop_closed" } });
    console.close();
    const phone = await participantSocket(running.url, token);
    const rating = await ask(phone, "rating:submit", {
      statementCode: mission.statements[0]!.code,
      value: 3,
      voteId: voteId(),
    });
    expect(rating).toMatchObject({ ok: false, error: { code: "workshop_closed" } });
    phone.close();
    // Presenting the results of a closed workshop still works: moving and revealing are allowed.
    expect((await send(view, { command: "reveal" })).body.state).toMatchObject({ status: "closed", revealed: true });
  });

  it("M2: a command that changes nothing answers the state as it is and broadcasts nothing", async () => {
    const view = await workshop();
    const watcher = await subscriber(view);
    const seen: WorkshopControlState[] = [];
    watcher.on("workshop:updated", (state) => seen.push(state));
    const last = mission.statements.length - 1;
    const noOps: WorkshopCommand[] = [
      { command: "previous" },
      { command: "hide" },
      { command: "open" },
      { command: "go-to", statementCode: mission.statements[0]!.code },
      { command: "unlock", statementCode: mission.statements[1]!.code },
      { command: "reopen-entry" },
      { command: "expect", expectedSize: null },
    ];
    for (const command of noOps) {
      const answer = await send(view, command);
      expect(answer.status, command.command).toBe(200);
      expect(answer.body.state, command.command).toMatchObject({ currentIndex: 0, revealed: false, status: "open" });
    }
    const console = await facilitatorSocket(running.url, mission.id, key);
    expect(await ask(console, "workshop:control", { workshopId: view.workshop.id, command: "hide" })).toMatchObject({
      ok: true,
      data: { revealed: false },
    });
    // At the end, next changes nothing either.
    const moved = waitFor(watcher, "workshop:updated", (state) => state.currentIndex === last);
    await send(view, { command: "go-to", statementCode: mission.statements[last]!.code });
    await moved;
    expect((await send(view, { command: "next" })).body.state?.currentIndex).toBe(last);
    // The next real change is the only other broadcast: the no-ops before it sent nothing.
    const revealed = waitFor(watcher, "workshop:updated", (state) => state.revealed);
    await send(view, { command: "reveal" });
    await revealed;
    expect(seen.map((state) => [state.currentIndex, state.revealed])).toEqual([
      [last, false],
      [last, true],
    ]);
    console.close();
    watcher.close();
  });

  it("M3: next from two consoles at once moves two steps, and previous likewise; never past either end", async () => {
    const view = await workshop();
    const [first, second] = await Promise.all([
      facilitatorSocket(running.url, mission.id, key),
      facilitatorSocket(running.url, mission.id, key),
    ]);
    const press = (socket: ClientSocket, command: "next" | "previous") =>
      ask(socket, "workshop:control", { workshopId: view.workshop.id, command });
    await Promise.all([press(first, "next"), press(second, "next")]);
    expect((await send(view, { command: "hide" })).body.state?.currentIndex).toBe(2);
    await Promise.all([send(view, { command: "next" }), send(view, { command: "next" }), press(first, "next")]);
    expect((await send(view, { command: "hide" })).body.state?.currentIndex).toBe(5);
    await Promise.all([press(first, "previous"), press(second, "previous"), send(view, { command: "previous" })]);
    expect((await send(view, { command: "hide" })).body.state?.currentIndex).toBe(2);
    await Promise.all(mission.statements.map(() => press(first, "next")));
    expect((await send(view, { command: "hide" })).body.state?.currentIndex).toBe(mission.statements.length - 1);
    first.close();
    second.close();
  });

  it("M4: a draft workshop refuses pacing commands with 409 workshop_not_open and takes preparation ones", async () => {
    const view = await workshop(false);
    const code = mission.statements[1]!.code;
    for (const command of [
      { command: "next" },
      { command: "previous" },
      { command: "go-to", statementCode: code },
      { command: "reveal" },
      { command: "hide" },
    ] as WorkshopCommand[]) {
      const refused = await send(view, command);
      expect(refused.status, command.command).toBe(409);
      expect(refused.body.error?.code, command.command).toBe("workshop_not_open");
    }
    expect((await send(view, { command: "lock", statementCode: code })).body.state).toMatchObject({
      status: "draft",
      locked: [code],
    });
    expect((await send(view, { command: "expect", expectedSize: 20 })).body.state?.expectedSize).toBe(20);
    expect((await send(view, { command: "close-entry" })).body.state?.entryClosed).toBe(true);
    expect((await send(view, { command: "open" })).body.state).toMatchObject({ status: "open", currentIndex: 0 });
  });

  it("M5: go-to, lock and unlock with a code the mission lacks are 404 statement_unknown and change nothing", async () => {
    const view = await workshop();
    for (const command of ["go-to", "lock", "unlock"] as const) {
      const refused = await send(view, { command, statementCode: "ZZ9" });
      expect(refused.status, command).toBe(404);
      expect(refused.body.error?.code, command).toBe("statement_unknown");
    }
    const read = await api<FacilitatorWorkshopView>(
      running.url,
      "GET",
      `/api/workshops/${view.workshop.id}`,
      undefined,
      key,
    );
    expect(read.body.workshop).toMatchObject({ currentIndex: 0, locked: [] });
    expect((await control(running.url, view.workshop.id, key, { command: "next" })).status).toBe(200);
  });
});
