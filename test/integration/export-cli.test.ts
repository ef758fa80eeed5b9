// `npm run export` against a running server writes the same files the HTTP exports serve (E8).
import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ResultsExport } from "@peerpulse/shared";
import { startApp, type RunningApp } from "../support/app-harness.ts";
import { createMission } from "../support/clients.ts";

const run = promisify(execFile);
const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const CLI = ["--import", "tsx", "scripts/export.ts"];

describe("export command line", () => {
  let running: RunningApp;
  beforeAll(async () => {
    running = await startApp("embedded");
  });
  afterAll(() => running.close());

  it("E8: writes results as JSON and the report as HTML; a wrong key fails with the server's error", async () => {
    const { mission, key } = await createMission(running.url);
    const dir = mkdtempSync(join(tmpdir(), "peerpulse-export-"));
    const json = join(dir, "results.json");
    await run(
      process.execPath,
      [...CLI, "--url", running.url, "--mission", mission.id, "--what", "results", "--format", "json", "--out", json],
      {
        cwd: ROOT,
        env: { ...process.env, PEERPULSE_FACILITATOR_KEY: key },
      },
    );
    expect(ResultsExport.parse(JSON.parse(readFileSync(json, "utf8"))).mission.id).toBe(mission.id);
    const report = join(dir, "report.html");
    await run(
      process.execPath,
      [...CLI, "--url", running.url, "--mission", mission.id, "--key", key, "--what", "report", "--out", report],
      { cwd: ROOT },
    );
    expect(readFileSync(report, "utf8")).toContain(mission.title);
    const failed = await run(
      process.execPath,
      [...CLI, "--url", running.url, "--mission", mission.id, "--key", "fk_wrong"],
      { cwd: ROOT },
    ).catch((error: unknown) => error as { code: number; stderr: string });
    expect(failed).toMatchObject({ code: 1 });
    expect((failed as { stderr: string }).stderr).toContain("bad_facilitator_key");
  });
});
