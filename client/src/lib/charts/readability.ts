// The sizes that keep projected results readable from the back of a room at 1024×768, 1280×720 and 1920×1080.
// test/browser/presenter-readability.test.ts holds the presenter screen to them at those three sizes.

/** The smallest text on the presenter screen, in CSS pixels: labels, legend, statement words, chart ticks, figures. */
export const MIN_TEXT_PX = 18;

/** The largest text the chart draws (ticks and figures grow with the screen up to this). */
export const MAX_CHART_TEXT_PX = 44;

/** In statement mode the chart takes at least this share of the screen's height (and fills what is left). */
export const MIN_STATEMENT_CHART_SHARE = 0.35;

/** In the overview each statement's row (its words and its bar) is at least this tall; rows that do not fit go to a next page. */
export const MIN_OVERVIEW_ROW_PX = 52;

/** In the overview each bar is at least this tall. */
export const MIN_OVERVIEW_BAR_PX = 32;

/** A chart text size that grows with the chart's width, never under the minimum nor over the maximum. */
export function chartTextPx(chartWidth: number): number {
  return Math.round(Math.min(MAX_CHART_TEXT_PX, Math.max(MIN_TEXT_PX, chartWidth / 55)));
}
