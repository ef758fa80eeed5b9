// Keeping a mission for months: `npm run backup` snapshots a running embedded store, `npm run restore` puts it back.
import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RatingValue } from "@peerpulse/shared";
import { EmbeddedStore } from "../../server/src/store/embedded/embedded.store.ts";
import { seedAnalysisMission, type AnalysisMission } from "../support/analysis-mission.ts";
import { startApp, type RunningApp } from "../support/app-harness.ts";
import { api, ask, join as joinWorkshop, participantSocket } from "../support/clients.ts";
import { voteId } from "../support/fixtures.ts";

const run = promisify(execFile);
const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const BACKUP = ["--import", "tsx", "scripts/backup.ts"];
const RESTORE = ["--import", "tsx", "scripts/restore.ts"];

function tempDir(name: string): string {
  return mkdtempSync(join(tmpdir(), `peerpulse-${name}-`));
}

/** Everything a mission team reads of a mission: the mission, its workshops, tallies, analysis and shortlist. */
async function missionAsRead(url: string, seeded: AnalysisMission) {
  const path = `/api/missions/${seeded.mission.id}`;
  const [mission, workshops, tallies, analysis] = await Promise.all(
    ["", "/workshops", "/tallies", "/analysis"].map((tail) => api(url, "GET", path + tail, undefined, seeded.key)),
  );
  return { mission, workshops, tallies, analysis };
}

/** Runs a command line script, resolving with its exit code and output. */
async function script(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return run(process.execPath, args, { cwd: ROOT }).then(
    ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
    (error: unknown) => error as { code: number; stdout: string; stderr: string },
  );
}

describe("backup and restore of the embedded store", () => {
  const dataDir = tempDir("live");
  let running: RunningApp;
  let seeded: AnalysisMission;
  beforeAll(async () => {
    running = await startApp("embedded", { dataDir });
    seeded = await seedAnalysisMission(running.url, "Backup mission");
    const curation = {
      entries: [{ code: "L2", decision: "accepted", note: "keep for the retreat", addedByHand: true }],
    };
    const saved = await api(running.url, "PUT", `/api/missions/${seeded.mission.id}/shortlist`, curation, seeded.key);
    expect(saved.status).toBe(200);
  });
  afterAll(() => running.close());

  it("K1: a backup taken while the server runs restores to the same mission, workshops, tallies, figures and shortlist", async () => {
    const before = await missionAsRead(running.url, seeded);
    const file = join(tempDir("backup"), "mission.backup");
    const backup = await script([...BACKUP, "--data-dir", dataDir, "--out", file]);
    expect(backup.code).toBe(0);
    expect(backup.stdout).toContain("5 workshop(s)");

    const restoredDir = join(tempDir("restored"), "data");
    const restore = await script([...RESTORE, "--file", file, "--data-dir", restoredDir]);
    expect(restore.code).toBe(0);
    const restored = await startApp("embedded", { dataDir: restoredDir });
    try {
      expect(await missionAsRead(restored.url, seeded)).toEqual(before);
      // The phones' tokens came along: a participant joins the restored server again as the same person.
      const again = await api<{ ratedCodes: string[] }>(restored.url, "POST", "/api/join", {
        joinCode: seeded.hctWorkshop.workshop.joinCode,
      });
      expect(again.status).toBe(200);
    } finally {
      await restored.close();
    }
  });

  it("K2: every rating acknowledged before the backup started is in it once, while phones go on rating", async () => {
    const workshop = seeded.hctWorkshop.workshop;
    const phones = await Promise.all(
      [1, 2, 3].map(async () =>
        participantSocket(running.url, (await joinWorkshop(running.url, workshop.joinCode)).token),
      ),
    );
    // Each phone changes its rating of L1 again and again (under the socket event limit), keeping what was acknowledged.
    const acknowledged: string[][] = phones.map(() => []);
    let rating = true;
    const bursts = phones.map(async (socket, phone) => {
      for (let index = 0; rating && index < 100; index += 1) {
        const id = voteId();
        const value = ((index % 5) + 1) as RatingValue;
        const ack = await ask(socket, "rating:submit", { statementCode: "L1", value, voteId: id });
        if (ack.ok) acknowledged[phone]!.push(id);
      }
    });
    while (acknowledged.some((ids) => ids.length < 10)) await new Promise((resolve) => setImmediate(resolve));
    const before = acknowledged.map((ids) => ids.length);
    const file = join(tempDir("backup"), "burst.backup");
    const backup = await script([...BACKUP, "--data-dir", dataDir, "--out", file]);
    rating = false;
    await Promise.all(bursts);
    for (const socket of phones) socket.close();
    expect(backup.code).toBe(0);

    const restoredDir = tempDir("restored-burst");
    expect((await script([...RESTORE, "--file", file, "--data-dir", restoredDir])).code).toBe(0);
    const store = new EmbeddedStore({ dataDir: restoredDir });
    try {
      const ratings = (await store.listRatings(workshop.id)).filter((r) => r.statementCode === "L1");
      for (const [phone, ids] of acknowledged.entries()) {
        // The phone's one rating of L1 is the last acknowledged before the backup began, or a later one.
        const mine = ratings.filter((r) => ids.includes(r.voteId));
        expect(mine).toHaveLength(1);
        expect(ids.indexOf(mine[0]!.voteId)).toBeGreaterThanOrEqual(before[phone]! - 1);
        // Every vote id acknowledged before the backup is known: re-sent, none counts again.
        for (const id of ids.slice(0, before[phone])) {
          const replay = await store.recordRating({ ...mine[0]!, value: 3, voteId: id });
          expect(replay).toEqual({ accepted: true, outcome: "duplicate" });
        }
      }
    } finally {
      await store.close();
    }
  });

  it("K3: restore refuses a running server's folder, a folder with a journal (unless --replace) and a file that is no backup, changing nothing", async () => {
    const file = join(tempDir("backup"), "k3.backup");
    expect((await script([...BACKUP, "--data-dir", dataDir, "--out", file])).code).toBe(0);

    const live = await script([...RESTORE, "--file", file, "--data-dir", dataDir, "--replace"]);
    expect(live.code).toBe(1);
    expect(live.stderr).toContain("in use by another peerpulse process");

    const target = tempDir("target");
    expect((await script([...RESTORE, "--file", file, "--data-dir", target])).code).toBe(0);
    const again = await script([...RESTORE, "--file", file, "--data-dir", target]);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain("--replace");
    expect((await script([...RESTORE, "--file", file, "--data-dir", target, "--replace"])).code).toBe(0);
    expect(readdirSync(target).filter((name) => name.startsWith("journal.ndjson.replaced-"))).toHaveLength(1);

    const junk = join(tempDir("junk"), "not-a-backup.json");
    writeFileSync(junk, '{"hello":"world"}\n');
    const fresh = join(tempDir("fresh"), "data");
    const refused = await script([...RESTORE, "--file", junk, "--data-dir", fresh]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain("not a peerpulse backup");
    expect(existsSync(join(fresh, "journal.ndjson"))).toBe(false);

    const noJournal = await script([...BACKUP, "--data-dir", tempDir("empty"), "--out", join(tempDir("x"), "f")]);
    expect(noJournal.code).toBe(1);
    expect(noJournal.stderr).toContain("holds no journal");
  });
});
