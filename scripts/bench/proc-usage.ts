// Reads a process's CPU time and resident memory from /proc (Linux), as pidusage does, without a dependency.
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";

let ticksPerSecond: number | undefined;

function clockTicks(): number {
  ticksPerSecond ??= Number(execFileSync("getconf", ["CLK_TCK"], { encoding: "utf8" }).trim()) || 100;
  return ticksPerSecond;
}

/** User plus system CPU time the process has used so far, in seconds. */
export function cpuSeconds(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
  // The command name (field 2) may hold spaces; the fields after its closing parenthesis start at field 3.
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  const userTicks = Number(fields[11]);
  const systemTicks = Number(fields[12]);
  return (userTicks + systemTicks) / clockTicks();
}

/** Resident set size in kilobytes (VmRSS). */
export function rssKB(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  const match = /^VmRSS:\s+(\d+)\s+kB$/m.exec(status);
  if (!match) throw new Error(`no VmRSS for process ${pid}`);
  return Number(match[1]);
}

/** CPU seconds of several processes together (two servers on one Redis). */
export function totalCpuSeconds(pids: readonly number[]): number {
  return pids.reduce((sum, pid) => sum + cpuSeconds(pid), 0);
}

/** Where a process's CPU time went: its main (event-loop) thread and the rest (V8's GC and compiler helpers). */
export interface ThreadSplit {
  mainThread: number;
  otherThreads: number;
  /** Times the process gave up the CPU to wait (each sleep in epoll_wait is one): a count of wake-ups. */
  voluntaryContextSwitches: number;
}

/** CPU seconds of the main thread and of the others, and wake-ups so far, of one process (Linux /proc). */
export function threadSplit(pid: number): ThreadSplit {
  const split: ThreadSplit = { mainThread: 0, otherThreads: 0, voluntaryContextSwitches: 0 };
  for (const task of readdirSync(`/proc/${pid}/task`)) {
    let stat: string;
    try {
      stat = readFileSync(`/proc/${pid}/task/${task}/stat`, "utf8");
    } catch {
      continue; // the thread ended between the listing and the read
    }
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    const seconds = (Number(fields[11]) + Number(fields[12])) / clockTicks();
    if (task === String(pid)) split.mainThread += seconds;
    else split.otherThreads += seconds;
  }
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  split.voluntaryContextSwitches = Number(/^voluntary_ctxt_switches:\s+(\d+)$/m.exec(status)?.[1] ?? 0);
  return split;
}

/** The sum of several processes' splits, or the difference of two sums (`after` minus `before`). */
export function sumSplits(splits: readonly ThreadSplit[], minus?: ThreadSplit): ThreadSplit {
  const total = splits.reduce(
    (sum, split) => ({
      mainThread: sum.mainThread + split.mainThread,
      otherThreads: sum.otherThreads + split.otherThreads,
      voluntaryContextSwitches: sum.voluntaryContextSwitches + split.voluntaryContextSwitches,
    }),
    { mainThread: 0, otherThreads: 0, voluntaryContextSwitches: 0 },
  );
  if (!minus) return total;
  return {
    mainThread: total.mainThread - minus.mainThread,
    otherThreads: total.otherThreads - minus.otherThreads,
    voluntaryContextSwitches: total.voluntaryContextSwitches - minus.voluntaryContextSwitches,
  };
}
