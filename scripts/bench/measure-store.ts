// Measures one peerpulse server process on one store: memory per participant, bursts, and the sustained rate.
import { setTimeout as sleep } from "node:timers/promises";
import type { BenchOptions, StoreKind } from "./bench-options.ts";
import { createWorkshops, dealWorkshops, STATEMENT_CODES } from "./bench-workshops.ts";
import { startPeerpulse, startRedis, type BenchChild } from "./child-processes.ts";
import type { BurstReport } from "./fleet-messages.ts";
import type { LoadFleet } from "./load-fleet.ts";
import { cpuSeconds, rssKB } from "./proc-usage.ts";
import { perSecond, round, summarize, type LatencySummary } from "./stats.ts";
import { findSustainedRate, type SustainedResult } from "./sustained-search.ts";

/** Every figure measured on one store. */
export interface StoreResult {
  store: StoreKind;
  participants: { requested: number; connected: number; stillConnectedAtEnd: number; failures: string[] };
  memory: { rssBeforeJoinKB: number; rssIdleKB: number; rssPerParticipantKB: number };
  burst: {
    participants: number;
    workshops: number;
    windowMs: number;
    bursts: number;
    ack: LatencySummary;
    voteToPresenter: LatencySummary;
    refusals: Record<string, number>;
    undelivered: number;
    unacknowledged: number;
    serverCpuPercent: number;
  };
  sustained: SustainedResult;
}

function mergeBursts(reports: readonly BurstReport[]) {
  const refusals: Record<string, number> = {};
  for (const report of reports)
    for (const [code, count] of Object.entries(report.refusals)) refusals[code] = (refusals[code] ?? 0) + count;
  return {
    ack: summarize(reports.flatMap((report) => report.ackMs)),
    voteToPresenter: summarize(reports.flatMap((report) => report.voteToPresenterMs)),
    refusals,
    undelivered: reports.reduce((sum, report) => sum + report.undelivered, 0),
    unacknowledged: reports.reduce((sum, report) => sum + report.unacknowledged, 0),
  };
}

export async function measureStore(store: StoreKind, options: BenchOptions, fleet: LoadFleet): Promise<StoreResult> {
  const redis = store === "redis" ? await startRedis() : undefined;
  let server: BenchChild | undefined;
  try {
    server = await startPeerpulse({
      redisUrl: redis?.url,
      nodeFlags: options.profile ? ["--cpu-prof", "--cpu-prof-dir", `bench/results/profiles/${store}`] : [],
    });
    const pid = server.pid;
    const workshops = Math.ceil(options.participants / options.workshopSize);
    const plans = await createWorkshops(server.url, workshops, options.workshopSize);
    await sleep(1_000);
    const rssBeforeJoinKB = rssKB(pid);

    console.log(`  [${store}] joining ${options.participants} participants in ${workshops} workshops`);
    const dealt = dealWorkshops(plans, fleet.size);
    const joins = await fleet.each<"join">((index) => ({ type: "join", workshops: dealt[index]! }));
    const connected = joins.reduce((sum, report) => sum + report.connected, 0);
    const failures = joins.flatMap((report) => report.failures);
    // Idle long enough for the joins' garbage to be collected and RSS to settle.
    await sleep(5_000);
    const rssIdleKB = rssKB(pid);
    console.log(`  [${store}] ${connected} connected, server RSS ${Math.round(rssIdleKB / 1024)} MB`);

    const burstWorkshops = plans
      .slice(0, Math.ceil(options.burstParticipants / options.workshopSize))
      .map((plan) => plan.workshopId);
    const burstReports: BurstReport[] = [];
    const cpuBefore = cpuSeconds(pid);
    const burstStarted = performance.now();
    for (let index = 0; index < options.bursts; index += 1) {
      burstReports.push(
        ...(await fleet.all({
          type: "burst",
          statementCode: STATEMENT_CODES[index]!,
          workshopIds: burstWorkshops,
          windowMs: options.burstWindowMs,
          timeoutMs: options.burstWindowMs + 15_000,
        })),
      );
    }
    const burstCpu = round(perSecond(cpuSeconds(pid) - cpuBefore, performance.now() - burstStarted) * 100);
    const burst = mergeBursts(burstReports);
    console.log(
      `  [${store}] burst of ${burstWorkshops.length * options.workshopSize}: ack p99 ${round(burst.ack.p99)} ms, ` +
        `vote-to-presenter p99 ${round(burst.voteToPresenter.p99)} ms`,
    );
    await sleep(1_000);

    const sustained = await findSustainedRate(fleet, pid, options, STATEMENT_CODES.slice(options.bursts), store);
    const census = await fleet.all({ type: "census" });
    return {
      store,
      participants: {
        requested: options.participants,
        connected,
        stillConnectedAtEnd: census.reduce((sum, report) => sum + report.connected, 0),
        failures,
      },
      memory: {
        rssBeforeJoinKB,
        rssIdleKB,
        rssPerParticipantKB: round((rssIdleKB - rssBeforeJoinKB) / Math.max(1, connected)),
      },
      burst: {
        participants: burstWorkshops.length * options.workshopSize,
        workshops: burstWorkshops.length,
        windowMs: options.burstWindowMs,
        bursts: options.bursts,
        ...burst,
        serverCpuPercent: burstCpu,
      },
      sustained,
    };
  } finally {
    await fleet.all({ type: "disconnect" });
    await server?.stop();
    await redis?.stop();
  }
}
