// Splits the overview's statements into pages that fit the screen, balanced so the last page is not a stub.
import { MIN_OVERVIEW_BAR_PX, MIN_OVERVIEW_ROW_PX, MIN_TEXT_PX } from "../lib/charts/readability.ts";

/**
 * The overview's sizes for a screen `screenWidth` pixels wide, rows of `lines` lines of words (two, three with a
 * second language): text grows with the screen, never under the minimum.
 */
export function overviewSizes(screenWidth: number, lines: number): { textPx: number; rowPx: number; barPx: number } {
  const textPx = Math.round(Math.min(28, Math.max(MIN_TEXT_PX, screenWidth / 80)));
  return {
    textPx,
    // The lines of words, or the bar, whichever is taller.
    rowPx: Math.max(MIN_OVERVIEW_ROW_PX, Math.ceil(lines * textPx * 1.2 + 8)),
    barPx: Math.max(MIN_OVERVIEW_BAR_PX, Math.round(textPx * 1.7)),
  };
}

/** Cuts `items` into the fewest pages of rows that fit `height`, as evenly as possible. */
export function pagesOf<T>(items: readonly T[], height: number, rowPx: number): T[][] {
  if (items.length === 0) return [[]];
  const fitting = Math.max(1, Math.floor(height / rowPx));
  const count = Math.ceil(items.length / fitting);
  const size = Math.ceil(items.length / count);
  return Array.from({ length: count }, (_, page) => items.slice(page * size, (page + 1) * size));
}
