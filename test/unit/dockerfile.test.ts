// The Dockerfile runs what the npm scripts run (no Docker engine here, so its commands are checked against them):
// Node 24, the build stage's `npm run build`, production dependencies only, `npm start`'s command, a non-root user.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const DOCKERFILE = readFileSync(`${ROOT}/Dockerfile`, "utf8");
const SCRIPTS = (JSON.parse(readFileSync(`${ROOT}/package.json`, "utf8")) as { scripts: Record<string, string> })
  .scripts;

/** The Dockerfile's instructions, one per entry, without comments. */
const instructions = DOCKERFILE.split("\n")
  .filter((line) => line.trim() !== "" && !line.startsWith("#"))
  .map((line) => line.trim());
const stages = DOCKERFILE.split(/^FROM /m).slice(1);

describe("the Dockerfile", () => {
  it("builds on Node 24 in stages and runs the final one as a non-root user", () => {
    expect(instructions.filter((line) => line.startsWith("FROM "))).toEqual([
      "FROM node:24-slim AS build",
      "FROM node:24-slim AS production",
      "FROM node:24-slim",
    ]);
    expect(stages.at(-1)).toMatch(/^USER node$/m);
  });

  it("builds with `npm run build` and starts with `npm start`'s command", () => {
    expect(stages[0]).toMatch(/^RUN npm run build$/m);
    const command = /^CMD (\[.*\])$/m.exec(stages.at(-1)!)?.[1];
    expect(JSON.parse(command!)).toEqual(SCRIPTS.start!.split(" "));
    expect(SCRIPTS.prestart).toBe("npm run build");
  });

  it("installs only production dependencies in the final image and no TypeScript runner", () => {
    expect(stages[1]).toMatch(/^RUN npm ci --omit=dev /m);
    expect(stages.at(-1)).toMatch(/^COPY --from=production \/app\/node_modules node_modules$/m);
    expect(stages.at(-1)).not.toMatch(/--from=build \/app\/node_modules/);
    expect(instructions.join("\n")).not.toMatch(/\btsx\b/);
    expect(SCRIPTS.start).not.toMatch(/\btsx\b|\.ts\b/);
  });
});
