// `npm run demo` gives a newcomer a mission with votes in every constituency and a shortlist within a minute.
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { CuratedShortlist, MissionAnalysis } from "@peerpulse/shared";
import { freePort } from "../support/free-port.ts";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));

describe("demo", () => {
  it("the demo mission has ratings in every constituency, a non-empty shortlist, and its complete workshops closed", async () => {
    const port = await freePort();
    const child = spawn(process.execPath, ["--import", "tsx", "scripts/demo.ts"], {
      cwd: ROOT,
      env: { ...process.env, PORT: String(port), HOST: "127.0.0.1", DEMO_LIVE_SECONDS: "2", REDIS_URL: "" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    try {
      let output = "";
      const ready = new Promise<string>((resolve, reject) => {
        child.stdout.on("data", (chunk: Buffer) => {
          output += chunk.toString();
          if (output.includes("has finished voting")) resolve(output);
        });
        child.once("exit", (code) => reject(new Error(`demo exited with ${code}: ${output}`)));
      });
      const printed = await ready;
      const missionId = /Mission id:\s+(\S+)/.exec(printed)?.[1];
      const key = /Facilitator key:\s+(\S+)/.exec(printed)?.[1];
      expect(missionId && key).toBeTruthy();
      const response = await fetch(`http://127.0.0.1:${port}/api/missions/${missionId}/analysis`, {
        headers: { "x-facilitator-key": key! },
      });
      const body = (await response.json()) as { analysis: unknown; shortlist: unknown };
      const analysis = MissionAnalysis.parse(body.analysis);
      const shortlist = CuratedShortlist.parse(body.shortlist);
      expect(analysis.statements.length).toBeGreaterThanOrEqual(25);
      const first = analysis.statements[0]!;
      expect(Object.values(first.constituencies).filter((group) => !group.suppressed)).not.toHaveLength(0);
      expect(shortlist.pillars.flatMap((group) => group.items).length).toBeGreaterThan(3);
      expect(analysis.flags.mostDivergent.length).toBeGreaterThan(0);
      // What the demo says is true: the console's home can open it, four workshops are complete and closed.
      expect(printed).toContain('"Open a mission"');
      expect(printed).toContain("the other four are complete and closed");
      const workshops = (await (
        await fetch(`http://127.0.0.1:${port}/api/missions/${missionId}/workshops`, {
          headers: { "x-facilitator-key": key! },
        })
      ).json()) as { workshops: { status: string }[] };
      expect(workshops.workshops.map((workshop) => workshop.status).sort()).toEqual([
        "closed",
        "closed",
        "closed",
        "closed",
        "open",
      ]);
    } finally {
      child.kill("SIGTERM");
    }
  });
});
