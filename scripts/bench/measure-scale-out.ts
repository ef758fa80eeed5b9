// Compares one server process with two on one Redis: server CPU seconds per 1,000 accepted ratings.
// The same comparison runs on a control, a bare Socket.IO server that sends one Redis command per message, so
// the run also shows what splitting a load over two processes costs on this machine before any of our code.
import { mkdirSync, writeFileSync } from "node:fs";
import { setTimeout as sleep } from "node:timers/promises";
import type { BenchOptions } from "./bench-options.ts";
import { createWorkshops, dealWorkshops, STATEMENT_CODES } from "./bench-workshops.ts";
import { startBaseline, startPeerpulse, startRedis, type BenchChild } from "./child-processes.ts";
import type { LoadFleet } from "./load-fleet.ts";
import { cpuSeconds, sumSplits, threadSplit, totalCpuSeconds } from "./proc-usage.ts";
import { summarize, type LatencySummary } from "./stats.ts";

/** What is measured: peerpulse, or the control (bare Socket.IO plus one Redis command per message). */
type Subject = "peerpulse" | "control";

/** One layout (one or two server processes) under the same fixed load. */
export interface ScaleOutCase {
  serverProcesses: number;
  accepted: number;
  serverCpuSecondsPer1000: number;
  /** The same CPU split into the event-loop threads and V8's helper threads (GC, compilers). */
  mainThreadCpuSecondsPer1000: number;
  otherThreadsCpuSecondsPer1000: number;
  /** Times the server processes went to sleep and woke again, per 1,000 ratings. */
  wakeUpsPer1000: number;
  redisCpuSecondsPer1000: number;
  ack: LatencySummary;
}

/** One process then two, back to back, under the same load. */
export interface ScaleOutPair {
  one: ScaleOutCase;
  two: ScaleOutCase;
  /** two.serverCpuSecondsPer1000 / one.serverCpuSecondsPer1000 */
  cpuCostRatio: number;
}

export interface ScaleOutResult extends ScaleOutPair {
  ratePerSecond: number;
  participants: number;
  /** Every pair measured; `one`, `two` and `cpuCostRatio` above are the median pair's. */
  pairs: ScaleOutPair[];
  /** The control's pairs and its median ratio: this machine's floor for any server with a Redis round trip. */
  control: { cpuCostRatio: number; pairs: ScaleOutPair[] };
}

/** Starts the servers of one case and connects the load to them, alternating participants between processes. */
async function startCase(
  subject: Subject,
  processes: number,
  redisUrl: string,
  options: BenchOptions,
  fleet: LoadFleet,
  profileDir: string,
): Promise<BenchChild[]> {
  const servers: BenchChild[] = [];
  for (let index = 0; index < processes; index += 1) {
    servers.push(
      subject === "control"
        ? await startBaseline(redisUrl)
        : await startPeerpulse({
            redisUrl,
            nodeFlags: options.profile ? ["--cpu-prof", "--cpu-prof-dir", profileDir] : [],
          }),
    );
  }
  const urls = servers.map((server) => server.url);
  if (subject === "control") {
    const perProcess = Math.ceil(options.scaleOutParticipants / fleet.size);
    await fleet.all({ type: "connect-baseline", urls, count: perProcess });
    return servers;
  }
  const plans = await createWorkshops(
    urls[0]!,
    Math.ceil(options.scaleOutParticipants / options.workshopSize),
    options.workshopSize,
    urls,
  );
  const dealt = dealWorkshops(plans, fleet.size);
  await fleet.each<"join">((index) => ({ type: "join", workshops: dealt[index]! }));
  return servers;
}

async function measureCase(
  subject: Subject,
  processes: number,
  options: BenchOptions,
  fleet: LoadFleet,
): Promise<ScaleOutCase> {
  const profileDir = `bench/results/profiles/scale-out-${processes}`;
  const redis = await startRedis();
  let servers: BenchChild[] = [];
  try {
    servers = await startCase(subject, processes, redis.url, options, fleet, profileDir);
    const step = (durationMs: number) =>
      fleet.all({
        type: "step",
        ratePerSecond: options.scaleOutRate / fleet.size,
        durationMs,
        statementCodes: STATEMENT_CODES,
      });
    // A first load that is not counted, long enough for every process to reach its optimised code: with two
    // processes each sees half the calls, so a short warm-up would bill the second's JIT work to its ratings.
    await step(options.scaleOutWarmupMs);
    await sleep(1_000);
    const pids = servers.map((server) => server.pid);
    const windowStart = process.hrtime.bigint() / 1000n;
    const cpuBefore = totalCpuSeconds(pids);
    const splitBefore = sumSplits(pids.map(threadSplit));
    const redisBefore = cpuSeconds(redis.pid);
    const reports = await step(options.scaleOutMs);
    // The last coalesced tallies leave up to one interval after the last acknowledgement.
    await sleep(500);
    const split = sumSplits(pids.map(threadSplit), splitBefore);
    if (options.profile && subject === "peerpulse") {
      // Monotonic microseconds, the clock of the profiles' sample times: lets a reader keep only this window.
      const window = { start: Number(windowStart), end: Number(process.hrtime.bigint() / 1000n) };
      mkdirSync(profileDir, { recursive: true });
      writeFileSync(`${profileDir}/window.json`, JSON.stringify(window) + "\n");
    }
    const accepted = reports.reduce((sum, report) => sum + report.accepted, 0);
    const per1000 = (value: number) => Math.round((value * 1000 * 10_000) / Math.max(1, accepted)) / 10_000;
    const result: ScaleOutCase = {
      serverProcesses: processes,
      accepted,
      serverCpuSecondsPer1000: per1000(totalCpuSeconds(pids) - cpuBefore),
      mainThreadCpuSecondsPer1000: per1000(split.mainThread),
      otherThreadsCpuSecondsPer1000: per1000(split.otherThreads),
      wakeUpsPer1000: Math.round(per1000(split.voluntaryContextSwitches)),
      redisCpuSecondsPer1000: per1000(cpuSeconds(redis.pid) - redisBefore),
      ack: summarize(reports.flatMap((report) => report.ackMs)),
    };
    console.log(
      `  [scale-out] ${subject}, ${processes} process(es): ${accepted} accepted, ` +
        `${result.serverCpuSecondsPer1000} server CPU s and ${result.wakeUpsPer1000} wake-ups per 1,000 ratings`,
    );
    return result;
  } finally {
    await fleet.all({ type: "disconnect" });
    for (const server of servers) await server.stop();
    await redis.stop();
  }
}

/** Interleaved pairs (one process, then two), so a drift of the machine touches both sides alike. */
async function measurePairs(subject: Subject, options: BenchOptions, fleet: LoadFleet) {
  const pairs: ScaleOutPair[] = [];
  for (let pair = 0; pair < options.scaleOutPairs; pair += 1) {
    const one = await measureCase(subject, 1, options, fleet);
    const two = await measureCase(subject, 2, options, fleet);
    const cpuCostRatio = Math.round((two.serverCpuSecondsPer1000 / one.serverCpuSecondsPer1000) * 100) / 100;
    console.log(`  [scale-out] ${subject} pair ${pair + 1} of ${options.scaleOutPairs}: ratio ${cpuCostRatio}`);
    pairs.push({ one, two, cpuCostRatio });
  }
  const median = [...pairs].sort((a, b) => a.cpuCostRatio - b.cpuCostRatio)[Math.floor((pairs.length - 1) / 2)]!;
  return { median, pairs };
}

export async function measureScaleOut(options: BenchOptions, fleet: LoadFleet): Promise<ScaleOutResult> {
  const peerpulse = await measurePairs("peerpulse", options, fleet);
  const control = await measurePairs("control", options, fleet);
  return {
    ratePerSecond: options.scaleOutRate,
    participants: options.scaleOutParticipants,
    ...peerpulse.median,
    pairs: peerpulse.pairs,
    control: { cpuCostRatio: control.median.cpuCostRatio, pairs: control.pairs },
  };
}
