// Builds the screens and the server once per test run (`npm run build`), before any file of the integration or
// browser tests starts: every spawned server serves the current source's screens, and no file builds on its own.
import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));

/** Shared by the projects that list this setup, so a run that selects both still builds once. */
let built: Promise<unknown> | undefined;

export async function setup(): Promise<void> {
  built ??= promisify(execFile)("npm", ["run", "build", "--silent"], {
    cwd: ROOT,
    // vitest sets NODE_ENV=test, which would build Svelte's development output: test what ships.
    env: { ...process.env, NODE_ENV: "production" },
  }).catch((error: unknown) => {
    const { stdout, stderr } = error as { stdout?: string; stderr?: string };
    throw new Error(`npm run build failed:\n${stdout ?? ""}${stderr ?? ""}`);
  });
  await built;
}
