// A seeded source of randomness, so that `npm run calibrate --seed=N` prints the same tables on every machine.

/** Uniform numbers in [0, 1), the same sequence for the same seed (mulberry32, 32-bit state). */
export type Random = () => number;

/** A generator seeded with `seed` (any integer; only its low 32 bits count). */
export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A seed for one part of the run, derived from the run's seed and the part's name, so that each table
 * cell draws the same missions whatever other cells run (or are left out) before it.
 */
export function seedFor(seed: number, part: string): number {
  let hash = (seed ^ 0x9e3779b9) >>> 0;
  for (const character of part) hash = Math.imul(hash ^ character.charCodeAt(0), 0x01000193) >>> 0;
  return hash;
}

/** Counts of `n` ratings drawn at random with the given shares per scale point. */
export function drawCounts(shares: readonly number[], n: number, random: Random): number[] {
  const counts = new Array<number>(shares.length).fill(0);
  for (let i = 0; i < n; i++) {
    let u = random();
    let point = 0;
    while (point < shares.length - 1 && u >= shares[point]!) {
      u -= shares[point]!;
      point++;
    }
    counts[point]!++;
  }
  return counts;
}

/** A number drawn evenly between `low` and `high`. */
export function between(random: Random, low: number, high: number): number {
  return low + (high - low) * random();
}
