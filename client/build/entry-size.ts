// Measures what each page of the build ships: the gzipped JavaScript an entry loads, read from Vite's manifest.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

/** The participant page must stay under this on weak mobile data (issue 5: 60 KB gzipped). */
export const PARTICIPANT_JS_BUDGET_BYTES = 60_000;

interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
}

/** Gzipped size of an entry's JavaScript, static and dynamic imports included. */
export interface EntrySize {
  entry: string;
  files: string[];
  rawBytes: number;
  gzipBytes: number;
}

/** Reads `.vite/manifest.json` under `distDir` and sizes every HTML entry with all the chunks it can load. */
export function measureEntries(distDir: string): EntrySize[] {
  const manifest = JSON.parse(readFileSync(join(distDir, ".vite", "manifest.json"), "utf8")) as Record<
    string,
    ManifestChunk
  >;
  return Object.entries(manifest)
    .filter(([, chunk]) => chunk.isEntry)
    .map(([entry]) => {
      const files = new Set<string>();
      const visit = (key: string): void => {
        const chunk = manifest[key];
        if (!chunk || files.has(chunk.file)) return;
        files.add(chunk.file);
        for (const next of [...(chunk.imports ?? []), ...(chunk.dynamicImports ?? [])]) visit(next);
      };
      visit(entry);
      const contents = [...files]
        .filter((file) => file.endsWith(".js"))
        .map((file) => readFileSync(join(distDir, file)));
      return {
        entry,
        files: [...files],
        rawBytes: contents.reduce((sum, content) => sum + content.length, 0),
        gzipBytes: contents.reduce((sum, content) => sum + gzipSync(content, { level: 9 }).length, 0),
      };
    });
}
