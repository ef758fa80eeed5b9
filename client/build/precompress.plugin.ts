// Writes a brotli (.br) and a gzip (.gz) copy beside each text file of the build, so the server sends the smallest
// one a browser accepts without compressing on every request (@fastify/static's `preCompressed`).
import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import type { Plugin, ResolvedConfig } from "vite";

/** Files worth compressing: text that browsers fetch. Images here are already compressed (or tiny SVG). */
const COMPRESSIBLE = /\.(?:js|mjs|css|html|svg|json|txt)$/;

/** Below this a compressed copy saves less than a packet's headers cost. */
const MIN_BYTES = 512;

/** Every compressible file under `dir`, with its path. */
function compressibleFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === ".vite" ? [] : compressibleFiles(path);
    return COMPRESSIBLE.test(name) && statSync(path).size >= MIN_BYTES ? [path] : [];
  });
}

/** Writes `file.br` and `file.gz` for every compressible file of `dir`; a copy no smaller than the file is left out. */
export function precompressDirectory(dir: string): number {
  let written = 0;
  for (const path of compressibleFiles(dir)) {
    const bytes = readFileSync(path);
    const copies: [string, Buffer][] = [
      [
        ".br",
        brotliCompressSync(bytes, {
          params: {
            [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
            [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
          },
        }),
      ],
      [".gz", gzipSync(bytes, { level: 9 })],
    ];
    for (const [extension, compressed] of copies) {
      if (compressed.length >= bytes.length) continue;
      writeFileSync(path + extension, compressed);
      written += 1;
    }
  }
  return written;
}

export function precompress(): Plugin {
  let config: ResolvedConfig;
  return {
    name: "peerpulse:precompress",
    apply: "build",
    configResolved(resolved) {
      config = resolved;
    },
    closeBundle() {
      const written = precompressDirectory(resolve(config.root, config.build.outDir));
      config.logger.info(`precompressed: ${written} .br and .gz files`);
    },
  };
}
