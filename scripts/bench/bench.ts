// npm run bench: peerpulse under load on both stores, against a bare Socket.IO baseline, and scaled out.
// Everything runs on loopback in processes this script starts and stops; every loop is bounded.
import { mkdirSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parseOptions } from "./bench-options.ts";
import { LoadFleet } from "./load-fleet.ts";
import { measureBaseline } from "./measure-baseline.ts";
import { measureScaleOut } from "./measure-scale-out.ts";
import { measureStore, type StoreResult } from "./measure-store.ts";
import { resultsFile, scaleOutTable, table } from "./report.ts";

const RESULTS_DIR = fileURLToPath(new URL("../../bench/results", import.meta.url));

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  const started = Date.now();
  const fleet = LoadFleet.start(options.loadProcesses);
  try {
    if (options.scaleOutOnly) {
      const scaleOut = await measureScaleOut(options, fleet);
      mkdirSync(RESULTS_DIR, { recursive: true });
      writeFileSync(`${RESULTS_DIR}/scale-out.json`, JSON.stringify({ date: new Date(), scaleOut }, null, 2) + "\n");
      console.log(`\n${scaleOutTable(scaleOut)}\n\nwritten to bench/results/scale-out.json`);
      return;
    }
    const stores: StoreResult[] = [];
    for (const store of options.stores) {
      console.log(`peerpulse on the ${store} store`);
      stores.push(await measureStore(store, options, fleet));
    }
    console.log("bare Socket.IO baseline");
    const baseline = await measureBaseline(options, fleet);
    const scaleOut = options.stores.includes("redis")
      ? (console.log("one server process against two on one Redis"), await measureScaleOut(options, fleet))
      : undefined;

    const results = resultsFile(options, stores, baseline, scaleOut);
    mkdirSync(RESULTS_DIR, { recursive: true });
    writeFileSync(`${RESULTS_DIR}/latest.json`, JSON.stringify(results, null, 2) + "\n");
    console.log(`\n${table(stores, baseline, scaleOut)}\n`);
    console.log(`written to bench/results/latest.json in ${Math.round((Date.now() - started) / 1000)} s`);
  } finally {
    await fleet.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
