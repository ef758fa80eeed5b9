// How often the divided and no-shared-view rules (and van der Eijk's A, for comparison) label groups drawn from known shapes.
import { DEFAULT_ANALYSIS_OPTIONS, summarize, viewShape } from "@peerpulse/shared";
import { drawCounts, seededRandom, seedFor } from "./random.ts";

/** The shapes the table draws groups from, on five points, with the label each should get. */
export const SHAPES: readonly { name: string; shares: readonly number[]; expected: string }[] = [
  { name: "two camps: 40% at each end", shares: [0.4, 0.1, 0, 0.1, 0.4], expected: "divided" },
  { name: "two camps: 30% at each end", shares: [0.3, 0.15, 0.1, 0.15, 0.3], expected: "divided" },
  { name: "57% at one end, 43% at the other", shares: [0.57, 0, 0, 0, 0.43], expected: "divided" },
  { name: "even spread (A = 0)", shares: [0.2, 0.2, 0.2, 0.2, 0.2], expected: "no shared view" },
  { name: "mild split, most on the inner points", shares: [0.1, 0.3, 0.2, 0.3, 0.1], expected: "neither" },
  { name: "gathered in the middle", shares: [0.1, 0.2, 0.4, 0.2, 0.1], expected: "neither" },
];

/** Shares of drawn groups labelled each way, and with A below 0 (what "A clearly negative" would call two camps). */
export interface ShapeResult {
  divided: number;
  noSharedView: number;
  negativeA: number;
}

/** Draws `groups` groups of `n` people from `shares` and labels each with the documented defaults. */
export function labelShape(shares: readonly number[], n: number, groups: number, seed: number): ShapeResult {
  const random = seededRandom(seedFor(seed, `shape ${shares.join(",")} ${n}`));
  const result: ShapeResult = { divided: 0, noSharedView: 0, negativeA: 0 };
  for (let g = 0; g < groups; g++) {
    const summary = summarize(drawCounts(shares, n, random));
    const shape = viewShape(
      summary,
      DEFAULT_ANALYSIS_OPTIONS.dividedSideShare,
      DEFAULT_ANALYSIS_OPTIONS.noSharedViewSpread,
    );
    if (shape === "two-camps") result.divided++;
    if (shape === "no-shared-view") result.noSharedView++;
    if ((summary.agreementA ?? 0) < 0) result.negativeA++;
  }
  return {
    divided: result.divided / groups,
    noSharedView: result.noSharedView / groups,
    negativeA: result.negativeA / groups,
  };
}
