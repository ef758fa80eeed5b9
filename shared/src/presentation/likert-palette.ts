// Colour-blind-safe diverging colours for Likert scales, shared by the screens and the printable report.

/** ColorBrewer RdBu (Cynthia Brewer, Penn State), 3 to 11 classes, from most disagreeing to most agreeing. */
const RD_BU: Record<number, string[]> = {
  3: ["#ef8a62", "#f7f7f7", "#67a9cf"],
  4: ["#ca0020", "#f4a582", "#92c5de", "#0571b0"],
  5: ["#ca0020", "#f4a582", "#f7f7f7", "#92c5de", "#0571b0"],
  6: ["#b2182b", "#ef8a62", "#fddbc7", "#d1e5f0", "#67a9cf", "#2166ac"],
  7: ["#b2182b", "#ef8a62", "#fddbc7", "#f7f7f7", "#d1e5f0", "#67a9cf", "#2166ac"],
  8: ["#b2182b", "#d6604d", "#f4a582", "#fddbc7", "#d1e5f0", "#92c5de", "#4393c3", "#2166ac"],
  9: ["#b2182b", "#d6604d", "#f4a582", "#fddbc7", "#f7f7f7", "#d1e5f0", "#92c5de", "#4393c3", "#2166ac"],
  10: ["#67001f", "#b2182b", "#d6604d", "#f4a582", "#fddbc7", "#d1e5f0", "#92c5de", "#4393c3", "#2166ac", "#053061"],
  11: [
    "#67001f",
    "#b2182b",
    "#d6604d",
    "#f4a582",
    "#fddbc7",
    "#f7f7f7",
    "#d1e5f0",
    "#92c5de",
    "#4393c3",
    "#2166ac",
    "#053061",
  ],
};

/** "Don't know" is grey: outside the scale, neither side. */
export const DONT_KNOW_COLOUR = "#bababa";

/** Border of the neutral segment, so a near-white segment stays visible on a washed-out projector. */
export const NEUTRAL_BORDER = "#4d4d4d";

/** The colours of a scale of `points` points (3 to 11). */
export function scaleColours(points: number): string[] {
  const colours = RD_BU[points];
  if (!colours) throw new RangeError(`no palette for a ${points}-point scale`);
  return colours;
}

/** Black or white, whichever reads better on the given background (WCAG relative luminance). */
export function inkOn(background: string): string {
  const channel = (offset: number): number => {
    const value = parseInt(background.slice(offset, offset + 2), 16) / 255;
    return value <= 0.03928 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  };
  const luminance = 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
  return luminance > 0.179 ? "#000000" : "#ffffff";
}
