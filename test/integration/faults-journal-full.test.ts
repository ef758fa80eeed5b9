// The embedded journal cannot be written (disk full, file size limit): the rating is refused, never acknowledged
// and lost (F7). The server runs under `ulimit -f`, so the kernel cuts the journal short exactly as a full disk does:
// first a short write, then EFBIG on every later one.
import { spawn } from "node:child_process";
import { mkdtempSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join as joinPath } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import type { Ack, RatingReceipt } from "@peerpulse/shared";
import { EmbeddedStore } from "../../server/src/store/embedded/embedded.store.ts";
import { ask, createMission, createWorkshop, join, participantSocket, type ClientSocket } from "../support/clients.ts";
import { voteId } from "../support/fixtures.ts";
import { freePort } from "../support/free-port.ts";
import { spawnServer, type SpawnedServer } from "../support/spawned-server.ts";
import { until } from "../support/until.ts";

const SERVER_ENTRY = fileURLToPath(new URL("../../server/src/server.ts", import.meta.url));

/** The server with the size of any file it writes limited to `kib` KiB. */
async function serverWithFileLimit(dataDir: string, port: number, kib: number) {
  const url = `http://127.0.0.1:${port}`;
  const child = spawn(
    "bash",
    ["-c", `ulimit -f ${kib} && exec "$0" --import tsx "$1"`, process.execPath, SERVER_ENTRY],
    {
      env: {
        ...process.env,
        HOST: "127.0.0.1",
        PORT: String(port),
        PUBLIC_URL: url,
        LOG_LEVEL: "warn",
        DATA_DIR: dataDir,
      },
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  let log = "";
  child.stdout.on("data", (chunk: Buffer) => (log += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (log += chunk.toString()));
  await until(
    () =>
      fetch(`${url}/healthz`).then(
        (response) => response.ok,
        () => false,
      ),
    "the server to listen",
    30_000,
  );
  return { url, child, log: () => log };
}

describe("faults: the embedded journal cannot be written", () => {
  const sockets: ClientSocket[] = [];
  const servers: SpawnedServer[] = [];
  let limited: Awaited<ReturnType<typeof serverWithFileLimit>> | undefined;
  afterAll(async () => {
    for (const socket of sockets) socket.close();
    limited?.child.kill("SIGKILL");
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
    const port = await freePort();
    limited = await serverWithFileLimit(dataDir, port, Math.ceil((size + 1500) / 1024));
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
    limited.child.kill("SIGKILL");
    await new Promise((resolve) => limited!.child.once("exit", resolve));

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
