// Finds the sustained rate: open-loop steps of growing rate until ack p99 passes the budget, then refines.
import type { BenchOptions } from "./bench-options.ts";
import type { StepReport } from "./fleet-messages.ts";
import type { LoadFleet } from "./load-fleet.ts";
import { cpuSeconds } from "./proc-usage.ts";
import { perSecond, round, summarize, type LatencySummary } from "./stats.ts";

/** One step, merged over the load processes. */
export interface StepResult {
  offeredPerSecond: number;
  acceptedPerSecond: number;
  ack: LatencySummary;
  refusals: Record<string, number>;
  unacknowledged: number;
  /** Server CPU during the step, in percent of one core. */
  serverCpuPercent: number;
  /** The worst acknowledgement in each second of the step, over all load processes. */
  worstBySecond: number[];
  /** The busiest load process's CPU, in percent of one core. */
  loadCpuPercent: number;
  withinBudget: boolean;
}

/** The highest accepted rate whose step kept p99 within budget, and every step on the way. */
export interface SustainedResult {
  ratePerSecond: number;
  steps: StepResult[];
}

function merge(reports: readonly StepReport[]) {
  const refusals: Record<string, number> = {};
  for (const report of reports)
    for (const [code, count] of Object.entries(report.refusals)) refusals[code] = (refusals[code] ?? 0) + count;
  return {
    accepted: reports.reduce((sum, report) => sum + report.accepted, 0),
    unacknowledged: reports.reduce((sum, report) => sum + report.unacknowledged, 0),
    ackMs: reports.flatMap((report) => report.ackMs),
    spanMs: Math.max(...reports.map((report) => report.spanMs)),
    loadCpuPercent: Math.max(...reports.map((report) => report.cpuPercent)),
    worstBySecond: Array.from(
      { length: Math.max(...reports.map((report) => report.worstBySecond.length)) },
      (_, second) => Math.max(...reports.map((report) => report.worstBySecond[second] ?? 0)),
    ),
    refusals,
  };
}

async function runStep(
  fleet: LoadFleet,
  serverPid: number,
  rate: number,
  options: BenchOptions,
  statementCodes: string[],
): Promise<StepResult> {
  const cpuBefore = cpuSeconds(serverPid);
  const started = performance.now();
  const merged = merge(
    await fleet.all({ type: "step", ratePerSecond: rate / fleet.size, durationMs: options.stepMs, statementCodes }),
  );
  const wallMs = performance.now() - started;
  const ack = summarize(merged.ackMs);
  const acceptedPerSecond = perSecond(merged.accepted, Math.max(options.stepMs, merged.spanMs));
  return {
    offeredPerSecond: rate,
    acceptedPerSecond: round(acceptedPerSecond),
    ack,
    refusals: merged.refusals,
    unacknowledged: merged.unacknowledged,
    serverCpuPercent: round(perSecond(cpuSeconds(serverPid) - cpuBefore, wallMs) * 100),
    loadCpuPercent: round(merged.loadCpuPercent),
    worstBySecond: merged.worstBySecond,
    withinBudget: ack.p99 <= options.latencyBudgetMs && merged.unacknowledged === 0 && acceptedPerSecond >= rate * 0.95,
  };
}

function refused(step: StepResult): string {
  const codes = Object.entries(step.refusals).map(([code, count]) => `${code} ${count}`);
  if (step.unacknowledged > 0) codes.push(`unacknowledged ${step.unacknowledged}`);
  return codes.length > 0 ? `, refused: ${codes.join(", ")}` : "";
}

/** Steps up the rate geometrically, then bisects between the last good step and the first bad one. */
export async function findSustainedRate(
  fleet: LoadFleet,
  serverPid: number,
  options: BenchOptions,
  statementCodes: string[],
  label: string,
): Promise<SustainedResult> {
  const steps: StepResult[] = [];
  const log = (step: StepResult) =>
    console.log(
      `  [${label}] ${step.offeredPerSecond}/s offered: ${step.acceptedPerSecond}/s accepted, ` +
        `ack p99 ${round(step.ack.p99)} ms, CPU server ${step.serverCpuPercent}% / busiest load process ` +
        `${step.loadCpuPercent}%${refused(step)}` +
        (step.withinBudget ? "" : `  (over; worst ack per second: ${step.worstBySecond.join(" ")} ms)`),
    );
  // A first step that is not counted: JIT warm-up in the server and the load processes is not capacity.
  await runStep(
    fleet,
    serverPid,
    options.firstRate,
    { ...options, stepMs: Math.min(options.stepMs, 3_000) },
    statementCodes,
  );
  let good = 0;
  let bad = 0;
  let rate = options.firstRate;
  for (let index = 0; index < options.maxSteps; index += 1, rate = Math.round(rate * options.stepFactor)) {
    const step = await runStep(fleet, serverPid, rate, options, statementCodes);
    steps.push(step);
    log(step);
    if (!step.withinBudget) {
      bad = rate;
      break;
    }
    good = rate;
  }
  for (let index = 0; index < options.refineSteps && bad > 0 && good > 0; index += 1) {
    const middle = Math.round((good + bad) / 2);
    const step = await runStep(fleet, serverPid, middle, options, statementCodes);
    steps.push(step);
    log(step);
    if (step.withinBudget) good = middle;
    else bad = middle;
  }
  const passing = steps.filter((step) => step.withinBudget).map((step) => step.acceptedPerSecond);
  return { ratePerSecond: passing.length > 0 ? Math.max(...passing) : 0, steps };
}
