// The disk under the embedded store fills up while phones rate (F11): ratings are refused, /healthz says why, and
// once space is freed everything goes on, each acknowledged rating counted once. DATA_DIR is a real tmpfs of 2 MiB
// (mounted here: the tests run as root, as CI does), filled by a file until the kernel answers ENOSPC.
import { execFileSync } from "node:child_process";
import { closeSync, mkdtempSync, openSync, rmSync, writeSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { Mission } from "@peerpulse/shared";
import { EmbeddedStore } from "../../server/src/store/embedded/embedded.store.ts";
import { api, createMission, createWorkshop } from "../support/clients.ts";
import { checkExactlyOnce } from "../support/exactly-once.ts";
import { RatingCrowd } from "../support/rating-crowd.ts";
import { spawnServer, type SpawnedServer } from "../support/spawned-server.ts";
import { until } from "../support/until.ts";

interface Health {
  status: string;
  store: string;
  detail?: string;
}

/** Writes a file until the file system has no byte left (ENOSPC); returns its path. */
function fillUp(dir: string): string {
  const path = join(dir, "filler");
  const fd = openSync(path, "w");
  const chunk = Buffer.alloc(16_384, 120);
  try {
    // A write that fits only in part is taken in part; the next one gets ENOSPC.
    for (;;) writeSync(fd, chunk);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOSPC") throw error;
  } finally {
    closeSync(fd);
  }
  return path;
}

describe("faults: the disk under the embedded store fills up", () => {
  const dataDir = mkdtempSync(join(tmpdir(), "peerpulse-tmpfs-"));
  let mounted = false;
  let server: SpawnedServer | undefined;
  let crowd: RatingCrowd | undefined;
  afterAll(async () => {
    await crowd?.close();
    await server?.stop("SIGKILL");
    if (mounted) execFileSync("umount", ["-l", dataDir]);
    rmSync(dataDir, { recursive: true, force: true });
  });

  it("F11: while the disk is full ratings are refused with store_unavailable and /healthz answers 200 degraded with the reason; freed, ratings are taken again, /healthz is ok, and every acknowledged rating is there once", async () => {
    execFileSync("mount", ["-t", "tmpfs", "-o", "size=2m", "peerpulse-disk-full", dataDir]);
    mounted = true;
    server = await spawnServer({ DATA_DIR: dataDir });
    const { url } = server;
    const health = () => api<Health>(url, "GET", "/healthz");
    const { mission, key }: { mission: Mission; key: string } = await createMission(url);
    const view = await createWorkshop(url, mission, key);
    const codes = mission.statements.map((statement) => statement.code);
    crowd = await RatingCrowd.join({ urls: [url], joinCode: view.workshop.joinCode, size: 8, codes, points: 5 });
    crowd.start();
    await crowd.acknowledgedMore(40);
    expect(await health()).toEqual({ status: 200, body: { status: "ok", store: "embedded" } });

    const filler = fillUp(dataDir);
    const refused = () => crowd!.stats.refusals.store_unavailable ?? 0;
    await until(() => refused() >= 8, "ratings refused on the full disk");
    const full = await health();
    expect(full.status).toBe(200);
    expect(full.body).toMatchObject({ status: "degraded", store: "embedded" });
    expect(full.body.detail).toMatch(/^the disk (is full|took only part of a write \(is it full\?\)): the journal/);
    expect(full.body.detail).toContain("ratings are refused with store_unavailable until a write succeeds");
    expect(server.output()).toContain("store degraded: the disk");

    rmSync(filler);
    await until(async () => (await health()).body.status === "ok", "/healthz ok once space is freed");
    await crowd.acknowledgedMore(40);
    await crowd.drain();
    await server.stop("SIGTERM");
    expect(server.output()).toContain("store ok again");

    const store = new EmbeddedStore({ dataDir });
    try {
      const report = await checkExactlyOnce(store, view.workshop.id, crowd.acknowledged(), 5, codes);
      expect(report.problems).toEqual([]);
      expect(report.stored).toBe(report.expected);
    } finally {
      await store.close();
    }
  });
});
