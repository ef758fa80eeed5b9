// Issue 5: the participant page ships at most 60 KB of JavaScript gzipped, and no chart library.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, expect, test } from "vitest";
import { measureEntries, PARTICIPANT_JS_BUDGET_BYTES, type EntrySize } from "../../client/build/entry-size.ts";

// The production build of the current source, made once for this run by test/support/build.global-setup.ts.
const outDir = fileURLToPath(new URL("../../client/dist", import.meta.url));
let sizes: EntrySize[];

beforeAll(() => {
  sizes = measureEntries(outDir);
});

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
