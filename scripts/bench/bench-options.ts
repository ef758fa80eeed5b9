// The bench's sizes: the full run measures the targets; --quick is a smoke check under two minutes.

export type StoreKind = "embedded" | "redis";

/** Everything one run needs to know; all loops in the bench are bounded by these numbers. */
export interface BenchOptions {
  quick: boolean;
  /** Write a CPU profile of each peerpulse server process under bench/results/profiles. */
  profile: boolean;
  stores: StoreKind[];
  /** Run only the scale-out comparison (`--only=scale-out`), e.g. while working on its cost. */
  scaleOutOnly: boolean;
  loadProcesses: number;
  /** Participants held at once on one server process (split into workshops of `workshopSize`). */
  participants: number;
  workshopSize: number;
  /** Participants (in whole workshops) who all rate one statement within `burstWindowMs`. */
  burstParticipants: number;
  burstWindowMs: number;
  bursts: number;
  /** Sustained rates start here and grow by `stepFactor` until p99 passes `latencyBudgetMs`. */
  firstRate: number;
  stepFactor: number;
  maxSteps: number;
  /** Extra steps between the last good rate and the first bad one. */
  refineSteps: number;
  stepMs: number;
  latencyBudgetMs: number;
  /** Fixed load for comparing one server process with two on one Redis. */
  scaleOutParticipants: number;
  scaleOutRate: number;
  scaleOutMs: number;
  /** Uncounted load before each scale-out measurement, so every process runs optimised code. */
  scaleOutWarmupMs: number;
  /** One-then-two pairs, interleaved; the ratio reported is the median pair's, since one pair is noisy. */
  scaleOutPairs: number;
}

const FULL: Omit<BenchOptions, "quick" | "profile" | "stores" | "scaleOutOnly"> = {
  loadProcesses: 2,
  participants: 5_000,
  workshopSize: 50,
  burstParticipants: 2_000,
  burstWindowMs: 3_000,
  bursts: 3,
  firstRate: 1_000,
  stepFactor: 1.5,
  maxSteps: 10,
  refineSteps: 2,
  stepMs: 8_000,
  latencyBudgetMs: 250,
  scaleOutParticipants: 2_000,
  scaleOutRate: 2_000,
  scaleOutMs: 10_000,
  scaleOutWarmupMs: 8_000,
  scaleOutPairs: 5,
};

const QUICK: typeof FULL = {
  ...FULL,
  participants: 1_000,
  burstParticipants: 500,
  bursts: 1,
  firstRate: 1_000,
  stepFactor: 2,
  maxSteps: 4,
  refineSteps: 0,
  stepMs: 2_500,
  scaleOutParticipants: 500,
  scaleOutRate: 1_000,
  scaleOutMs: 3_000,
  scaleOutWarmupMs: 2_000,
  scaleOutPairs: 1,
};

const USAGE =
  "usage: npm run bench -- [--quick] [--profile] [--store=embedded|redis] [--participants=N] " +
  "[--only=scale-out] [--pairs=N] [--scale-out-rate=N]";

/** Reads the command line (after `npm run bench --`). */
export function parseOptions(args: readonly string[]): BenchOptions {
  const quick = args.includes("--quick");
  const options: BenchOptions = {
    ...(quick ? QUICK : FULL),
    quick,
    profile: args.includes("--profile"),
    stores: ["embedded", "redis"],
    scaleOutOnly: false,
  };
  for (const arg of args) {
    const [name, value = ""] = arg.split("=");
    if (name === "--quick" || name === "--profile") continue;
    if (name === "--store" && (value === "embedded" || value === "redis")) options.stores = [value];
    else if (name === "--only" && value === "scale-out") options.scaleOutOnly = true;
    else if (name === "--pairs" && /^[1-9]\d*$/.test(value)) options.scaleOutPairs = Number(value);
    else if (name === "--scale-out-rate" && /^[1-9]\d*$/.test(value)) options.scaleOutRate = Number(value);
    else if (name === "--participants" && /^\d+$/.test(value)) {
      options.participants = Number(value);
      options.burstParticipants = Math.min(options.burstParticipants, options.participants);
    } else throw new Error(`unknown option ${arg}\n${USAGE}`);
  }
  return options;
}
