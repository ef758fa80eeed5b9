// A diverging stacked bar as inline SVG, for the printable report (no script needed to print it).
import { NEUTRAL_BORDER, scaleColours, type GroupFigures, type SuppressionReason } from "@peerpulse/shared";
import { escapeHtml } from "./html-escape.ts";

const WIDTH = 360;
const HEIGHT = 18;

/**
 * Disagreement extends left of the centre line, agreement right, the neutral point split across it; the
 * axis is fixed at −100 % … 100 % so bars compare across statements. The bar stretches to the width its box
 * gives it (CSS `.bar`), so a table column or a page decides its size; strokes keep their width.
 */
export function likertSvg(counts: readonly number[], label: string): string {
  const n = counts.reduce((sum, count) => sum + count, 0);
  if (n === 0) return "";
  const colours = scaleColours(counts.length);
  const half = WIDTH / 2;
  const middle = (counts.length - 1) / 2;
  const neutral = Number.isInteger(middle) ? (counts[middle] ?? 0) / n : 0;
  let left =
    half - (counts.slice(0, Math.floor(middle + 0.5)).reduce((sum, count) => sum + count, 0) / n + neutral / 2) * half;
  const rects = counts.map((count, index) => {
    const w = (count / n) * half;
    const rect = `<rect x="${left.toFixed(1)}" y="0" width="${w.toFixed(1)}" height="${HEIGHT}" fill="${colours[index] ?? "#ccc"}"${index === middle ? ` stroke="${NEUTRAL_BORDER}" stroke-width="0.6" vector-effect="non-scaling-stroke"` : ""}/>`;
    left += w;
    return rect;
  });
  return `<svg class="bar" role="img" aria-label="${escapeHtml(label)}" viewBox="0 0 ${WIDTH} ${HEIGHT}" preserveAspectRatio="none">${rects.join("")}<line x1="${half}" x2="${half}" y1="0" y2="${HEIGHT}" stroke="#000" stroke-width="1" vector-effect="non-scaling-stroke"/></svg>`;
}

/** The bar of a group, or the sentence `withheld` gives for its reason when the group is withheld. */
export function groupBar(
  group: GroupFigures | null,
  counts: readonly number[] | undefined,
  label: string,
  withheld: Readonly<Record<SuppressionReason, string>>,
): string {
  if (!group) return "";
  if (group.suppressed) return `<span class="withheld">${escapeHtml(withheld[group.reason])}</span>`;
  return counts ? likertSvg(counts, label) : "";
}
