// Two servers on one DATA_DIR (F10): the second refuses to start, naming the folder; a stale lock is recovered.
// Real server processes, started with the entry `npm start` runs (without its client build).
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { LOCK_FILE } from "../../server/src/store/embedded/data-dir-lock.ts";
import { api, createMission } from "../support/clients.ts";
import { spawnServer, type SpawnedServer } from "../support/spawned-server.ts";

/** Starts a server and tells whether it came up, or what it said when it refused. */
async function tryToStart(dataDir: string): Promise<{ server?: SpawnedServer; refusal?: string }> {
  return spawnServer({ DATA_DIR: dataDir }).then(
    (server) => ({ server }),
    (error: unknown) => ({ refusal: (error as Error).message }),
  );
}

/** A pid that surely runs nothing now: a process that has exited. */
async function deadPid(): Promise<number> {
  const child = spawn("true");
  await new Promise((resolve) => child.once("exit", resolve));
  return child.pid!;
}

describe("faults: two servers on one data folder", () => {
  const servers: SpawnedServer[] = [];
  const folders: string[] = [];
  const folder = () => {
    const dir = mkdtempSync(join(tmpdir(), "peerpulse-lock-"));
    folders.push(dir);
    return dir;
  };
  afterAll(async () => {
    await Promise.all(servers.map((server) => server.stop("SIGKILL")));
    for (const dir of folders) rmSync(dir, { recursive: true, force: true });
  });

  it("F10: a second server on a folder a live one holds refuses to start with a message naming the folder and the holder; the first serves on, and a graceful stop removes the lock", async () => {
    const dataDir = folder();
    const first = await spawnServer({ DATA_DIR: dataDir });
    servers.push(first);
    expect(readFileSync(join(dataDir, LOCK_FILE), "utf8").trim()).toBe(String(first.child.pid));

    const second = await tryToStart(dataDir);
    if (second.server) servers.push(second.server);
    expect(second.server).toBeUndefined();
    expect(second.refusal).toContain(
      `peerpulse cannot start: the data folder ${dataDir} is in use by another peerpulse process (pid ${first.child.pid}`,
    );
    expect(second.refusal).not.toMatch(/\n\s+at /); // a message, not a stack trace

    const { mission, key } = await createMission(first.url);
    expect((await api(first.url, "GET", `/api/missions/${mission.id}`, undefined, key)).status).toBe(200);
    expect(await first.stop("SIGTERM")).toBe(0);
    expect(existsSync(join(dataDir, LOCK_FILE))).toBe(false);
  });

  it("F10: the lock of a killed server (SIGKILL) is stale and recovered: the next server starts on the folder with its data", async () => {
    const dataDir = folder();
    const first = await spawnServer({ DATA_DIR: dataDir });
    servers.push(first);
    const { mission, key } = await createMission(first.url);
    await first.stop("SIGKILL");
    expect(readFileSync(join(dataDir, LOCK_FILE), "utf8").trim()).toBe(String(first.child.pid));

    const next = await tryToStart(dataDir);
    expect(next.refusal).toBeUndefined();
    servers.push(next.server!);
    expect(readFileSync(join(dataDir, LOCK_FILE), "utf8").trim()).toBe(String(next.server!.child.pid));
    expect(await api(next.server!.url, "GET", `/api/missions/${mission.id}`, undefined, key)).toMatchObject({
      status: 200,
      body: { mission: { id: mission.id } },
    });
  });

  it("F10: servers started at the same moment on one folder, free or holding a stale lock: exactly one starts", async () => {
    for (const stale of [false, true]) {
      const dataDir = folder();
      if (stale) writeFileSync(join(dataDir, LOCK_FILE), `${await deadPid()}\n`);
      const attempts = await Promise.all([tryToStart(dataDir), tryToStart(dataDir)]);
      const started = attempts.flatMap((attempt) => (attempt.server ? [attempt.server] : []));
      servers.push(...started);
      expect(started).toHaveLength(1);
      expect(readFileSync(join(dataDir, LOCK_FILE), "utf8").trim()).toBe(String(started[0]!.child.pid));
      for (const attempt of attempts.filter((candidate) => !candidate.server))
        expect(attempt.refusal).toContain(`the data folder ${dataDir} is in use`);
    }
  });
});
