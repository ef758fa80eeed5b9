// Two server processes on one Redis share workshops: a vote on one reaches a presenter on the other (R11).
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { WorkshopTally } from "@peerpulse/shared";
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
import { voteId } from "../support/fixtures.ts";
import { spawnServer, type SpawnedServer } from "../support/spawned-server.ts";

describe("two server processes on one Redis", () => {
  let a: SpawnedServer;
  let b: SpawnedServer;
  const sockets: ClientSocket[] = [];

  beforeAll(async () => {
    [a, b] = await Promise.all([
      spawnServer({ REDIS_URL: inject("redisUrl") }),
      spawnServer({ REDIS_URL: inject("redisUrl") }),
    ]);
  });
  afterAll(async () => {
    for (const socket of sockets) socket.close();
    await Promise.all([a.stop(), b.stop()]);
  });

  it("R11: participants on A and B, presenter on B: live tallies are the same and exact", async () => {
    expect((await api<{ store: string }>(a.url, "GET", "/healthz")).body.store).toBe("redis");
    const { mission, key } = await createMission(a.url);
    const view = await createWorkshop(a.url, mission, key);
    const presenter = await facilitatorSocket(b.url, mission.id, key);
    sockets.push(presenter);
    expect(await ask(presenter, "workshop:subscribe", { workshopId: view.workshop.id })).toMatchObject({ ok: true });
    const people = await Promise.all(
      Array.from({ length: 10 }, async (_, index) => {
        const server = index % 2 === 0 ? a : b;
        const joined = await join(server.url, view.workshop.joinCode);
        const socket = await participantSocket(server.url, joined.token);
        sockets.push(socket);
        return socket;
      }),
    );
    const arrived = waitFor(presenter, "tally:updated", (tally) => tally.voted === 10);
    const acks = await Promise.all(
      people.map((socket, index) =>
        ask(socket, "rating:submit", {
          statementCode: "L1",
          value: index < 6 ? 4 : 2,
          voteId: voteId(),
        }),
      ),
    );
    expect(acks.every((ack) => ack.ok)).toBe(true);
    const live = await arrived;
    expect(live.statements.L1).toEqual({ counts: [0, 4, 0, 6, 0], dontKnow: 0, suppressed: false });
    const fromA = await api<WorkshopTally>(a.url, "GET", `/api/workshops/${view.workshop.id}/tally`, undefined, key);
    expect(fromA.body).toEqual(live);
    // A control command on A reaches a participant connected to B.
    const onB = people[1]!;
    const pushed = waitFor(onB, "workshop:updated", (state) => state.revealed);
    await api(a.url, "POST", `/api/workshops/${view.workshop.id}/control`, { command: "reveal" }, key);
    expect((await pushed).revealed).toBe(true);
  });
});
