// An acknowledged rating survives SIGKILL of the embedded server: the journal is replayed at start (R10).
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join as joinPath } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import type { WorkshopTally } from "@peerpulse/shared";
import {
  api,
  ask,
  createMission,
  createWorkshop,
  join,
  participantSocket,
  type ClientSocket,
} from "../support/clients.ts";
import { voteId } from "../support/fixtures.ts";
import { spawnServer, type SpawnedServer } from "../support/spawned-server.ts";

describe("crash recovery of the embedded store", () => {
  const servers: SpawnedServer[] = [];
  const sockets: ClientSocket[] = [];
  afterEach(async () => {
    for (const socket of sockets.splice(0)) socket.close();
    await Promise.all(servers.splice(0).map((server) => server.stop("SIGKILL")));
  });

  it("R10: ratings acknowledged before a SIGKILL are all there after a restart, counted once", async () => {
    const dataDir = mkdtempSync(joinPath(tmpdir(), "peerpulse-crash-"));
    const first = await spawnServer({ DATA_DIR: dataDir });
    servers.push(first);
    const health = await api<{ store: string }>(first.url, "GET", "/healthz");
    expect(health).toEqual({ status: 200, body: { status: "ok", store: "embedded" } });
    const { mission, key } = await createMission(first.url);
    const view = await createWorkshop(first.url, mission, key);
    const people = await Promise.all(
      Array.from({ length: 6 }, async () => {
        const joined = await join(first.url, view.workshop.joinCode);
        const socket = await participantSocket(first.url, joined.token);
        sockets.push(socket);
        return socket;
      }),
    );
    const sent = people.map((socket, index) => ({ socket, voteId: voteId(), value: (index % 5) + 1 }));
    const acks = await Promise.all(
      sent.map(({ socket, voteId: id, value }) =>
        ask(socket, "rating:submit", { statementCode: "L1", value, voteId: id }),
      ),
    );
    expect(acks.every((ack) => ack.ok && ack.data.outcome === "recorded")).toBe(true);

    expect(await first.stop("SIGKILL")).toBeNull();
    const second = await spawnServer({ DATA_DIR: dataDir }, first.port);
    servers.push(second);
    const tally = await api<WorkshopTally>(
      second.url,
      "GET",
      `/api/workshops/${view.workshop.id}/tally`,
      undefined,
      key,
    );
    expect(tally.body.statements.L1).toEqual({ counts: [2, 1, 1, 1, 1], dontKnow: 0, suppressed: false });
    expect(tally.body.joined).toBe(6);

    // The same vote ids replayed after the restart (a phone that never saw its acknowledgement) count once.
    const replayer = await participantSocket(
      second.url,
      (await api<{ token: string }>(second.url, "POST", "/api/join", { joinCode: view.workshop.joinCode })).body.token,
    );
    sockets.push(replayer);
    const again = await ask(replayer, "rating:submit", {
      statementCode: "L1",
      value: 5,
      voteId: sent[0]!.voteId,
    });
    expect(again).toMatchObject({ ok: true, data: { outcome: "duplicate" } });
    const after = await api<WorkshopTally>(
      second.url,
      "GET",
      `/api/workshops/${view.workshop.id}/tally`,
      undefined,
      key,
    );
    expect(after.body.statements.L1).toEqual(tally.body.statements.L1);
  });
});
