// One server process per data folder: a lock file holding the holder's pid, taken at start, removed at close.
import { linkSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";

/** The lock file's name inside DATA_DIR. */
export const LOCK_FILE = "peerpulse.lock";

/** Another live process holds the folder: this one must not start on it. */
export class DataDirInUse extends Error {}

/**
 * Two processes on one journal would both append to it and compact it independently, each overwriting what the
 * other wrote. The lock is a file made with O_EXCL holding the holder's pid. A lock whose pid is not running (a
 * process killed with SIGKILL, a machine that crashed) is stale: it is moved aside by an atomic rename, checked
 * to still be the stale one, and taken over, so two processes recovering the same stale lock cannot both win.
 */
export class DataDirLock {
  private constructor(
    readonly path: string,
    private released = false,
  ) {}

  /** Takes the folder's lock, recovering a stale one; throws `DataDirInUse` naming the folder when it is held. */
  static take(dataDir: string): DataDirLock {
    const dir = resolve(dataDir);
    mkdirSync(dir, { recursive: true });
    const path = join(dir, LOCK_FILE);
    for (let attempt = 0; attempt < 5; attempt += 1) {
      if (create(path)) return new DataDirLock(path);
      const holder = readPid(path);
      if (holder === undefined) continue; // removed meanwhile: try again
      if (holder !== process.pid && running(holder))
        throw new DataDirInUse(
          `peerpulse cannot start: the data folder ${dir} is in use by another peerpulse process (pid ${holder}, ` +
            `lock file ${path}). Stop that process, or give this one another DATA_DIR. If no process ${holder} ` +
            `is running peerpulse, delete the lock file.`,
        );
      recoverStale(path, holder);
    }
    throw new DataDirInUse(
      `peerpulse cannot start: the lock file ${path} keeps changing; is another process starting?`,
    );
  }

  /** Removes the lock, if it is still this process's. */
  release(): void {
    if (this.released) return;
    this.released = true;
    if (readPid(this.path) === process.pid) rmSync(this.path, { force: true });
  }
}

/**
 * Creates the lock file with this process's pid; false when it exists. The pid is written to a file of its own
 * first and linked into place (link(2) fails when the name exists), so a lock is never seen empty.
 */
function create(path: string): boolean {
  const own = `${path}.${process.pid}`;
  writeFileSync(own, `${process.pid}\n`);
  try {
    linkSync(own, path);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST") return false;
    throw error;
  } finally {
    rmSync(own, { force: true });
  }
}

/** The pid in a lock file; undefined when there is no file, NaN when it holds no pid (a write cut short). */
function readPid(path: string): number | undefined {
  try {
    return Number.parseInt(readFileSync(path, "utf8"), 10);
  } catch {
    return undefined;
  }
}

/** Whether a process with this pid is running (signal 0 checks without sending anything). */
function running(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * Moves a stale lock aside; if what was moved is not the stale lock read a moment ago (another process recovered
 * it and took the folder in between), it is put back, and the next attempt finds that process's live lock.
 */
function recoverStale(path: string, stalePid: number): void {
  const aside = `${path}.stale-${process.pid}`;
  try {
    renameSync(path, aside);
  } catch {
    return; // gone already: someone else moved it
  }
  const moved = readPid(aside);
  if (moved !== stalePid && !Number.isNaN(moved)) {
    try {
      linkSync(aside, path); // never over a lock taken in the meantime
    } catch {
      // a third process holds the folder now; its lock stays
    }
  }
  rmSync(aside, { force: true });
}
