// Builds the screens from the current source into a private folder, as they ship (never a stale client/dist).
import { execFileSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const CLIENT = fileURLToPath(new URL("../../client", import.meta.url));

/** Runs `vite build` into a new temporary folder and returns it; the caller removes it. */
export function buildClientToTemp(): string {
  const outDir = mkdtempSync(join(tmpdir(), "peerpulse-client-"));
  execFileSync(
    process.execPath,
    [
      join(CLIENT, "../node_modules/vite/bin/vite.js"),
      "build",
      "--outDir",
      outDir,
      "--emptyOutDir",
      "--logLevel",
      "error",
    ],
    {
      cwd: CLIENT,
      // vitest sets NODE_ENV=test, which would build Svelte's larger development output: test what ships.
      env: { ...process.env, NODE_ENV: "production" },
      stdio: "inherit",
    },
  );
  return outDir;
}
