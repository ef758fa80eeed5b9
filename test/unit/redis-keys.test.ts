// docs/redis-keys.md lists every key and meta field the Redis store writes, and the keys are built only in
// redis-keys.ts: read from the code when the test runs, so a new key fails here until it is documented.
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import {
  JOIN_CODES_KEY,
  joinFailuresKeyPrefix,
  missionKeys,
  workshopKeys,
} from "../../server/src/store/redis/redis-keys.ts";
import { workshopToHash } from "../../server/src/store/redis/workshop-hash.ts";
import { aMission, aWorkshop } from "../support/fixtures.ts";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const DOC = readFileSync(join(ROOT, "docs/redis-keys.md"), "utf8");
const REDIS_DIR = join(ROOT, "server/src/store/redis");

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.(ts|lua)$/.test(entry.name) && !entry.name.includes(".test."))
    .map((entry) => join(entry.parentPath, entry.name));
}

describe("docs/redis-keys.md", () => {
  it("lists every key redis-keys.ts builds", () => {
    const keys = [
      ...Object.values(workshopKeys("<workshopId>")),
      ...Object.values(missionKeys("<missionId>")),
      JOIN_CODES_KEY,
      `${joinFailuresKeyPrefix("<limit>")}:<who>`,
    ];
    expect(keys.filter((key) => !DOC.includes(`\`${key}\``))).toEqual([]);
  });

  it("lists every field written to a workshop's meta hash", () => {
    const store = readFileSync(join(REDIS_DIR, "redis.store.ts"), "utf8");
    const script = readFileSync(join(REDIS_DIR, "update-workshop.lua"), "utf8");
    const fields = new Set([
      ...Object.keys(workshopToHash(aWorkshop(aMission()))),
      // Fields written beside workshopToHash's, in the store's hset(keys.meta, { … }) and hmget(keys.meta, …).
      ...[...store.matchAll(/hset\(keys\.meta, \{([^}]*)\}/g)].flatMap(([, body]) =>
        [...body!.matchAll(/^\s*(\w+):/gm)].map((match) => match[1]!),
      ),
      ...[...store.matchAll(/hmget\(keys\.meta, ([^)]*)\)/g)].flatMap(([, args]) =>
        [...args!.matchAll(/"(\w+)"/g)].map((match) => match[1]!),
      ),
      ...[...script.matchAll(/'HSET', KEYS\[1\], '(\w+)'|, '(\w+)', ARGV/g)].map((match) => (match[1] ?? match[2])!),
    ]);
    const metaRow = DOC.split("\n").find((line) => line.startsWith("| `pp:{w:<workshopId>}:meta`")) ?? "";
    expect(fields.size).toBeGreaterThan(10);
    expect([...fields].filter((field) => !new RegExp(`\\b${field}\\b`).test(metaRow))).toEqual([]);
  });

  it("keys are built only in redis-keys.ts: no other server file writes a pp: key name", () => {
    const writers = sources(join(ROOT, "server/src"))
      .filter((file) => !file.endsWith("redis-keys.ts"))
      .filter((file) => /["'`]pp:/.test(readFileSync(file, "utf8")))
      .map((file) => relative(ROOT, file));
    expect(writers).toEqual([]);
  });
});
