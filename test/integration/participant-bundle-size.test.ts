// Issue 5: the participant page ships at most 60 KB of JavaScript gzipped, and no chart library.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, expect, test } from "vitest";
import { measureEntries, PARTICIPANT_JS_BUDGET_BYTES, type EntrySize } from "../../client/build/entry-size.ts";

const CLIENT = fileURLToPath(new URL("../../client", import.meta.url));
const outDir = mkdtempSync(join(tmpdir(), "peerpulse-bundle-"));
let sizes: EntrySize[];

beforeAll(() => {
  // A fresh build of the current source into a private folder: never a stale client/dist.
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
      // vitest sets NODE_ENV=test, which would build Svelte's larger development output: measure what ships.
      env: { ...process.env, NODE_ENV: "production" },
      stdio: "inherit",
    },
  );
  sizes = measureEntries(outDir);
});

afterAll(() => rmSync(outDir, { recursive: true, force: true }));

function participant(): EntrySize {
  const entry = sizes.find((size) => size.entry === "index.html");
  if (!entry) throw new Error("the build has no index.html entry (the participant page)");
  return entry;
}

test("the participant page ships at most 60 KB of JavaScript gzipped", () => {
  const { gzipBytes } = participant();
  console.log(`participant page: ${(gzipBytes / 1000).toFixed(1)} kB of JavaScript gzipped`);
  expect(gzipBytes).toBeLessThanOrEqual(PARTICIPANT_JS_BUDGET_BYTES);
});

test("the participant page loads no chart library and no schema library", () => {
  const code = participant()
    .files.filter((file) => file.endsWith(".js"))
    .map((file) => readFileSync(join(outDir, file), "utf8"))
    .join("\n");
  expect(code).not.toMatch(/Chart\.js v\d|chartjs|kurkle/i);
  expect(code).not.toMatch(/_zod|ZodError/);
});

test("every screen is its own entry", () => {
  expect(sizes.map((size) => size.entry).sort()).toEqual(
    expect.arrayContaining(["console.html", "index.html", "present.html"]),
  );
});
