// `npm run restore`: puts a backup from `npm run backup` in place as the embedded store's journal.
import { parseArgs } from "node:util";
import { restoreBackup } from "../server/src/store/embedded/backup.ts";

const USAGE = `usage: npm run restore -- --file <backup> [--data-dir <folder>] [--replace]

  --file <backup>       a file written by npm run backup
  --data-dir <folder>   the DATA_DIR to restore into (default DATA_DIR from the environment, else ./data)
  --replace             set aside a journal already there (kept as journal.ndjson.replaced-<time>)

Stop the server first: a restore under a running server is refused. Start it again on the same DATA_DIR and it
serves the restored missions; the phones' tokens, vote ids and ratings are all in the backup.`;

function main(): number {
  const { values } = parseArgs({
    options: {
      file: { type: "string" },
      "data-dir": { type: "string" },
      replace: { type: "boolean" },
      help: { type: "boolean" },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  if (!values.file) {
    console.error(`--file is required\n\n${USAGE}`);
    return 2;
  }
  const dataDir = values["data-dir"] ?? process.env.DATA_DIR ?? "./data";
  try {
    const summary = restoreBackup(values.file, dataDir, values.replace ?? false);
    console.log(`restored ${summary.missions} mission(s) and ${summary.workshops} workshop(s) into ${dataDir}`);
    return 0;
  } catch (error) {
    console.error(`restore failed: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
}

process.exitCode = main();
