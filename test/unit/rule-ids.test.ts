// Every rule id a test name cites is defined in docs/protocol.md, and none is defined twice. It reads what exists
// when it runs, so a new rule only needs its definition beside the test that cites it.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { citedRuleIds, definedRuleIds, idsInTitle, testFiles, testTitles } from "../support/rule-ids.ts";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const PROTOCOL = readFileSync(`${ROOT}/docs/protocol.md`, "utf8");
const FOLDERS = ["shared", "server", "client", "scripts", "test"];
/** This file plants an undefined id in the readers' own test below, so the scan leaves it out. */
const THIS_FILE = "test/unit/rule-ids.test.ts";

describe("rule ids: docs/protocol.md and the tests that cite it", () => {
  it("every rule id cited in a test name is defined in docs/protocol.md", () => {
    const defined = definedRuleIds(PROTOCOL);
    const cited = citedRuleIds(
      ROOT,
      testFiles(ROOT, FOLDERS).filter((file) => file !== THIS_FILE),
    );
    const undefinedIds = [...cited]
      .filter(([id]) => !defined.has(id))
      .map(([id, files]) => `${id} (${files.join(", ")})`);
    expect(undefinedIds).toEqual([]);
    // The reader found the tests at all: a broken reader must not pass by finding nothing.
    expect(cited.size).toBeGreaterThan(50);
  });

  it("no rule id is defined twice in docs/protocol.md", () => {
    const twice = [...definedRuleIds(PROTOCOL)].filter(([, count]) => count > 1).map(([id]) => id);
    expect(twice).toEqual([]);
  });

  it("the readers find a planted undefined id, a planted duplicate, ids in several forms and ranges", () => {
    const source = [
      'it("Q9: a rule nobody wrote", () => {});',
      "describe.each(STORES)('D1/F6: two at once %s', () => {});",
      "test(`P1 (S3b), R2, R3: ${store}`, async () => {});",
      'it.skip("J4–J6: a range", () => {});',
      'it("reads UTF-8 and IPv6 without ids", () => {});',
    ].join("\n");
    expect(testTitles(source).flatMap(idsInTitle)).toEqual([
      "Q9",
      "D1",
      "F6",
      "P1",
      "S3b",
      "R2",
      "R3",
      "J4",
      "J5",
      "J6",
    ]);
    const defined = definedRuleIds("- **R1** one\n- **R1** again; **R9b** inline\n");
    expect(defined).toEqual(
      new Map([
        ["R1", 2],
        ["R9b", 1],
      ]),
    );
    expect(defined.has("Q9")).toBe(false);
  });
});
