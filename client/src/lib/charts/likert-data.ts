// Turns tallies into the datasets of a diverging stacked bar: disagreement left of zero, agreement right, neutral split.
import type { PublicStatementTally, StatementTally } from "@peerpulse/shared";
import { inkOn, NEUTRAL_BORDER, scaleColours } from "./palette.ts";

/** One bar of the chart: a statement and its counts (null when the tally is suppressed). */
export interface LikertRow {
  code: string;
  label: string;
  tally: StatementTally | null;
  /** Answers given, don't know included (known even when the tally is suppressed). */
  respondents: number;
}

/** One stacked segment series, in the order chart.js must stack it (nearest to zero first). */
export interface LikertDataset {
  /** Scale point (1-based) this series shows; the neutral point appears twice, half on each side. */
  point: number;
  /** −1 left of zero (disagreement), 1 right of it (agreement). */
  side: -1 | 1;
  label: string;
  data: number[];
  backgroundColor: string;
  borderColor: string;
  borderWidth: number;
  ink: string;
}

/** Percentage of scale answers (don't know excluded) at each point, per row; zeros when suppressed or empty. */
export function percentages(row: LikertRow, points: number): number[] {
  const counts = row.tally?.counts ?? [];
  const total = counts.reduce((sum, count) => sum + count, 0);
  return Array.from({ length: points }, (_, index) => (total === 0 ? 0 : ((counts[index] ?? 0) / total) * 100));
}

/**
 * The datasets of a diverging Likert chart. Chart.js stacks negative and positive values apart, each from
 * zero outwards in dataset order, so the series go from the middle of the scale to its ends, alternating sides.
 */
export function likertDatasets(rows: LikertRow[], pointLabels: string[]): LikertDataset[] {
  const points = pointLabels.length;
  const colours = scaleColours(points);
  const shares = rows.map((row) => percentages(row, points));
  const middle = (points - 1) / 2;
  const series = (point: number, sign: 1 | -1, half: boolean): LikertDataset => {
    const colour = colours[point - 1]!;
    const neutral = point - 1 === middle;
    return {
      point,
      side: sign,
      label: pointLabels[point - 1]!,
      data: shares.map((row) => (sign * (row[point - 1] ?? 0)) / (half ? 2 : 1)),
      backgroundColor: colour,
      borderColor: neutral ? NEUTRAL_BORDER : colour,
      borderWidth: neutral ? 1.5 : 0,
      ink: inkOn(colour),
    };
  };
  const datasets: LikertDataset[] = [];
  if (Number.isInteger(middle)) datasets.push(series(middle + 1, -1, true), series(middle + 1, 1, true));
  for (let step = Number.isInteger(middle) ? 1 : 0.5; step <= middle; step += 1) {
    datasets.push(series(middle + 1 - step, -1, false), series(middle + 1 + step, 1, false));
  }
  return datasets;
}

/** A chart row from a public tally: a suppressed tally keeps only its number of answers. */
export function likertRow(code: string, label: string, tally: PublicStatementTally | undefined): LikertRow {
  if (!tally) return { code, label, tally: null, respondents: 0 };
  if (tally.suppressed) return { code, label, tally: null, respondents: tally.respondents };
  const respondents = tally.counts.reduce((sum, count) => sum + count, 0) + tally.dontKnow;
  return { code, label, tally: { counts: tally.counts, dontKnow: tally.dontKnow }, respondents };
}
