// The embedded store's append-only journal: one JSON line per change, replayed at start, compacted in place.
import {
  closeSync,
  existsSync,
  fdatasyncSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readFileSync,
  renameSync,
  writeSync,
} from "node:fs";
import { join } from "node:path";
import type { StateOperation } from "./embedded-state.ts";

/** What replaying the journal found. */
export interface ReplayReport {
  operations: StateOperation[];
  /** A final line cut short by a crash mid-write: dropped, since it was never acknowledged. */
  droppedTornTail: boolean;
}

/**
 * A write-ahead journal. A line is written with write(2) before the change is acknowledged, so a killed
 * process loses nothing; the OS flushes to disk within `syncIntervalMs` (like Redis's `appendfsync everysec`).
 */
export class Journal {
  private fd: number;
  private lines = 0;
  private readonly path: string;
  private readonly syncTimer: NodeJS.Timeout;

  constructor(
    private readonly dir: string,
    syncIntervalMs = 1000,
  ) {
    mkdirSync(dir, { recursive: true });
    this.path = join(dir, "journal.ndjson");
    this.fd = openSync(this.path, "a");
    this.syncTimer = setInterval(() => fdatasyncSync(this.fd), syncIntervalMs);
    this.syncTimer.unref();
  }

  /** Reads every complete operation in the journal. */
  replay(): ReplayReport {
    if (!existsSync(this.path)) return { operations: [], droppedTornTail: false };
    const text = readFileSync(this.path, "utf8");
    const rows = text.split("\n");
    const tail = rows.pop() ?? "";
    const operations: StateOperation[] = [];
    rows.forEach((row, index) => {
      if (row === "") return;
      try {
        operations.push(JSON.parse(row) as StateOperation);
      } catch {
        throw new Error(`the journal ${this.path} is damaged at line ${index + 1}; restore it from a backup`);
      }
    });
    this.lines = operations.length;
    const droppedTornTail = tail !== "";
    if (droppedTornTail) this.rewrite(operations);
    return { operations, droppedTornTail };
  }

  /** Appends one operation; returns once the kernel holds it. */
  append(operation: StateOperation): void {
    writeSync(this.fd, JSON.stringify(operation) + "\n");
    this.lines += 1;
  }

  /** Number of lines written since the last compaction. */
  get length(): number {
    return this.lines;
  }

  /** Replaces the journal with the shorter list of operations that rebuilds the same state. */
  rewrite(operations: readonly StateOperation[]): void {
    const temporary = `${this.path}.compact`;
    const fd = openSync(temporary, "w");
    const chunk: string[] = [];
    for (const operation of operations) {
      chunk.push(JSON.stringify(operation));
      if (chunk.length === 1000) writeSync(fd, chunk.splice(0).join("\n") + "\n");
    }
    if (chunk.length > 0) writeSync(fd, chunk.join("\n") + "\n");
    fsyncSync(fd);
    closeSync(fd);
    renameSync(temporary, this.path);
    closeSync(this.fd);
    this.fd = openSync(this.path, "a");
    this.lines = operations.length;
  }

  close(): void {
    clearInterval(this.syncTimer);
    fsyncSync(this.fd);
    closeSync(this.fd);
  }
}
