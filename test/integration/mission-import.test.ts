// Importing a mission transfer file: the key is checked before anything else (E11), and `npm run import` does it from
// a shell, against real servers on both stores.
import { execFile } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MissionTransferFile, type Mission } from "@peerpulse/shared";
import { startApp, type RunningApp } from "../support/app-harness.ts";
import { api, createMission, createWorkshop, join as joinWorkshop } from "../support/clients.ts";

const run = promisify(execFile);
const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const CLI = ["--import", "tsx", "scripts/import.ts"];

type Failure = { code: number; stdout: string; stderr: string };

describe("mission import", () => {
  let source: RunningApp;
  let target: RunningApp;
  let mission: Mission;
  let key: string;
  let file: MissionTransferFile;
  let path: string;

  beforeAll(async () => {
    [source, target] = await Promise.all([startApp("embedded"), startApp("redis")]);
    ({ mission, key } = await createMission(source.url));
    await joinWorkshop(source.url, (await createWorkshop(source.url, mission, key)).workshop.joinCode);
    const response = await fetch(`${source.url}/api/missions/${mission.id}/transfer`, {
      headers: { "x-facilitator-key": key },
    });
    file = MissionTransferFile.parse(await response.json());
    path = join(mkdtempSync(join(tmpdir(), "peerpulse-import-")), "transfer.json");
    writeFileSync(path, JSON.stringify(file));
  });
  afterAll(async () => {
    await Promise.all([source.close(), target.close()]);
  });

  it("E11: the key is checked first: a wrong key is 403 whether or not the mission is here, the right one 409", async () => {
    const onSource = await api<{ error: { code: string } }>(
      source.url,
      "POST",
      "/api/missions/import",
      file,
      "fk_not-the-key",
    );
    expect([onSource.status, onSource.body.error.code]).toEqual([403, "bad_facilitator_key"]);
    const again = await api<{ error: { code: string } }>(source.url, "POST", "/api/missions/import", file, key);
    expect([again.status, again.body.error.code]).toEqual([409, "mission_exists"]);
    const absent = await api<{ error: { code: string } }>(
      target.url,
      "POST",
      "/api/missions/import",
      file,
      "fk_not-the-key",
    );
    expect([absent.status, absent.body.error.code]).toEqual([403, "bad_facilitator_key"]);
    // A file whose outer mission id was changed to a mission held here opens with its own key but is refused as a
    // file, before the server says whether it holds that mission.
    const other = await createMission(source.url);
    const relabelled = await api<{ error: { code: string } }>(
      source.url,
      "POST",
      "/api/missions/import",
      { ...file, missionId: other.mission.id },
      key,
    );
    expect([relabelled.status, relabelled.body.error.code]).toEqual([400, "bad_transfer_file"]);
  });

  it("E11: npm run import brings the file in, then refuses a second import and a wrong key with the server's codes", async () => {
    const help = await run(process.execPath, [...CLI, "--help"], { cwd: ROOT });
    expect(help.stdout).toContain("--file");
    const wrongKey = await run(process.execPath, [...CLI, "--url", target.url, "--file", path, "--key", "fk_wrong"], {
      cwd: ROOT,
    }).catch((error: unknown) => error as Failure);
    expect(wrongKey).toMatchObject({ code: 1 });
    expect((wrongKey as Failure).stderr).toContain("bad_facilitator_key");

    const imported = await run(process.execPath, [...CLI, "--url", target.url, "--file", path], {
      cwd: ROOT,
      env: { ...process.env, PEERPULSE_FACILITATOR_KEY: key },
    });
    expect(imported.stdout).toContain(mission.id);
    const opened = await api<{ mission: Mission }>(target.url, "GET", `/api/missions/${mission.id}`, undefined, key);
    expect(opened.body.mission.title).toBe(mission.title);
    const workshops = await api<{ workshops: { status: string }[] }>(
      target.url,
      "GET",
      `/api/missions/${mission.id}/workshops`,
      undefined,
      key,
    );
    expect(workshops.body.workshops.map((workshop) => workshop.status)).toEqual(["closed"]);

    const twice = await run(process.execPath, [...CLI, "--url", target.url, "--file", path, "--key", key], {
      cwd: ROOT,
    }).catch((error: unknown) => error as Failure);
    expect(twice).toMatchObject({ code: 1 });
    expect((twice as Failure).stderr).toContain("mission_exists");

    const notAFile = await run(process.execPath, [...CLI, "--url", target.url, "--file", ROOT + "package.json"], {
      cwd: ROOT,
      env: { ...process.env, PEERPULSE_FACILITATOR_KEY: key },
    }).catch((error: unknown) => error as Failure);
    expect(notAFile).toMatchObject({ code: 2 });
    expect((notAFile as Failure).stderr).toContain("not a peerpulse mission transfer file");
  });
});
