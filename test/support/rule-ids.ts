// Reads the rule ids docs/protocol.md defines (**R3**) and the ids test names cite ("R3: …", "D1/F6: …").
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";

/** A rule id: capital letters, a number, and an optional lower-case variant letter (R9b). */
const RULE_ID = /\b([A-Z]+)([0-9]+)([a-z]?)\b(?:\s*[–-]\s*(?:\1)?([0-9]+)\b)?/g;
const DEFINITION = /\*\*([A-Z]+[0-9]+[a-z]?)\*\*/g;
/** The first argument of it/test/describe/bench (with .each, .skip, … and a table before it) when it is a literal. */
const TITLE = /\b(?:it|test|describe|bench|suite)(?:\.[A-Za-z]+)*(?:\([^()]*\))?\(\s*(["'`])((?:\\.|(?!\1)[^\\])*)\1/g;

/** How many times each rule id is defined (written in bold) in a markdown text. */
export function definedRuleIds(markdown: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const [, id] of markdown.matchAll(DEFINITION)) counts.set(id!, (counts.get(id!) ?? 0) + 1);
  return counts;
}

/** The ids a title cites; a range such as "J4–J7" cites each id in it. */
export function idsInTitle(title: string): string[] {
  const ids: string[] = [];
  for (const [, prefix, from, variant, to] of title.matchAll(RULE_ID)) {
    if (to === undefined || variant) {
      ids.push(`${prefix}${from}${variant}`);
      continue;
    }
    for (let n = Number(from); n <= Number(to); n += 1) ids.push(`${prefix}${n}`);
  }
  return ids;
}

/** The literal titles of the tests and suites in one test file's source. */
export function testTitles(source: string): string[] {
  return [...source.matchAll(TITLE)].map((match) => match[2]!);
}

/** Every test file (*.test.ts, *.test-d.ts) under the given folders, skipping node_modules and build output. */
export function testFiles(root: string, folders: readonly string[]): string[] {
  const found: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.name === "node_modules" || entry.name === "dist") continue;
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/\.test(-d)?\.ts$/.test(entry.name)) found.push(path);
    }
  };
  for (const folder of folders) walk(join(root, folder));
  return found.map((path) => relative(root, path)).sort();
}

/** Each cited id with the test files that cite it. */
export function citedRuleIds(root: string, files: readonly string[]): Map<string, string[]> {
  const cited = new Map<string, string[]>();
  for (const file of files) {
    for (const title of testTitles(readFileSync(join(root, file), "utf8")))
      for (const id of idsInTitle(title)) cited.set(id, [...new Set([...(cited.get(id) ?? []), file])]);
  }
  return cited;
}
