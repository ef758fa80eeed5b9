// The orchestrator's side of the load processes: forks them (with a raised file limit) and sends commands.
import type { ChildProcess } from "node:child_process";
import { fileURLToPath } from "node:url";
import { spawnWithFileLimit } from "./child-processes.ts";
import type { FleetCommand, FleetReply, FleetRequest, FleetResults } from "./fleet-messages.ts";

const WORKER_ENTRY = fileURLToPath(new URL("./load-worker.ts", import.meta.url));

/** A set of load processes kept for the whole run, so the baseline and peerpulse see the same load. */
export class LoadFleet {
  private nextId = 1;
  private readonly waiting = new Map<number, { resolve(value: unknown): void; reject(error: Error): void }>();

  private constructor(readonly workers: ChildProcess[]) {
    for (const worker of workers) {
      worker.on("message", (reply: FleetReply) => {
        const pending = this.waiting.get(reply.id);
        this.waiting.delete(reply.id);
        if (reply.ok) pending?.resolve(reply.result);
        else pending?.reject(new Error(reply.error));
      });
      worker.once("exit", (code) => {
        for (const pending of this.waiting.values()) pending.reject(new Error(`a load process exited (${code})`));
        this.waiting.clear();
      });
    }
  }

  static start(count: number): LoadFleet {
    const workers = Array.from({ length: count }, (_, index) =>
      spawnWithFileLimit(
        process.execPath,
        ["--import", "tsx", WORKER_ENTRY],
        { ...process.env, BENCH_WORKER: String(index) },
        ["ignore", "inherit", "inherit", "ipc"],
      ),
    );
    return new LoadFleet(workers);
  }

  get size(): number {
    return this.workers.length;
  }

  /** Sends each load process its own command (by index) and waits for all of them. */
  each<T extends FleetCommand["type"]>(
    command: (index: number) => Extract<FleetCommand, { type: T }>,
  ): Promise<FleetResults[T][]> {
    return Promise.all(
      this.workers.map(
        (worker, index) =>
          new Promise<FleetResults[T]>((resolve, reject) => {
            const id = this.nextId++;
            this.waiting.set(id, { resolve: resolve, reject });
            worker.send({ id, command: command(index) } satisfies FleetRequest);
          }),
      ),
    );
  }

  /** Sends the same command to every load process. */
  all<T extends FleetCommand["type"]>(command: Extract<FleetCommand, { type: T }>): Promise<FleetResults[T][]> {
    return this.each(() => command);
  }

  stop(): Promise<void> {
    return Promise.all(
      this.workers.map(
        (worker) =>
          new Promise<void>((resolve) => {
            if (worker.exitCode !== null || worker.signalCode !== null) return resolve();
            worker.once("exit", () => resolve());
            worker.disconnect();
            setTimeout(() => worker.kill("SIGKILL"), 5_000).unref();
          }),
      ),
    ).then(() => undefined);
  }
}
