// `npm run backup`: a consistent snapshot of the embedded store's journal, taken while the server runs.
import { parseArgs } from "node:util";
import { writeBackup } from "../server/src/store/embedded/backup.ts";

const USAGE = `usage: npm run backup -- --out <file> [--data-dir <folder>]

  --out <file>          where to write the backup (a compacted journal; written whole, then renamed into place)
  --data-dir <folder>   the server's DATA_DIR (default DATA_DIR from the environment, else ./data)

Works while the server runs: it reads the journal up to its last whole line, which is a state the store has
been in, and writes the shortest list of operations that rebuilds it (missions, workshops, participants,
every rating with its vote id, the shortlist). Restore it with npm run restore. For the Redis store, back up
Redis's own files instead (see the README).`;

function main(): number {
  const { values } = parseArgs({
    options: { out: { type: "string" }, "data-dir": { type: "string" }, help: { type: "boolean" } },
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  if (!values.out) {
    console.error(`--out is required\n\n${USAGE}`);
    return 2;
  }
  const dataDir = values["data-dir"] ?? process.env.DATA_DIR ?? "./data";
  try {
    const summary = writeBackup(dataDir, values.out);
    console.log(
      `backed up ${summary.missions} mission(s) and ${summary.workshops} workshop(s) from ${dataDir} to ${values.out}`,
    );
    return 0;
  } catch (error) {
    console.error(`backup failed: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
}

process.exitCode = main();
