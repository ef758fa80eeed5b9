// The embedded journal cannot be written (disk full, file size limit): the rating is refused, never acknowledged
// and lost (F7). The server runs under `ulimit -f`, so the kernel cuts the journal short exactly as a full disk does:
// first a short write, then EFBIG on every later one.
import { mkdtempSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join as joinPath } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { Ack, RatingReceipt } from "@peerpulse/shared";
import { EmbeddedStore } from "../../server/src/store/embedded/embedded.store.ts";
import { ask, createMission, createWorkshop, join, participantSocket, type ClientSocket } from "../support/clients.ts";
import { voteId } from "../support/fixtures.ts";
import { spawnServer, type SpawnedServer } from "../support/spawned-server.ts";

describe("faults: the embedded journal cannot be written", () => {
  const sockets: ClientSocket[] = [];
  const servers: SpawnedServer[] = [];
  let limited: SpawnedServer | undefined;
  afterAll(async () => {
    for (const socket of sockets) socket.close();
    await limited?.stop("SIGKILL");
    await Promise.all(servers.map((server) => server.stop("SIGKILL")));
  });

  it("F7: a rating whose journal line cannot be written in full is refused with store_unavailable, the server stays up, and after a restart exactly the acknowledged ratings are there", async () => {
    const dataDir = mkdtempSync(joinPath(tmpdir(), "peerpulse-full-"));
    const first = await spawnServer({ DATA_DIR: dataDir });
    servers.push(first);
    const { mission, key } = await createMission(first.url);
    const view = await createWorkshop(first.url, mission, key);
    const tokens = await Promise.all(
      Array.from({ length: 3 }, async () => (await join(first.url, view.workshop.joinCode)).token),
    );
    await first.stop("SIGTERM");

    // Room for a few ratings more, then the "disk" is full.
    const size = statSync(joinPath(dataDir, "journal.ndjson")).size;
    limited = await spawnServer({ DATA_DIR: dataDir }, 0, { fileSizeLimitKib: Math.ceil((size + 1500) / 1024) });
    const people = await Promise.all(tokens.map((token) => participantSocket(limited!.url, token)));
    sockets.push(...people);

    const acknowledged: string[] = [];
    const refusals: string[] = [];
    const codes = mission.statements.map((statement) => statement.code);
    for (let round = 0; refusals.length < 3 && round < 200; round += 1) {
      const id = voteId();
      const ack: Ack<RatingReceipt> = await ask(people[round % people.length]!, "rating:submit", {
        statementCode: codes[Math.floor(round / people.length) % codes.length]!,
        value: (round % 5) + 1,
        voteId: id,
      });
      if (ack.ok) acknowledged.push(id);
      else refusals.push(ack.error.code);
    }
    expect(acknowledged.length).toBeGreaterThan(0);
    expect(refusals).toEqual(["store_unavailable", "store_unavailable", "store_unavailable"]);
    // Still up and answering.
    expect((await fetch(`${limited.url}/healthz`)).status).toBe(200);
    await limited.stop("SIGKILL");

    // The journal replays cleanly and holds exactly the acknowledged ratings.
    const store = new EmbeddedStore({ dataDir });
    try {
      const stored = await store.listRatings(view.workshop.id);
      expect(stored.map((rating) => rating.voteId).sort()).toEqual([...acknowledged].sort());
    } finally {
      await store.close();
    }
  });
});
