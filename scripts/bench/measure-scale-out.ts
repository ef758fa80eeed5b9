// Compares one server process with two on one Redis: server CPU seconds per 1,000 accepted ratings.
import { setTimeout as sleep } from "node:timers/promises";
import type { BenchOptions } from "./bench-options.ts";
import { createWorkshops, dealWorkshops, STATEMENT_CODES } from "./bench-workshops.ts";
import { startPeerpulse, startRedis, type BenchChild } from "./child-processes.ts";
import type { LoadFleet } from "./load-fleet.ts";
import { cpuSeconds, totalCpuSeconds } from "./proc-usage.ts";
import { summarize, type LatencySummary } from "./stats.ts";

/** One layout (one or two server processes) under the same fixed load. */
export interface ScaleOutCase {
  serverProcesses: number;
  accepted: number;
  serverCpuSecondsPer1000: number;
  redisCpuSecondsPer1000: number;
  ack: LatencySummary;
}

export interface ScaleOutResult {
  ratePerSecond: number;
  participants: number;
  one: ScaleOutCase;
  two: ScaleOutCase;
  /** two.serverCpuSecondsPer1000 / one.serverCpuSecondsPer1000 */
  cpuCostRatio: number;
}

async function measureCase(processes: number, options: BenchOptions, fleet: LoadFleet): Promise<ScaleOutCase> {
  const redis = await startRedis();
  const servers: BenchChild[] = [];
  try {
    for (let index = 0; index < processes; index += 1) {
      servers.push(
        await startPeerpulse({
          redisUrl: redis.url,
          nodeFlags: options.profile
            ? ["--cpu-prof", "--cpu-prof-dir", `bench/results/profiles/scale-out-${processes}`]
            : [],
        }),
      );
    }
    const urls = servers.map((server) => server.url);
    const plans = await createWorkshops(
      urls[0]!,
      Math.ceil(options.scaleOutParticipants / options.workshopSize),
      options.workshopSize,
      urls,
    );
    const dealt = dealWorkshops(plans, fleet.size);
    await fleet.each<"join">((index) => ({ type: "join", workshops: dealt[index]! }));
    // A first load that is not counted, so JIT warm-up in each process is not billed to the ratings.
    await fleet.all({
      type: "step",
      ratePerSecond: options.scaleOutRate / fleet.size,
      durationMs: 2_000,
      statementCodes: STATEMENT_CODES,
    });
    await sleep(1_000);
    const pids = servers.map((server) => server.pid);
    const cpuBefore = totalCpuSeconds(pids);
    const redisBefore = cpuSeconds(redis.pid);
    const reports = await fleet.all({
      type: "step",
      ratePerSecond: options.scaleOutRate / fleet.size,
      durationMs: options.scaleOutMs,
      statementCodes: STATEMENT_CODES,
    });
    // The last coalesced tallies leave up to one interval after the last acknowledgement.
    await sleep(500);
    const accepted = reports.reduce((sum, report) => sum + report.accepted, 0);
    const per1000 = (seconds: number) => Math.round((seconds * 1000 * 10_000) / Math.max(1, accepted)) / 10_000;
    const result: ScaleOutCase = {
      serverProcesses: processes,
      accepted,
      serverCpuSecondsPer1000: per1000(totalCpuSeconds(pids) - cpuBefore),
      redisCpuSecondsPer1000: per1000(cpuSeconds(redis.pid) - redisBefore),
      ack: summarize(reports.flatMap((report) => report.ackMs)),
    };
    console.log(
      `  [scale-out] ${processes} process(es): ${accepted} accepted, ` +
        `${result.serverCpuSecondsPer1000} server CPU s per 1,000 ratings`,
    );
    return result;
  } finally {
    await fleet.all({ type: "disconnect" });
    for (const server of servers) await server.stop();
    await redis.stop();
  }
}

export async function measureScaleOut(options: BenchOptions, fleet: LoadFleet): Promise<ScaleOutResult> {
  const one = await measureCase(1, options, fleet);
  const two = await measureCase(2, options, fleet);
  return {
    ratePerSecond: options.scaleOutRate,
    participants: options.scaleOutParticipants,
    one,
    two,
    cpuCostRatio: Math.round((two.serverCpuSecondsPer1000 / one.serverCpuSecondsPer1000) * 100) / 100,
  };
}
