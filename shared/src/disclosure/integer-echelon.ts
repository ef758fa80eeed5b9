// Exact reduced row echelon form of a small integer matrix, fraction-free, for the disclosure check.

/** Thrown when an entry would leave the range where a JavaScript number is an exact integer. */
export class InexactArithmetic extends Error {}

/** `value`, or InexactArithmetic when it is not an exact integer. */
export function exact(value: number): number {
  if (!Number.isSafeInteger(value)) throw new InexactArithmetic(`entry ${value} is beyond exact integers`);
  return value;
}

function gcd(a: number, b: number): number {
  let [x, y] = [Math.abs(a), Math.abs(b)];
  while (y !== 0) [x, y] = [y, x % y];
  return x;
}

/** The least common multiple of positive integers (1 for none). */
export function lcm(values: readonly number[]): number {
  return values.reduce((acc, value) => exact((acc / gcd(acc, value)) * value), 1);
}

/** A row divided by the gcd of its entries, so entries stay small. */
function normalized(row: number[]): number[] {
  const divisor = row.reduce((acc, value) => gcd(acc, value), 0);
  return divisor > 1 ? row.map((value) => value / divisor) : row;
}

/** A reduced echelon form: each pivot row is zero in every other row's pivot column, its own pivot positive. */
export interface Echelon {
  /** The non-zero rows, each with its pivot column. */
  rows: { pivot: number; entries: number[] }[];
  /** Columns holding no pivot, in order. */
  free: number[];
}

/**
 * The reduced row echelon form of `matrix` (rows of equal length) over the rationals, kept in integers: a row
 * is combined with the pivot row as `row × pivot − pivotRow × entry`, then divided by its gcd. Exact or it
 * throws InexactArithmetic; never rounds.
 */
export function reducedEchelon(matrix: readonly (readonly number[])[], columns: number): Echelon {
  const rows = matrix.map((row) => [...row]);
  const pivots: { pivot: number; entries: number[] }[] = [];
  let remaining = rows;
  for (let column = 0; column < columns; column++) {
    const at = remaining.findIndex((row) => row[column] !== 0);
    if (at < 0) continue;
    let pivotRow = remaining[at]!;
    if (pivotRow[column]! < 0) pivotRow = pivotRow.map((value) => -value);
    const eliminate = (row: number[]): number[] => {
      const factor = row[column]!;
      if (factor === 0) return row;
      const p = pivotRow[column]!;
      return normalized(row.map((value, index) => exact(value * p - pivotRow[index]! * factor)));
    };
    remaining = remaining.filter((_, index) => index !== at).map(eliminate);
    for (const done of pivots) done.entries = eliminate(done.entries);
    for (const done of pivots) if (done.entries[done.pivot]! < 0) done.entries = done.entries.map((v) => -v);
    pivots.push({ pivot: column, entries: pivotRow });
  }
  const pivotColumns = new Set(pivots.map((row) => row.pivot));
  const free = Array.from({ length: columns }, (_, index) => index).filter((index) => !pivotColumns.has(index));
  return { rows: pivots, free };
}
