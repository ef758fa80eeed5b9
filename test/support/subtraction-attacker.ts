// An attacker with one facilitator key: every published count, solved as a linear system for each small group.
// Written apart from the decider (shared/src/disclosure): exact rationals in BigInt, every unit kept apart, every
// candidate group enumerated by brute force, and the recovered counts computed, so a success is a real leak.

/** A figure some route published: the workshops it pools and its counts (each scale point, then don't know). */
export interface PublishedFigure {
  units: readonly string[];
  counts: readonly number[];
}

/** A group the attacker worked out: its workshops, their respondents and the counts recovered for it. */
export interface Recovered {
  units: string[];
  respondents: number;
  counts: number[];
}

type Fraction = [bigint, bigint];
const gcd = (a: bigint, b: bigint): bigint => (b === 0n ? (a < 0n ? -a : a) : gcd(b, a % b));
function fraction(num: bigint, den: bigint): Fraction {
  if (den < 0n) [num, den] = [-num, -den];
  const g = gcd(num, den) || 1n;
  return [num / g, den / g];
}
const sub = (a: Fraction, b: Fraction) => fraction(a[0] * b[1] - b[0] * a[1], a[1] * b[1]);
const mul = (a: Fraction, b: Fraction) => fraction(a[0] * b[0], a[1] * b[1]);
const div = (a: Fraction, b: Fraction) => fraction(a[0] * b[1], a[1] * b[0]);
const isZero = (a: Fraction) => a[0] === 0n;
const ZERO: Fraction = [0n, 1n];
const ONE: Fraction = [1n, 1n];

/** Rows (one per published figure: its indicator over `unitIds`, then the identity), in reduced echelon form. */
function echelon(published: readonly PublishedFigure[], unitIds: readonly string[]) {
  let rows = published.map((figure, index) => [
    ...unitIds.map((id) => (figure.units.includes(id) ? ONE : ZERO)),
    ...published.map((_, g) => (g === index ? ONE : ZERO)),
  ]);
  const pivots: { column: number; row: Fraction[] }[] = [];
  for (let column = 0; column < unitIds.length; column++) {
    const at = rows.findIndex((row) => !isZero(row[column]!));
    if (at < 0) continue;
    const lead = rows[at]![column]!;
    const pivot = rows[at]!.map((value) => div(value, lead));
    const clear = (row: Fraction[]) => {
      const factor = row[column]!;
      return isZero(factor) ? row : row.map((value, i) => sub(value, mul(factor, pivot[i]!)));
    };
    rows = rows.filter((_, i) => i !== at).map(clear);
    for (const done of pivots) done.row = clear(done.row);
    pivots.push({ column, row: pivot });
  }
  return pivots;
}

/**
 * Every group of workshops weighing 1 to `minimum − 1` respondents whose counts follow from `published`, with
 * the counts recovered (Σ λ·counts for the combination Σ λ·membership = the group's membership).
 */
export function attack(
  published: readonly PublishedFigure[],
  workshops: readonly { id: string; respondents: number }[],
  minimum: number,
): Recovered[] {
  const present = workshops.filter((w) => w.respondents > 0);
  const unitIds = present.map((w) => w.id);
  const pivots = echelon(published, unitIds);
  const small = present.filter((w) => w.respondents < minimum);
  const found: Recovered[] = [];
  const width = published[0]?.counts.length ?? 0;
  for (let mask = 1; mask < 1 << small.length; mask++) {
    const group = small.filter((_, i) => mask & (1 << i));
    const respondents = group.reduce((sum, w) => sum + w.respondents, 0);
    if (respondents >= minimum) continue;
    // Reduce the target's indicator: what is left on the unit columns must vanish.
    let target: Fraction[] = [
      ...unitIds.map((id) => (group.some((w) => w.id === id) ? ONE : ZERO)),
      ...published.map(() => ZERO),
    ];
    for (const { column, row } of pivots) {
      const factor = target[column]!;
      if (!isZero(factor)) target = target.map((value, i) => sub(value, mul(factor, row[i]!)));
    }
    if (!target.slice(0, unitIds.length).every(isZero)) continue;
    // target's tail is −λ: the group equals Σ λ_g · figure g.
    const lambda = target.slice(unitIds.length).map(([num, den]) => fraction(-num, den));
    const counts = Array.from({ length: width }, (_, k) =>
      lambda.reduce<Fraction>(
        (sum, l, g) => fraction(sum[0] * l[1] + BigInt(published[g]!.counts[k]!) * l[0] * sum[1], sum[1] * l[1]),
        ZERO,
      ),
    ).map(([num, den]) => Number(num) / Number(den));
    found.push({ units: group.map((w) => w.id), respondents, counts });
  }
  return found;
}
