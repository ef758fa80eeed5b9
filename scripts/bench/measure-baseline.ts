// Measures the bare Socket.IO baseline with the same load processes and the same rate steps as peerpulse.
import { setTimeout as sleep } from "node:timers/promises";
import type { BenchOptions } from "./bench-options.ts";
import { STATEMENT_CODES } from "./bench-workshops.ts";
import { startBaseline } from "./child-processes.ts";
import type { LoadFleet } from "./load-fleet.ts";
import { rssKB } from "./proc-usage.ts";
import { round } from "./stats.ts";
import { findSustainedRate, type SustainedResult } from "./sustained-search.ts";

export interface BaselineResult {
  connected: number;
  rssPerConnectionKB: number;
  sustained: SustainedResult;
}

export async function measureBaseline(options: BenchOptions, fleet: LoadFleet): Promise<BaselineResult> {
  const server = await startBaseline();
  try {
    const rssBefore = rssKB(server.pid);
    const perProcess = Math.ceil(options.participants / fleet.size);
    const joins = await fleet.all({ type: "connect-baseline", urls: [server.url], count: perProcess });
    const connected = joins.reduce((sum, report) => sum + report.connected, 0);
    await sleep(5_000);
    const rssPerConnectionKB = round((rssKB(server.pid) - rssBefore) / Math.max(1, connected));
    console.log(`  [baseline] ${connected} connected`);
    const sustained = await findSustainedRate(fleet, server.pid, options, STATEMENT_CODES, "baseline");
    return { connected, rssPerConnectionKB, sustained };
  } finally {
    await fleet.all({ type: "disconnect" });
    await server.stop();
  }
}
