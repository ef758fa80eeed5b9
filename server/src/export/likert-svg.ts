// A diverging stacked bar as inline SVG, for the printable report (no script needed to print it).
import { NEUTRAL_BORDER, scaleColours, type GroupFigures } from "@peerpulse/shared";
import { escapeHtml } from "./html-escape.ts";

/**
 * Disagreement extends left of the centre line, agreement right, the neutral point split across it; the
 * axis is fixed at −100 % … 100 % so bars compare across statements.
 */
export function likertSvg(counts: readonly number[], label: string, width = 360, height = 18): string {
  const n = counts.reduce((sum, count) => sum + count, 0);
  if (n === 0) return "";
  const colours = scaleColours(counts.length);
  const half = width / 2;
  const middle = (counts.length - 1) / 2;
  const neutral = Number.isInteger(middle) ? (counts[middle] ?? 0) / n : 0;
  let left =
    half - (counts.slice(0, Math.floor(middle + 0.5)).reduce((sum, count) => sum + count, 0) / n + neutral / 2) * half;
  const rects = counts.map((count, index) => {
    const w = (count / n) * half;
    const rect = `<rect x="${left.toFixed(1)}" y="0" width="${w.toFixed(1)}" height="${height}" fill="${colours[index] ?? "#ccc"}"${index === middle ? ` stroke="${NEUTRAL_BORDER}" stroke-width="0.6"` : ""}/>`;
    left += w;
    return rect;
  });
  return `<svg role="img" aria-label="${escapeHtml(label)}" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">${rects.join("")}<line x1="${half}" x2="${half}" y1="0" y2="${height}" stroke="#000" stroke-width="1"/></svg>`;
}

/** The bar of a group, or a note that it is withheld. */
export function groupBar(group: GroupFigures | null, counts: readonly number[] | undefined, label: string): string {
  if (!group) return "";
  if (group.suppressed) return `<span class="withheld">withheld: fewer than the minimum group size</span>`;
  return counts ? likertSvg(counts, label) : "";
}
