// Reads journal text: one JSON operation per line, a last line without its newline being one cut short.
import type { StateOperation } from "./embedded-state.ts";

/** The operations of a journal's text, and whether its last line was cut short (and left out). */
export interface JournalLines {
  operations: StateOperation[];
  /** The text ended in a line without its newline: a write cut short, never acknowledged, left out. */
  tornTail: boolean;
}

/**
 * Parses journal text. Only whole lines count: a line is written with its newline in the same write, so a last
 * line without one was cut short (a crash, or a copy taken while the line was being written). Throws when a whole
 * line is not JSON, naming `source` and the line.
 */
export function parseJournal(text: string, source: string): JournalLines {
  const rows = text.split("\n");
  const tail = rows.pop() ?? "";
  const operations: StateOperation[] = [];
  rows.forEach((row, index) => {
    if (row === "") return;
    try {
      operations.push(JSON.parse(row) as StateOperation);
    } catch {
      throw new Error(`the journal ${source} is damaged at line ${index + 1}; restore it from a backup`);
    }
  });
  return { operations, tornTail: tail !== "" };
}
