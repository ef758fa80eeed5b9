// Prints, after every build, the gzipped JavaScript each page ships, and flags the participant page over budget.
import { resolve } from "node:path";
import type { Plugin, ResolvedConfig } from "vite";
import { measureEntries, PARTICIPANT_JS_BUDGET_BYTES } from "./entry-size.ts";

export function sizeReport(participantEntry: string): Plugin {
  let config: ResolvedConfig;
  return {
    name: "peerpulse:size-report",
    apply: "build",
    configResolved(resolved) {
      config = resolved;
    },
    writeBundle() {
      const sizes = measureEntries(resolve(config.root, config.build.outDir));
      const kb = (bytes: number): string => `${(bytes / 1000).toFixed(1)} kB`;
      config.logger.info("\nJavaScript per page (all chunks it can load):");
      for (const size of sizes) {
        const over = size.entry === participantEntry && size.gzipBytes > PARTICIPANT_JS_BUDGET_BYTES;
        const note = size.entry === participantEntry ? ` (budget ${kb(PARTICIPANT_JS_BUDGET_BYTES)})` : "";
        const line = `  ${size.entry.padEnd(16)} ${kb(size.rawBytes).padStart(9)} │ gzip: ${kb(size.gzipBytes)}${note}`;
        if (over) config.logger.error(`${line}  OVER BUDGET`);
        else config.logger.info(line);
      }
    },
  };
}
