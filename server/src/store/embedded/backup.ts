// Backup and restore of the embedded store: a consistent snapshot of a live journal, and putting one back.
import {
  closeSync,
  existsSync,
  fstatSync,
  mkdirSync,
  openSync,
  readFileSync,
  readSync,
  renameSync,
  statSync,
} from "node:fs";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { operationsFor } from "./compaction.ts";
import { EmbeddedState, type StateOperation } from "./embedded-state.ts";
import { parseJournal } from "./journal-lines.ts";
import { DataDirLock } from "./data-dir-lock.ts";

/** The journal's file name inside DATA_DIR. */
export const JOURNAL_FILE = "journal.ndjson";

/** What a backup holds, for the operator. */
export interface BackupSummary {
  missions: number;
  workshops: number;
  /** Lines of the backup file. */
  operations: number;
}

/**
 * Reads the journal of a store that may be running. Every operation is one line written whole with its newline,
 * and each is applied in order, so every prefix of whole lines is a state the store has been in; the copy stops at
 * the size the file had when opened and leaves out a last line still being written. A compaction renames a new
 * file over the journal: the file opened here is either the old one (complete up to the rename) or the new one.
 */
export function snapshotOfJournal(dataDir: string): EmbeddedState {
  const path = join(dataDir, JOURNAL_FILE);
  if (!existsSync(path)) throw new Error(`${dataDir} holds no journal (${JOURNAL_FILE}); is it the server's DATA_DIR?`);
  const fd = openSync(path, "r");
  let text: string;
  try {
    const size = fstatSync(fd).size;
    const bytes = Buffer.alloc(size);
    let read = 0;
    while (read < size) {
      const got = readSync(fd, bytes, read, size - read, read);
      if (got === 0) break;
      read += got;
    }
    text = bytes.subarray(0, read).toString("utf8");
  } finally {
    closeSync(fd);
  }
  return stateOf(parseJournal(text, path).operations);
}

/** Writes a snapshot of `dataDir`'s journal to `outFile` (a compacted journal), through a temporary file and a rename. */
export function writeBackup(dataDir: string, outFile: string): BackupSummary {
  const state = snapshotOfJournal(dataDir);
  const operations = operationsFor(state);
  const temporary = `${outFile}.partial`;
  writeFileSync(temporary, operations.map((operation) => JSON.stringify(operation) + "\n").join(""), { flush: true });
  renameSync(temporary, outFile);
  return summaryOf(state, operations.length);
}

/**
 * Puts a backup in place as `dataDir`'s journal. Refused while a server runs on `dataDir` (it holds the folder's
 * lock, and would go on from its own state and overwrite the restored one), and, unless `replace`, when `dataDir` already holds a journal;
 * a replaced journal is kept beside it as `journal.ndjson.replaced-<time>`. The backup is read whole and checked
 * before anything changes.
 */
export function restoreBackup(backupFile: string, dataDir: string, replace: boolean): BackupSummary {
  const { operations, tornTail } = parseJournal(readFileSync(backupFile, "utf8"), backupFile);
  if (tornTail || operations.length === 0 || !operations.every(isOperation))
    throw new Error(`${backupFile} is not a peerpulse backup (made by npm run backup)`);
  const state = stateOf(operations);
  // The server's own lock: a running server on the folder refuses the restore (DataDirInUse), and no server can
  // start on it while the journal is being put in place.
  mkdirSync(dataDir, { recursive: true });
  const lock = DataDirLock.take(dataDir);
  try {
    putInPlace(operations, dataDir, replace);
  } finally {
    lock.release();
  }
  return summaryOf(state, operations.length);
}

function putInPlace(operations: readonly StateOperation[], dataDir: string, replace: boolean): void {
  const journal = join(dataDir, JOURNAL_FILE);
  if (existsSync(journal) && statSync(journal).size > 0) {
    if (!replace) throw new Error(`${dataDir} already holds a journal; add --replace to set it aside and restore`);
    renameSync(journal, `${journal}.replaced-${new Date().toISOString().replace(/[:.]/g, "-")}`);
  }
  const temporary = `${journal}.restoring`;
  writeFileSync(temporary, operations.map((operation) => JSON.stringify(operation) + "\n").join(""), { flush: true });
  renameSync(temporary, journal);
}

const OPERATION_NAMES = new Set<string>([
  "mission.create",
  "workshop.create",
  "workshop.update",
  "participant.add",
  "rating.record",
  "votes.seen",
  "workshop.restore",
  "workshop.import",
  "shortlist.save",
]);

function isOperation(value: unknown): value is StateOperation {
  return typeof value === "object" && value !== null && OPERATION_NAMES.has(String((value as { op?: unknown }).op));
}

function stateOf(operations: readonly StateOperation[]): EmbeddedState {
  const state = new EmbeddedState();
  for (const operation of operations) state.apply(operation);
  return state;
}

function summaryOf(state: EmbeddedState, operations: number): BackupSummary {
  return { missions: state.missions.size, workshops: state.workshops.size, operations };
}
