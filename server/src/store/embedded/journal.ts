// The embedded store's append-only journal: one JSON line per change, replayed at start, compacted in place.
import {
  closeSync,
  existsSync,
  fdatasyncSync,
  fstatSync,
  fsyncSync,
  ftruncateSync,
  mkdirSync,
  openSync,
  readFileSync,
  renameSync,
  rmSync,
  writeSync,
} from "node:fs";
import { join } from "node:path";
import { DomainError } from "../../domain/domain-error.ts";
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
  /** The journal's length in bytes: where a line cut short is cut back to. */
  private bytes: number;
  private readonly path: string;
  private readonly syncTimer: NodeJS.Timeout;

  constructor(
    private readonly dir: string,
    syncIntervalMs = 1000,
  ) {
    mkdirSync(dir, { recursive: true });
    this.path = join(dir, "journal.ndjson");
    this.fd = openSync(this.path, "a");
    this.bytes = fstatSync(this.fd).size;
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

  /**
   * Appends one operation; returns once the kernel holds it. A line that cannot be written in full (disk full,
   * file size limit: the kernel writes part of it, then refuses) is cut off again and refused with
   * `store_unavailable`, so nothing half-written is acknowledged, nor left for later lines to be glued to.
   */
  append(operation: StateOperation): void {
    const line = Buffer.from(JSON.stringify(operation) + "\n");
    let written: number;
    try {
      written = writeSync(this.fd, line);
    } catch (error) {
      throw journalUnavailable(error);
    }
    if (written !== line.length) {
      ftruncateSync(this.fd, this.bytes);
      throw journalUnavailable(new Error(`only ${written} of ${line.length} bytes reached the journal`));
    }
    this.bytes += line.length;
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
      if (chunk.length === 1000) writeAll(fd, chunk.splice(0).join("\n") + "\n", temporary);
    }
    if (chunk.length > 0) writeAll(fd, chunk.join("\n") + "\n", temporary);
    fsyncSync(fd);
    closeSync(fd);
    renameSync(temporary, this.path);
    closeSync(this.fd);
    this.fd = openSync(this.path, "a");
    this.bytes = fstatSync(this.fd).size;
    this.lines = operations.length;
  }

  close(): void {
    clearInterval(this.syncTimer);
    fsyncSync(this.fd);
    closeSync(this.fd);
  }
}

/** The refusal a participant sees; the cause stays in the error for the log. */
function journalUnavailable(cause: unknown): DomainError {
  return Object.assign(
    new DomainError("store_unavailable", "the server could not save this rating (its disk may be full); try again"),
    { cause },
  );
}

/**
 * Writes all of `text` or throws: a compacted journal cut short by a full disk must never be renamed over the
 * complete one (the temporary file is removed and the old journal stays).
 */
function writeAll(fd: number, text: string, path: string): void {
  const bytes = Buffer.from(text);
  let written: number;
  try {
    written = writeSync(fd, bytes);
  } catch (error) {
    closeSync(fd);
    rmSync(path, { force: true });
    throw journalUnavailable(error);
  }
  if (written !== bytes.length) {
    closeSync(fd);
    rmSync(path, { force: true });
    throw journalUnavailable(new Error(`only ${written} of ${bytes.length} bytes reached ${path}`));
  }
}
