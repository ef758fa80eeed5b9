// The heat map's colour for net agreement: ColorBrewer RdBu (colour-blind safe), red disagreeing, blue agreeing.
import { inkOn, scaleColours } from "../lib/charts/palette.ts";

const STEPS = scaleColours(11);

/** Background and ink of a cell showing net agreement `net` (−1 to 1); the middle step is near white. */
export function netColour(net: number): { background: string; ink: string } {
  const clamped = Math.max(-1, Math.min(1, net));
  const background = STEPS[Math.round(((clamped + 1) / 2) * (STEPS.length - 1))]!;
  return { background, ink: inkOn(background) };
}

/** The legend's steps, from −100 to +100. */
export const NET_LEGEND = STEPS.map((background, index) => ({
  background,
  ink: inkOn(background),
  net: -1 + (2 * index) / (STEPS.length - 1),
}));
