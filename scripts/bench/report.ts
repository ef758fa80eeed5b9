// Turns the measurements into the printed table and bench/results/latest.json, each figure with its store.
import { cpus, totalmem, release } from "node:os";
import type { BenchOptions, StoreKind } from "./bench-options.ts";
import type { BaselineResult } from "./measure-baseline.ts";
import type { ScaleOutPair, ScaleOutResult } from "./measure-scale-out.ts";
import type { StoreResult } from "./measure-store.ts";
import { round } from "./stats.ts";

/** The targets on a 2-core machine. */
export const TARGETS = {
  maxConcurrentParticipants: 5_000,
  rssPerParticipantKB: 40,
  voteToPresenterP99Ms: 250,
  throughputRatioToBaseline: 0.5,
  scaleOutCpuCostRatio: 1.25,
};

/** The store the headline figures come from: the default one, which a single laptop or server runs. */
const HEADLINE: StoreKind = "embedded";

interface Figures {
  throughputRatioToBaseline: number;
  sustainedRatingsPerSecond: number;
  maxConcurrentParticipants: number;
  rssPerParticipantKB: number;
  burst: { participants: number; voteToPresenterP99Ms: number; ackP99Ms: number; store: StoreKind };
}

function figures(result: StoreResult, baseline: BaselineResult): Figures {
  return {
    throughputRatioToBaseline:
      Math.round((result.sustained.ratePerSecond / Math.max(1, baseline.sustained.ratePerSecond)) * 100) / 100,
    sustainedRatingsPerSecond: result.sustained.ratePerSecond,
    maxConcurrentParticipants: Math.min(result.participants.connected, result.participants.stillConnectedAtEnd),
    rssPerParticipantKB: result.memory.rssPerParticipantKB,
    burst: {
      participants: result.burst.participants,
      voteToPresenterP99Ms: round(result.burst.voteToPresenter.p99),
      ackP99Ms: round(result.burst.ack.p99),
      store: result.store,
    },
  };
}

export function machine() {
  return {
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model ?? "unknown",
    memoryGB: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    kernel: release(),
  };
}

/** The results file: headline figures at the top (with `measuredOn`), then every store in full. */
export function resultsFile(
  options: BenchOptions,
  stores: StoreResult[],
  baseline: BaselineResult,
  scaleOut: ScaleOutResult | undefined,
) {
  const byStore = Object.fromEntries(stores.map((result) => [result.store, figures(result, baseline)]));
  const headline = stores.find((result) => result.store === HEADLINE) ?? stores[0]!;
  return {
    date: new Date().toISOString(),
    command: `npm run bench --${options.quick ? " --quick" : ""}`,
    machine: machine(),
    ...figures(headline, baseline),
    scaleOutCpuCostRatio: scaleOut?.cpuCostRatio ?? null,
    scaleOutControlCpuCostRatio: scaleOut?.control.cpuCostRatio ?? null,
    measuredOn: {
      throughputRatioToBaseline: headline.store,
      maxConcurrentParticipants: headline.store,
      rssPerParticipantKB: headline.store,
      burst: headline.store,
      scaleOutCpuCostRatio: "redis",
      scaleOutControlCpuCostRatio: "redis",
    },
    targets: TARGETS,
    byStore,
    baseline,
    scaleOut: scaleOut ?? null,
    details: stores,
    options,
  };
}

function cell(value: number | string | undefined): string {
  if (value === undefined) return "–";
  return typeof value === "number" ? String(round(value)) : value;
}

/** The table printed at the end of a run: one row per figure, one column per store, and the target. */
export function table(stores: StoreResult[], baseline: BaselineResult, scaleOut: ScaleOutResult | undefined): string {
  const column = (pick: (result: StoreResult, f: Figures) => number | string) =>
    stores.map((result) => cell(pick(result, figures(result, baseline))));
  const rows: string[][] = [
    ["figure", ...stores.map((result) => result.store), "target"],
    ["participants held on one process", ...column((_, f) => f.maxConcurrentParticipants), "≥ 5000"],
    ["server RSS per idle participant (KB)", ...column((_, f) => f.rssPerParticipantKB), "< 40"],
    ["burst participants", ...column((_, f) => f.burst.participants), "2000"],
    ["burst ack p50/p95/p99/max (ms)", ...column((r) => latencies(r.burst.ack)), ""],
    ["burst vote→presenter p50/p95/p99/max (ms)", ...column((r) => latencies(r.burst.voteToPresenter)), "p99 < 250"],
    ["burst server CPU (% of a core)", ...column((r) => r.burst.serverCpuPercent), ""],
    ["sustained accepted ratings/s (ack p99 ≤ 250 ms)", ...column((_, f) => f.sustainedRatingsPerSecond), ""],
    ["bare Socket.IO baseline ratings/s", ...column(() => baseline.sustained.ratePerSecond), ""],
    ["sustained rate / baseline", ...column((_, f) => f.throughputRatioToBaseline), "≥ 0.5"],
  ];
  if (scaleOut) {
    // Scale-out is measured on Redis only: its figures go in the redis column, whichever stores were run.
    const onRedis = (label: string, value: string, target = "") => [
      label,
      ...stores.map((result) => (result.store === "redis" ? value : "")),
      target,
    ];
    rows.push(
      onRedis("server CPU s per 1,000 ratings, 1 process", scaleOut.one.serverCpuSecondsPer1000.toFixed(3)),
      onRedis("server CPU s per 1,000 ratings, 2 processes", scaleOut.two.serverCpuSecondsPer1000.toFixed(3)),
      onRedis(
        `2 processes / 1 process CPU per rating (median of ${scaleOut.pairs.length})`,
        scaleOut.cpuCostRatio.toFixed(2),
        "≤ 1.25",
      ),
      onRedis("the same for the control (bare Socket.IO + 1 Redis command)", scaleOut.control.cpuCostRatio.toFixed(2)),
    );
  }
  const widths = rows[0]!.map((_, index) => Math.max(...rows.map((row) => (row[index] ?? "").length)));
  return rows.map((row) => row.map((value, index) => value.padEnd(widths[index]!)).join(" | ")).join("\n");
}

/** The scale-out comparison alone (`--only=scale-out`): each pair of peerpulse and of the control, then the medians. */
export function scaleOutTable(scaleOut: ScaleOutResult): string {
  const describe = (subject: string, pairs: ScaleOutPair[]) =>
    pairs.map(
      (pair, index) =>
        `${subject} pair ${index + 1}: ${pair.one.serverCpuSecondsPer1000.toFixed(3)} s and ` +
        `${pair.one.wakeUpsPer1000} wake-ups (1 process), ${pair.two.serverCpuSecondsPer1000.toFixed(3)} s and ` +
        `${pair.two.wakeUpsPer1000} wake-ups (2 processes) per 1,000 ratings: ratio ${pair.cpuCostRatio.toFixed(2)}`,
    );
  return [
    ...describe("peerpulse", scaleOut.pairs),
    ...describe("control", scaleOut.control.pairs),
    `median ratio ${scaleOut.cpuCostRatio.toFixed(2)} (target ≤ 1.25); ` +
      `the control's (bare Socket.IO + one Redis command per rating) ${scaleOut.control.cpuCostRatio.toFixed(2)}`,
  ].join("\n");
}

function latencies(summary: { p50: number; p95: number; p99: number; max: number }): string {
  return [summary.p50, summary.p95, summary.p99, summary.max].map((value) => cell(value)).join(" / ");
}
