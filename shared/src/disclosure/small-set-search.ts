// Whether a set of published groups determines some group under the minimum: linear algebra over the units.
import { exact, InexactArithmetic, lcm, reducedEchelon } from "./integer-echelon.ts";

/** Most subsets the search visits before it gives up and answers "revealed" (the safe side). */
export const SEARCH_BUDGET = 100_000;

/** Units (indices into `weights`) grouped by the published sets they belong to: no published figure tells them apart. */
function atomsOf(sets: readonly (readonly number[])[], weights: readonly number[]) {
  const memberOf = weights.map(() => [] as number[]);
  sets.forEach((set, index) => set.forEach((unit) => memberOf[unit]!.push(index)));
  const atoms = new Map<string, { weight: number; sets: number[] }>();
  memberOf.forEach((membership, unit) => {
    if (membership.length === 0 || weights[unit]! <= 0) return;
    const key = membership.join(",");
    const atom = atoms.get(key) ?? { weight: 0, sets: membership };
    atom.weight += weights[unit]!;
    atoms.set(key, atom);
  });
  return [...atoms.values()];
}

/**
 * Whether the published `sets` (each a list of unit indices; a unit weighs its respondents) let someone work out
 * the figures of a group of units weighing 1 to `minimum − 1`: true when the indicator of such a group lies in
 * the span of the sets' indicators. Every figure of a group (each scale point's count, "don't know") is the sum
 * over its units, so a group is recoverable exactly when its indicator is a combination of the published ones.
 *
 * How: the units no published set tells apart form atoms; a recoverable group is a union of atoms, only atoms
 * under the minimum can be in it, and it is in the span exactly when the kernel of the published matrix is
 * orthogonal to it, i.e. when the atoms' kernel signatures sum to zero. The subsets of small atoms are searched
 * depth first, pruned by weight. Exact integer arithmetic; if it cannot stay exact, or the search exceeds
 * SEARCH_BUDGET, the answer is true, so a doubt always withholds.
 */
export function revealsSmallGroup(
  sets: readonly (readonly number[])[],
  weights: readonly number[],
  minimum: number,
): boolean {
  const atoms = atomsOf(sets, weights);
  const small = atoms.flatMap((atom, index) => (atom.weight < minimum ? [index] : []));
  if (small.length === 0) return false;
  try {
    const matrix = sets.map((_, set) => atoms.map((atom) => (atom.sets.includes(set) ? 1 : 0)));
    const { rows, free } = reducedEchelon(matrix, atoms.length);
    const scale = lcm(rows.map((row) => row.entries[row.pivot]!));
    const pivotRowOf = new Map(rows.map((row) => [row.pivot, row]));
    // x lies in the row space iff, for every free column f, scale·x[f] − Σ_rows (scale/pivot)·entry[f]·x[pivot] = 0.
    const signature = (atom: number): number[] => {
      const row = pivotRowOf.get(atom);
      if (!row) return free.map((column) => (column === atom ? scale : 0));
      const factor = scale / row.entries[row.pivot]!;
      return free.map((column) => -factor * row.entries[column]!);
    };
    // Any partial sum stays exact when every entry, times the number of terms, does.
    const signatures = small.map((atom) => signature(atom).map((value) => exact(value * small.length) / small.length));
    return searchZeroSum(
      signatures,
      small.map((atom) => atoms[atom]!.weight),
      minimum,
      free.length,
    );
  } catch (error) {
    if (error instanceof InexactArithmetic) return true;
    throw error;
  }
}

/** Whether a non-empty subset weighing under `minimum` has signatures summing to zero (true too past the budget). */
function searchZeroSum(signatures: number[][], weights: number[], minimum: number, dimension: number): boolean {
  let visited = 0;
  const sum = new Array<number>(dimension).fill(0);
  const visit = (from: number, weight: number): boolean => {
    for (let next = from; next < signatures.length; next++) {
      const total = weight + weights[next]!;
      if (total >= minimum) continue;
      if (++visited > SEARCH_BUDGET) return true;
      const signature = signatures[next]!;
      for (let i = 0; i < dimension; i++) sum[i] = sum[i]! + signature[i]!;
      const found = sum.every((value) => value === 0) || visit(next + 1, total);
      for (let i = 0; i < dimension; i++) sum[i] = sum[i]! - signature[i]!;
      if (found) return true;
    }
    return false;
  };
  return visit(0, 0);
}
